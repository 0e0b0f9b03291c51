"""Fees and charges (phí, lệ phí): fixed, per unit, per page in tiers with a cap, free by law, left to the province;
the exemptions a procedure allows, and the fee a dossier was charged, as its receipt prints it."""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_core.domain.fields import text, whole
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.formatting import money, money_in_words
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Fees, Values
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
class Exemption:
    """Who does not pay (hộ nghèo, người có công …) and the legal ground that says so."""

    name: str
    ground: str = ""

    @classmethod
    def from_json(cls, data: object, where: Text | str) -> Exemption:
        """A name alone (as a catalog lists them) or ``{"name", "ground"}`` (as a fee table does)."""
        if isinstance(data, str):
            data = {"name": data}
        try:
            if not isinstance(data, dict):
                raise Problem(Fees.EXEMPTION_SHAPE)
            exemption = cls(text(data, "name"), text(data, "ground"))
        except ValueError as exc:
            raise InvalidInput("exemptions", Fees.EXEMPTION_INVALID, where=where, reason=exc) from exc
        if not exemption.name:
            raise InvalidInput("exemptions", Fees.EXEMPTION_NAME_MISSING, where=where)
        return exemption


PENDING = "Theo Nghị quyết của HĐND tỉnh (quầy chưa có biểu mức thu của tỉnh)"


@dataclass(frozen=True)
class Fee:
    """What a dossier owes, as computed when it was received: the amount and how it was reached, the exemption
    (picked at reception, or the law's for a procedure free by law) and its ground, the province's fee table
    (its resolution) the amount or the exemption came from, and whether the province's amount was unknown."""

    amount: int
    explanation: str
    exemption: str | None = None
    ground: str = ""
    resolution: str = ""
    pending: bool = False

    def printed(self) -> str:
        """The receipt's "Phí, lệ phí" line."""
        if self.pending:
            return PENDING
        if self.amount:
            out = f"{money(self.amount)} ({money_in_words(self.amount)})"
            if self.explanation and self.explanation != money(self.amount):
                out += f"; {self.explanation}"
            return out + (f"; căn cứ {self.ground}" if self.ground else "")
        if self.exemption:
            return f"Miễn lệ phí — {self.exemption}" + (f" (căn cứ {self.ground})" if self.ground else "")
        return self.explanation

    def to_json(self) -> JsonObject:
        out: JsonObject = {"amount": self.amount, "explanation": self.explanation}
        for key in ("exemption", "ground", "resolution", "pending"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out

    @classmethod
    def from_json(cls, data: object) -> Fee:
        """A fee kept with a dossier, read strictly (it may come from another desk); ValueError otherwise."""
        if not isinstance(data, dict):
            raise Problem(Values.NOT_A_JSON_OBJECT)
        pending = data.get("pending", False)
        if not isinstance(pending, bool):
            raise Problem(Values.NOT_TRUE_OR_FALSE, key="pending")
        return cls(
            whole(data.get("amount"), 0, MAX_MONEY),
            text(data, "explanation"),
            text(data, "exemption") or None,
            text(data, "ground"),
            text(data, "resolution"),
            pending,
        )


@dataclass(frozen=True)
class FeeRule:
    kind: str
    amount: int = 0
    unit: str = ""
    tiers: tuple[PageTier, ...] = field(default=())
    cap_per_copy: int | None = None
    typical: int | None = None
    note: str = ""
    ground: str = ""  # the text that sets the amount, or that makes the procedure free (Luật Hộ tịch, Điều 11)

    @classmethod
    def from_json(cls, data: JsonObject, where: Text | str = "") -> FeeRule:
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
                ground=text(data, "ground"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput("fee", Fees.RULE_INVALID, where=where, reason=exc) from exc
        if kind in ("fixed", "per_unit") and rule.amount <= 0:
            raise InvalidInput("fee", Fees.AMOUNT_MISSING, where=where)
        if kind == "per_page" and (not rule.tiers or rule.tiers[0].from_page != 1):
            raise InvalidInput("fee", Fees.PAGES_FROM_ONE, where=where)
        return rule

    def to_json(self) -> JsonObject:
        out: JsonObject = {"kind": self.kind}
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
        if self.ground:
            out["ground"] = self.ground
        return out

    def page_fee(self, pages: int) -> int:
        """The fee of one copy of ``pages`` pages under the tiers, capped."""
        total = 0
        for tier in self.tiers:
            last = min(pages, tier.to_page or pages)
            if last >= tier.from_page:
                total += (last - tier.from_page + 1) * tier.amount
        return min(total, self.cap_per_copy) if self.cap_per_copy is not None else total

    def compute(self, request: FeeRequest) -> Fee:
        """The amount this rule asks for ``request`` and how it was reached, in Vietnamese (no exemption here)."""
        if request.quantity < 1:
            raise InvalidInput("quantity", Fees.QUANTITY_AT_LEAST_ONE)
        if self.kind == "free":
            if self.ground:  # free by law: counted as an exemption, with its ground
                return Fee(0, "Miễn lệ phí", self.note or "Miễn lệ phí theo quy định", self.ground)
            return Fee(0, self.note or "Không thu phí, lệ phí")
        if self.kind == "set_by_province":
            return Fee(0, PENDING, pending=True)
        if self.kind == "fixed":
            return Fee(self.amount, money(self.amount), ground=self.ground)
        if self.kind == "per_unit":
            unit = self.unit or "bản"
            return Fee(
                self.amount * request.quantity,
                f"{money(self.amount)}/{unit} × {request.quantity} {unit}",
                ground=self.ground,
            )
        if request.pages < 1:
            raise InvalidInput("pages", Fees.PAGES_NEEDED)
        per_copy = self.page_fee(request.pages)
        return Fee(
            per_copy * request.quantity,
            f"{money(per_copy)}/bản ({request.pages} trang) × {request.quantity} bản",
            ground=self.ground,
        )
