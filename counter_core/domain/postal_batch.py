"""The postal desk's batches: the three flows and the rule that accepts or refuses each scan (§5).

A batch belongs to one flow and takes scans one after another:

- **intake** (nhận hồ sơ qua bưu chính): the postal employee hands over the packages citizens posted; each is
  scanned by its item code. The counter then receives each dossier (channel 3) with that item code.
- **results** (giao kết quả cho bưu chính): a finished dossier to be returned by post (status 9), then the item
  code of the envelope it goes in, which links the two.
- **delivered** (xác nhận đã phát): the item code (or the dossier code) of a result the post delivered.

``judge`` is pure: the service looks up what a scan points to and hands the facts over. A refusal is never
silent: it carries its reason and a Vietnamese message naming what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from counter_core.domain.postal import CodeKind, Scanned
from counter_core.domain.status import Status


class Flow(str, Enum):
    INTAKE = "intake"
    RESULTS = "results"
    DELIVERED = "delivered"

    @property
    def label(self) -> str:
        return FLOW_LABELS[self]


FLOW_LABELS = {
    Flow.INTAKE: "Nhận hồ sơ qua bưu chính",
    Flow.RESULTS: "Giao kết quả cho bưu chính",
    Flow.DELIVERED: "Xác nhận đã phát",
}


class Refusal(str, Enum):
    DUPLICATE = "duplicate"
    UNKNOWN = "unknown"
    OTHER_UNIT = "other_unit"
    WRONG_STATE = "wrong_state"
    UNREADABLE = "unreadable"
    LINKED_ELSEWHERE = "linked_elsewhere"
    WRONG_CODE = "wrong_code"  # a code this flow (or this step of it) does not take

    @property
    def label(self) -> str:
        return REFUSAL_LABELS[self]


REFUSAL_LABELS = {
    Refusal.DUPLICATE: "Trùng",
    Refusal.UNKNOWN: "Không rõ mã",
    Refusal.OTHER_UNIT: "Hồ sơ của đơn vị khác",
    Refusal.WRONG_STATE: "Sai trạng thái",
    Refusal.UNREADABLE: "Mã đọc sai",
    Refusal.LINKED_ELSEWHERE: "Mã bưu gửi đã gắn hồ sơ khác",
    Refusal.WRONG_CODE: "Sai loại mã",
}

INTAKE_LINK, RESULTS_LINK = "intake", "results"


@dataclass(frozen=True)
class Dossier:
    """What a scan needs to know of a dossier of this desk's store."""

    code: str
    status: Status
    by_post: bool  # the result is to be returned by post
    ours: bool  # received here or for this unit
    handed_over: str | None = None  # the item code it was handed to the post in, if it was


@dataclass(frozen=True)
class Link:
    """The dossier an item code is linked to, and by which flow."""

    dossier_code: str
    flow: str  # INTAKE_LINK (the package it was posted in) or RESULTS_LINK (the envelope of its result)


@dataclass(frozen=True)
class BatchState:
    """The accepted scans of the batch so far."""

    items: frozenset[str] = frozenset()
    dossiers: frozenset[str] = frozenset()  # dossiers in the batch with their item code (results: paired)
    waiting: str | None = None  # results: the dossier scanned last, waiting for its item code


@dataclass(frozen=True)
class Facts:
    """What the store knows of the scanned code."""

    dossier: Dossier | None = None  # the dossier the code is or points to
    link: Link | None = None  # an item code's existing link
    elsewhere: str | None = None  # the number of another batch holding the code, open or awaiting reception


@dataclass(frozen=True)
class Verdict:
    refusal: Refusal | None
    message: str
    dossier_code: str | None = None
    item_code: str | None = None

    @property
    def accepted(self) -> bool:
        return self.refusal is None


def _refuse(refusal: Refusal, message: str, dossier: str | None = None, item: str | None = None) -> Verdict:
    return Verdict(refusal, message, dossier, item)


def judge(flow: Flow, scan: Scanned, state: BatchState, facts: Facts, unit_code: str) -> Verdict:
    """Accept or refuse one scan of a batch of ``flow``."""
    if scan.kind is CodeKind.BAD_ITEM:
        return _refuse(Refusal.UNREADABLE, f"Mã bưu gửi {scan.code} sai số kiểm tra: mã bị đọc sai, hãy quét lại.")
    if scan.kind is CodeKind.UNKNOWN:
        return _refuse(Refusal.UNKNOWN, f'"{scan.text}" không phải mã hồ sơ hay mã bưu gửi.')
    if scan.kind is CodeKind.DOSSIER and facts.dossier is None:
        if scan.unit_code != unit_code:
            return _refuse(Refusal.OTHER_UNIT, f"Hồ sơ {scan.code} của đơn vị khác (mã đơn vị {scan.unit_code}).")
        return _refuse(Refusal.UNKNOWN, f"Không tìm thấy hồ sơ mã {scan.code}.")
    return _FLOWS[flow](scan, state, facts)


def _intake(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.DOSSIER:
        return _refuse(
            Refusal.WRONG_CODE,
            f"{scan.code} là mã hồ sơ: khi nhận hồ sơ qua bưu chính, quét mã bưu gửi trên bưu gửi.",
            scan.code,
        )
    item = scan.code
    if item in state.items:
        return _refuse(Refusal.DUPLICATE, f"Bưu gửi {item} đã quét trong lô này.", item=item)
    if facts.link is not None:
        return _refuse(
            Refusal.LINKED_ELSEWHERE,
            f"Mã bưu gửi {item} đã gắn với hồ sơ {facts.link.dossier_code}.",
            facts.link.dossier_code,
            item,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, f"Bưu gửi {item} đã có trong lô {facts.elsewhere}.", item=item)
    return Verdict(None, f"Nhận bưu gửi {item}: chờ tiếp nhận hồ sơ.", item_code=item)


def _results(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.ITEM:
        return _results_item(scan.code, state, facts)
    d = facts.dossier
    assert d is not None, "judge() refuses a dossier code with no dossier"
    if d.code in state.dossiers or d.code == state.waiting:
        return _refuse(Refusal.DUPLICATE, f"Hồ sơ {d.code} đã quét trong lô này.", d.code)
    problem = _not_ours(d) or _not_ready(d)
    if problem:
        return problem
    if not d.by_post:
        return _refuse(
            Refusal.WRONG_STATE,
            f"Hồ sơ {d.code} đăng ký nhận kết quả trực tiếp tại Trung tâm Phục vụ hành chính công, không qua bưu "
            "chính.",
            d.code,
        )
    if d.handed_over:
        return _refuse(
            Refusal.WRONG_STATE,
            f"Kết quả hồ sơ {d.code} đã bàn giao cho bưu chính (mã bưu gửi {d.handed_over}).",
            d.code,
            d.handed_over,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, f"Hồ sơ {d.code} đã có trong lô {facts.elsewhere}.", d.code)
    return Verdict(None, f"Hồ sơ {d.code}: quét mã bưu gửi của phong bì kết quả.", d.code)


def _results_item(item: str, state: BatchState, facts: Facts) -> Verdict:
    if item in state.items:
        return _refuse(Refusal.DUPLICATE, f"Mã bưu gửi {item} đã quét trong lô này.", item=item)
    if facts.link is not None and facts.link.dossier_code != state.waiting:
        return _refuse(
            Refusal.LINKED_ELSEWHERE,
            f"Mã bưu gửi {item} đã gắn với hồ sơ {facts.link.dossier_code}.",
            facts.link.dossier_code,
            item,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, f"Mã bưu gửi {item} đã có trong lô {facts.elsewhere}.", item=item)
    if state.waiting is None:
        return _refuse(
            Refusal.WRONG_CODE,
            f"Chưa có hồ sơ chờ gắn mã bưu gửi {item}: quét mã hồ sơ trước, rồi quét mã bưu gửi.",
            item=item,
        )
    return Verdict(None, f"Gắn mã bưu gửi {item} với hồ sơ {state.waiting}.", state.waiting, item)


def _delivered(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.ITEM:
        if scan.code in state.items:
            return _refuse(Refusal.DUPLICATE, f"Mã bưu gửi {scan.code} đã quét trong lô này.", item=scan.code)
        if facts.link is None:
            return _refuse(Refusal.UNKNOWN, f"Mã bưu gửi {scan.code} chưa gắn với hồ sơ nào.", item=scan.code)
        if facts.link.flow != RESULTS_LINK:
            return _refuse(
                Refusal.WRONG_CODE,
                f"{scan.code} là bưu gửi nộp hồ sơ {facts.link.dossier_code}, không phải bưu gửi kết quả.",
                facts.link.dossier_code,
                scan.code,
            )
    d = facts.dossier
    assert d is not None, "judge() refuses a dossier code with no dossier; a linked item code has its dossier"
    if d.code in state.dossiers:
        return _refuse(Refusal.DUPLICATE, f"Hồ sơ {d.code} đã quét trong lô này.", d.code, d.handed_over)
    problem = _not_ours(d)
    if problem:
        return problem
    if d.status is Status.RETURNED:
        return _refuse(Refusal.WRONG_STATE, f"Hồ sơ {d.code} đã được xác nhận trả kết quả.", d.code, d.handed_over)
    if not d.handed_over:
        return _refuse(Refusal.WRONG_STATE, f"Kết quả hồ sơ {d.code} chưa bàn giao cho bưu chính.", d.code)
    if d.status is not Status.RESULT_READY:
        return _refuse(
            Refusal.WRONG_STATE, f'Hồ sơ {d.code} đang ở trạng thái "{d.status.label}".', d.code, d.handed_over
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, f"Hồ sơ {d.code} đã có trong lô {facts.elsewhere}.", d.code, d.handed_over)
    return Verdict(None, f"Đã phát kết quả hồ sơ {d.code} (mã bưu gửi {d.handed_over}).", d.code, d.handed_over)


def _not_ours(d: Dossier) -> Verdict | None:
    if d.ours:
        return None
    return _refuse(Refusal.OTHER_UNIT, f"Hồ sơ {d.code} của đơn vị khác.", d.code)


def _not_ready(d: Dossier) -> Verdict | None:
    if d.status is Status.RESULT_READY:
        return None
    if d.status is Status.RETURNED:
        return _refuse(Refusal.WRONG_STATE, f"Hồ sơ {d.code} đã trả kết quả.", d.code)
    return _refuse(
        Refusal.WRONG_STATE, f'Hồ sơ {d.code} đang ở trạng thái "{d.status.label}", chưa có kết quả để giao.', d.code
    )


_FLOWS = {Flow.INTAKE: _intake, Flow.RESULTS: _results, Flow.DELIVERED: _delivered}
