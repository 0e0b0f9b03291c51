"""The fields of a form, a file or a message from the province: what is wrong with one of them."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Values(Msg):
    INVALID_DOSSIER = QT_TRANSLATE_NOOP("Values", "The dossier is not valid — {problems}")
    FIELD_PROBLEM = QT_TRANSLATE_NOOP("Values", "{field}: {problem}")
    NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Values", "{value} is not a whole number")
    OUT_OF_RANGE = QT_TRANSLATE_NOOP("Values", "{number} is outside {low}–{high}")
    NOT_A_STRING = QT_TRANSLATE_NOOP("Values", '"{key}" must be a string of characters')
    NOT_A_LIST = QT_TRANSLATE_NOOP("Values", '"{key}" must be a list')
    NOT_TRUE_OR_FALSE = QT_TRANSLATE_NOOP("Values", '"{key}" must be true or false')
    NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Values", "{what} must be a JSON object")
    NOT_A_JSON_OBJECT = QT_TRANSLATE_NOOP("Values", "not a JSON object")
    NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("Values", "the number {number} is too large")
    NOT_A_JSON_NUMBER = QT_TRANSLATE_NOOP("Values", "{name} is not a JSON number")
    DATE_INVALID = QT_TRANSLATE_NOOP("Values", "The date {value} is not valid (dd/mm/yyyy).")
