"""What the command line says when a command has done its work: its lines, its rows' words, its empty tables."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Said(Msg):
    DESK_CONFIGURED = QT_TRANSLATE_NOOP("Said", "Desk {desk} configured — {unit_name} ({unit_code}), data in {folder}")
    ACCOUNT_MADE = QT_TRANSLATE_NOOP("Said", "Account {username} made ({role}): {full_name}")
    ACCOUNT_UNLOCKED = QT_TRANSLATE_NOOP("Said", "Account {username} unlocked.")
    ACCOUNT_NOT_LOCKED = QT_TRANSLATE_NOOP("Said", "Account {username} was not locked.")
    CATALOG_IMPORTED = QT_TRANSLATE_NOOP(
        "Said", "Catalog {version} imported ({procedures} procedures, in force from {effective_from})"
    )
    CATALOG_ALREADY_HERE = QT_TRANSLATE_NOOP(
        "Said", "Catalog {version} was already here ({procedures} procedures, in force from {effective_from})"
    )
    CATALOG_VERSION_ROW = QT_TRANSLATE_NOOP(
        "Said", "{version}  in force from {effective_from}  {procedures} procedures  {issuer}"
    )
    NO_PROCEDURE = QT_TRANSLATE_NOOP("Said", "No procedure.")
    PROCEDURE_CASE = QT_TRANSLATE_NOOP("Said", "case {key}: {name} — {processing}")
    TO_CHECK = QT_TRANSLATE_NOOP("Said", "To check: {finding}")
    CATALOG_BUILT = QT_TRANSLATE_NOOP(
        "Said", "Catalog {version}: {procedures} procedures, in force from {effective_from}; {findings} points to check"
    )
    CATALOG_WRITTEN = QT_TRANSLATE_NOOP("Said", "written to {path}")
    CATALOG_LOADED = QT_TRANSLATE_NOOP("Said", "loaded onto the desk")
    CATALOG_ALREADY_LOADED = QT_TRANSLATE_NOOP("Said", "already on the desk")
    PROCESSING_SAME_DAY = QT_TRANSLATE_NOOP(
        "Said", "Same day (received after {hour}, returned on the next working day)"
    )
    PROCESSING_UNCONFIRMED = QT_TRANSLATE_NOOP("Said", "Awaiting the province's confirmation of the time")
    PROCESSING_NO_FIXED_TIME = QT_TRANSLATE_NOOP("Said", "No fixed time for settling it")
    PROCESSING_WORKING_DAYS = QT_TRANSLATE_NOOP("Said", "{amount} working days")
    PROCESSING_CALENDAR_DAYS = QT_TRANSLATE_NOOP("Said", "{amount} days")
    PROCESSING_WORKING_HOURS = QT_TRANSLATE_NOOP("Said", "{amount} working hours")
    FEE_TABLE_IMPORTED = QT_TRANSLATE_NOOP(
        "Said",
        "Fee table of {resolution} imported ({lines} fees, {exemptions} exemptions, in force from {effective_from})",
    )
    FEE_TABLE_ALREADY_HERE = QT_TRANSLATE_NOOP(
        "Said",
        "Fee table of {resolution} was already here ({lines} fees, {exemptions} exemptions, "
        "in force from {effective_from})",
    )
    FEE_TABLE_ROW = QT_TRANSLATE_NOOP("Said", "{resolution}  in force from {effective_from}  {lines} fees  {origin}")
    FROM_PROVINCE = QT_TRANSLATE_NOOP("Said", "from the province")
    FROM_FILE = QT_TRANSLATE_NOOP("Said", "imported from a file")
    NO_FEE_TABLE = QT_TRANSLATE_NOOP(
        "Said",
        "No fee table yet: fees set by the provincial People's Council are recorded as having no amount yet.",
    )
    NO_FEE_TABLE_ON = QT_TRANSLATE_NOOP("Said", "No fee table is in force on {day}.")
    FEE_TABLE_HEAD = QT_TRANSLATE_NOOP("Said", "{reference} — in force from {day}")
    PER_PAGE = QT_TRANSLATE_NOOP("Said", "by the number of pages")
    EXEMPTION_ROW = QT_TRANSLATE_NOOP("Said", "Exempt: {name} ({ground})")
    FEE_PENDING = QT_TRANSLATE_NOOP(
        "Said", "As the provincial People's Council's resolution sets it (the desk has no fee table of the province)"
    )
    FEE_EXEMPT = QT_TRANSLATE_NOOP("Said", "Exempt — {exemption}")
    FEE_EXEMPT_UNDER = QT_TRANSLATE_NOOP("Said", "Exempt — {exemption} (under {ground})")
    FEE_GROUND = QT_TRANSLATE_NOOP("Said", "{fee}; under {ground}")
    CALENDAR_IMPORTED = QT_TRANSLATE_NOOP(
        "Said", "Calendar of {year} imported: {days_off} days off, {working_days} make-up working days"
    )
    APPOINTMENT_AT = QT_TRANSLATE_NOOP("Said", "{hour}:{minute} on {day}")
    APPOINTMENT_NO_FIXED_DATE = QT_TRANSLATE_NOOP("Said", "No fixed date for the result, as the law provides")
    APPOINTMENT_UNCONFIRMED = QT_TRANSLATE_NOOP(
        "Said", "Awaiting the province's confirmation of the time: no date set for the result yet"
    )
    CASE = QT_TRANSLATE_NOOP("Said", "Case: {name}")
    DUE = QT_TRANSLATE_NOOP("Said", "Result due: {appointment}")
    FEES = QT_TRANSLATE_NOOP("Said", "Fees and charges: {fee}")
    PROCEDURE = QT_TRANSLATE_NOOP("Said", "Procedure: {code} {name}")
    OWNER = QT_TRANSLATE_NOOP("Said", "Owner: {name} ({id_number})")
    RECEIVED = QT_TRANSLATE_NOOP("Said", "Received: {at}")
    CHARGED = QT_TRANSLATE_NOOP("Said", "Fee: {amount}")
    HISTORY = QT_TRANSLATE_NOOP("Said", "History:")
    NO_DOSSIER_FOUND = QT_TRANSLATE_NOOP("Said", "No dossier found.")
    MOVED = QT_TRANSLATE_NOOP("Said", "{code}: moved to “{status}”")
    SUPPLEMENT_ASKED = QT_TRANSLATE_NOOP(
        "Said", "{code}: {count} papers asked to be supplemented — print the slip: {command}"
    )
    RESCHEDULED = QT_TRANSLATE_NOOP("Said", "{code}: new appointment {due} — print the slip: {command}")
    STOPPED = QT_TRANSLATE_NOOP("Said", "{code}: processing stopped — print the notice: {command}")
    QUEUE = QT_TRANSLATE_NOOP(
        "Said",
        "{day}: {received} received, {due} due today, {late} late, {waiting} waiting for the citizen's papers",
    )
    ENROLLED = QT_TRANSLATE_NOOP("Said", "Desk {desk_id} ({unit}) enrolled with the provincial server.")
    SYNC_STATE = QT_TRANSLATE_NOOP(
        "Said",
        "Waiting to be sent: {backlog}, refused: {set_aside}, to review: {conflicts}, files of papers waiting: "
        "{megabytes} MB, last sync: {last}",
    )
    NEVER = QT_TRANSLATE_NOOP("Said", "never")
    SYNC_TO_TAKE_BACK = QT_TRANSLATE_NOOP("Said", "{state}; sync to take back the data already sent")
    TAKEN_BACK = QT_TRANSLATE_NOOP("Said", "{count} operations of the desk taken back from the provincial server.")
    SYNCED = QT_TRANSLATE_NOOP(
        "Said", "{sent} operations sent ({outcomes}), {received} changes received from the province."
    )
    NONE = QT_TRANSLATE_NOOP("Said", "none")
    OUTCOME_APPLIED = QT_TRANSLATE_NOOP("Said", "recorded: {count}")
    OUTCOME_DUPLICATE = QT_TRANSLATE_NOOP("Said", "already there: {count}")
    OUTCOME_CONFLICT = QT_TRANSLATE_NOOP("Said", "recorded, to review: {count}")
    OUTCOME_REJECTED = QT_TRANSLATE_NOOP("Said", "refused: {count}")
    AUDIT_INTACT = QT_TRANSLATE_NOOP("Said", "Audit trail intact: {rows} rows, the hash chain matches.")
    NO_BACKUP = QT_TRANSLATE_NOOP("Said", "No backup yet.")
    BACKED_UP = QT_TRANSLATE_NOOP("Said", "Backed up to {path} (its integrity checked)")
    RESTORED = QT_TRANSLATE_NOOP("Said", "Restored from {path} (the data before it kept at {kept})")
    SYNC_BEFORE_RECEIVING = QT_TRANSLATE_NOOP(
        "Said", "Sync with the provincial server (counter-app sync) before receiving new dossiers."
    )
    BATCH_COUNTS = QT_TRANSLATE_NOOP("Said", "{lines} lines, {refused} refused")
    BATCH_CLOSED_AT = QT_TRANSLATE_NOOP("Said", "closed {at}")
    BATCH_OPEN = QT_TRANSLATE_NOOP("Said", "open")
    NO_BATCH = QT_TRANSLATE_NOOP("Said", "No batch yet.")
    PACKAGE_WAITING = QT_TRANSLATE_NOOP("Said", "{item}  batch {batch}  {at}")
    NO_PACKAGE_WAITING = QT_TRANSLATE_NOOP("Said", "No postal package is waiting to be received.")
    BATCH_CLOSED = QT_TRANSLATE_NOOP("Said", "Batch {number} closed: {count} dossiers recorded.")
    NOT_HANDED_OVER = QT_TRANSLATE_NOOP("Said", "Not handed over: {reason}")
    SCAN_ACCEPTED = QT_TRANSLATE_NOOP("Said", "OK")
    SCAN_REFUSED = QT_TRANSLATE_NOOP("Said", "REFUSED")
    DEMO_REMOVED = QT_TRANSLATE_NOOP("Said", "Demo data removed; the next start sets the desk up. ({path})")
    DEMO_MADE = QT_TRANSLATE_NOOP(
        "Said", "{dossiers} demo dossiers made, with the accounts {users} (password: {password})"
    )
