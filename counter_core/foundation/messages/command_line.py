"""The desk's command line (``counter-app``): its own refusals, and the line every error is printed on."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class CommandLine(Msg):
    ERROR = QT_TRANSLATE_NOOP("CommandLine", "Error: {message}")
