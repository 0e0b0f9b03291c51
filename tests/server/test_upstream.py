"""The export to the national portal: hand-built dossiers and events against the records a portal integrator
checks (DongBoHoSoMC, CapNhatTienDoHoSoMC, the envelope and its batches)."""

import unicodedata
import uuid
from datetime import UTC, datetime

import pytest

from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import NotFound
from provincial_server.upstream import (
    DOSSIER_SERVICE,
    PROGRESS_SERVICE,
    batches,
    dossier_record,
    envelope,
    portal_time,
    progress_records,
)

A, B = "000.00.31.H56", "000.00.40.H56"
UNITS = {A: "UBND xã Quảng Phú", B: "UBND phường Hạc Thành"}
LAN, BINH = ("lan", "Nguyễn Thị Lan"), ("binh", "Trần Văn Bình")


def vn(text: str) -> datetime:
    """A moment written in Vietnam time."""
    return datetime.fromisoformat(text).replace(tzinfo=VN_TZ)


def dossier(**changes) -> dict:
    """A received copy-of-extract dossier of unit A (2 copies, 16 000 đ), as the server stores it."""
    base = {
        "uuid": "3f0c8a52-3d0e-4a59-9a43-0d7f0f4f1a01",
        "code": "000.00.31.H56-261123-0001",
        "unit_code": A,
        "competent_unit": None,
        "procedure_code": "2.000635",
        "procedure_name": "Cấp bản sao trích lục hộ tịch",
        "field": "Hộ tịch",
        "catalog_version": "2026.1",
        "owner_name": "Nguyễn Văn An",
        "owner_id": "038087042028",
        "phone": "0912345678",
        "received_at": "2026-11-23T09:00:00+07:00",
        "due_at": "2026-11-24T09:00:00+07:00",
        "first_due_at": "2026-11-24T09:00:00+07:00",
        "fee": 16000,
        "channel": 1,
        "return_method": 0,
        "status": 10,
        "facts": {
            "owner": {
                "birth_date": "1987-05-02",
                "gender": "Nam",
                "address": "Thôn 3, xã Quảng Phú",
                "phone": "0912345678",
                "email": "an.nguyen@example.vn",
            },
            "documents": [
                {"name": "Tờ khai cấp bản sao trích lục hộ tịch", "original": 1},
                {"name": "Giấy ủy quyền", "certified": 1},
            ],
            "sets": 1,
            "fee_request": {"quantity": 2, "pages": 0},
            "note": "Cần 2 bản sao",
        },
    }
    return base | changes


def event(
    kind: str,
    status: int | None,
    at: str,
    who: tuple[str, str] = LAN,
    note: str = "",
    data: dict | None = None,
    source: str = "desk",
) -> dict:
    return {
        "op_id": uuid.uuid4(),
        "source": source,
        "kind": kind,
        "status": status,
        "at": vn(at),
        "by_user": who[0],
        "by_name": who[1],
        "note": note,
        "data": data,
    }


def scalars(value):
    """Every scalar inside a record, however deep."""
    if isinstance(value, dict):
        for v in value.values():
            yield from scalars(v)
    elif isinstance(value, list):
        for v in value:
            yield from scalars(v)
    else:
        yield value


# -- time ------------------------------------------------------------------------------------------
def test_portal_time_is_vietnam_time_across_midnight_utc():
    assert portal_time(datetime(2026, 11, 23, 18, 30, tzinfo=UTC)) == "20261124013000"
    assert portal_time("2026-11-23T18:30:00Z") == "20261124013000"
    assert portal_time("2026-11-24T01:30:00+07:00") == "20261124013000"
    assert portal_time(vn("2026-01-01 00:00:05")) == "20260101000005"


def test_portal_time_of_nothing_is_empty_and_a_moment_without_offset_is_refused():
    assert portal_time(None) == ""
    with pytest.raises(ValueError, match="no UTC offset"):
        portal_time(datetime(2026, 11, 23, 18, 30))
    with pytest.raises(ValueError, match="no UTC offset"):
        portal_time("2026-11-23T18:30:00")


def test_a_dossier_received_just_before_midnight_utc_carries_the_next_vietnamese_day():
    late = dossier(received_at="2026-11-23T18:30:00+00:00", due_at=None, first_due_at=None, status=2)
    events = [{**event("receive", 2, "2026-11-24 01:30"), "at": datetime(2026, 11, 23, 18, 30, tzinfo=UTC)}]
    assert dossier_record(late, events, UNITS)["NgayTiepNhan"] == "20261124013000"
    assert progress_records(late, events, UNITS)[0]["ThoiDiemXuLy"] == "20261124013000"


# -- a plain dossier -------------------------------------------------------------------------------
PLAIN_EVENTS = [
    event("receive", 2, "2026-11-23 09:00"),
    event("process", 4, "2026-11-23 09:30"),
    event("result_ready", 9, "2026-11-23 15:00", BINH),
    event("return", 10, "2026-11-24 08:15"),
]


def test_a_received_then_returned_dossier():
    record = dossier_record(dossier(), PLAIN_EVENTS, UNITS)
    assert record == {
        "MaHoSo": "000.00.31.H56-261123-0001",
        "MaTTHC": "2.000635",
        "TenTTHC": "Cấp bản sao trích lục hộ tịch",
        "MaLinhVuc": "",
        "TenLinhVuc": "Hộ tịch",
        "KenhThucHien": "1",
        "ChuHoSo": "Nguyễn Văn An",
        "LoaiDoiTuong": "1",
        "MaDoiTuong": "",
        "SoGiayToChuHoSo": "038087042028",
        "DinhDanhCHS": [{"LoaiDinhDanh": "1", "SoDinhDanh": "038087042028"}],
        "SoDienThoai": "0912345678",
        "Email": "an.nguyen@example.vn",
        "Fax": "",
        "ThongTinKhac": "",
        "TrichYeuHoSo": "Cấp bản sao trích lục hộ tịch - Nguyễn Văn An",
        "NgayNopHoSo": "20261123090000",
        "NgayTiepNhan": "20261123090000",
        "NgayHenTra": "20261124090000",
        "NgayTra": "20261124081500",
        "NgayKetThucXuLy": "20261123150000",
        "NgayTuChoi": "",
        "TrangThaiHoSo": "10",
        "ThongTinTra": "",
        "HinhThuc": "0",
        "DonViXuLy": "UBND xã Quảng Phú",
        "NoiNopHoSo": "2",
        "HoSoCoThanhPhanSoHoa": "0",
        "TaiKhoanDuocXacThucVoiVNeID": "0",
        "DuocThanhToanTrucTuyen": "0",
        "GhiChu": "Cần 2 bản sao",
        "TaiLieuNop": [
            {
                "TepDinhKemId": "",
                "TenTepDinhKem": "Tờ khai cấp bản sao trích lục hộ tịch",
                "IsDeleted": "0",
                "MaThanhPhanHoSo": "",
                "DuongDanTaiTepTin": "",
                "DuocSoHoa": "0",
                "DuocTaiSuDung": "0",
                "DuocLayTuKhoDMQG": "0",
                "MaKetQuaThayThe": "",
            },
            {
                "TepDinhKemId": "",
                "TenTepDinhKem": "Giấy ủy quyền",
                "IsDeleted": "0",
                "MaThanhPhanHoSo": "",
                "DuongDanTaiTepTin": "",
                "DuocSoHoa": "0",
                "DuocTaiSuDung": "0",
                "DuocLayTuKhoDMQG": "0",
                "MaKetQuaThayThe": "",
            },
        ],
        "DanhSachLePhi": [
            {
                "TenPhiLePhi": "Phí, lệ phí: Cấp bản sao trích lục hộ tịch",
                "MaPhiLePhi": "",
                "HinhThucThu": "",
                "Gia": "16000",
                "LoaiPhiLePhi": "",
            }
        ],
        "DanhSachTepDinhKemKhac": [],
        "DanhSachHoSoBoSung": [],
        "DanhSachGiayToKetQua": [],
    }


def test_the_progress_of_a_plain_dossier_is_one_step_per_event():
    steps = progress_records(dossier(), PLAIN_EVENTS, UNITS)
    assert steps[0] == {
        "MaHoSo": "000.00.31.H56-261123-0001",
        "NguoiXuLy": "Nguyễn Thị Lan",
        "ChucDanh": "",
        "ThoiDiemXuLy": "20261123090000",
        "PhongBanXuLy": "UBND xã Quảng Phú",
        "NoiDungXuLy": "Tiếp nhận hồ sơ",
        "TrangThai": "2",
        "NgayBatDau": "20261123090000",
        "NgayKetThucTheoQuyDinh": "20261124090000",
    }
    assert [s["TrangThai"] for s in steps] == ["2", "4", "9", "10"]
    assert [s["NoiDungXuLy"] for s in steps] == ["Tiếp nhận hồ sơ", "Đang xử lý", "Đã xử lý xong", "Đã trả kết quả"]
    assert [s["NguoiXuLy"] for s in steps] == ["Nguyễn Thị Lan", "Nguyễn Thị Lan", "Trần Văn Bình", "Nguyễn Thị Lan"]
    # each step begins when the one before it ended
    assert [s["NgayBatDau"] for s in steps] == ["20261123090000", "20261123090000", "20261123093000", "20261123150000"]
    assert [s["ThoiDiemXuLy"] for s in steps] == [
        "20261123090000",
        "20261123093000",
        "20261123150000",
        "20261124081500",
    ]
    assert {s["NgayKetThucTheoQuyDinh"] for s in steps} == {"20261124090000"}


def test_every_value_sent_is_a_string_or_a_list_of_records():
    record = dossier_record(dossier(), PLAIN_EVENTS, UNITS)
    steps = progress_records(dossier(), PLAIN_EVENTS, UNITS)
    assert {type(v) for v in scalars([record, steps])} == {str}


def test_a_user_without_a_full_name_is_named_by_username():
    events = [{**event("receive", 2, "2026-11-23 09:00"), "by_name": ""}]
    assert progress_records(dossier(status=2), events, UNITS)[0]["NguoiXuLy"] == "lan"


def test_the_owners_contacts_come_first_then_the_submitters():
    facts = {
        "owner": {"address": "Thôn 3"},
        "submitter": {"full_name": "Lê Thị Hoa", "id_number": "038190000123", "email": "hoa@example.vn"},
        "documents": [],
    }
    record = dossier_record(dossier(facts=facts, phone="0987654321", fee=0), PLAIN_EVENTS, UNITS)
    assert (record["SoDienThoai"], record["Email"]) == ("0987654321", "hoa@example.vn")
    assert (record["GhiChu"], record["TaiLieuNop"], record["DanhSachLePhi"]) == ("", [], [])


# -- refused at the counter ------------------------------------------------------------------------
def test_a_refused_dossier():
    refused = dossier(code="000.00.31.H56-261123-0002", due_at=None, first_due_at=None, fee=0, status=3)
    events = [event("refuse", 3, "2026-11-23 10:00", note="Tờ khai chưa có chữ ký của người yêu cầu")]
    record = dossier_record(refused, events, UNITS)
    assert record["TrangThaiHoSo"] == "3"
    assert (record["NgayNopHoSo"], record["NgayTiepNhan"]) == ("20261123090000", "")  # submitted, never accepted
    assert record["NgayTuChoi"] == "20261123100000"
    assert record["NgayKetThucXuLy"] == "20261123100000"
    assert (record["NgayHenTra"], record["NgayTra"]) == ("", "")
    assert record["DanhSachLePhi"] == []
    assert progress_records(refused, events, UNITS) == [
        {
            "MaHoSo": "000.00.31.H56-261123-0002",
            "NguoiXuLy": "Nguyễn Thị Lan",
            "ChucDanh": "",
            "ThoiDiemXuLy": "20261123100000",
            "PhongBanXuLy": "UBND xã Quảng Phú",
            "NoiDungXuLy": "Từ chối tiếp nhận hồ sơ: Tờ khai chưa có chữ ký của người yêu cầu",
            "TrangThai": "3",
            "NgayBatDau": "20261123100000",
            "NgayKetThucTheoQuyDinh": "",
        }
    ]


def test_a_stopped_dossier_ends_at_the_stop_with_the_notices_reason():
    stopped = dossier(status=8)
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("stop", 8, "2026-11-23 15:00", note="Công dân không bổ sung hồ sơ", data={"number": "12"}),
    ]
    record = dossier_record(stopped, events, UNITS)
    assert (record["TrangThaiHoSo"], record["NgayKetThucXuLy"]) == ("8", "20261123150000")
    assert record["NgayHenTra"] == "20261124090000" and record["NgayTiepNhan"] == "20261123090000"
    last = progress_records(stopped, events, UNITS)[-1]
    assert (last["TrangThai"], last["NoiDungXuLy"]) == ("8", "Dừng giải quyết hồ sơ: Công dân không bổ sung hồ sơ")


# -- supplement, then processing -------------------------------------------------------------------
SUPPLEMENT_ITEMS = {"items": [{"name": "Bản sao Giấy khai sinh", "original": 0, "certified": 1, "copy": 0}]}


def supplemented() -> tuple[dict, list[dict]]:
    """Asked for a paper on the 24th, supplied on the 26th: the desk moved the appointment from the 25th
    to the 27th."""
    record = dossier(first_due_at="2026-11-25T09:00:00+07:00", due_at="2026-11-27T13:00:00+07:00", status=9)
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("process", 4, "2026-11-23 09:30"),
        event(
            "request_supplement",
            5,
            "2026-11-24 10:00",
            note="Bản sao giấy khai sinh không rõ nét",
            data=SUPPLEMENT_ITEMS,
        ),
        event("process", 4, "2026-11-26 14:00", BINH),
        event("result_ready", 9, "2026-11-27 10:00", BINH),
    ]
    return record, events


def test_a_supplement_request_then_processing():
    record, events = supplemented()
    exported = dossier_record(record, events, UNITS)
    assert exported["NgayHenTra"] == "20261125090000"  # the receipt's: the portal takes the pause out itself
    assert exported["NgayKetThucXuLy"] == "20261127100000"
    assert exported["DanhSachHoSoBoSung"] == [
        {
            "HoSoBoSungId": str(events[2]["op_id"]),
            "NguoiYeuCauBoSung": "Nguyễn Thị Lan",
            "NoiDungBoSung": "Bản sao giấy khai sinh không rõ nét",
            "NgayBoSung": "20261124100000",
            "NguoiTiepNhanBoSung": "Trần Văn Bình",
            "ThongTinTiepNhan": "",
            "NgayTiepNhanBoSung": "20261126140000",
            "TrangThaiBoSung": "1",
            "DanhSachGiayToBoSung": [
                {
                    "TepDinhKemId": "",
                    "TenTepDinhKem": "Bản sao Giấy khai sinh",
                    "IsDeleted": "0",
                    "MaThanhPhanHoSo": "",
                    "DuongDanTaiTepTin": "",
                    "DuocSoHoa": "0",
                    "DuocTaiSuDung": "0",
                    "DuocLayTuKhoDMQG": "0",
                    "MaKetQuaThayThe": "",
                }
            ],
            "DanhSachLePhiBoSung": [],
            "NgayHenTraTruoc": "20261125090000",
            "NgayHenTraMoi": "20261127130000",
        }
    ]


def test_the_progress_of_a_supplemented_dossier_follows_the_moved_appointment():
    record, events = supplemented()
    steps = progress_records(record, events, UNITS)
    assert [s["TrangThai"] for s in steps] == ["2", "4", "5", "4", "9"]
    assert steps[2]["NoiDungXuLy"] == "Yêu cầu bổ sung, hoàn thiện hồ sơ: Bản sao giấy khai sinh không rõ nét"
    assert [s["NgayKetThucTheoQuyDinh"] for s in steps] == ["20261125090000"] * 3 + ["20261127130000"] * 2


def test_the_appointment_a_supplement_led_to_comes_from_the_event_that_took_the_papers_in():
    record, events = supplemented()
    record = record | {"due_at": "2026-12-03T09:00:00+07:00"}  # moved again since by the province
    events[3] = events[3] | {"due_at": "2026-11-27T13:00:00+07:00"}
    (entry,) = dossier_record(record, events, UNITS)["DanhSachHoSoBoSung"]
    assert (entry["NgayHenTraTruoc"], entry["NgayHenTraMoi"]) == ("20261125090000", "20261127130000")


def test_a_supplement_still_awaited():
    record, events = supplemented()
    waiting = record | {"due_at": record["first_due_at"], "status": 5}
    (entry,) = dossier_record(waiting, events[:3], UNITS)["DanhSachHoSoBoSung"]
    assert entry["TrangThaiBoSung"] == "0"
    assert (entry["NguoiTiepNhanBoSung"], entry["NgayTiepNhanBoSung"]) == ("", "")
    assert (entry["NgayHenTraTruoc"], entry["NgayHenTraMoi"]) == ("20261125090000", "")


# -- Mẫu 04: a new appointment ---------------------------------------------------------------------
def test_a_new_appointment_after_an_apology():
    record = dossier(first_due_at="2026-11-25T09:00:00+07:00", due_at="2026-11-27T14:00:00+07:00", status=9)
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("process", 4, "2026-11-23 09:30"),
        event(
            "reschedule",
            None,
            "2026-11-25 08:30",
            note="Cán bộ thẩm định đi tập huấn",
            data={"previous_due": "2026-11-25T09:00:00+07:00", "new_due": "2026-11-27T14:00:00+07:00"},
        ),
        event("result_ready", 9, "2026-11-27 10:00", BINH),
    ]
    exported = dossier_record(record, events, UNITS)
    assert exported["NgayHenTra"] == "20261125090000"  # an apology does not make a late dossier on time
    assert exported["DanhSachHoSoBoSung"] == [
        {
            "HoSoBoSungId": str(events[2]["op_id"]),
            "NguoiYeuCauBoSung": "Nguyễn Thị Lan",
            "NoiDungBoSung": "Xin lỗi và hẹn lại ngày trả kết quả: Cán bộ thẩm định đi tập huấn",
            "NgayBoSung": "20261125083000",
            "NguoiTiepNhanBoSung": "",
            "ThongTinTiepNhan": "",
            "NgayTiepNhanBoSung": "",
            "TrangThaiBoSung": "1",
            "DanhSachGiayToBoSung": [],
            "DanhSachLePhiBoSung": [],
            "NgayHenTraTruoc": "20261125090000",
            "NgayHenTraMoi": "20261127140000",
        }
    ]
    steps = progress_records(record, events, UNITS)
    assert steps[2]["TrangThai"] == "4"  # no status of its own: the dossier's at that moment
    assert steps[2]["NoiDungXuLy"] == (
        "Xin lỗi và hẹn lại ngày trả kết quả: Cán bộ thẩm định đi tập huấn; "
        "hẹn trả kết quả mới lúc 14:00 ngày 27/11/2026"
    )
    assert [s["NgayKetThucTheoQuyDinh"] for s in steps] == ["20261125090000"] * 2 + ["20261127140000"] * 2


def test_an_apology_after_a_supplement_tells_the_appointment_the_pause_led_to():
    record = dossier(first_due_at="2026-11-25T09:00:00+07:00", due_at="2026-12-02T09:00:00+07:00", status=4)
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("request_supplement", 5, "2026-11-23 10:00", note="Thiếu bản sao", data=SUPPLEMENT_ITEMS),
        event("process", 4, "2026-11-24 10:00"),
        event(
            "reschedule",
            None,
            "2026-11-26 08:00",
            note="Chờ xác minh",
            data={"previous_due": "2026-11-26T09:00:00+07:00", "new_due": "2026-12-02T09:00:00+07:00"},
        ),
    ]
    supplement, apology = dossier_record(record, events, UNITS)["DanhSachHoSoBoSung"]
    assert (supplement["NgayHenTraTruoc"], supplement["NgayHenTraMoi"]) == ("20261125090000", "20261126090000")
    assert (apology["NgayHenTraTruoc"], apology["NgayHenTraMoi"]) == ("20261126090000", "20261202090000")
    assert [s["NgayKetThucTheoQuyDinh"] for s in progress_records(record, events, UNITS)] == [
        "20261125090000",
        "20261125090000",
        "20261126090000",
        "20261202090000",
    ]


# -- postal -------------------------------------------------------------------------------------
def test_a_postal_dossier_with_its_result_sent_by_post():
    address = "Số 12 đường Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa"
    record = dossier(channel=3, return_method=1, facts=dossier()["facts"] | {"postal_address": address})
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("process", 4, "2026-11-23 09:30"),
        event("result_ready", 9, "2026-11-23 15:00"),
        event(
            "postal_handover", None, "2026-11-23 16:00", note="Bàn giao kết quả cho bưu điện, mã vận đơn EB123456789VN"
        ),
        event("postal_pickup", None, "2026-11-23 16:05"),
        event("return", 10, "2026-11-25 10:00"),
    ]
    exported = dossier_record(record, events, UNITS)
    assert (exported["KenhThucHien"], exported["HinhThuc"]) == ("3", "1")
    assert exported["ThongTinTra"] == address
    assert exported["NgayTra"] == "20261125100000"
    steps = progress_records(record, events, UNITS)
    assert [s["TrangThai"] for s in steps] == ["2", "4", "9", "9", "9", "10"]
    assert steps[3]["NoiDungXuLy"] == "Bàn giao kết quả cho bưu điện, mã vận đơn EB123456789VN"
    assert steps[4]["NoiDungXuLy"] == "Đã xử lý xong"  # nothing said: the status it happened in


# -- the owner's ID ----------------------------------------------------------------------------------
def test_an_owner_with_a_9_digit_cmnd():
    exported = dossier_record(dossier(owner_id="171234567"), PLAIN_EVENTS, UNITS)
    assert exported["SoGiayToChuHoSo"] == "171234567"
    assert exported["DinhDanhCHS"] == [{"LoaiDinhDanh": "2", "SoDinhDanh": "171234567"}]


# -- received at A, processed by B -------------------------------------------------------------------
def test_a_dossier_received_at_one_unit_and_processed_by_another():
    chau = ("chau.b", "Lê Minh Châu")
    record = dossier(
        code="000.00.31.H56-261123-0003",
        competent_unit=B,
        procedure_code="1.013225",
        procedure_name="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        field="Xây dựng",
        fee=0,
    )
    events = [
        event("receive", 2, "2026-11-23 09:00"),
        event("process", 4, "2026-11-23 09:30", note="Chuyển UBND phường Hạc Thành"),
        event("province_status", 5, "2026-11-24 14:00", chau, note="Thiếu bản vẽ mặt bằng", source="province"),
        event("province_status", 4, "2026-11-25 08:00", chau, source="province"),
        event("province_status", 9, "2026-11-26 16:00", chau, source="province"),
        event("return", 10, "2026-11-27 08:00"),
    ]
    exported = dossier_record(record, events, UNITS)
    assert exported["MaHoSo"].startswith(A + "-")  # the receiving unit's code opens the dossier code
    assert exported["DonViXuLy"] == "UBND phường Hạc Thành"
    assert exported["NoiNopHoSo"] == "2"
    (entry,) = exported["DanhSachHoSoBoSung"]
    assert (entry["NguoiYeuCauBoSung"], entry["NoiDungBoSung"]) == ("Lê Minh Châu", "Thiếu bản vẽ mặt bằng")
    assert (entry["TrangThaiBoSung"], entry["NguoiTiepNhanBoSung"], entry["DanhSachGiayToBoSung"]) == (
        "1",
        "Lê Minh Châu",
        [],
    )
    steps = progress_records(record, events, UNITS)
    assert [s["PhongBanXuLy"] for s in steps] == [UNITS[A], UNITS[A], UNITS[B], UNITS[B], UNITS[B], UNITS[A]]
    assert [s["NoiDungXuLy"] for s in steps] == [
        "Tiếp nhận hồ sơ",
        "Đang xử lý: Chuyển UBND phường Hạc Thành",
        "Yêu cầu bổ sung giấy tờ: Thiếu bản vẽ mặt bằng",
        "Đang xử lý",
        "Đã xử lý xong",
        "Đã trả kết quả",
    ]


def test_a_unit_without_a_name_stops_the_export():
    with pytest.raises(NotFound, match=B):
        dossier_record(dossier(competent_unit=B), PLAIN_EVENTS, {A: UNITS[A]})


# -- rating, text ----------------------------------------------------------------------------------
def test_a_rating_is_reported_in_words():
    events = [*PLAIN_EVENTS, event("rating", None, "2026-11-24 08:20", data={"level": 2})]
    step = progress_records(dossier(), events, UNITS)[-1]
    assert (step["TrangThai"], step["NoiDungXuLy"]) == ("10", "Công dân đánh giá mức độ hài lòng: Rất hài lòng")


def test_text_is_sent_in_nfc():
    decomposed = {
        k: unicodedata.normalize("NFD", v)
        for k, v in {"owner_name": "Nguyễn Văn An", "procedure_name": "Cấp bản sao trích lục hộ tịch"}.items()
    }
    events = [{**e, "by_name": unicodedata.normalize("NFD", e["by_name"])} for e in PLAIN_EVENTS]
    record = dossier_record(dossier(**decomposed), events, UNITS)
    steps = progress_records(dossier(**decomposed), events, UNITS)
    assert record["ChuHoSo"] == "Nguyễn Văn An"
    assert record["TrichYeuHoSo"] == "Cấp bản sao trích lục hộ tịch - Nguyễn Văn An"
    assert steps[0]["NguoiXuLy"] == "Nguyễn Thị Lan"
    assert all(unicodedata.is_normalized("NFC", v) for v in scalars([record, steps]))


# -- envelope and batches --------------------------------------------------------------------------
def test_records_go_in_batches_of_ten_inside_the_adapters_envelope():
    records = [{"MaHoSo": f"000.00.31.H56-261123-{n:04d}"} for n in range(1, 24)]
    groups = batches(records)
    assert [len(g) for g in groups] == [10, 10, 3]
    assert [r for g in groups for r in g] == records
    assert envelope(PROGRESS_SERVICE, groups[2], is_updating=False) == {
        "service": "CapNhatTienDoHoSoMC",
        "isUpdating": "False",
        "data": records[20:],
    }
    assert envelope(DOSSIER_SERVICE, groups[0], is_updating=True)["isUpdating"] == "True"
    assert envelope(DOSSIER_SERVICE, [], is_updating=False)["service"] == "DongBoHoSoMC"
    assert batches([]) == []
    assert [len(g) for g in batches(records, 5)] == [5, 5, 5, 5, 3]
    with pytest.raises(ValueError):
        batches(records, 0)
