"""The desk's backups: a copy that cannot be used, or none to restore."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Backups(Msg):
    NOT_A_DESK_DATABASE = QT_TRANSLATE_NOOP("Backups", "The file {path} is not a desk's database ({reason}).")
    DAMAGED = QT_TRANSLATE_NOOP("Backups", "The backup {path} is damaged ({result}).")
    NOT_CONFIGURED = QT_TRANSLATE_NOOP("Backups", "The file {path} is not the backup of a configured desk.")
    KEEP_RANGE = QT_TRANSLATE_NOOP("Backups", "The number of backups kept must be from 1 to 365.")
    NONE_TO_RESTORE = QT_TRANSLATE_NOOP("Backups", "There is no backup to restore.")
