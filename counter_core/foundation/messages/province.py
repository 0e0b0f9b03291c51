"""The provincial server: the errors of its API (the envelope's text), why it sets a desk's action aside, and its
administration."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Province(Msg):
    TOO_LARGE = QT_TRANSLATE_NOOP("Province", "The sync package is too large.")
    BAD_ENCODING = QT_TRANSLATE_NOOP("Province", "The gzip-compressed content is broken.")
    NUL_CHARACTER = QT_TRANSLATE_NOOP("Province", "The data holds a NUL character, which is not allowed.")
    LONE_SURROGATE = QT_TRANSLATE_NOOP(
        "Province", "The data holds an invalid Unicode character (half of a UTF-16 pair)."
    )
    INCOMPLETE_REQUEST = QT_TRANSLATE_NOOP("Province", "The request was cut off before its end.")
    NOT_JSON = QT_TRANSLATE_NOOP("Province", "The content of the request cannot be read (it is not valid JSON).")
    NO_SUCH_ADDRESS = QT_TRANSLATE_NOOP(
        "Province", "The provincial server has no such address: check the address of the sync server."
    )
    METHOD_NOT_ALLOWED = QT_TRANSLATE_NOOP(
        "Province", "The provincial server does not take this method at this address."
    )
    REQUEST_REFUSED = QT_TRANSLATE_NOOP("Province", "The provincial server did not accept the request (HTTP {status}).")
    UNAUTHENTICATED = QT_TRANSLATE_NOOP(
        "Province", "The desk is not enrolled with the provincial server, or its access token is wrong."
    )
    DESK_REVOKED = QT_TRANSLATE_NOOP(
        "Province", "This desk's right to sync has been revoked. Call the province's administrator."
    )
    NOT_THE_PROTOCOL = QT_TRANSLATE_NOOP("Province", "The request does not follow the sync protocol.")
    BAD_ENROLMENT_CODE = QT_TRANSLATE_NOOP("Province", "The desk's enrolment code is wrong, already used or expired.")
    GAP = QT_TRANSLATE_NOOP(
        "Province", "An earlier action is missing; send again from the sequence number the server expects."
    )
    DESK_FORK = QT_TRANSLATE_NOOP(
        "Province", "Two computers are using the same desk. The administrator must enrol one of them again."
    )
    FIRST_EVENT_NOT_RECEPTION = QT_TRANSLATE_NOOP("Province", "The first event of a dossier must be its reception.")
    CODE_OF_OTHER_UNIT = QT_TRANSLATE_NOOP(
        "Province", "A desk may receive only dossiers with the code of its own unit ({unit})."
    )
    CODE_USED = QT_TRANSLATE_NOOP("Province", "The dossier code {code} is already used for another dossier.")
    UNKNOWN_COMPETENT_UNIT = QT_TRANSLATE_NOOP("Province", "The processing unit {unit} is not in the province's list.")
    OTHER_UNITS_DOSSIER = QT_TRANSLATE_NOOP(
        "Province",
        "Dossier {code} carries the identifier (UUID) of a dossier of another unit: the desk may not update it.",
    )
    CODE_MISMATCH = QT_TRANSLATE_NOOP("Province", "The dossier code {code} does not match the dossier held ({held}).")
    CROSSED = QT_TRANSLATE_NOOP(
        "Province",
        "The dossier had been moved to {by} before the desk knew; the desk's action is recorded all the same, "
        "a supervisor must look at it again.",
    )
    CODE_TAKEN = QT_TRANSLATE_NOOP("Province", "The dossier code is already used for another dossier.")
    OP_ID_TAKEN = QT_TRANSLATE_NOOP("Province", "The action's identifier is already used for another action.")
    DATA_INVALID = QT_TRANSLATE_NOOP("Province", "The data is not valid in the field {field} ({constraint}).")
    NO_SUCH_UNIT = QT_TRANSLATE_NOOP("Province", 'There is no unit with the code "{code}" on the provincial server.')
    NEW_ACCOUNT_PASSWORD = QT_TRANSLATE_NOOP("Province", 'The new account "{username}" needs a password.')
    NO_SUCH_DOSSIER = QT_TRANSLATE_NOOP("Province", 'The server has no dossier with the code "{code}".')
    NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Province", 'Unit {unit} has no account "{username}".')
    UNIT_NAME_UNKNOWN = QT_TRANSLATE_NOOP(
        "Province", "No name is known for unit {code}: the national portal needs the names of units."
    )
    ADDRESS_RATE = QT_TRANSLATE_NOOP(
        "Province", "The provincial server gets too many requests from this address; try again in {seconds} seconds."
    )
    LOOKUP_RATE = QT_TRANSLATE_NOOP(
        "Province", "There are too many look-ups from this network; please try again in {seconds} seconds."
    )
    ENROL_RATE = QT_TRANSLATE_NOOP(
        "Province", "Too many attempts to enrol a desk from this address; try again in {seconds} seconds."
    )
    WRONG_TOKENS = QT_TRANSLATE_NOOP(
        "Province", "Too many requests with a wrong access token from this address; try again in {seconds} seconds."
    )
    DESK_RATE = QT_TRANSLATE_NOOP("Province", "The desk sends too many requests; try again in {seconds} seconds.")
    BODIES = QT_TRANSLATE_NOOP(
        "Province", "The provincial server is taking many data packages at once; try again in {seconds} seconds."
    )
    FIELD_REFUSED = QT_TRANSLATE_NOOP(
        "Province", "The request does not follow the sync protocol: the field {field} {problem}."
    )
    ROOT = QT_TRANSLATE_NOOP("Province", "(root)")
    VALUE_INVALID = QT_TRANSLATE_NOOP("Province", "is not valid ({reason})")
    NOT_IN_PROTOCOL = QT_TRANSLATE_NOOP("Province", "is not in the protocol")
    TOO_MANY_VALUES = QT_TRANSLATE_NOOP("Province", "The sync package holds too many values (more than {most}).")
    NOT_UTF8 = QT_TRANSLATE_NOOP("Province", "The content of the request is not UTF-8 text.")
    BAD_JSON = QT_TRANSLATE_NOOP(
        "Province", "The content of the request is not valid JSON (line {line}, column {column})."
    )
    TOO_DEEP = QT_TRANSLATE_NOOP("Province", "The data is nested too deeply (more than {most} levels).")
    TOO_DEEP_AT = QT_TRANSLATE_NOOP(
        "Province", "The data is nested too deeply (more than {most} levels) at the field {field}…."
    )
    NUMBER_NOT_FINITE = QT_TRANSLATE_NOOP(
        "Province", "holds a number that cannot be used ({number}): a finite number is needed"
    )
    TEXT_HAS_NUL = QT_TRANSLATE_NOOP("Province", "holds a NUL character (code 0), which text may not hold")
    TEXT_HAS_SURROGATE = QT_TRANSLATE_NOOP("Province", "holds half of a UTF-16 pair (an invalid Unicode character)")
    ITEM_FIELD_REFUSED = QT_TRANSLATE_NOOP("Province", "The action is refused: the field {field} {problem}.")
    UNSENDABLE = QT_TRANSLATE_NOOP("Province", "The desk could not send this action to the province: {reason}")
    ITEM_NOT_THE_PROTOCOL = QT_TRANSLATE_NOOP(
        "Province", "The action is refused: the field {field} does not follow the protocol ({reason})."
    )
    ENROLMENT_LOCKED = QT_TRANSLATE_NOOP(
        "Province",
        "Enrolling desks is locked after too many wrong codes; try again in {seconds} seconds or call the province.",
    )
    SECRET_TOO_SHORT = QT_TRANSLATE_NOOP(
        "Province", "{variable} must be at least 64 hexadecimal characters (32 random bytes)."
    )
    SECRET_NOT_THIS_DATABASES = QT_TRANSLATE_NOOP(
        "Province",
        "The server's secret key (the file server-secret in the data folder, or COUNTER_SERVER_SECRET) is not the key "
        "this database has used: run the command with the same --data-dir / COUNTER_SERVER_SECRET as the server.",
    )
    LOCKOUT_ADDRESS = QT_TRANSLATE_NOOP(
        "Province", "Desk enrolment locked for {minutes} minutes: the address {address} tried {failures} wrong codes."
    )
    LOCKOUT_UNIT = QT_TRANSLATE_NOOP(
        "Province",
        "Desk enrolment locked for {minutes} minutes: unit {unit} got {failures} wrong codes "
        "(the last from {address}).",
    )
    SUPPLEMENT_NEEDS_PAPERS = QT_TRANSLATE_NOOP(
        "Province", "A supplement request (status 5) needs its list of papers: --item PAPER for each paper."
    )
    NO_SUCH_PROVINCE_USER = QT_TRANSLATE_NOOP("Province", 'There is no province user "{username}".')
    NO_SUCH_UNITS = QT_TRANSLATE_NOOP("Province", "No such units: {codes}.")
    DAY_FORM = QT_TRANSLATE_NOOP("Province", "A day is written year-month-day, for example 2026-11-23.")
    PERIOD_BACKWARDS = QT_TRANSLATE_NOOP("Province", "The first day must be on or before the last day.")
    PERIOD_TOO_LONG = QT_TRANSLATE_NOOP("Province", "At most {days} days at a time.")
    CHOOSE_FILE = QT_TRANSLATE_NOOP("Province", "Choose the {what} to publish.")
    STATUS_NOT_LISTED = QT_TRANSLATE_NOOP("Province", "The status is not in the list.")
