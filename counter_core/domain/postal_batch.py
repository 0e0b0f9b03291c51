"""The postal desk's batches: the three flows and the rule that accepts or refuses each scan (§5).

A batch belongs to one flow and takes scans one after another:

- **intake** (nhận hồ sơ qua bưu chính): the postal employee hands over the packages citizens posted; each is
  scanned by its item code. The counter then receives each dossier (channel 3) with that item code.
- **results** (giao kết quả cho bưu chính): a finished dossier to be returned by post (status 9), then the item
  code of the envelope it goes in, which links the two.
- **delivered** (xác nhận đã phát): the item code (or the dossier code) of a result the post delivered.

``judge`` is pure: the service looks up what a scan points to and hands the facts over. A refusal is never
silent: it carries its reason and a message (a ``Text``) naming what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from counter_core.domain.postal import CodeKind, Scanned
from counter_core.domain.status import Status
from counter_core.foundation.messages import Names, Postal
from counter_core.foundation.texts import Text


class Flow(str, Enum):
    INTAKE = "intake"
    RESULTS = "results"
    DELIVERED = "delivered"

    @property
    def label(self) -> str:
        return FLOW_LABELS[self]

    @property
    def text(self) -> Text:
        """The flow's name in the reader's language (``label`` is its Vietnamese name, for the papers)."""
        return Text(Names[f"FLOW_{self.name}"])


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
    message: Text
    dossier_code: str | None = None
    item_code: str | None = None

    @property
    def accepted(self) -> bool:
        return self.refusal is None


def _refuse(refusal: Refusal, message: Text, dossier: str | None = None, item: str | None = None) -> Verdict:
    return Verdict(refusal, message, dossier, item)


def judge(flow: Flow, scan: Scanned, state: BatchState, facts: Facts, unit_code: str) -> Verdict:
    """Accept or refuse one scan of a batch of ``flow``."""
    if scan.kind is CodeKind.BAD_ITEM:
        return _refuse(Refusal.UNREADABLE, Text(Postal.CHECK_DIGIT_WRONG, code=scan.code))
    if scan.kind is CodeKind.UNKNOWN:
        return _refuse(Refusal.UNKNOWN, Text(Postal.NOT_A_CODE, text=scan.text))
    if scan.kind is CodeKind.DOSSIER and facts.dossier is None:
        if scan.unit_code != unit_code:
            return _refuse(Refusal.OTHER_UNIT, Text(Postal.OTHER_UNIT_CODE, code=scan.code, unit=scan.unit_code))
        return _refuse(Refusal.UNKNOWN, Text(Postal.DOSSIER_UNKNOWN, code=scan.code))
    return _FLOWS[flow](scan, state, facts)


def _intake(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.DOSSIER:
        return _refuse(
            Refusal.WRONG_CODE,
            Text(Postal.DOSSIER_CODE_IN_INTAKE, code=scan.code),
            scan.code,
        )
    item = scan.code
    if item in state.items:
        return _refuse(Refusal.DUPLICATE, Text(Postal.PACKAGE_SCANNED, item=item), item=item)
    if facts.link is not None:
        return _refuse(
            Refusal.LINKED_ELSEWHERE,
            Text(Postal.ITEM_LINKED, item=item, code=facts.link.dossier_code),
            facts.link.dossier_code,
            item,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, Text(Postal.PACKAGE_IN_BATCH, item=item, batch=facts.elsewhere), item=item)
    return Verdict(None, Text(Postal.PACKAGE_TAKEN, item=item), item_code=item)


def _results(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.ITEM:
        return _results_item(scan.code, state, facts)
    d = facts.dossier
    assert d is not None, "judge() refuses a dossier code with no dossier"
    if d.code in state.dossiers or d.code == state.waiting:
        return _refuse(Refusal.DUPLICATE, Text(Postal.DOSSIER_SCANNED, code=d.code), d.code)
    problem = _not_ours(d) or _not_ready(d)
    if problem:
        return problem
    if not d.by_post:
        return _refuse(
            Refusal.WRONG_STATE,
            Text(Postal.RESULT_AT_COUNTER, code=d.code),
            d.code,
        )
    if d.handed_over:
        return _refuse(
            Refusal.WRONG_STATE,
            Text(Postal.RESULT_HANDED_OVER, code=d.code, item=d.handed_over),
            d.code,
            d.handed_over,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, Text(Postal.DOSSIER_IN_BATCH, code=d.code, batch=facts.elsewhere), d.code)
    return Verdict(None, Text(Postal.SCAN_ENVELOPE, code=d.code), d.code)


def _results_item(item: str, state: BatchState, facts: Facts) -> Verdict:
    if item in state.items:
        return _refuse(Refusal.DUPLICATE, Text(Postal.ITEM_SCANNED, item=item), item=item)
    if facts.link is not None and facts.link.dossier_code != state.waiting:
        return _refuse(
            Refusal.LINKED_ELSEWHERE,
            Text(Postal.ITEM_LINKED, item=item, code=facts.link.dossier_code),
            facts.link.dossier_code,
            item,
        )
    if facts.elsewhere:
        return _refuse(Refusal.DUPLICATE, Text(Postal.ITEM_IN_BATCH, item=item, batch=facts.elsewhere), item=item)
    if state.waiting is None:
        return _refuse(
            Refusal.WRONG_CODE,
            Text(Postal.NO_DOSSIER_WAITING, item=item),
            item=item,
        )
    return Verdict(None, Text(Postal.ITEM_PAIRED, item=item, code=state.waiting), state.waiting, item)


def _delivered(scan: Scanned, state: BatchState, facts: Facts) -> Verdict:
    if scan.kind is CodeKind.ITEM:
        if scan.code in state.items:
            return _refuse(Refusal.DUPLICATE, Text(Postal.ITEM_SCANNED, item=scan.code), item=scan.code)
        if facts.link is None:
            return _refuse(Refusal.UNKNOWN, Text(Postal.ITEM_NOT_LINKED, item=scan.code), item=scan.code)
        if facts.link.flow != RESULTS_LINK:
            return _refuse(
                Refusal.WRONG_CODE,
                Text(Postal.INTAKE_PACKAGE, item=scan.code, code=facts.link.dossier_code),
                facts.link.dossier_code,
                scan.code,
            )
    d = facts.dossier
    assert d is not None, "judge() refuses a dossier code with no dossier; a linked item code has its dossier"
    if d.code in state.dossiers:
        return _refuse(Refusal.DUPLICATE, Text(Postal.DOSSIER_SCANNED, code=d.code), d.code, d.handed_over)
    problem = _not_ours(d)
    if problem:
        return problem
    if d.status is Status.RETURNED:
        return _refuse(Refusal.WRONG_STATE, Text(Postal.ALREADY_RETURNED, code=d.code), d.code, d.handed_over)
    if not d.handed_over:
        return _refuse(Refusal.WRONG_STATE, Text(Postal.NOT_HANDED_OVER, code=d.code), d.code)
    if d.status is not Status.RESULT_READY:
        return _refuse(
            Refusal.WRONG_STATE, Text(Postal.IN_STATUS, code=d.code, status=d.status.text), d.code, d.handed_over
        )
    if facts.elsewhere:
        return _refuse(
            Refusal.DUPLICATE, Text(Postal.DOSSIER_IN_BATCH, code=d.code, batch=facts.elsewhere), d.code, d.handed_over
        )
    return Verdict(None, Text(Postal.DELIVERED, code=d.code, item=d.handed_over), d.code, d.handed_over)


def _not_ours(d: Dossier) -> Verdict | None:
    if d.ours:
        return None
    return _refuse(Refusal.OTHER_UNIT, Text(Postal.OTHER_UNIT, code=d.code), d.code)


def _not_ready(d: Dossier) -> Verdict | None:
    if d.status is Status.RESULT_READY:
        return None
    if d.status is Status.RETURNED:
        return _refuse(Refusal.WRONG_STATE, Text(Postal.RETURNED, code=d.code), d.code)
    return _refuse(Refusal.WRONG_STATE, Text(Postal.NO_RESULT_YET, code=d.code, status=d.status.text), d.code)


_FLOWS = {Flow.INTAKE: _intake, Flow.RESULTS: _results, Flow.DELIVERED: _delivered}
