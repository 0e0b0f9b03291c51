"""The desk's sync with the provincial server: enrolment, the connection, and what the province sends."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Sync(Msg):
    SERVER_URL_NOT_HTTPS = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server's address {url} must start with https:// (an encrypted connection, with a verified "
        "certificate).",
    )
    CA_BUNDLE_UNREADABLE = QT_TRANSLATE_NOOP(
        "Sync", "The root certificate (CA) file {path} cannot be read or holds no PEM certificate ({reason})."
    )
    CODE_FOR_OTHER_DESK = QT_TRANSLATE_NOOP(
        "Sync",
        "The enrolment code is for desk {desk} of unit {unit}, but this computer is desk {own_desk} of {own_unit}.",
    )
    NOT_ENROLLED = QT_TRANSLATE_NOOP(
        "Sync", "The desk is not enrolled with the provincial server: counter-app enrol --server URL --code CODE."
    )
    TOKEN_MISSING = QT_TRANSLATE_NOOP("Sync", "The desk's access token is not in the keyring: enrol the desk again.")
    CA_BUNDLE_MISSING = QT_TRANSLATE_NOOP(
        "Sync",
        "The province's root certificate (CA) file {path} is not found: copy it back, or give a new one "
        "(counter-app sync --ca-bundle FILE).",
    )
    NO_KEYRING = QT_TRANSLATE_NOOP(
        "Sync",
        "This computer has no keyring of its operating system to keep the desk's access token. Install or unlock "
        "the keyring, then enrol again. ({reason})",
    )
    KEYRING_UNREADABLE = QT_TRANSLATE_NOOP(
        "Sync", "The desk's access token cannot be read from the keyring ({reason})."
    )
    TLS_CUT = QT_TRANSLATE_NOOP(
        "Sync",
        "The secure (TLS) connection to the provincial server broke off. The dossiers are kept on this computer "
        "and will be sent again later.",
    )
    CERTIFICATE_REFUSED = QT_TRANSLATE_NOOP(
        "Sync",
        "The security (TLS) certificate of the provincial server could not be verified: this may not be the "
        "province's server. Nothing was sent. Check the server's address; if the province uses its own "
        "certificates, give the province's root certificate (CA) file: counter-app sync --ca-bundle FILE.",
    )
    UNREACHABLE = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server cannot be reached ({error}). The dossiers are kept on this computer and will be "
        "sent when the network is back.",
    )
    NOT_PROTOCOL = QT_TRANSLATE_NOOP(
        "Sync",
        "The server's answer is not the sync protocol (the network may be blocking it, for example with a Wi-Fi "
        "sign-in page). Will try again later.",
    )
    HTTP_ERROR_RETRY = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server or the network in between reported an error (HTTP {status}). The dossiers are kept "
        "on this computer and will be sent again later.",
    )
    HTTP_ERROR = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server or the network in between reported an error (HTTP {status}). The dossiers are kept "
        "on this computer.",
    )
    SERVER_SAID = QT_TRANSLATE_NOOP("Sync", "The provincial server answered: {message}")
    CLOCK_OFF = QT_TRANSLATE_NOOP(
        "Sync",
        "This computer's clock is {minutes} minutes off the provincial server's: set it right before printing "
        "appointment slips.",
    )
    AUDIT_BROKEN = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server found the desk's log tampered with from row {row}: the supervisor has been told.",
    )
    MOMENT_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Sync", "The moment {what} ({year}) is outside {low}–{high}.")
    OF_RECEPTION = QT_TRANSLATE_NOOP("Sync", "of reception")
    OF_APPOINTMENT = QT_TRANSLATE_NOOP("Sync", "of the appointment")
    OF_EVENT = QT_TRANSLATE_NOOP("Sync", "of the event")
    CODE_NOT_ISSUED_FORM = QT_TRANSLATE_NOOP("Sync", "The dossier code {code} is not in the form desks issue.")
    UNIT_CODE_INVALID = QT_TRANSLATE_NOOP("Sync", "The unit code {code} from the province is not valid.")
    EVENT_KIND_INVALID = QT_TRANSLATE_NOOP("Sync", "The event kind {kind} from the province is not valid.")
    RATING_INVALID = QT_TRANSLATE_NOOP("Sync", "The rating in the data from the province is not valid.")
    PAPERS_MISSING = QT_TRANSLATE_NOOP("Sync", "the list of papers is missing")
    SUPPLEMENT_UNREADABLE = QT_TRANSLATE_NOOP(
        "Sync", "The supplement request from the province cannot be read: {reason}."
    )
    FACTS_MISSING = QT_TRANSLATE_NOOP(
        "Sync", "The reception details of dossier {code} are missing from the data from the province."
    )
    CODE_TAKEN_HERE = QT_TRANSLATE_NOOP(
        "Sync", "The dossier code {code} from the province is already the code of another dossier on this desk."
    )
    NO_CATALOG_FOR = QT_TRANSLATE_NOOP("Sync", "The desk has no procedure catalog for dossier {code} yet.")
    OWNER_NAME_MISSING = QT_TRANSLATE_NOOP("Sync", "Dossier {code} from the province has no owner's name.")
    UNIT_NAME_MISSING = QT_TRANSLATE_NOOP("Sync", "Unit {code} from the province has no name.")
    REALIGNED = QT_TRANSLATE_NOOP(
        "Sync", 'In the order the province recorded them, the dossier moved from "{before}" to "{after}".'
    )
    ACTION_NOT_TAKEN = QT_TRANSLATE_NOOP(
        "Sync", "The provincial server could not take the desk's action number {seq} ({reason}); it will be sent again."
    )
    UNKNOWN_CHANGE = QT_TRANSLATE_NOOP(
        "Sync",
        "The provincial server sent a change of kind “{kind}” that this version of Counter cannot read yet: "
        "update Counter.",
    )
    AUDIT_ROW_UNSENT = QT_TRANSLATE_NOOP("Sync", "Row {row} of the log could not be sent to the province: {message}")
