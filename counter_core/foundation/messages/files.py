"""The files people hand to the desk or the server (catalogs, calendars, dossiers, backups): what they are
called in a sentence, and why one could not be read."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Files(Msg):
    CALENDAR_FILE = QT_TRANSLATE_NOOP("Files", "calendar file")
    CATALOG_FILE = QT_TRANSLATE_NOOP("Files", "catalog file")
    FORMS_FILE = QT_TRANSLATE_NOOP("Files", "forms file")
    JSON_FILE = QT_TRANSLATE_NOOP("Files", "JSON file")
    TOO_LARGE = QT_TRANSLATE_NOOP("Files", "{what} {path} is too large (at most {megabytes} MB).")
    TOO_DEEP = QT_TRANSLATE_NOOP("Files", "Cannot read {what} {path}: the data is nested too deeply.")
    UNREADABLE = QT_TRANSLATE_NOOP("Files", "Cannot read {what} {path}: {reason}")
