"""Registers and reports: their period, their columns, their kinds and formats."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Reports(Msg):
    PERIOD_MISSING = QT_TRANSLATE_NOOP("Reports", "Give the period of the report: from … to … (dd/mm/yyyy).")
    PERIOD_REVERSED = QT_TRANSLATE_NOOP(
        "Reports", "The period of the report is not valid: its first day {start} is after its last day {end}."
    )
    PERIOD_IN_FUTURE = QT_TRANSLATE_NOOP(
        "Reports", "The period of the report starts on {start}, after today ({today}): there are no figures yet."
    )
    UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP("Reports", "Columns not in the register: {unknown}. The columns: {columns}.")
    NO_COLUMN = QT_TRANSLATE_NOOP("Reports", "(empty)")
    UNKNOWN_KIND = QT_TRANSLATE_NOOP("Reports", 'There is no report "{kind}". The reports: {kinds}.')
    UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
        "Reports", 'The format "{format}" is not supported: choose --format pdf or --format xlsx.'
    )
    UNKNOWN_VIEW = QT_TRANSLATE_NOOP("Reports", 'There is no way of counting "{view}". Choose: {views}.')
