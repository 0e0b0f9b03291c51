"""A text not yet given its own code (while the raise sites move to codes)."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Legacy(Msg):
    UNCODED = QT_TRANSLATE_NOOP("Legacy", "{text}")
