"""A month of dossiers made by hand through the desk's own services (October 2026, no holiday in it), each one
written to land in a known cell of the reports; the figures expected from it are worked out in the tests.

Office hours 07:00–11:30 and 13:30–17:00: a working day is 480 office minutes. October 2026 starts on a Thursday;
1–2 September 2026 are holidays.
"""

from __future__ import annotations

from datetime import date, time

from counter_app.reports import Period
from counter_app.services import processing, reception
from counter_app.services.returns import rate
from counter_app.store.catalog import procedure_in_force
from counter_app.store.desk import Desk
from counter_core.domain.fees import FeeRequest
from counter_core.domain.intake import Channel, Intake, Person, SubmittedDocument
from counter_core.domain.status import Status

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
REPORTED_AT = "2026-11-23T09:00"

MARRIAGE_STATUS = "1.004873"  # Hộ tịch, 03 working days, fee set by the province (0 in the catalog)
BUILDING = "1.013225"  # Xây dựng, nhà ở riêng lẻ: 07 working days
WILL = "2.001019"  # Chứng thực, 02 working days, 50.000 đ
SIGNATURE = "2.000884"  # Chứng thực, same day, 10.000 đ per case
BURIAL = "1.001731"  # Bảo trợ xã hội, no fixed date (to be confirmed by the province), free
BIRTH = "1.001193"  # Hộ tịch, same day, free


def intake(desk: Desk, code: str, name: str, **changes) -> Intake:
    _, proc = procedure_in_force(desk.store, desk.clock().date(), code)
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    owner = Person(name, "038187042028", gender="Nữ", address="Thôn Phú Lộc, xã Quảng Phú", phone="0912345678")
    return Intake(**({"procedure_code": code, "owner": owner, "documents": docs} | changes))


def seed_october(desk: Desk, clock, lan, hung) -> dict[str, str]:
    """The dossiers A–R; returns their codes by letter. Each story says where it must be counted."""
    codes: dict[str, str] = {}

    def receive(letter, when, code, clerk, **changes):
        clock.set(when)
        codes[letter] = reception.receive(desk, intake(desk, code, f"Công dân {letter}", **changes), clerk).code

    def move(letter, when, status, user):
        clock.set(when)
        processing.transition(desk, codes[letter], status, user)

    def supplement(letter, when, user):
        clock.set(when)
        processing.request_supplement(
            desk,
            codes[letter],
            user,
            [SubmittedDocument("Bản sao giấy tờ tùy thân", copy=1)],
            "Thiếu bản sao giấy tờ tùy thân",
        )

    def rated(letter, when, user, level):
        clock.set(when)
        rate(desk, codes[letter], user, level)

    # A — carried over, settled early: received Thu 24/09 (07 working days → due Mon 05/10 09:00), result Fri 02/10.
    receive("A", "2026-09-24T09:00", BUILDING, lan)
    move("A", "2026-09-24T10:00", Status.PROCESSING, lan)
    move("A", "2026-10-02T10:00", Status.RESULT_READY, lan)
    move("A", "2026-10-05T08:00", Status.RETURNED, lan)
    # B — carried over, still processing at the end, late: received Tue 15/09 (due Thu 24/09 09:00); the result
    # comes on 05/11, after the period, which must not change October's figures.
    receive("B", "2026-09-15T09:00", BUILDING, hung)
    move("B", "2026-09-15T10:00", Status.PROCESSING, hung)
    # C — settled before the period (result Mon 28/09) but handed back and rated in it: not counted, except its rating.
    receive("C", "2026-09-28T09:00", BIRTH, lan)
    move("C", "2026-09-28T09:30", Status.PROCESSING, lan)
    move("C", "2026-09-28T10:00", Status.RESULT_READY, lan)
    move("C", "2026-10-02T09:00", Status.RETURNED, lan)
    rated("C", "2026-10-02T09:05", lan, 1)
    # D — early: received Mon 05/10 09:00 (due Thu 08/10 09:00), result Wed 07/10; rated twice, the last (2) counts.
    receive("D", "2026-10-05T09:00", MARRIAGE_STATUS, lan)
    move("D", "2026-10-05T10:00", Status.PROCESSING, lan)
    move("D", "2026-10-07T10:00", Status.RESULT_READY, lan)
    move("D", "2026-10-08T08:00", Status.RETURNED, lan)
    rated("D", "2026-10-08T08:01", lan, 0)
    rated("D", "2026-10-08T08:02", lan, 2)
    # E — on the appointment day but after its hour: đúng hạn by date, late nationally (15:00 > 09:00).
    receive("E", "2026-10-05T09:00", MARRIAGE_STATUS, hung)
    move("E", "2026-10-05T10:00", Status.PROCESSING, hung)
    move("E", "2026-10-08T15:00", Status.RESULT_READY, hung)
    move("E", "2026-10-09T09:00", Status.RETURNED, hung)
    rated("E", "2026-10-09T09:01", hung, 1)
    # F — late under both: received Tue 06/10 (due Fri 09/10 09:00), result Mon 12/10.
    receive("F", "2026-10-06T09:00", MARRIAGE_STATUS, lan)
    move("F", "2026-10-06T10:00", Status.PROCESSING, lan)
    move("F", "2026-10-12T10:00", Status.RESULT_READY, lan)
    move("F", "2026-10-12T14:00", Status.RETURNED, lan)
    rated("F", "2026-10-12T14:01", lan, 0)
    # G — a supplement pause keeps it on time: received Mon 12/10 (due Thu 15/10 09:00), papers asked Tue 13/10 09:00,
    # brought Fri 16/10 09:00 (3 office days) → due Tue 20/10 09:00; result Mon 19/10 (late against the first date).
    receive("G", "2026-10-12T09:00", MARRIAGE_STATUS, hung)
    move("G", "2026-10-12T09:30", Status.PROCESSING, hung)
    supplement("G", "2026-10-13T09:00", hung)
    move("G", "2026-10-16T09:00", Status.PROCESSING, hung)
    move("G", "2026-10-19T10:00", Status.RESULT_READY, hung)
    move("G", "2026-10-19T14:00", Status.RETURNED, hung)
    # H — two supplement requests: received Mon 19/10 (due Thu 22/10 09:00), two pauses of one office day each
    # → due Mon 26/10 09:00; result Thu 22/10: early by date, late nationally (more than one request).
    receive("H", "2026-10-19T09:00", MARRIAGE_STATUS, lan)
    move("H", "2026-10-19T09:30", Status.PROCESSING, lan)
    supplement("H", "2026-10-19T10:00", lan)
    move("H", "2026-10-20T10:00", Status.PROCESSING, lan)
    supplement("H", "2026-10-20T14:00", lan)
    move("H", "2026-10-21T14:00", Status.PROCESSING, lan)
    move("H", "2026-10-22T10:00", Status.RESULT_READY, lan)
    move("H", "2026-10-22T14:00", Status.RETURNED, lan)
    # I — online: received Wed 21/10 (due Fri 23/10 09:00), result exactly at 09:00 on the 23rd: on time; 50.000 đ.
    receive("I", "2026-10-21T09:00", WILL, hung, channel=Channel.ONLINE)
    move("I", "2026-10-21T09:30", Status.PROCESSING, hung)
    move("I", "2026-10-23T09:00", Status.RESULT_READY, hung)
    move("I", "2026-10-23T10:00", Status.RETURNED, hung)
    rated("I", "2026-10-23T10:01", hung, 2)
    # J — by post: same-day signature attestation Thu 22/10 09:00 (due 17:00), result 16:00, not handed back yet:
    # settled đúng hạn; 2 cases × 10.000 đ.
    receive("J", "2026-10-22T09:00", SIGNATURE, lan, channel=Channel.POSTAL, fee_request=FeeRequest(quantity=2))
    move("J", "2026-10-22T09:30", Status.PROCESSING, lan)
    move("J", "2026-10-22T16:00", Status.RESULT_READY, lan)
    # K — a Mẫu 04 new date (Mon 02/11) does not save it: received Mon 26/10 (due Thu 29/10 09:00), result Fri 30/10
    # → late under both; handed back and rated on 02/11, after the period.
    receive("K", "2026-10-26T09:00", MARRIAGE_STATUS, hung)
    move("K", "2026-10-26T09:30", Status.PROCESSING, hung)
    clock.set("2026-10-28T10:00")
    processing.reschedule(
        desk, codes["K"], hung, desk.calendar.at(date(2026, 11, 2), time(9)), "Chờ xác minh thông tin hộ tịch"
    )
    move("K", "2026-10-30T10:00", Status.RESULT_READY, hung)
    move("K", "2026-11-02T09:00", Status.RETURNED, hung)
    rated("K", "2026-11-02T09:01", hung, 0)
    # L — refused at the counter: counted nowhere.
    clock.set("2026-10-07T10:00")
    codes["L"] = reception.refuse(
        desk, intake(desk, BIRTH, "Công dân L"), lan, "Không thuộc thẩm quyền của UBND xã"
    ).code
    # M — received Fri 30/10 with 07 working days (due Tue 10/11): still processing at the end, in time.
    receive("M", "2026-10-30T09:00", BUILDING, lan)
    move("M", "2026-10-30T09:30", Status.PROCESSING, lan)
    # N — waiting for the citizen's papers at the end: received Tue 27/10 (due Fri 30/10 09:00), asked Wed 28/10.
    receive("N", "2026-10-27T09:00", MARRIAGE_STATUS, lan)
    move("N", "2026-10-27T09:30", Status.PROCESSING, lan)
    supplement("N", "2026-10-28T09:00", lan)
    # O — no fixed date: result Tue 20/10, on time under both.
    receive("O", "2026-10-05T10:00", BURIAL, hung)
    move("O", "2026-10-05T10:30", Status.PROCESSING, hung)
    move("O", "2026-10-20T10:00", Status.RESULT_READY, hung)
    move("O", "2026-10-21T09:00", Status.RETURNED, hung)
    # P — withdrawn after its appointment: received Wed 07/10 (due Mon 12/10 09:00), withdrawal asked Tue 13/10 10:00,
    # stopped at 11:00: đúng hạn by date (trả lại/xin rút), late nationally.
    receive("P", "2026-10-07T09:00", MARRIAGE_STATUS, hung)
    move("P", "2026-10-07T09:30", Status.PROCESSING, hung)
    move("P", "2026-10-13T10:00", Status.WITHDRAWAL_REQUESTED, hung)
    move("P", "2026-10-13T11:00", Status.STOPPED, hung)
    # Q — still processing at the end and late: received Thu 15/10 (due Tue 20/10 09:00).
    receive("Q", "2026-10-15T09:00", MARRIAGE_STATUS, lan)
    move("Q", "2026-10-15T09:30", Status.PROCESSING, lan)
    # R — both a Mẫu 04 and a pause: received Tue 20/10 (due Fri 23/10 09:00); new date Wed 28/10 09:00 on Thu 22/10;
    # papers asked Thu 22/10 14:00, brought Fri 23/10 14:00 (one office day). The desk's appointment becomes Thu 29/10
    # 09:00, the statutory one Mon 26/10 09:00; result Mon 26/10 08:00 → đúng hạn by date, on time nationally
    # (late against the first date, early against the desk's).
    receive("R", "2026-10-20T09:00", MARRIAGE_STATUS, hung)
    move("R", "2026-10-20T09:30", Status.PROCESSING, hung)
    clock.set("2026-10-22T10:00")
    processing.reschedule(
        desk, codes["R"], hung, desk.calendar.at(date(2026, 10, 28), time(9)), "Chờ ý kiến cơ quan phối hợp"
    )
    supplement("R", "2026-10-22T14:00", hung)
    move("R", "2026-10-23T14:00", Status.PROCESSING, hung)
    move("R", "2026-10-26T08:00", Status.RESULT_READY, hung)
    # After the period: B's result (must not move October's figures).
    move("B", "2026-11-05T10:00", Status.RESULT_READY, hung)
    clock.set(REPORTED_AT)
    return codes
