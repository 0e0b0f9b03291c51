"""Office hours and the working-day calendar (the yearly civil-service notice)."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Calendar(Msg):
    SESSIONS_IN_ORDER = QT_TRANSLATE_NOOP("Calendar", "Office hours must go forward and must not overlap.")
    NO_SESSION = QT_TRANSLATE_NOOP("Calendar", "At least one working session is needed.")
    HOURS_INVALID = QT_TRANSLATE_NOOP(
        "Calendar", "Office hours are not valid: {text} (for example 07:00-11:30,13:30-17:00)."
    )
    WRONG_FORMAT = QT_TRANSLATE_NOOP("Calendar", 'A calendar file must have "format": "{format}".')
    NOTICE_INVALID = QT_TRANSLATE_NOOP("Calendar", "The calendar file is not valid: {reason}")
    DAY_OUTSIDE_YEAR = QT_TRANSLATE_NOOP("Calendar", "The day {day} is not in the notice's year {year}.")
    DAY_OFF_AND_WORKED = QT_TRANSLATE_NOOP("Calendar", "The day {day} is both a day off and a working day.")
    DAYS_NOT_A_LIST = QT_TRANSLATE_NOOP("Calendar", '"{key}" must be a list of days {{"date": …, "name": …}}')
    DAY_NOT_ISO = QT_TRANSLATE_NOOP("Calendar", "the day {value} must be written YYYY-MM-DD")
