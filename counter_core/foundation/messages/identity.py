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
    NUMBER_KIND = QT_TRANSLATE_NOOP(
        "Identity", "The document number must be a 12-digit identity number or a 9-digit ID card (CMND) number."
    )
    SCAN_TOO_LONG = QT_TRANSLATE_NOOP(
        "Identity", "The scan is {length} characters long: it is not the QR code of a citizen identity card."
    )
    SCAN_UNREADABLE = QT_TRANSLATE_NOOP(
        "Identity", 'The QR code of the identity card cannot be read: it needs at least 7 fields separated by "|".'
    )
    CMND_EXPIRED = QT_TRANSLATE_NOOP(
        "Identity",
        "The number {number} is a 9-digit ID card (CMND), no longer valid since 01/01/2025 (Law on Identification "
        "2023): ask the citizen for the identity card or citizen identity card (12-digit personal identity number).",
    )
    BIRTH_DATE_DISAGREES = QT_TRANSLATE_NOOP(
        "Identity",
        "The date of birth {date} does not match the identity number {number}: {wrong}. Check the date of birth or "
        "the number on the card.",
    )
    CENTURY_DIGIT = QT_TRANSLATE_NOOP("Identity", "its 4th digit ({digit}) says born from {first} to {last}")
    YEAR_DIGITS = QT_TRANSLATE_NOOP("Identity", "its 5th–6th digits ({digits}) say born in {year}")
    GENDER_DISAGREES = QT_TRANSLATE_NOOP(
        "Identity",
        "The sex {gender} does not match the identity number {number}: its 4th digit ({digit}) is that of sex "
        "{card}. Check the sex or the number on the card.",
    )
