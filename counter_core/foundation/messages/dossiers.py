"""Dossiers: their codes, their statuses and the moves between them, and what each action on one needs."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Dossiers(Msg):
    NOT_FOUND = QT_TRANSLATE_NOOP("Dossiers", 'No dossier has the code "{code}".')
    CODE_FORM = QT_TRANSLATE_NOOP(
        "Dossiers", "The dossier code {code} is not in the form <unit code>-<yyMMdd>-<number>."
    )
    CODE_DAY_INVALID = QT_TRANSLATE_NOOP("Dossiers", "The dossier code {code} has an invalid date.")
    STATUS_UNKNOWN = QT_TRANSLATE_NOOP("Dossiers", "The status {value} does not exist. Valid codes: {codes}.")
    CANNOT_START_IN = QT_TRANSLATE_NOOP("Dossiers", 'A new dossier cannot start in the status "{status}".')
    TRANSITION_NOT_ALLOWED = QT_TRANSLATE_NOOP(
        "Dossiers", 'A dossier cannot move from "{current}" to "{target}". Allowed: {allowed}.'
    )
    NONE = QT_TRANSLATE_NOOP("Dossiers", "none")
    REFUSAL_REASON_MISSING = QT_TRANSLATE_NOOP("Dossiers", "Write down why the dossier is refused.")
    ALREADY_COMPLETE = QT_TRANSLATE_NOOP(
        "Dossiers",
        "The dossier has every required paper: save it and print the receipt, no supplement request is needed.",
    )
    UNKNOWN_COMPETENT_UNIT = QT_TRANSLATE_NOOP(
        "Dossiers",
        'The processing unit "{unit}" is not in the province\'s list of units (sync with the provincial server '
        "to update the list).",
    )
    SUPPLEMENT_ITEMS_MISSING = QT_TRANSLATE_NOOP("Dossiers", "List at least one paper to be supplemented or completed.")
    SUPPLEMENT_REASON_MISSING = QT_TRANSLATE_NOOP(
        "Dossiers", "Write down why the dossier must be supplemented or completed."
    )
    DELAY_REASON_MISSING = QT_TRANSLATE_NOOP("Dossiers", "Write down why the result is late.")
    NEW_DUE_NOT_OFFICE_TIME = QT_TRANSLATE_NOOP(
        "Dossiers", "The new appointment must be on a working day, in office hours."
    )
    NOT_RESCHEDULABLE = QT_TRANSLATE_NOOP("Dossiers", 'The dossier is "{status}": its appointment cannot be moved.')
    NO_FIXED_DATE = QT_TRANSLATE_NOOP(
        "Dossiers",
        "The procedure has no fixed date for the result: no letter of apology asking for more time is needed.",
    )
    NEW_DUE_TOO_EARLY = QT_TRANSLATE_NOOP("Dossiers", "The new appointment must be after the current one.")
    DEADLINE_PASSED = QT_TRANSLATE_NOOP(
        "Dossiers",
        "The time to settle the dossier ran out at {deadline}: a letter of apology asking for more time can only be "
        "made before then. The dossier counts as late; tell the head of the office.",
    )
    LETTER_NUMBER_INVALID = QT_TRANSLATE_NOOP(
        "Dossiers",
        "Write only the letter's number (for example 12), at most 20 characters; its symbol is printed after it.",
    )
    SIGNER_TOO_LONG = QT_TRANSLATE_NOOP("Dossiers", "The signer's name is longer than 100 characters.")
    STOP_REASON_MISSING = QT_TRANSLATE_NOOP("Dossiers", "Write down why the dossier is stopped.")
    NOT_STOPPED = QT_TRANSLATE_NOOP("Dossiers", "The dossier {code} has not been stopped.")
    RATING_INVALID = QT_TRANSLATE_NOOP("Dossiers", "The rating must be Rất hài lòng, Hài lòng or Không hài lòng.")
    RATING_BEFORE_RETURN = QT_TRANSLATE_NOOP("Dossiers", "A rating is given only once the result has been returned.")
    REBASE_FIRST = QT_TRANSLATE_NOOP(
        "Dossiers",
        "The desk has just been restored or reinstalled: sync with the provincial server (F5) to get back the "
        "actions it had sent before recording a new one or giving a new dossier code.",
    )
    REFUSED_NO_RECEIPT = QT_TRANSLATE_NOOP(
        "Dossiers", "Dossier {code} was not received: print the refusal slip (Mẫu 03), not the {slip}."
    )
    NOT_REFUSED = QT_TRANSLATE_NOOP("Dossiers", "Dossier {code} was not refused.")
    NO_SUPPLEMENT_REQUEST = QT_TRANSLATE_NOOP("Dossiers", "Dossier {code} has no request to supplement or complete it.")
    NOT_RESCHEDULED = QT_TRANSLATE_NOOP("Dossiers", "Dossier {code} has not had its appointment moved.")
    NOT_RETURNED = QT_TRANSLATE_NOOP("Dossiers", "The result of dossier {code} has not been returned.")
    SLIP_UNKNOWN = QT_TRANSLATE_NOOP("Dossiers", 'There is no slip "{kind}". The slips: {kinds}.')
    RECIPIENT_MISSING = QT_TRANSLATE_NOOP("Dossiers", "Enter the name of the person collecting the result.")
    CODE_OVERFLOW = QT_TRANSLATE_NOOP(
        "Dossiers",
        "Desk {desk} has given {index} codes today, past its block of {block} numbers: the code {code} is still "
        "valid, but tell the supervisor.",
    )
    SUPPLEMENT_NEEDS_ITS_LIST = QT_TRANSLATE_NOOP(
        "Dossiers",
        "A dossier moves to “Yêu cầu bổ sung giấy tờ” only with the list of every paper to supplement or complete "
        "and the reason (Mẫu 02): use the supplement request.",
    )
    SUPPLEMENT_NEEDS_ITS_LIST_HERE = QT_TRANSLATE_NOOP(
        "Dossiers",
        "A dossier moves to “Yêu cầu bổ sung giấy tờ” only with the list of papers to supplement and the reason "
        "(Mẫu 02): {command}",
    )
    PAPERS_TO_SUPPLEMENT_MISSING = QT_TRANSLATE_NOOP("Dossiers", "List at least one paper to supplement or complete.")
    NEGATIVE_PAPER_COUNTS = QT_TRANSLATE_NOOP("Dossiers", "The number of papers cannot be negative.")
