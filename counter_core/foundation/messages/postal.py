"""The postal desk (Bưu chính công ích): item codes, batches, and what a scan finds."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Postal(Msg):
    ITEM_CODE_FORM = QT_TRANSLATE_NOOP(
        "Postal",
        '"{text}" is not a postal item code (2 letters, 9 digits, 2 letters, for example EE123456785VN).',
    )
    CHECK_DIGIT_WRONG = QT_TRANSLATE_NOOP(
        "Postal", "The check digit of the postal item code {code} is wrong: it was misread, scan it again."
    )
    BATCH_NUMBER_INVALID = QT_TRANSLATE_NOOP("Postal", "The batch number {text} is not valid (for example BC01-00012).")
    NO_SUCH_BATCH = QT_TRANSLATE_NOOP("Postal", "There is no postal batch {batch}.")
    NOTHING_SCANNED = QT_TRANSLATE_NOOP("Postal", "There is no code to scan yet.")
    BATCH_CLOSED_SCAN = QT_TRANSLATE_NOOP("Postal", "Batch {batch} is closed: open a new batch to go on scanning.")
    BATCH_CLOSED = QT_TRANSLATE_NOOP("Postal", "Batch {batch} is closed.")
    ITEM_LINKED = QT_TRANSLATE_NOOP("Postal", "The postal item code {item} is already linked to dossier {code}.")
    PACKAGE_IN_OPEN_BATCH = QT_TRANSLATE_NOOP(
        "Postal",
        "The postal item {item} belongs to batch {batch}, which is not closed: close the batch and sign its "
        "hand-over list before receiving it.",
    )
