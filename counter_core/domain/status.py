"""The dossier status machine, on the 10 national status codes (TrangThaiHoSo, §3.1).

Every change of status is an event; the current status is the one the last event led to (in the province's
order once synced), and an event is only accepted if the machine allows it from the status before.
"""

from __future__ import annotations

from enum import IntEnum

from counter_core.foundation.errors import NotAllowed
from counter_core.foundation.messages import Dossiers, Names
from counter_core.foundation.texts import Text


class Status(IntEnum):
    NEW_ONLINE = 1  # Mới đăng ký
    RECEIVED = 2  # Được tiếp nhận
    REFUSED = 3  # Không được tiếp nhận
    PROCESSING = 4  # Đang xử lý
    SUPPLEMENT_REQUESTED = 5  # Yêu cầu bổ sung giấy tờ
    FINANCIAL_OBLIGATION = 6  # Yêu cầu thực hiện nghĩa vụ tài chính
    WITHDRAWAL_REQUESTED = 7  # Công dân yêu cầu rút hồ sơ
    STOPPED = 8  # Dừng xử lý
    RESULT_READY = 9  # Đã xử lý xong
    RETURNED = 10  # Đã trả kết quả

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def text(self) -> Text:
        """The status's name in the reader's language (``label`` is its official Vietnamese name, for the papers)."""
        return Text(Names[f"STATUS_{self.name}"])

    @property
    def numbered(self) -> Text:
        """ "4 (Being processed)": the national code with the name."""
        return Text(Names.NUMBERED_STATUS, number=self.value, status=self.text)

    @property
    def is_open(self) -> bool:
        """Still to be settled: counts toward the queue, due dates and lateness."""
        return self in OPEN


LABELS = {
    Status.NEW_ONLINE: "Mới đăng ký",
    Status.RECEIVED: "Được tiếp nhận",
    Status.REFUSED: "Không được tiếp nhận",
    Status.PROCESSING: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung giấy tờ",
    Status.FINANCIAL_OBLIGATION: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Status.WITHDRAWAL_REQUESTED: "Công dân yêu cầu rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.RESULT_READY: "Đã xử lý xong",
    Status.RETURNED: "Đã trả kết quả",
}

# What an event that leaves the status as it is did, as the dossier's history and the portal's progress say it.
EVENT_LABELS = {
    "reschedule": "Xin lỗi và hẹn lại ngày trả kết quả",
    "rating": "Công dân đánh giá mức độ hài lòng",
    "postal_intake": "Tiếp nhận hồ sơ gửi qua dịch vụ bưu chính công ích",
    "postal_handover": "Bàn giao kết quả cho bưu chính công ích để phát",
    "attach_file": "Số hóa giấy tờ (lưu tệp)",
}

OPEN = frozenset(
    {
        Status.RECEIVED,
        Status.PROCESSING,
        Status.SUPPLEMENT_REQUESTED,
        Status.FINANCIAL_OBLIGATION,
        Status.WITHDRAWAL_REQUESTED,
    }
)
# Open with the appointment's clock running: a supplement request pauses it until the papers come.
TIMED = OPEN - {Status.SUPPLEMENT_REQUESTED}
# Registered online and not yet accepted, or refused at the counter: not receptions, in no register or report.
NOT_RECEIVED = frozenset({Status.NEW_ONLINE, Status.REFUSED})
# What ends a dossier's processing, as on-time reports judge it: a withdrawal request, a stop, the result.
ENDS_PROCESSING = frozenset({Status.WITHDRAWAL_REQUESTED, Status.STOPPED, Status.RESULT_READY})
# Still being processed: open, and nothing has ended its processing yet.
IN_PROCESSING = OPEN - ENDS_PROCESSING
# The events that end processing or hand the result back.
CLOSING = ENDS_PROCESSING | {Status.RETURNED}

# Where a dossier may go from each status. Reception (None → 2 or 3) starts the history.
TRANSITIONS: dict[Status | None, frozenset[Status]] = {
    None: frozenset({Status.NEW_ONLINE, Status.RECEIVED, Status.REFUSED}),
    Status.NEW_ONLINE: frozenset({Status.RECEIVED, Status.REFUSED}),
    Status.RECEIVED: frozenset(
        {
            Status.PROCESSING,
            Status.SUPPLEMENT_REQUESTED,
            Status.FINANCIAL_OBLIGATION,
            Status.WITHDRAWAL_REQUESTED,
            Status.STOPPED,
            Status.RESULT_READY,
        }
    ),
    Status.PROCESSING: frozenset(
        {
            Status.SUPPLEMENT_REQUESTED,
            Status.FINANCIAL_OBLIGATION,
            Status.WITHDRAWAL_REQUESTED,
            Status.STOPPED,
            Status.RESULT_READY,
        }
    ),
    Status.SUPPLEMENT_REQUESTED: frozenset({Status.PROCESSING, Status.WITHDRAWAL_REQUESTED, Status.STOPPED}),
    Status.FINANCIAL_OBLIGATION: frozenset(
        {Status.PROCESSING, Status.RESULT_READY, Status.WITHDRAWAL_REQUESTED, Status.STOPPED}
    ),
    Status.WITHDRAWAL_REQUESTED: frozenset({Status.STOPPED}),
    Status.RESULT_READY: frozenset({Status.RETURNED}),
    Status.REFUSED: frozenset(),
    Status.STOPPED: frozenset(),
    Status.RETURNED: frozenset(),
}


def parse_status(value: str | int) -> Status:
    """A status from its national code ("4") or its English name ("processing")."""
    text = str(value).strip()
    try:
        return Status(int(text)) if text.isdigit() else Status[text.upper().replace("-", "_")]
    except (KeyError, ValueError):
        codes = [s.numbered for s in Status]
        raise NotAllowed(Dossiers.STATUS_UNKNOWN, value=repr(value), codes=codes) from None


def transition_refusal(current: Status | None, target: Status) -> Text | None:
    """Why the status machine does not let a dossier go from ``current`` to ``target`` (None: it does)."""
    if target in TRANSITIONS[current]:
        return None
    if current is None:
        return Text(Dossiers.CANNOT_START_IN, status=target.text)
    allowed = [s.numbered for s in sorted(TRANSITIONS[current])] or Text(Dossiers.NONE)
    return Text(Dossiers.TRANSITION_NOT_ALLOWED, current=current.text, target=target.text, allowed=allowed)


def check_transition(current: Status | None, target: Status) -> None:
    reason = transition_refusal(current, target)
    if reason:
        raise NotAllowed(reason)
