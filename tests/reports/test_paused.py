"""A dossier waiting for the citizen's papers, or stopped, is paused, never late: in the day's queue, on the
dashboard, in the on-time statistics and in Biểu II.06a; when the papers come back the appointment moves by the
office time waited, and the register keeps both the receipt's appointment and the new one."""

from datetime import date

from counter_app.reports import Period, ontime, periodic, register
from counter_app.services import dashboard, lookup, processing, reception
from counter_core.domain.intake import SubmittedDocument
from counter_core.domain.status import Status
from tests.reports.seed import MARRIAGE_STATUS, intake

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
PAPER = [SubmittedDocument("Bản sao sổ hộ khẩu", copy=1)]


def received(desk, clerk, clock, name: str) -> str:
    clock.set("2026-10-05T09:00")  # Monday; 3 working days: due Thursday 08/10 09:00
    code = reception.receive(desk, intake(desk, MARRIAGE_STATUS, name), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk)
    return code


def test_waiting_for_papers_or_stopped_is_never_late(desk, clerk, clock):
    waiting = received(desk, clerk, clock, "Chờ bổ sung")
    stopped = received(desk, clerk, clock, "Dừng giải quyết")
    late = received(desk, clerk, clock, "Quá hạn")
    clock.set("2026-10-09T09:00")  # a day after the appointment
    processing.request_supplement(desk, waiting, clerk, PAPER, "Thiếu bản sao")
    processing.stop(desk, stopped, clerk, "Không đủ điều kiện giải quyết")

    queue = lookup.queue(desk)
    assert [r.code for r in queue.late] == [late]
    assert [r.code for r in queue.waiting_supplement] == [waiting]
    figures = dashboard.snapshot(desk).figures
    assert (figures["overdue"], figures["waiting_supplement"]) == (1, 1)

    clock.set("2026-11-02T09:00")
    total = ontime.figures(desk, OCTOBER).total
    assert (total.settled, total.national_on_time, total.on_time, total.late) == (1, 1, 1, 0)  # the stop
    assert (total.pending, total.pending_late_national, total.pending_late_provincial) == (2, 1, 1)  # not waiting
    _, bieu = periodic.figures(desk, OCTOBER)
    assert (bieu.settled, bieu.on_time, bieu.late, bieu.pending_in_time, bieu.pending_late) == (1, 1, 0, 1, 1)


def test_when_the_papers_come_back_the_appointment_moves_and_both_are_kept(desk, clerk, clock):
    code = received(desk, clerk, clock, "Bổ sung")
    clock.set("2026-10-06T09:00")
    processing.request_supplement(desk, code, clerk, PAPER, "Thiếu bản sao")
    clock.set("2026-10-07T14:00")  # 660 office minutes later (07:00–11:30, 13:30–17:00)
    moved = processing.transition(desk, code, Status.PROCESSING, clerk, "Đã bổ sung")
    assert moved["due_at"] == "2026-10-09T14:00:00+07:00"
    shown = lookup.show(desk, code)
    assert (shown.first_due_at.isoformat(), shown.due_at.isoformat()) == (
        "2026-10-08T09:00:00+07:00",
        "2026-10-09T14:00:00+07:00",
    )
    (entry,) = register.entries(desk, OCTOBER)
    assert entry.due == date(2026, 10, 8) and "Hẹn trả sau bổ sung ngày 09/10/2026" in entry.note
