"""What the citizens' look-up page shows of a dossier, and whether the citizen's answer opens it.

Shown: the procedure, when it was received and when the result is due, the statuses as plain Vietnamese sentences,
where and from when to collect the result, the notice of a supplement request, a stop or a refusal, and the rating
given at the return. The owner's name is masked; no ID number, phone, address or paper is shown.

The answer is the look-up token of the receipt's QR code, or the last digits (at least four) of the phone or ID
number of the owner or of the person who submitted the dossier.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field
from datetime import datetime

from counter_core.domain.calendar import OfficeHours
from counter_core.domain.satisfaction import RATING_EVENT, RATINGS
from counter_core.domain.status import Status
from counter_core.domain.tracking import is_check
from counter_core.foundation.clock import to_vn
from counter_core.foundation.formatting import moment
from counter_core.foundation.privacy import mask_name

MIN_DIGITS = 4
_NOT_DIGIT = re.compile(r"\D")
_CODE_SPACES = re.compile(r"\s+")
MAX_CODE = 80

# Each status as the citizen reads it, in the timeline.
SENTENCES = {
    Status.NEW_ONLINE: "Hồ sơ đã được đăng ký trực tuyến, chờ bộ phận một cửa tiếp nhận.",
    Status.RECEIVED: "Hồ sơ đã được tiếp nhận.",
    Status.REFUSED: "Hồ sơ không được tiếp nhận.",
    Status.PROCESSING: "Hồ sơ đang được giải quyết.",
    Status.SUPPLEMENT_REQUESTED: "Cơ quan giải quyết đề nghị bổ sung, hoàn thiện hồ sơ.",
    Status.FINANCIAL_OBLIGATION: "Đề nghị ông/bà thực hiện nghĩa vụ tài chính (nộp thuế, phí, lệ phí).",
    Status.WITHDRAWAL_REQUESTED: "Ông/bà đã đề nghị rút hồ sơ.",
    Status.STOPPED: "Hồ sơ đã dừng giải quyết.",
    Status.RESULT_READY: "Đã có kết quả giải quyết.",
    Status.RETURNED: "Đã trả kết quả.",
}
EVENT_SENTENCES = {
    "reschedule": "Cơ quan giải quyết xin lỗi và hẹn lại ngày trả kết quả.",
    RATING_EVENT: "Ông/bà đã đánh giá mức độ hài lòng.",
    "postal_intake": "Hồ sơ gửi qua dịch vụ bưu chính công ích đã đến bộ phận một cửa.",
    "postal_handover": "Kết quả đã được giao cho bưu chính công ích để chuyển đến ông/bà.",
}
# The statuses whose note is addressed to the citizen (the reason of a refusal, a supplement request, a stop).
NOTICES = {
    Status.REFUSED: "Lý do không tiếp nhận",
    Status.SUPPLEMENT_REQUESTED: "Giấy tờ cần bổ sung, hoàn thiện",
    Status.FINANCIAL_OBLIGATION: "Nghĩa vụ tài chính cần thực hiện",
    Status.STOPPED: "Lý do dừng giải quyết",
}


def dossier_code(text: str) -> str:
    """A dossier code as a citizen may type or scan it, spaces dropped (its letters are looked up as typed, then in
    capitals: unit codes are the province's, opaque, but printed in capitals)."""
    return _CODE_SPACES.sub("", text)[:MAX_CODE]


def opens(row: dict, answer: str, digits_allowed: bool = True) -> bool:
    """Whether ``answer`` is this dossier's token, or (if ``digits_allowed``) the last digits of one of its numbers."""
    answer = answer.strip()
    token = row.get("check_token")
    if token and is_check(answer) and hmac.compare_digest(answer.encode(), token.encode()):
        return True
    digits = _NOT_DIGIT.sub("", answer)
    if not digits_allowed or len(digits) < MIN_DIGITS or len(digits) != len(answer.replace(" ", "")):
        return False
    submitter = row.get("submitter") or {}
    numbers = [row.get("owner_id"), row.get("phone"), submitter.get("id_number"), submitter.get("phone")]
    for number in numbers:
        known = _NOT_DIGIT.sub("", number or "")
        if len(known) >= len(digits) and known.endswith(digits):
            return True
    return False


@dataclass(frozen=True)
class Step:
    at: str
    sentence: str
    title: str = ""  # the heading of the notice the step carries, if any
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LookupView:
    code: str
    procedure: str
    owner: str  # masked
    unit: str
    competent_unit: str
    received: str
    due: str
    first_due: str  # the printed appointment, when a new one replaced it
    status: str
    steps: tuple[Step, ...]
    collect: str
    notice: Step | None
    rating: str
    open: bool = field(default=True)


def _at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _when(value: datetime | None) -> str:
    return moment(to_vn(value)) if value else ""


def _hours(office_hours: str | None) -> str:
    sessions = OfficeHours.parse(office_hours).sessions if office_hours else OfficeHours().sessions
    parts = [f"{start:%H:%M}–{end:%H:%M}" for start, end in sessions]
    return "sáng " + " và chiều ".join(parts) if len(parts) == 2 else ", ".join(parts)


def _step(event: dict) -> Step:
    at = _when(_at(event["at"]))
    status = Status(event["status"]) if event["status"] else None
    if status is None:
        sentence = EVENT_SENTENCES.get(event["kind"], "Hồ sơ được cập nhật.")
        if event["kind"] == "reschedule" and event.get("due_at"):
            sentence += f" Ngày hẹn mới: {_when(_at(event['due_at']))}."
        if event["kind"] == RATING_EVENT and (event.get("data") or {}).get("level") in RATINGS:
            sentence = f"Ông/bà đã đánh giá: {RATINGS[event['data']['level']]}."
        return Step(at, sentence)
    if status in NOTICES:
        items = [i.get("name", "") for i in (event.get("data") or {}).get("items", []) if isinstance(i, dict)]
        lines = tuple(filter(None, [*items, event.get("note") or ""]))
        return Step(at, SENTENCES[status], NOTICES[status], lines)
    return Step(at, SENTENCES[status])


def _collect(row: dict, events: list[dict]) -> str:
    status = Status(row["status"])
    by_post = row["return_method"] == 1
    place = row["unit_name"]
    hours = _hours(row["office_hours"])
    if status == Status.RESULT_READY:
        ready = next((e for e in reversed(events) if e["status"] == Status.RESULT_READY), None)
        since = _when(_at(ready["at"])) if ready else ""
        if by_post:
            return "Kết quả sẽ được gửi qua dịch vụ bưu chính công ích đến địa chỉ ông/bà đã đăng ký."
        return (
            f"Mời ông/bà đến nhận kết quả tại {place} từ {since}, trong giờ làm việc ({hours}). "
            "Mang theo giấy tiếp nhận và giấy tờ tùy thân."
        )
    if status == Status.RETURNED:
        returned = next((e for e in reversed(events) if e["status"] == Status.RETURNED), None)
        return f"Kết quả đã được trả lúc {_when(_at(returned['at']))}." if returned else "Kết quả đã được trả."
    if not status.is_open:
        return ""
    if by_post:
        return "Khi có kết quả, kết quả sẽ được gửi qua dịch vụ bưu chính công ích đến địa chỉ ông/bà đã đăng ký."
    due = _when(row["due_at"])
    when = f"từ {due}" if due else "khi có thông báo"
    return f"Dự kiến nhận kết quả tại {place} {when}, trong giờ làm việc ({hours})."


def view(row: dict) -> LookupView:
    """The page of a dossier the citizen's answer opened."""
    events = row["events"]
    status = Status(row["status"])
    steps = tuple(_step(e) for e in events)
    notice = next((s for s in reversed(steps) if s.title), None)
    if status not in NOTICES:
        notice = None  # a supplement answered, a payment made: the notice is history, still in the timeline
    ratings = [e for e in events if e["kind"] == RATING_EVENT and (e.get("data") or {}).get("level") in RATINGS]
    due, first_due = row["due_at"], row["first_due_at"]
    return LookupView(
        code=row["code"],
        procedure=row["procedure_name"] or "",
        owner=mask_name(row["owner_name"] or ""),
        unit=row["unit_name"],
        competent_unit=(row["competent_name"] or row["competent_unit"]) if row["competent_unit"] else "",
        received=_when(row["received_at"]),
        due=_when(due) if due else "Không xác định ngày trả (theo quy định của thủ tục)",
        first_due=_when(first_due) if first_due and due and first_due != due else "",
        status=SENTENCES[status],
        steps=steps,
        collect=_collect(row, events),
        notice=notice,
        rating=RATINGS[ratings[-1]["data"]["level"]] if ratings else "",
        open=status.is_open,
    )
