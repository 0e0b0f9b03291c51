"""The fields of a form, a file or a message from the province: what is wrong with one of them."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Values(Msg):
    INVALID_DOSSIER = QT_TRANSLATE_NOOP("Values", "The dossier is not valid — {problems}")
    FIELD_PROBLEM = QT_TRANSLATE_NOOP("Values", "{field}: {problem}")
