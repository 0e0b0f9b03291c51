"""The judging rules of §4.3 on single dossiers: the national timestamp rule and the provincial date rule."""

from datetime import date, datetime

from counter_core.domain.calendar import WorkCalendar
from counter_core.domain.status import Status
from counter_core.domain.timeliness import Timeline, Verdict, national_on_time, provincial, statutory_due
from counter_core.foundation.clock import VN_TZ

DUE = datetime(2026, 10, 8, 9, 0, tzinfo=VN_TZ)  # Thursday 08/10/2026 09:00
END_OF_OCTOBER = datetime(2026, 11, 1, 0, 0, tzinfo=VN_TZ)
LAST_DAY = date(2026, 10, 31)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=VN_TZ)


def settled(when: str, by: Status = Status.RESULT_READY, requests: int = 0, due=DUE) -> Timeline:
    return Timeline(due, at(when), by, requests)


def test_the_day_before_the_appointment_is_early_and_on_time_nationally():
    t = settled("2026-10-07T10:00")
    assert provincial(t, LAST_DAY) is Verdict.EARLY
    assert national_on_time(t, END_OF_OCTOBER)


def test_later_on_the_appointment_day_is_on_time_by_date_but_late_by_the_clock():
    t = settled("2026-10-08T15:00")
    assert provincial(t, LAST_DAY) is Verdict.ON_TIME
    assert not national_on_time(t, END_OF_OCTOBER)


def test_exactly_at_the_appointment_is_on_time_under_both():
    t = settled("2026-10-08T09:00")
    assert provincial(t, LAST_DAY) is Verdict.ON_TIME and national_on_time(t, END_OF_OCTOBER)


def test_a_later_day_is_late_under_both():
    t = settled("2026-10-09T08:00")
    assert provincial(t, LAST_DAY) is Verdict.LATE and not national_on_time(t, END_OF_OCTOBER)


def test_two_supplement_requests_are_late_nationally_even_when_early_by_date():
    t = settled("2026-10-06T10:00", requests=2)
    assert provincial(t, LAST_DAY) is Verdict.EARLY
    assert not national_on_time(t, END_OF_OCTOBER)
    assert national_on_time(settled("2026-10-06T10:00", requests=1), END_OF_OCTOBER)


def test_a_withdrawal_counts_on_time_by_date_but_is_judged_by_its_moment_nationally():
    late_withdrawal = settled("2026-10-13T10:00", by=Status.WITHDRAWAL_REQUESTED)
    assert provincial(late_withdrawal, LAST_DAY) is Verdict.ON_TIME
    assert not national_on_time(late_withdrawal, END_OF_OCTOBER)
    assert provincial(settled("2026-10-20T10:00", by=Status.STOPPED), LAST_DAY) is Verdict.ON_TIME


def test_no_fixed_date_is_on_time_under_both():
    t = settled("2027-01-20T10:00", due=None)
    assert provincial(t, LAST_DAY) is Verdict.ON_TIME and national_on_time(t, END_OF_OCTOBER)
    assert provincial(Timeline(None), LAST_DAY) is Verdict.ON_TIME


def test_an_open_dossier_is_late_once_its_appointment_day_is_before_the_last_day():
    due_on_last_day = Timeline(at("2026-10-31T09:00"))
    assert provincial(due_on_last_day, LAST_DAY) is Verdict.ON_TIME  # same day: not yet late by date
    assert not national_on_time(due_on_last_day, END_OF_OCTOBER)  # but the moment has passed at the cut-off
    due_before = Timeline(at("2026-10-30T17:00"))
    assert provincial(due_before, LAST_DAY) is Verdict.LATE
    assert not national_on_time(due_before, END_OF_OCTOBER)
    due_after = Timeline(at("2026-11-02T09:00"))
    assert provincial(due_after, LAST_DAY) is Verdict.ON_TIME and national_on_time(due_after, END_OF_OCTOBER)


def test_a_dossier_waiting_for_the_citizen_is_paused_never_late_under_either_rule():
    for asked in ("2026-10-07T09:00", "2026-10-09T09:00"):  # before and after its appointment
        for requests in (1, 2):
            waiting = Timeline(DUE, supplement_requests=requests, waiting_since=at(asked))
            assert national_on_time(waiting, END_OF_OCTOBER)
            assert provincial(waiting, LAST_DAY) is Verdict.ON_TIME  # its clock is stopped
    answered_twice = Timeline(DUE, at("2026-10-07T09:00"), Status.RESULT_READY, supplement_requests=2)
    assert not national_on_time(answered_twice, END_OF_OCTOBER)  # once settled, two requests are late


def test_a_stopped_dossier_is_never_late():
    stopped = Timeline(DUE, at("2026-10-20T09:00"), Status.STOPPED)  # stopped well after its appointment
    assert national_on_time(stopped, END_OF_OCTOBER)
    assert provincial(stopped, LAST_DAY) is Verdict.ON_TIME


def test_the_statutory_appointment_moves_by_each_pause_in_office_time():
    calendar = WorkCalendar()
    # Tue 13/10 09:00 → Fri 16/10 09:00 is three office days (3 × 480 minutes): Thu 15/10 09:00 → Tue 20/10 09:00.
    assert statutory_due(at("2026-10-15T09:00"), [(at("2026-10-13T09:00"), at("2026-10-16T09:00"))], calendar) == at(
        "2026-10-20T09:00"
    )
    # Two pauses of one office day each (Mon 10:00 → Tue 10:00, Tue 14:00 → Wed 14:00): Thu 22/10 → Mon 26/10.
    pauses = [(at("2026-10-19T10:00"), at("2026-10-20T10:00")), (at("2026-10-20T14:00"), at("2026-10-21T14:00"))]
    assert statutory_due(at("2026-10-22T09:00"), pauses, calendar) == at("2026-10-26T09:00")
    assert statutory_due(None, pauses, calendar) is None
    assert statutory_due(DUE, [], calendar) == DUE
