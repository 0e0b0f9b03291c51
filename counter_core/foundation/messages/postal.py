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
    NOT_A_CODE = QT_TRANSLATE_NOOP("Postal", '"{text}" is neither a dossier code nor a postal item code.')
    OTHER_UNIT_CODE = QT_TRANSLATE_NOOP("Postal", "Dossier {code} belongs to another unit (unit code {unit}).")
    OTHER_UNIT = QT_TRANSLATE_NOOP("Postal", "Dossier {code} belongs to another unit.")
    DOSSIER_UNKNOWN = QT_TRANSLATE_NOOP("Postal", "No dossier has the code {code}.")
    DOSSIER_CODE_IN_INTAKE = QT_TRANSLATE_NOOP(
        "Postal",
        "{code} is a dossier code: when receiving dossiers by post, scan the postal item code on the package.",
    )
    PACKAGE_SCANNED = QT_TRANSLATE_NOOP("Postal", "The postal item {item} is already scanned in this batch.")
    PACKAGE_IN_BATCH = QT_TRANSLATE_NOOP("Postal", "The postal item {item} is already in batch {batch}.")
    PACKAGE_TAKEN = QT_TRANSLATE_NOOP("Postal", "Postal item {item} taken in: waiting for its dossier to be received.")
    DOSSIER_SCANNED = QT_TRANSLATE_NOOP("Postal", "Dossier {code} is already scanned in this batch.")
    DOSSIER_IN_BATCH = QT_TRANSLATE_NOOP("Postal", "Dossier {code} is already in batch {batch}.")
    RESULT_AT_COUNTER = QT_TRANSLATE_NOOP(
        "Postal",
        "Dossier {code} is to get its result in person at the Public Administrative Service Centre, not by post.",
    )
    RESULT_HANDED_OVER = QT_TRANSLATE_NOOP(
        "Postal", "The result of dossier {code} has already been handed to the post (postal item code {item})."
    )
    SCAN_ENVELOPE = QT_TRANSLATE_NOOP("Postal", "Dossier {code}: scan the postal item code of the result's envelope.")
    ITEM_SCANNED = QT_TRANSLATE_NOOP("Postal", "The postal item code {item} is already scanned in this batch.")
    ITEM_IN_BATCH = QT_TRANSLATE_NOOP("Postal", "The postal item code {item} is already in batch {batch}.")
    NO_DOSSIER_WAITING = QT_TRANSLATE_NOOP(
        "Postal",
        "No dossier is waiting for the postal item code {item}: scan the dossier code first, then the postal item "
        "code.",
    )
    ITEM_PAIRED = QT_TRANSLATE_NOOP("Postal", "Postal item code {item} linked to dossier {code}.")
    ITEM_NOT_LINKED = QT_TRANSLATE_NOOP("Postal", "The postal item code {item} is not linked to any dossier.")
    INTAKE_PACKAGE = QT_TRANSLATE_NOOP(
        "Postal", "{item} is the postal item that brought dossier {code}, not the envelope of a result."
    )
    ALREADY_RETURNED = QT_TRANSLATE_NOOP("Postal", "Dossier {code} has already been confirmed as returned.")
    NOT_HANDED_OVER = QT_TRANSLATE_NOOP("Postal", "The result of dossier {code} has not been handed to the post.")
    IN_STATUS = QT_TRANSLATE_NOOP("Postal", 'Dossier {code} is "{status}".')
    DELIVERED = QT_TRANSLATE_NOOP("Postal", "Result of dossier {code} delivered (postal item code {item}).")
    RETURNED = QT_TRANSLATE_NOOP("Postal", "The result of dossier {code} has been returned.")
    NO_RESULT_YET = QT_TRANSLATE_NOOP("Postal", 'Dossier {code} is "{status}": it has no result to hand over yet.')
    NOT_PAIRED = QT_TRANSLATE_NOOP("Postal", "Dossier {code} has no postal item code: it is not handed over.")
