"""Names a text puts in its sentences: the roles, what each right allows, what an action does, the statuses,
the slips and the postal flows, so that a refusal reads whole in the window's language."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Names(Msg):
    ROLE_CLERK = QT_TRANSLATE_NOOP("Names", "Reception clerk")
    ROLE_POSTAL = QT_TRANSLATE_NOOP("Names", "Postal employee")
    ROLE_SUPERVISOR = QT_TRANSLATE_NOOP("Names", "Supervisor")
    ROLE_ADMIN = QT_TRANSLATE_NOOP("Names", "Administrator")
    RIGHT_VIEW = QT_TRANSLATE_NOOP("Names", "see dossiers and the personal data in them")
    RIGHT_RECEIVE = QT_TRANSLATE_NOOP("Names", "receive dossiers")
    RIGHT_REFUSE = QT_TRANSLATE_NOOP("Names", "refuse to receive dossiers")
    RIGHT_SUPPLEMENT = QT_TRANSLATE_NOOP("Names", "ask for a dossier to be supplemented")
    RIGHT_PROCESS = QT_TRANSLATE_NOOP("Names", "move dossiers through their processing")
    RIGHT_RESCHEDULE = QT_TRANSLATE_NOOP("Names", "apologise and set a new appointment")
    RIGHT_RETURN = QT_TRANSLATE_NOOP("Names", "hand results back and record the citizen's rating")
    RIGHT_PRINT = QT_TRANSLATE_NOOP("Names", "print a dossier's slips")
    RIGHT_POSTAL = QT_TRANSLATE_NOOP("Names", "hand dossiers and results over with the postal service")
    RIGHT_REPORTS = QT_TRANSLATE_NOOP("Names", "see the registers, the reports and the day's overview")
    RIGHT_BACKUP = QT_TRANSLATE_NOOP("Names", "back up the data")
    RIGHT_RESTORE = QT_TRANSLATE_NOOP("Names", "restore the data from a backup")
    RIGHT_ACCOUNTS = QT_TRANSLATE_NOOP("Names", "manage the accounts")
    RIGHT_CONFIGURE = QT_TRANSLATE_NOOP(
        "Names", "configure the desk, import the catalog and the calendar, and enrol with the provincial server"
    )
    RIGHT_SYNC = QT_TRANSLATE_NOOP("Names", "synchronise with the provincial server")
    ACTION_GUIDE = QT_TRANSLATE_NOOP("Names", "print the supplement guide for a dossier missing papers")
    ACTION_RATE = QT_TRANSLATE_NOOP("Names", "record the citizen's rating")
    ACTION_DIGITISE = QT_TRANSLATE_NOOP("Names", "digitise a dossier's papers")
    ACTION_DIGITISE_RESULT = QT_TRANSLATE_NOOP("Names", "digitise the result")
    ACTION_MOVE = QT_TRANSLATE_NOOP("Names", "move the dossier to “{status}”")
    ACTION_PRINT = QT_TRANSLATE_NOOP("Names", "print the {slip}")
    NUMBERED_STATUS = QT_TRANSLATE_NOOP("Names", "{number} ({status})")
    STATUS_NEW_ONLINE = QT_TRANSLATE_NOOP("Names", "Registered online")
    STATUS_RECEIVED = QT_TRANSLATE_NOOP("Names", "Received")
    STATUS_REFUSED = QT_TRANSLATE_NOOP("Names", "Not received")
    STATUS_PROCESSING = QT_TRANSLATE_NOOP("Names", "Being processed")
    STATUS_SUPPLEMENT_REQUESTED = QT_TRANSLATE_NOOP("Names", "Papers to supplement")
    STATUS_FINANCIAL_OBLIGATION = QT_TRANSLATE_NOOP("Names", "Financial obligation to fulfil")
    STATUS_WITHDRAWAL_REQUESTED = QT_TRANSLATE_NOOP("Names", "Withdrawal asked by the citizen")
    STATUS_STOPPED = QT_TRANSLATE_NOOP("Names", "Processing stopped")
    STATUS_RESULT_READY = QT_TRANSLATE_NOOP("Names", "Processed")
    STATUS_RETURNED = QT_TRANSLATE_NOOP("Names", "Result returned")
    SLIP_RECEIPT = QT_TRANSLATE_NOOP("Names", "receipt and appointment slip (Form 01)")
    SLIP_SUPPLEMENT = QT_TRANSLATE_NOOP("Names", "request to supplement the dossier (Form 02)")
    SLIP_REFUSAL = QT_TRANSLATE_NOOP("Names", "refusal to receive the dossier (Form 03)")
    SLIP_APOLOGY = QT_TRANSLATE_NOOP("Names", "apology and new appointment (Form 04)")
    SLIP_STOP = QT_TRANSLATE_NOOP("Names", "notice that processing stopped")
    SLIP_CONTROL = QT_TRANSLATE_NOOP("Names", "processing control slip")
    SLIP_RESULT = QT_TRANSLATE_NOOP("Names", "receipt of the result")
    FLOW_INTAKE = QT_TRANSLATE_NOOP("Names", "Dossiers received by post")
    FLOW_RESULTS = QT_TRANSLATE_NOOP("Names", "Results handed to the post")
    FLOW_DELIVERED = QT_TRANSLATE_NOOP("Names", "Delivery confirmed")
