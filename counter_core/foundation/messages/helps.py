"""What the command line's help says: what the program is, its options, its commands and theirs."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Helps(Msg):
    DESCRIPTION = QT_TRANSLATE_NOOP(
        "Helps", "Counter — the commune's one-stop desk that receives dossiers and returns results."
    )
    EXAMPLES = QT_TRANSLATE_NOOP("Helps", "Examples:")
    WHO_ACTS = QT_TRANSLATE_NOOP(
        "Helps",
        "Every command that changes data or shows personal information needs --user (or COUNTER_USER), and runs only when that account's role allows it. While the desk has no account yet, init, catalog/calendar/fees import, catalog from-… --import, demo and making the first administrator (user add … --role admin) run without --user.",
    )
    DATA_DIR = QT_TRANSLATE_NOOP("Helps", "data folder (default: $COUNTER_DATA_DIR or the user data folder)")
    JSON = QT_TRANSLATE_NOOP("Helps", "print machine-readable JSON")
    LANGUAGE = QT_TRANSLATE_NOOP(
        "Helps", "language of the window and of error messages (default: vi, or $COUNTER_LANGUAGE)"
    )
    DEBUG = QT_TRANSLATE_NOOP("Helps", "print the traceback of an unexpected error (always in the log file)")
    NO_ERROR_DIALOG = QT_TRANSLATE_NOOP(
        "Helps", "the window shows no error dialog (for tests and CI): errors go to the log and standard error"
    )
    USER = QT_TRANSLATE_NOOP(
        "Helps",
        "the account acting (default: $COUNTER_USER): every command that changes something or shows personal data needs one whose role may do it",
    )
    # argparse's own words
    USAGE = QT_TRANSLATE_NOOP("Helps", "usage:")
    POSITIONALS = QT_TRANSLATE_NOOP("Helps", "positional arguments")
    OPTIONS = QT_TRANSLATE_NOOP("Helps", "options")
    HELP = QT_TRANSLATE_NOOP("Helps", "show this help message and exit")
    VERSION = QT_TRANSLATE_NOOP("Helps", "show program's version number and exit")
    # argparse's own errors (counter_app/cli/parse_errors.py)
    ERROR = QT_TRANSLATE_NOOP("Helps", "{program}: error: {problem}")
    ARGUMENT = QT_TRANSLATE_NOOP("Helps", "argument {argument}: {problem}")
    REQUIRED = QT_TRANSLATE_NOOP("Helps", "the following arguments are required: {arguments}")
    ONE_REQUIRED = QT_TRANSLATE_NOOP("Helps", "one of the arguments {arguments} is required")
    UNRECOGNIZED = QT_TRANSLATE_NOOP("Helps", "unrecognized arguments: {arguments}")
    INVALID_CHOICE = QT_TRANSLATE_NOOP("Helps", "invalid choice: {value} (choose from {choices})")
    INVALID_VALUE = QT_TRANSLATE_NOOP("Helps", "invalid {kind} value: {value}")
    EXPECTED_ONE = QT_TRANSLATE_NOOP("Helps", "expected one argument")
    EXPECTED_AT_MOST_ONE = QT_TRANSLATE_NOOP("Helps", "expected at most one argument")
    EXPECTED_AT_LEAST_ONE = QT_TRANSLATE_NOOP("Helps", "expected at least one argument")
    NOT_ALLOWED_WITH = QT_TRANSLATE_NOOP("Helps", "not allowed with argument {argument}")
    AMBIGUOUS = QT_TRANSLATE_NOOP("Helps", "ambiguous option: {option} could match {matches}")
    IGNORED_EXPLICIT = QT_TRANSLATE_NOOP("Helps", "ignored explicit argument {value}")
    CMD_INIT = QT_TRANSLATE_NOOP("Helps", "configure this desk (unit, desk number, office hours)")
    INIT_UNIT_CODE = QT_TRANSLATE_NOOP("Helps", "the unit's identifier code, e.g. 000.00.31.H56")
    INIT_UNIT_NAME = QT_TRANSLATE_NOOP("Helps", 'e.g. "UBND xã Quảng Phú"')
    INIT_DESK = QT_TRANSLATE_NOOP("Helps", "desk number in the unit, 1–99 (unique in the unit)")
    INIT_CODE_BLOCK = QT_TRANSLATE_NOOP("Helps", "daily code numbers reserved per desk (1000)")
    INIT_OFFICE_HOURS = QT_TRANSLATE_NOOP("Helps", "sessions, default 07:00-11:30,13:30-17:00")
    INIT_SAME_DAY_CUTOFF = QT_TRANSLATE_NOOP(
        "Helps", "same-day procedures received after this (HH:MM, default 15:00) go to the next working day"
    )
    INIT_HEADER_LINE1 = QT_TRANSLATE_NOOP("Helps", 'papers\' header line 1 (default "UBND XÃ …" from the unit name)')
    INIT_HEADER_LINE2 = QT_TRANSLATE_NOOP(
        "Helps", 'papers\' header line 2 (default "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")'
    )
    INIT_HEADER_LINE2_NAMES_COMMUNE = QT_TRANSLATE_NOOP(
        "Helps", "whether the default header line 2 repeats the commune's name"
    )
    INIT_CENTRE_NAME = QT_TRANSLATE_NOOP(
        "Helps", 'the receiving centre as papers name it (default "Trung tâm Phục vụ hành chính công xã …")'
    )
    INIT_FORMS_2025_FROM = QT_TRANSLATE_NOOP(
        "Helps", "first reception day numbered by the 2025 form set (TT 03/2025; default 15/09/2025)"
    )
    INIT_LETTER_SYMBOL = QT_TRANSLATE_NOOP("Helps", "the symbol after a letter's number (default TTPVHCC)")
    INIT_SIGNER_TITLE = QT_TRANSLATE_NOOP("Helps", "who signs the centre's letters (default GIÁM ĐỐC)")
    INIT_TRACKING_URL = QT_TRANSLATE_NOOP(
        "Helps", "the province's tracking page for the receipt's QR code, with {code}"
    )
    INIT_PRINT_DIRECTLY = QT_TRANSLATE_NOOP(
        "Helps", "print receipts straight to the default printer instead of showing a preview"
    )
    INIT_IDLE_MINUTES = QT_TRANSLATE_NOOP("Helps", "lock the screen after this many minutes without use (10)")
    INIT_LOCK_AFTER = QT_TRANSLATE_NOOP("Helps", "wrong passwords in a row that lock an account on this desk (5)")
    INIT_LOCK_MINUTES = QT_TRANSLATE_NOOP("Helps", "how long such an account stays locked, in minutes (15)")
    CMD_USER = QT_TRANSLATE_NOOP("Helps", "local accounts")
    CMD_USER_ADD = QT_TRANSLATE_NOOP("Helps", "add an account (password from --password or standard input)")
    USER_ADD_NAME = QT_TRANSLATE_NOOP("Helps", "full name")
    CMD_USER_LIST = QT_TRANSLATE_NOOP("Helps", "list accounts")
    CMD_USER_UNLOCK = QT_TRANSLATE_NOOP("Helps", "lift the lock of an account after too many wrong passwords")
    CMD_CATALOG = QT_TRANSLATE_NOOP("Helps", "the procedure catalog")
    CMD_CATALOG_LIST = QT_TRANSLATE_NOOP("Helps", "procedures in force (or catalog versions with --versions)")
    CATALOG_LIST_SEARCH = QT_TRANSLATE_NOOP("Helps", "part of a name or code, diacritics optional")
    CATALOG_LIST_VERSIONS = QT_TRANSLATE_NOOP("Helps", "list the imported catalog versions")
    CMD_CATALOG_IMPORT = QT_TRANSLATE_NOOP("Helps", "import a published catalog file as a new version")
    CMD_CATALOG_FROM_PORTAL = QT_TRANSLATE_NOOP(
        "Helps", "build a catalog from the national portal's procedure records (JSON, list or JSON Lines)"
    )
    CATALOG_FROM_PORTAL_VERSION = QT_TRANSLATE_NOOP("Helps", "the version's name (default: portal-YYYY-MM-DD)")
    CATALOG_FROM_PORTAL_EFFECTIVE = QT_TRANSLATE_NOOP("Helps", "in force from, YYYY-MM-DD (default: today)")
    CATALOG_FROM_PORTAL_ISSUER = QT_TRANSLATE_NOOP("Helps", "who publishes it")
    CATALOG_FROM_PORTAL_MERGE = QT_TRANSLATE_NOOP("Helps", "keep the other procedures of the catalog in force")
    CATALOG_OUT = QT_TRANSLATE_NOOP("Helps", "write the catalog file here, to check it and publish it")
    CATALOG_STORE = QT_TRANSLATE_NOOP("Helps", "store it on this desk as a new version")
    CMD_CATALOG_FROM_DECISION = QT_TRANSLATE_NOOP(
        "Helps", "apply the province's decision publishing the catalogue (a CSV, see docs/catalog.md) as a new version"
    )
    CATALOG_FROM_DECISION_DECISION = QT_TRANSLATE_NOOP("Helps", 'its number, e.g. "1234/QĐ-UBND"')
    CATALOG_FROM_DECISION_SIGNED = QT_TRANSLATE_NOOP("Helps", "its date, YYYY-MM-DD or dd/mm/yyyy")
    CATALOG_FROM_DECISION_EFFECTIVE = QT_TRANSLATE_NOOP("Helps", "in force from, YYYY-MM-DD or dd/mm/yyyy")
    CATALOG_FROM_DECISION_ISSUER = QT_TRANSLATE_NOOP("Helps", 'e.g. "Ủy ban nhân dân tỉnh Quảng Ngãi"')
    CATALOG_FROM_DECISION_REPLACE_ALL = QT_TRANSLATE_NOOP(
        "Helps", "the decision lists every procedure: drop the others"
    )
    CMD_FEES = QT_TRANSLATE_NOOP("Helps", "the province's fee tables (resolutions of the provincial People's Council)")
    CMD_FEES_IMPORT = QT_TRANSLATE_NOOP("Helps", "import a fee table file (counter-fees/1) as a new version")
    CMD_FEES_LIST = QT_TRANSLATE_NOOP("Helps", "the imported fee tables, every version")
    CMD_FEES_SHOW = QT_TRANSLATE_NOOP("Helps", "the fee table in force on a day (default today)")
    FEES_SHOW_DATE = QT_TRANSLATE_NOOP("Helps", "YYYY-MM-DD or dd/mm/yyyy")
    CMD_CALENDAR = QT_TRANSLATE_NOOP("Helps", "the working-day calendar")
    CMD_CALENDAR_IMPORT = QT_TRANSLATE_NOOP(
        "Helps", "import a yearly civil-service notice (days off, Saturdays worked)"
    )
    CMD_CALENDAR_DAYS_OFF = QT_TRANSLATE_NOOP("Helps", "list the days off of a year (weekends excepted)")
    CMD_DUE_DATE = QT_TRANSLATE_NOOP("Helps", "the appointment for a procedure received at a given moment")
    DUE_DATE_PROCEDURE = QT_TRANSLATE_NOOP("Helps", "national procedure code, e.g. 1.001193")
    DUE_DATE_RECEIVED = QT_TRANSLATE_NOOP("Helps", '"YYYY-MM-DD HH:MM", Vietnam time')
    DUE_DATE_CASE = QT_TRANSLATE_NOOP("Helps", "the procedure's case (its key, see catalog list), e.g. xac-minh")
    CMD_RECEIVE = QT_TRANSLATE_NOOP("Helps", "record a dossier from a JSON file and print its code")
    RECEIVE_FROM_JSON = QT_TRANSLATE_NOOP("Helps", "the dossier (see README)")
    RECEIVE_POSTAL_ITEM = QT_TRANSLATE_NOOP("Helps", "the item code of the package it came in by post (channel 3)")
    CMD_SHOW = QT_TRANSLATE_NOOP("Helps", "a dossier with its history")
    CMD_SEARCH = QT_TRANSLATE_NOOP("Helps", "search dossiers by code, name, ID number, phone or procedure")
    CMD_TRANSITION = QT_TRANSLATE_NOOP("Helps", "move a dossier to a status (national code 1–10)")
    TRANSITION_STATUS = QT_TRANSLATE_NOOP("Helps", "national status code 1–10, or its name (e.g. processing)")
    CMD_SUPPLEMENT = QT_TRANSLATE_NOOP("Helps", "ask for missing papers of a received dossier (Form 02; status 5)")
    SUPPLEMENT_ITEM = QT_TRANSLATE_NOOP(
        "Helps", "a paper to add or complete (repeat for each; the catalog's counts when it is one of them)"
    )
    CMD_RESCHEDULE = QT_TRANSLATE_NOOP(
        "Helps", "before its appointment passes, apologise and ask to extend a dossier's time (Form 04)"
    )
    RESCHEDULE_NEW_DATE = QT_TRANSLATE_NOOP("Helps", "dd/mm/yyyy or YYYY-MM-DD, a working day")
    RESCHEDULE_TIME = QT_TRANSLATE_NOOP("Helps", "HH:MM within office hours (default: closing time)")
    RESCHEDULE_REASON = QT_TRANSLATE_NOOP("Helps", "why the result is late")
    RESCHEDULE_NUMBER = QT_TRANSLATE_NOOP("Helps", "the letter's number in the registry book (else left blank)")
    RESCHEDULE_SIGNER = QT_TRANSLATE_NOOP("Helps", "who signs the letter (else left blank)")
    CMD_STOP = QT_TRANSLATE_NOOP("Helps", "stop settling a dossier (status 8) and print its notice (Form 05 of 2025)")
    STOP_REASON = QT_TRANSLATE_NOOP("Helps", "why it is stopped, as the notice says it")
    STOP_NUMBER = QT_TRANSLATE_NOOP("Helps", "the notice's number in the registry book (else left blank)")
    STOP_SIGNER = QT_TRANSLATE_NOOP("Helps", "who signs the notice (else left blank)")
    CMD_QUEUE = QT_TRANSLATE_NOOP("Helps", "today's queue: received, due today, late")
    QUEUE_DAY = QT_TRANSLATE_NOOP("Helps", "YYYY-MM-DD (default today)")
    CMD_PRINT = QT_TRANSLATE_NOOP("Helps", "render a slip of a dossier to PDF (headless)")
    PRINT_OUT = QT_TRANSLATE_NOOP("Helps", "PDF file (default: <data folder>/slips/<code>-<slip>.pdf)")
    CMD_POSTAL = QT_TRANSLATE_NOOP(
        "Helps", "the postal desk (public postal service): batches of scans, hand-over lists"
    )
    CMD_POSTAL_OPEN = QT_TRANSLATE_NOOP(
        "Helps",
        "open a batch: intake (packages from the post), results (handed to the post), delivered (delivered by the post)",
    )
    CMD_POSTAL_SCAN = QT_TRANSLATE_NOOP(
        "Helps", "scan codes into an open batch, in order ('-' reads one a line from stdin)"
    )
    POSTAL_SCAN_BATCH = QT_TRANSLATE_NOOP("Helps", "the batch's number (BC01-00012) or id")
    CMD_POSTAL_CLOSE = QT_TRANSLATE_NOOP("Helps", "close a batch, record its hand-over and write its list (PDF)")
    POSTAL_CLOSE_COURIER = QT_TRANSLATE_NOOP("Helps", "the postal employee's full name, printed under their signature")
    POSTAL_CLOSE_OUT = QT_TRANSLATE_NOOP("Helps", "PDF file (default: <data folder>/slips/ban-giao-<batch>.pdf)")
    CMD_POSTAL_LIST = QT_TRANSLATE_NOOP("Helps", "the latest batches, newest first")
    POSTAL_LIST_OPEN = QT_TRANSLATE_NOOP("Helps", "only the open ones")
    CMD_POSTAL_SHOW = QT_TRANSLATE_NOOP("Helps", "a batch with its lines")
    CMD_POSTAL_PRINT = QT_TRANSLATE_NOOP("Helps", "write a batch's hand-over list again")
    CMD_POSTAL_WAITING = QT_TRANSLATE_NOOP(
        "Helps", "packages handed over by the post whose dossier is not received yet"
    )
    CMD_REPORT = QT_TRANSLATE_NOOP("Helps", "a register or report of a period as PDF or Excel (headless)")
    REPORT_REGISTER = QT_TRANSLATE_NOOP("Helps", "Register of dossiers (Form 06/07)")
    REPORT_PERIODIC = QT_TRANSLATE_NOOP(
        "Helps", "Form II.06a: the state and results of settling administrative procedures"
    )
    REPORT_ONTIME = QT_TRANSLATE_NOOP(
        "Helps", "On-time rate under Decision 766 and by day, by procedure and by officer"
    )
    REPORT_SATISFACTION = QT_TRANSLATE_NOOP("Helps", "Satisfaction ratings, by officer")
    REPORT_FEES = QT_TRANSLATE_NOOP("Helps", "Fees and charges collected, by procedure")
    REPORT_DIGITISATION = QT_TRANSLATE_NOOP(
        "Helps",
        "Digitisation rate of dossiers and results (indicator 4.2 of Decision 766), by procedure and by officer",
    )
    REPORT_FROM = QT_TRANSLATE_NOOP("Helps", "first day of the period, dd/mm/yyyy or YYYY-MM-DD")
    REPORT_TO = QT_TRANSLATE_NOOP("Helps", "last day of the period (included)")
    REPORT_FORMAT = QT_TRANSLATE_NOOP("Helps", "pdf or xlsx (default: from --out, else pdf)")
    REPORT_OUT = QT_TRANSLATE_NOOP("Helps", "the file (default: <data folder>/reports/<kind>-<from>-<to>.<format>)")
    REPORT_COLUMNS = QT_TRANSLATE_NOOP("Helps", "register only: columns, comma-separated ({columns})")
    REPORT_VIEW = QT_TRANSLATE_NOOP(
        "Helps", "periodic only: count a dossier at the unit that decides it (default) or at the one that received it"
    )
    CMD_ENROL = QT_TRANSLATE_NOOP("Helps", "register this desk with the provincial server (one-time code)")
    ENROL_SERVER = QT_TRANSLATE_NOOP("Helps", "the provincial server, e.g. https://motcua.example.gov.vn")
    ENROL_CODE = QT_TRANSLATE_NOOP("Helps", "the one-time enrolment code given by the province")
    ENROL_CA_BUNDLE = QT_TRANSLATE_NOOP(
        "Helps",
        "the province's own CA certificates (PEM file) that its server's certificate is verified against, if not a publicly trusted one",
    )
    CMD_SYNC = QT_TRANSLATE_NOOP("Helps", "send the outbox to the provincial server and receive its changes")
    SYNC_STATUS = QT_TRANSLATE_NOOP("Helps", "only show the backlog and the last sync")
    SYNC_CA_BUNDLE = QT_TRANSLATE_NOOP(
        "Helps", "from now on verify the server against this CA bundle (PEM file), then sync"
    )
    SYNC_FILES_KBPS = QT_TRANSLATE_NOOP(
        "Helps", "from now on cap what files of papers use during office hours, in kilobits per second (0: no cap)"
    )
    CMD_BACKUP = QT_TRANSLATE_NOOP("Helps", "a checked copy of the desk's database (default: <data folder>/backups/)")
    BACKUP_OUT = QT_TRANSLATE_NOOP("Helps", "the copy's file name (default: the backup folder, oldest pruned)")
    BACKUP_LIST = QT_TRANSLATE_NOOP("Helps", "list the copies kept instead")
    BACKUP_KEEP = QT_TRANSLATE_NOOP("Helps", "set how many copies are kept (14)")
    BACKUP_FOLDER = QT_TRANSLATE_NOOP("Helps", "set where copies are kept (better on another disk)")
    CMD_RESTORE = QT_TRANSLATE_NOOP(
        "Helps",
        "put a backup back (the current content is kept aside); an enrolled desk then syncs before recording anything new",
    )
    CMD_AUDIT = QT_TRANSLATE_NOOP("Helps", "the audit trail")
    AUDIT_ACTION = QT_TRANSLATE_NOOP("Helps", "check the hash chain and report the first broken link")
    CMD_ID_CARD = QT_TRANSLATE_NOOP("Helps", "parse a chip ID card QR payload ('-' reads standard input)")
    CMD_GUIDE = QT_TRANSLATE_NOOP("Helps", "write the user guide, in --language, as one A4 PDF for printing")
    GUIDE_PDF = QT_TRANSLATE_NOOP("Helps", "the PDF file to write")
    CMD_DEMO = QT_TRANSLATE_NOOP("Helps", "fill this desk with demo users and realistic dossiers")
    DEMO_REMOVE = QT_TRANSLATE_NOOP("Helps", "remove this demo desk's data (an administrator, --user)")
