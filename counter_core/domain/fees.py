"""Fees and charges (phí, lệ phí): fixed, per unit, per page in tiers with a cap, and exemptions."""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_core.domain.fields import text, whole
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.formatting import money
from counter_core.foundation.messages import Fees, Values
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text

KINDS = ("free", "fixed", "per_unit", "per_page", "set_by_province")
MAX_MONEY = 10**12  # đồng: above any fee, as the sync protocol allows
MAX_PAGES = 10**6


@dataclass(frozen=True)
class PageTier:
    from_page: int
    amount: int
    to_page: int | None = None


@dataclass(frozen=True)
class FeeRequest:
    """What the clerk enters for the fee: units (bản, trường hợp), pages per copy, exemption."""

    quantity: int = 1
    pages: int = 0
    exemption: str | None = None


@dataclass(frozen=True)
class Fee:
    amount: int
    explanation: str


@dataclass(frozen=True)
class FeeRule:
    kind: str
    amount: int = 0
    unit: str = ""
    tiers: tuple[PageTier, ...] = field(default=())
    cap_per_copy: int | None = None
    typical: int | None = None
    note: str = ""

    @classmethod
    def from_json(cls, data: dict, where: Text | str = "") -> FeeRule:
        """The fee rule of a catalog entry; ``where`` (``Catalog.PROCEDURE``) begins each message."""
        kind = data.get("kind") if isinstance(data, dict) else None
        if kind not in KINDS:
            raise InvalidInput("fee", Fees.KIND_UNKNOWN, where=where, kind=repr(str(kind)[:40]), kinds=", ".join(KINDS))
        try:
            tiers = data.get("tiers") or []
            if not isinstance(tiers, list):
                raise Problem(Values.NOT_A_LIST, key="tiers")
            rule = cls(
                kind=kind,
                amount=whole(data.get("amount", 0), 0, MAX_MONEY),
                unit=text(data, "unit"),
                tiers=tuple(
                    PageTier(
                        whole(t["from_page"], 1, MAX_PAGES),
                        whole(t["amount"], 0, MAX_MONEY),
                        whole(t["to_page"], 1, MAX_PAGES) if t.get("to_page") else None,
                    )
                    for t in tiers
                ),
                cap_per_copy=None if data.get("cap_per_copy") is None else whole(data["cap_per_copy"], 0, MAX_MONEY),
                typical=None if data.get("typical") is None else whole(data["typical"], 0, MAX_MONEY),
                note=text(data, "note"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput("fee", Fees.RULE_INVALID, where=where, reason=exc) from exc
        if kind in ("fixed", "per_unit") and rule.amount <= 0:
            raise InvalidInput("fee", Fees.AMOUNT_MISSING, where=where)
        if kind == "per_page" and (not rule.tiers or rule.tiers[0].from_page != 1):
            raise InvalidInput("fee", Fees.PAGES_FROM_ONE, where=where)
        return rule

    def to_json(self) -> dict:
        out: dict = {"kind": self.kind}
        if self.amount:
            out["amount"] = self.amount
        if self.unit:
            out["unit"] = self.unit
        if self.tiers:
            out["tiers"] = [
                {"from_page": t.from_page, **({"to_page": t.to_page} if t.to_page else {}), "amount": t.amount}
                for t in self.tiers
            ]
        if self.cap_per_copy is not None:
            out["cap_per_copy"] = self.cap_per_copy
        if self.typical is not None:
            out["typical"] = self.typical
        if self.note:
            out["note"] = self.note
        return out

    def page_fee(self, pages: int) -> int:
        """The fee of one copy of ``pages`` pages under the tiers, capped."""
        total = 0
        for tier in self.tiers:
            last = min(pages, tier.to_page or pages)
            if last >= tier.from_page:
                total += (last - tier.from_page + 1) * tier.amount
        return min(total, self.cap_per_copy) if self.cap_per_copy is not None else total

    def compute(self, request: FeeRequest, exemptions: tuple[str, ...] = ()) -> Fee:
        """The amount due and how it was reached, in Vietnamese."""
        if request.quantity < 1:
            raise InvalidInput("quantity", Fees.QUANTITY_AT_LEAST_ONE)
        if request.exemption:
            exemption = nfc(request.exemption)
            if exemption not in exemptions:
                raise InvalidInput("exemption", Fees.NO_SUCH_EXEMPTION, exemption=exemption)
            return Fee(0, f"Miễn phí, lệ phí ({exemption})")
        if self.kind == "free":
            return Fee(0, self.note or "Không thu phí, lệ phí")
        if self.kind == "set_by_province":
            return Fee(0, "Mức thu theo Nghị quyết HĐND tỉnh (chưa có trong danh mục)")
        if self.kind == "fixed":
            return Fee(self.amount, money(self.amount))
        if self.kind == "per_unit":
            unit = self.unit or "bản"
            return Fee(self.amount * request.quantity, f"{money(self.amount)}/{unit} × {request.quantity} {unit}")
        if request.pages < 1:
            raise InvalidInput("pages", Fees.PAGES_NEEDED)
        per_copy = self.page_fee(request.pages)
        return Fee(
            per_copy * request.quantity, f"{money(per_copy)}/bản ({request.pages} trang) × {request.quantity} bản"
        )
