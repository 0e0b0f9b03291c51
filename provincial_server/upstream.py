"""Export to the national public service portal (DVCQG): a dossier and its events as the portal's records.

Pure functions from what the provincial server stores to the messages of the portal's two sync services
(domain research §3.2, §3.3): ``DongBoHoSoMC``, one record per dossier, and ``CapNhatTienDoHoSoMC``, one
record per processing step; then the adapter's envelope and batches of 10. No database and no HTTP: the
caller reads the dossier and its events, and posts what these functions return.

The portal's conventions, kept throughout: every scalar is a string (codes "1", amounts "8000"); moments
are ``yyyyMMddHHmmss`` in Vietnam time (UTC+07:00, no daylight saving); an optional field we hold nothing
for is "" and an optional list is []; text is Unicode NFC.

Decisions where our records and the portal's fields do not meet one to one:

* ``NgayHenTra`` is the appointment printed on the receipt (``first_due_at``: the one the reception event
  set, even when the desk first synced after a supplement or a Mẫu 04 had moved it). The portal's on-time
  indicator (§4.3) subtracts supplement pauses itself and does not excuse a Mẫu 04 apology, so sending a
  date already moved by either would count a dossier twice or hide lateness. Every later appointment
  goes in ``DanhSachHoSoBoSung`` as ``NgayHenTraTruoc`` → ``NgayHenTraMoi``: one entry per supplement
  request (Mẫu 02) and one per Mẫu 04 new date, the only place the message has for a moved appointment
  (the record as documented, §3.2, has no field of its own for the current appointment).
* ``NgayKetThucXuLy`` follows the indicator's rule: the first "Đã xử lý xong" (9), else the first
  "Đã trả kết quả" (10), else the first refusal, withdrawal request or stop (3, 7, 8).
* ``NgayNopHoSo`` = ``NgayTiepNhan`` = reception at the counter: for a postal dossier that is when the counter
  accepted it, not when it was posted (§5.3); an online dossier's own submission time is not in our
  records. A dossier refused at the counter (3, Không được tiếp nhận) was submitted but never accepted: it has
  ``NgayNopHoSo``, ``NgayTuChoi`` and ``NgayKetThucXuLy`` at the refusal, and no ``NgayTiepNhan``, ``NgayHenTra``
  nor fee, as the Thanh Hóa system records a refusal (status 3 and the end of processing, nothing received).
* A stopped dossier (8, Thông báo dừng giải quyết hồ sơ) ends its processing at the stop; its progress step says
  "Dừng giải quyết hồ sơ" and the notice's reason.
* ``LoaiDoiTuong`` is 1 (Công dân): the counter records individuals by a personal ID number.
  ``DinhDanhCHS`` holds that number, LoaiDinhDanh 1 for 12 digits and 2 for a 9-digit CMND (§6.1).
* ``SoDienThoai`` and ``Email`` are the owner's (ChuHoSo), else those of whoever submitted for the owner.
* ``DonViXuLy`` is the name of the competent unit, the receiving one when none is set (§9).
  ``NoiNopHoSo`` is not a unit: the portal holds it as a code of at most two characters, and Thanh Hóa's
  system sends "2" for every dossier its one-stop system took in; we do the same. The receiving unit
  travels in ``MaHoSo`` (its code opens the dossier code) and in ``PhongBanXuLy`` of the desk's steps.
* ``HoSoCoThanhPhanSoHoa``, ``TaiKhoanDuocXacThucVoiVNeID`` and ``DuocThanhToanTrucTuyen`` are "0": papers
  are not digitised at the counter, there is no portal account, fees are not paid online.
* ``TaiLieuNop`` lists the papers handed in by name, with no file, no component code and not digitised;
  their counts (original, certified, copy) have no field. ``ThongTinTra`` is the postal address when the
  result goes back by post (``HinhThuc`` 1).
* ``DanhSachLePhi`` has one line with the dossier's fee when it is not zero. ``MaPhiLePhi``,
  ``HinhThucThu`` and ``LoaiPhiLePhi`` are codes whose values we have not seen defined: left "".
* ``TrichYeuHoSo`` is "procedure name - owner name"; ``GhiChu`` the clerk's note at reception.
* Left empty: ``MaLinhVuc`` (only the sector's name is known), ``MaDoiTuong`` (a portal account, online
  only), ``Fax``, ``ThongTinKhac``, ``DanhSachGiayToKetQua`` (result papers are not recorded). Not sent:
  ``SoBienNhan`` (the receipt number is MaHoSo) and ``DSKetNoiCSDL`` (Thanh Hóa's "7" has no known meaning).
* Progress: one record per event, in the given order, so the caller can pair them to mark what was sent.
  ``TrangThai`` is the event's status, or the dossier's status at that moment for an event without one
  (Mẫu 04, rating, postal hand-over). ``NguoiXuLy`` is the user's full name, else the username;
  ``ChucDanh`` "" (no job titles are kept). ``PhongBanXuLy`` is the receiving unit for desk events and the
  processing unit for the province's. ``NoiDungXuLy`` names the action and adds the note. ``NgayBatDau``
  is when the step began, the previous event (the first starts at itself); ``NgayKetThucTheoQuyDinh`` the
  appointment in force after the event, "" when there is none or our records cannot tell it (see
  ``_appointments``). No synthetic steps are added: the desk's own reception event is the first step.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime

from counter_core.domain.citizen_id import check_id_number
from counter_core.domain.intake import ReturnMethod
from counter_core.domain.status import EVENT_LABELS, Status
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import NotFound
from counter_core.foundation.messages import Province

DOSSIER_SERVICE = "DongBoHoSoMC"
PROGRESS_SERVICE = "CapNhatTienDoHoSoMC"
BATCH_SIZE = 10  # records per request, as Thanh Hóa sends them

CITIZEN = "1"  # LoaiDoiTuong: Công dân
SUBMITTED_TO_PROVINCE_SYSTEM = "2"  # NoiNopHoSo as Thanh Hóa sends it (see the module docstring)

Moment = datetime | str | None  # an aware datetime or an ISO 8601 string with offset, as the server holds them

# What a step did, when its kind says more than its status label.
# (A postal hand-over's note already says what it was and the item code: it is sent as it is.)
_ACTIONS = {
    "receive": "Tiếp nhận hồ sơ",
    "refuse": "Từ chối tiếp nhận hồ sơ",
    "request_supplement": "Yêu cầu bổ sung, hoàn thiện hồ sơ",
    "stop": "Dừng giải quyết hồ sơ",
    "reschedule": EVENT_LABELS["reschedule"],
    "rating": EVENT_LABELS["rating"],
}
# The levels of counter_app.services.returns.RATINGS (that module needs the desk's store, so not imported here).
_RATING_LEVELS = {2: "Rất hài lòng", 1: "Hài lòng", 0: "Không hài lòng"}

_END_OF_PROCESSING = (
    {Status.RESULT_READY},
    {Status.RETURNED},
    {Status.REFUSED, Status.WITHDRAWAL_REQUESTED, Status.STOPPED},
)


def portal_time(moment: Moment) -> str:
    """``moment`` as the portal writes it: yyyyMMddHHmmss in Vietnam time; "" when there is none.

    Takes an aware datetime or an ISO 8601 string with its offset; a moment without one is refused
    rather than guessed.
    """
    if moment is None or moment == "":
        return ""
    return _aware(moment).astimezone(VN_TZ).strftime("%Y%m%d%H%M%S")


def dossier_record(dossier: dict, events: Sequence[dict], unit_names: dict[str, str]) -> dict:
    """The ``DongBoHoSoMC`` record of a dossier, from its stored snapshot and its events in order.

    The snapshot's papers must carry their names (the desk keeps a catalog paper by its number ``n``).
    """
    facts = dossier["facts"]
    owner = facts.get("owner", {})
    submitter = facts.get("submitter") or {}
    by_post = dossier["return_method"] == ReturnMethod.POST
    accepted = dossier["status"] != Status.REFUSED
    return _nfc(
        {
            "MaHoSo": dossier["code"],
            "MaTTHC": dossier["procedure_code"],
            "TenTTHC": dossier["procedure_name"],
            "MaLinhVuc": "",
            "TenLinhVuc": dossier["field"] or "",
            "KenhThucHien": str(dossier["channel"]),
            "ChuHoSo": dossier["owner_name"],
            "LoaiDoiTuong": CITIZEN,
            "MaDoiTuong": "",
            "SoGiayToChuHoSo": dossier["owner_id"],
            "DinhDanhCHS": [
                {"LoaiDinhDanh": str(check_id_number(dossier["owner_id"])), "SoDinhDanh": dossier["owner_id"]}
            ],
            "SoDienThoai": owner.get("phone") or dossier["phone"],
            "Email": owner.get("email") or submitter.get("email", ""),
            "Fax": "",
            "ThongTinKhac": "",
            "TrichYeuHoSo": f"{dossier['procedure_name']} - {dossier['owner_name']}",
            "NgayNopHoSo": portal_time(dossier["received_at"]),
            "NgayTiepNhan": portal_time(dossier["received_at"]) if accepted else "",
            "NgayHenTra": portal_time(dossier["first_due_at"]),
            "NgayTra": _first_time(events, {Status.RETURNED}),
            "NgayKetThucXuLy": _end_of_processing(events),
            "NgayTuChoi": _first_time(events, {Status.REFUSED}),
            "TrangThaiHoSo": str(dossier["status"]),
            "ThongTinTra": facts.get("postal_address", "") if by_post else "",
            "HinhThuc": str(dossier["return_method"]),
            "DonViXuLy": _unit_name(unit_names, _processing_unit(dossier)),
            "NoiNopHoSo": SUBMITTED_TO_PROVINCE_SYSTEM,
            "HoSoCoThanhPhanSoHoa": "0",
            "TaiKhoanDuocXacThucVoiVNeID": "0",
            "DuocThanhToanTrucTuyen": "0",
            "GhiChu": facts.get("note", ""),
            # Desks of the first release sent catalog papers by their number only.
            "TaiLieuNop": [
                _paper(d.get("name") or f"Thành phần hồ sơ số {d['n']}") for d in facts.get("documents", [])
            ],
            "DanhSachLePhi": _fees(dossier),
            "DanhSachTepDinhKemKhac": [],
            "DanhSachHoSoBoSung": _amendments(dossier, events),
            "DanhSachGiayToKetQua": [],
        }
    )


def progress_records(dossier: dict, events: Sequence[dict], unit_names: dict[str, str]) -> list[dict]:
    """The ``CapNhatTienDoHoSoMC`` records of a dossier: one per event, in the events' order."""
    statuses = _statuses(events)
    appointments = _appointments(dossier, events)
    receiving = _unit_name(unit_names, dossier["unit_code"])
    processing = _unit_name(unit_names, _processing_unit(dossier))
    return _nfc(
        [
            {
                "MaHoSo": dossier["code"],
                "NguoiXuLy": _person(event),
                "ChucDanh": "",
                "ThoiDiemXuLy": portal_time(event["at"]),
                "PhongBanXuLy": processing if event["source"] == "province" else receiving,
                "NoiDungXuLy": _content(event, statuses[i]),
                "TrangThai": str(statuses[i]),
                "NgayBatDau": portal_time(events[i - 1]["at"] if i else event["at"]),
                "NgayKetThucTheoQuyDinh": portal_time(appointments[i]),
            }
            for i, event in enumerate(events)
        ]
    )


def envelope(service: str, records: Iterable[dict], is_updating: bool) -> dict:
    """The adapter's request body: ``isUpdating`` "True" to update records the portal already holds."""
    return {"service": service, "isUpdating": "True" if is_updating else "False", "data": list(records)}


def batches(records: Sequence[dict], size: int = BATCH_SIZE) -> list[list[dict]]:
    """``records`` in consecutive groups of ``size``, in order; the last one may be shorter."""
    if size < 1:
        raise ValueError("A batch holds at least one record.")
    return [list(records[i : i + size]) for i in range(0, len(records), size)]


# -- the dossier's history ----------------------------------------------------------------------
def _statuses(events: Sequence[dict]) -> list[int]:
    """The dossier's status after each event: the event's own, or the one before for an event without."""
    out: list[int] = []
    for event in events:
        out.append(event["status"] or out[-1])
    return out


def _ends_pause(before: int | None, event: dict) -> bool:
    """Leaving "Yêu cầu bổ sung" (5): the desk then moves the appointment by the pause, in working time."""
    return before == Status.SUPPLEMENT_REQUESTED and event["status"] is not None


def _end_of_processing(events: Sequence[dict]) -> str:
    """``NgayKetThucXuLy`` by the indicator's rule: the first 9, else the first 10, else the first 3, 7 or 8."""
    return next((moment for tier in _END_OF_PROCESSING if (moment := _first_time(events, tier))), "")


def _appointments(dossier: dict, events: Sequence[dict]) -> list[Moment]:
    """The appointment in force after each event; None where there is none or the records cannot tell.

    Known going forward from the receipt's appointment and going back from the current one: an event that
    set an appointment carries it (``due_at``), and a Mẫu 04 event holds both its dates. Events recorded
    before desks sent ``due_at`` leave the end of a supplement pause unknown (the desk's working calendar
    moved the date), so past such an end, until a Mẫu 04, it is known only from the other direction.
    """
    statuses = _statuses(events)
    forward: list[Moment] = []
    due = dossier["first_due_at"]
    for i, event in enumerate(events):
        if event.get("due_at"):  # the appointment the event set, as the desk recorded it
            due = event["due_at"]
        elif event["kind"] == "reschedule":
            due = event["data"]["new_due"]
        elif _ends_pause(statuses[i - 1] if i else None, event):
            due = None
        forward.append(due)
    backward: list[Moment] = [None] * len(events)
    due = dossier["due_at"]
    for i in reversed(range(len(events))):
        backward[i] = due
        if events[i]["kind"] == "reschedule":
            due = events[i]["data"]["previous_due"]
        elif _ends_pause(statuses[i - 1] if i else None, events[i]):
            due = None
    return [ahead or behind for ahead, behind in zip(forward, backward)]


def _amendments(dossier: dict, events: Sequence[dict]) -> list[dict]:
    """``DanhSachHoSoBoSung``: each supplement request (Mẫu 02) and each new appointment (Mẫu 04), in order."""
    appointments = _appointments(dossier, events)
    out = []
    for i, event in enumerate(events):
        if event["kind"] == "reschedule":
            out.append(
                _amendment(
                    event,
                    f"{_ACTIONS['reschedule']}: {event['note']}",
                    event["data"]["previous_due"],
                    event["data"]["new_due"],
                )
            )
        elif event["status"] == Status.SUPPLEMENT_REQUESTED:
            end = next((j for j in range(i + 1, len(events)) if events[j]["status"] is not None), None)
            resumed = events[end] if end is not None and events[end]["status"] == Status.PROCESSING else None
            out.append(_supplement(event, resumed, appointments[i], appointments[end] if resumed else None))
    return out


def _supplement(request: dict, resumed: dict | None, due_before: Moment, due_after: Moment) -> dict:
    """A supplement request; ``resumed`` is the event that took the papers in and went back to processing.

    Until then ``TrangThaiBoSung`` is "0" (awaited from the citizen) and there is no new appointment.
    """
    items = (request["data"] or {}).get("items", [])
    return {
        **_amendment(request, request["note"] or _ACTIONS["request_supplement"], due_before, due_after),
        "NguoiTiepNhanBoSung": _person(resumed) if resumed else "",
        "NgayTiepNhanBoSung": portal_time(resumed["at"]) if resumed else "",
        "TrangThaiBoSung": "1" if resumed else "0",
        "DanhSachGiayToBoSung": [_paper(item["name"]) for item in items],
    }


def _amendment(event: dict, content: str, due_before: Moment, due_after: Moment) -> dict:
    """An entry of ``DanhSachHoSoBoSung`` that awaits nothing from the citizen (as a Mẫu 04 new date)."""
    return {
        "HoSoBoSungId": str(event["op_id"]),
        "NguoiYeuCauBoSung": _person(event),
        "NoiDungBoSung": content,
        "NgayBoSung": portal_time(event["at"]),
        "NguoiTiepNhanBoSung": "",
        "ThongTinTiepNhan": "",
        "NgayTiepNhanBoSung": "",
        "TrangThaiBoSung": "1",
        "DanhSachGiayToBoSung": [],
        "DanhSachLePhiBoSung": [],
        "NgayHenTraTruoc": portal_time(due_before),
        "NgayHenTraMoi": portal_time(due_after),
    }


def _content(event: dict, status: int) -> str:
    """``NoiDungXuLy``: the action, then what the note (or the event's data) says about it."""
    detail = event["note"].strip()
    if event["kind"] == "reschedule":
        new_due = _aware(event["data"]["new_due"]).astimezone(VN_TZ)
        detail = "; ".join(filter(None, (detail, f"hẹn trả kết quả mới lúc {new_due:%H:%M} ngày {new_due:%d/%m/%Y}")))
    elif event["kind"] == "rating":
        detail = _RATING_LEVELS[event["data"]["level"]]
    action = _ACTIONS.get(event["kind"]) or (Status(event["status"]).label if event["status"] else "")
    return ": ".join(part for part in (action, detail) if part) or Status(status).label


# -- small pieces -------------------------------------------------------------------------------
def _aware(moment: datetime | str) -> datetime:
    moment = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if moment.tzinfo is None:
        raise ValueError(f"The moment {moment.isoformat()} has no UTC offset: its Vietnam time is unknown.")
    return moment


def _first_time(events: Sequence[dict], statuses: set[Status]) -> str:
    return next((portal_time(e["at"]) for e in events if e["status"] in statuses), "")


def _processing_unit(dossier: dict) -> str:
    return dossier["competent_unit"] or dossier["unit_code"]


def _unit_name(unit_names: dict[str, str], code: str) -> str:
    try:
        return unit_names[code]
    except KeyError:
        raise NotFound(Province.UNIT_NAME_UNKNOWN, code=code) from None


def _person(event: dict) -> str:
    return event["by_name"] or event["by_user"]


def _paper(name: str) -> dict:
    """A paper handed in, in the portal's file shape: no digitised file, no component code."""
    return {
        "TepDinhKemId": "",
        "TenTepDinhKem": name,
        "IsDeleted": "0",
        "MaThanhPhanHoSo": "",
        "DuongDanTaiTepTin": "",
        "DuocSoHoa": "0",
        "DuocTaiSuDung": "0",
        "DuocLayTuKhoDMQG": "0",
        "MaKetQuaThayThe": "",
    }


def _fees(dossier: dict) -> list[dict]:
    if not dossier["fee"]:
        return []
    return [
        {
            "TenPhiLePhi": f"Phí, lệ phí: {dossier['procedure_name']}",
            "MaPhiLePhi": "",
            "HinhThucThu": "",
            "Gia": str(dossier["fee"]),
            "LoaiPhiLePhi": "",
        }
    ]


def _nfc(value):
    """``value`` with every string in Unicode NFC, as the portal stores Vietnamese."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value
