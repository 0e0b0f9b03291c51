"""The desk's command line (``counter-app``): its own refusals, and the line every error is printed on."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class CommandLine(Msg):
    ERROR = QT_TRANSLATE_NOOP("CommandLine", "Error: {message}")
    WARNING = QT_TRANSLATE_NOOP("CommandLine", "Warning: {message}")
    FIELD_WARNING = QT_TRANSLATE_NOOP("CommandLine", "Warning ({field}): {message}")
    USER_MISSING = QT_TRANSLATE_NOOP(
        "CommandLine", "Say who is acting: --user NAME or the environment variable COUNTER_USER."
    )
    RECEIVED_AT_INVALID = QT_TRANSLATE_NOOP(
        "CommandLine", 'The moment of reception {value} must be written "YYYY-MM-DD HH:MM".'
    )
    TIME_INVALID = QT_TRANSLATE_NOOP("CommandLine", "The appointment time {value} must be written HH:MM.")
