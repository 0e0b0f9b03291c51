"""Personal identity numbers (12 digits, or the old 9-digit CMND) and the QR code of the chip ID card."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Identity(Msg):
    TWELVE_DIGITS = QT_TRANSLATE_NOOP("Identity", "A personal identity number has exactly 12 digits.")
    UNKNOWN_PROVINCE = QT_TRANSLATE_NOOP(
        "Identity", 'No province has the birth-registration code "{province}" that the number starts with.'
    )
    IMPOSSIBLE_YEAR = QT_TRANSLATE_NOOP(
        "Identity", "The 4th digit and the birth year in the identity number ({year}) do not make sense."
    )
    OTHER_BIRTH_YEAR = QT_TRANSLATE_NOOP(
        "Identity", "The identity number gives the birth year {year}, which does not match the date of birth {date}."
    )
    A_MANS_NUMBER = QT_TRANSLATE_NOOP(
        "Identity", "The identity number is a man's, which does not match the sex entered."
    )
    A_WOMANS_NUMBER = QT_TRANSLATE_NOOP(
        "Identity", "The identity number is a woman's, which does not match the sex entered."
    )
    NUMBER_KIND = QT_TRANSLATE_NOOP(
        "Identity", "The document number must be a 12-digit identity number or a 9-digit ID card (CMND) number."
    )
    SCAN_TOO_LONG = QT_TRANSLATE_NOOP(
        "Identity", "The scan is {length} characters long: it is not the QR code of a citizen identity card."
    )
    SCAN_UNREADABLE = QT_TRANSLATE_NOOP(
        "Identity", 'The QR code of the identity card cannot be read: it needs at least 7 fields separated by "|".'
    )
