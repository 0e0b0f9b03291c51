"""The desk itself: its configuration (unit, desk number, blocks of codes, office settings), its backups."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Setup(Msg):
    DESK_RANGE = QT_TRANSLATE_NOOP("Setup", "The desk number must be from 1 to {most}.")
    BLOCK_RANGE = QT_TRANSLATE_NOOP("Setup", "The block of numbers of each desk must be from 1 to 9999.")
    DESK_OUTSIDE_RANGE = QT_TRANSLATE_NOOP(
        "Setup", "Desk {desk} falls outside 0001–9999 with blocks of {block} numbers; make the unit's block smaller."
    )
    NOT_CONFIGURED = QT_TRANSLATE_NOOP(
        "Setup", 'The desk is not configured yet: run "counter-app init --unit-code … --unit-name … --desk N".'
    )
    DEMO_ON_REAL_DESK = QT_TRANSLATE_NOOP(
        "Setup",
        "This desk holds {count} real dossiers: demo data goes on a new desk only (another data folder), never "
        "beside real ones.",
    )
    NOT_DEMO = QT_TRANSLATE_NOOP(
        "Setup", "This desk holds real data, not demo data: it is not removed (only a demo desk's data is)."
    )
    UNIT_CODE_INVALID = QT_TRANSLATE_NOOP("Setup", "The unit code must not be empty or contain spaces.")
    UNIT_NAME_MISSING = QT_TRANSLATE_NOOP("Setup", "The unit's name is missing.")
    TRACKING_URL_NO_CODE = QT_TRANSLATE_NOOP(
        "Setup", "The tracking address must contain {{code}} (where the dossier code goes)."
    )
    IDLE_MINUTES_RANGE = QT_TRANSLATE_NOOP("Setup", "The screen locks after 1 to 240 minutes without use.")
    LOCK_AFTER_RANGE = QT_TRANSLATE_NOOP(
        "Setup", "The number of wrong passwords before an account is locked must be from 1 to 100."
    )
    LOCK_MINUTES_RANGE = QT_TRANSLATE_NOOP("Setup", "An account stays locked for 1 to 1440 minutes.")
    NO_SUCH_PAPER_SETTING = QT_TRANSLATE_NOOP("Setup", "There is no paper setting {key}.")
    PAPER_SETTING_TOO_LONG = QT_TRANSLATE_NOOP(
        "Setup", "A header line, a name or a symbol is longer than 200 characters."
    )
    HEADER_LINE_TOO_LONG = QT_TRANSLATE_NOOP("Setup", "A header line is longer than 200 characters.")
    ENROLMENT_CODE_OUTDATED = QT_TRANSLATE_NOOP(
        "Setup",
        "An enrolment code of the old form (10 characters) can no longer be used since the provincial server was "
        "upgraded: ask the province for a new code (28 characters, 7 groups of 4).",
    )
    ENROLMENT_CODE_CHARACTERS = QT_TRANSLATE_NOOP(
        "Setup", "The enrolment code has characters that codes do not use: {characters}."
    )
    ENROLMENT_CODE_LENGTH = QT_TRANSLATE_NOOP(
        "Setup", "An enrolment code has {length} characters (7 groups of 4); {typed} were typed."
    )
    ENROLMENT_CODE_MISTYPED = QT_TRANSLATE_NOOP(
        "Setup", "The enrolment code is mistyped somewhere: check each group again."
    )
    TRACKING_URL_TOO_LONG = QT_TRANSLATE_NOOP(
        "Setup", "The look-up address in the QR code is longer than {most} characters."
    )
    TRACKING_URL_NOT_WEB = QT_TRANSLATE_NOOP(
        "Setup", "The look-up address in the QR code must be a web address starting with https://."
    )
    TRACKING_URL_PLACEHOLDERS = QT_TRANSLATE_NOOP(
        "Setup", "The look-up address in the QR code may hold only {{code}} and {{check}} in curly brackets."
    )
    TRACKING_URL_SPACES = QT_TRANSLATE_NOOP("Setup", "The look-up address in the QR code must not contain spaces.")
    SERVER_ADDRESS_MISSING = QT_TRANSLATE_NOOP(
        "Setup", "Type the address of the province's server, as the province wrote it (https://…)."
    )
    PROVINCE_NOT_REACHED = QT_TRANSLATE_NOOP(
        "Setup",
        "No provincial server answers at {url}. Check the address the province gave and this computer's network, "
        "then press OK again.",
    )
    FIRST_SYNC_FAILED = QT_TRANSLATE_NOOP(
        "Setup",
        "The desk is enrolled with the province but has not yet received what the province has for it (accounts, "
        "catalog, fee tables): {reason} Press OK to try again; the code is not needed again.",
    )
    CERTIFICATE_NOT_VERIFIED = QT_TRANSLATE_NOOP(
        "Setup",
        "The security (TLS) certificate of the server at {url} could not be verified: this may not be the "
        "province's server. Check the address; if the province uses certificates of its own, choose the root "
        "certificate (CA) file it gave, then press OK again.",
    )
