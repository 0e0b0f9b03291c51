"""What went wrong around the program rather than in it: the disk, the database file, the computer's rights."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Faults(Msg):
    DATABASE_BUSY = QT_TRANSLATE_NOOP(
        "Faults",
        "The desk's database is held by another program (a backup, an antivirus, or Counter opened twice) and did "
        "not answer in time. Nothing was changed: try again in a moment.",
    )
    DISK_FULL = QT_TRANSLATE_NOOP(
        "Faults",
        "The disk of this computer is full: this action was not saved, and everything saved before is kept. Free "
        "some space (empty the recycle bin, move old files away), then try again.",
    )
    DISK_ERROR = QT_TRANSLATE_NOOP(
        "Faults",
        "The computer could not read or write the desk's data on its disk (a disk fault, or a drive that was "
        "unplugged). Nothing was changed. Try again; if it happens again, call the province's support.",
    )
    READ_ONLY = QT_TRANSLATE_NOOP(
        "Faults",
        "The desk's data cannot be written: the disk or the data folder is read-only for this account. Nothing "
        "was changed. Ask the computer's administrator to give this account the right to write there.",
    )
    NO_ACCESS = QT_TRANSLATE_NOOP(
        "Faults",
        "The computer refused access to {path} (no right to it, or another program such as Excel has it open). "
        "Close it or choose another place, then try again.",
    )
    DATABASE_DAMAGED = QT_TRANSLATE_NOOP(
        "Faults",
        "The desk's database is damaged. Put back the latest good copy (menu System → Backup and restore, or "
        "counter-app restore), or call the province's support.",
    )
    UNEXPECTED = QT_TRANSLATE_NOOP(
        "Faults",
        "Unexpected error (a fault of the program, not of what you did): {error}. What was saved before is kept. "
        "The details are in the log: {path}",
    )
    UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP(
        "Faults",
        "Unexpected error (a fault of the program, not of what you did): {error}. Run the command again with "
        "--debug to see the details.",
    )
