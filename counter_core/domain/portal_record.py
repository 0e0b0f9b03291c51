"""A procedure record of the national public service portal (the JSON dichvucong.gov.vn serves for a procedure,
``{"code": "OK", "data": {…}}``) read into a catalog procedure: name, field, times per channel and case, fees and
exemptions, papers, legal basis, and the record itself as the source.

What the record says that a catalog cannot hold, says twice in different ways, or says in words this reader does not
know is reported as a finding (``findings.py``), never dropped silently. The portal's known quirks (DVCQG-2026, see
the catalog audit): hộ tịch times stored with the unit OTHER, cases whose names are all the procedure's name,
cases whose time contradicts the channels, fractions of a working day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from counter_core.domain.fees import Exemption, FeeRule
from counter_core.domain.findings import Finding, Kind
from counter_core.domain.procedure import (
    MAX_AMOUNT,
    MAX_COUNT,
    Catalog,
    DocumentComponent,
    Procedure,
    ProcedureCase,
    ProcessingTime,
    TimeUnit,
)
from counter_core.domain.provenance import Source
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Imports
from counter_core.foundation.text import fold, nfc

PORTAL_URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{id}"
_CODE = re.compile(r"[0-9]\.[0-9]{6}")
_UNITS = {"WORKING_DAY": TimeUnit.WORKING_DAYS, "DAY": TimeUnit.CALENDAR_DAYS, "HOUR": TimeUnit.WORKING_HOURS}
_UNIT_WORDS = {"WORKING_DAY": "ngày làm việc", "DAY": "ngày", "HOUR": "giờ", "MONTH": "tháng", "OTHER": "(OTHER)"}
HOURS_PER_DAY = 8

# The fields of a record this reader knows: those it reads, and those it leaves out on purpose (identifiers,
# agencies and flags a counter does not use). Any other is reported.
READ = {
    "code", "codeNotation", "name", "category", "categoriesDetails", "executionMethods", "cases", "executionCases",
    "legalBasisesDetails", "procedureProposal", "updatedAt", "id", "isWard", "state", "fees", "note",
}  # fmt: skip
LEFT_OUT = {
    "executionSteps", "description", "decisionNo", "formalityTargetType", "formalityType", "isInternal", "type",
    "isProvince", "isMinistry", "isOtherAgency", "isUndetermined", "isVertical", "isFullProcess", "isSharedService",
    "keywords", "categoryIds", "serviceGroupIds", "legalBasisIds", "resultIds", "subjectTypeIds",
    "departmentExecutingIds", "departmentAuthorityIds", "departmentAuthorizedIds", "departmentCoordinatingIds",
    "departmentDetails", "departmentsExecuting", "departmentsAuthority", "departmentsAuthorized",
    "departmentsCoordinating", "unitGroupExecutingIds", "unitGroupAuthorityIds", "unitGroupAuthorizedIds",
    "unitGroupCoordinatingIds", "unitGroupsExecuting", "unitGroupsAuthority", "unitGroupsAuthorized",
    "unitGroupsCoordinating", "serviceGroupsDetails", "resultsDetails", "subjectTypesDetails",
    "departmentPromulgateId", "departmentPromulgateCode", "departmentPromulgateName", "createdAt",
    "profileComponents", "targetObjects", "executingAgencies", "authorizedAgencies", "dossierReceivingAddresses",
    "delegatedAgencies", "coordinatingAgencies", "requirementsAndConditions", "procedureRelatedGroup",
    "isOfflineOnly", "isNonTerritorial", "returningMethods",
}  # fmt: skip
METHOD_FIELDS = {"submissionMethod", "processingTime", "processingTimeUnit", "description", "fees"}
FEE_FIELDS = {"type", "value", "description", "currencyId", "currencyName", "attachment"}
CASE_FIELDS = {"id", "name", "code", "processingDay", "profileComponents"}
PAPER_FIELDS = {
    "profileComponentId", "originalQty", "copyQty", "required", "hasElectronicForm", "name", "code", "attachments",
    "isProcessingResult", "source",
}  # fmt: skip
NOTES = ("luu y",)  # groups of papers that are only notes
OPTIONAL = ("truong hop", "neu ", "doi voi")  # a paper asked for only in some cases (folded words)
_EXEMPT = re.compile(r"miễn (?:phí, )?lệ phí (?:đối với|cho) (.+?)(?:\.|$)", re.IGNORECASE)


@dataclass(frozen=True)
class PortalRead:
    """The procedure read from one record (None if it could not be read at all) and what to check."""

    code: str
    procedure: Procedure | None
    findings: tuple[Finding, ...]
    updated: datetime | None = None


class _Reader:
    def __init__(self, data: JsonObject) -> None:
        self.data = data
        self.code = str(data.get("code") or "").strip()
        self.findings: list[Finding] = []

    def note(self, kind: Kind, field: str, message: str) -> None:
        self.findings.append(Finding(self.code, kind, field, message))

    def unknown(self, value: object, known: set[str], where: str) -> None:
        if isinstance(value, dict):
            for key in sorted(set(value) - known):
                self.note(Kind.UNKNOWN_FIELD, f"{where}{key}", f"trường {key!r} chưa được Counter đọc: bỏ qua")

    def items(self, key: str) -> list[JsonObject]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            self.note(Kind.INCONSISTENT, key, "không phải một danh sách: bỏ qua")
            return []
        return [x for x in value if isinstance(x, dict)]

    # -- times --------------------------------------------------------------------------------
    def time(self, qty: object, unit: object, where: str) -> ProcessingTime | None:
        """A time of the record as the catalog holds it; None (with a finding) when it cannot be."""
        if isinstance(qty, bool) or not isinstance(qty, (int, float)) or qty < 0:
            self.note(Kind.MISSING, where, f"thời hạn {qty!r} không phải một số")
            return None
        words = _UNIT_WORDS.get(str(unit), str(unit))
        if unit not in _UNITS:
            self.note(Kind.UNSUPPORTED, where, f"đơn vị thời hạn {words} ({qty} {words}) chưa dùng được")
            return None
        if qty == 0:
            self.note(Kind.MISSING, where, f"thời hạn 0 {words}")
            return None
        if qty != int(qty):
            if unit != "WORKING_DAY" or (qty * HOURS_PER_DAY) != int(qty * HOURS_PER_DAY):
                self.note(Kind.UNSUPPORTED, where, f"thời hạn lẻ {qty} {words} chưa dùng được")
                return None
            hours = int(qty * HOURS_PER_DAY)
            self.note(Kind.GUESS, where, f"{qty} ngày làm việc tính thành {hours} giờ làm việc (8 giờ một ngày)")
            return ProcessingTime(TimeUnit.WORKING_HOURS, hours)
        if qty > MAX_AMOUNT:
            self.note(Kind.UNSUPPORTED, where, f"thời hạn {qty} {words} quá dài (tối đa {MAX_AMOUNT})")
            return None
        return ProcessingTime(_UNITS[unit], int(qty))

    def method_time(self, method: JsonObject, cases: list[JsonObject]) -> ProcessingTime | None:
        where = f"executionMethods[{method.get('submissionMethod')}].processingTime"
        qty, unit = method.get("processingTime"), method.get("processingTimeUnit")
        if unit == "OTHER" and isinstance(qty, (int, float)) and qty:
            same = [c for c in cases if (c.get("processingDay") or {}).get("qty") == qty]
            if same:
                day = same[0]["processingDay"]
                self.note(
                    Kind.GUESS,
                    where,
                    f"đơn vị OTHER: lấy đơn vị của trường hợp {same[0].get('code')} "
                    f"({qty} {_UNIT_WORDS.get(day.get('type'), day.get('type'))})",
                )
                unit = day.get("type")
        return self.time(qty, unit, where)

    def processing(self) -> tuple[ProcessingTime | None, ProcessingTime | None, str]:
        """The time of direct filing (or the first channel's), the online one when it differs, and the channel's
        own words about the time."""
        methods = self.items("executionMethods")
        for n, method in enumerate(methods):
            self.unknown(method, METHOD_FIELDS, f"executionMethods[{n}].")
        cases = self.items("cases")
        by_channel = {m.get("submissionMethod"): m for m in methods}
        direct = by_channel.get("DIRECT") or (methods[0] if methods else None)
        if direct is None:
            self.note(Kind.MISSING, "executionMethods", "không có phương thức thực hiện: không có thời hạn")
            return None, None, ""
        base = self.method_time(direct, cases)
        online = None
        as_written = (direct.get("processingTime"), direct.get("processingTimeUnit"))
        for channel, method in by_channel.items():
            if method is direct or (method.get("processingTime"), method.get("processingTimeUnit")) == as_written:
                continue  # the same words as direct filing: said once
            other = self.method_time(method, cases)
            if other is None or other == base:
                continue
            if channel == "ONLINE":
                online = other
            else:
                self.note(
                    Kind.UNSUPPORTED,
                    f"executionMethods[{channel}].processingTime",
                    f"thời hạn riêng của phương thức {channel} ({other.phrase()}) chưa dùng được: dùng thời hạn nộp "
                    "trực tiếp",
                )
        text = nfc(str(direct.get("description") or ""))
        return base, online, text

    def cases(self, base: ProcessingTime | None) -> tuple[ProcedureCase, ...]:
        """The record's cases whose time differs from the procedure's: a clerk chooses among them."""
        out: list[ProcedureCase] = []
        seen: set[str] = set()
        name = fold(str(self.data.get("name") or ""))
        rows = self.items("cases")
        names = [fold(str(c.get("name") or "")) for c in rows]
        for n, case in enumerate(rows):
            self.unknown(case, CASE_FIELDS, f"cases[{n}].")
            key = str(case.get("code") or "").strip().lower()
            if key in seen:
                self.note(Kind.INCONSISTENT, f"cases[{n}].code", f"mã trường hợp {key} ghi hai lần: bỏ bản sau")
                continue
            seen.add(key)
            day = case.get("processingDay") or {}
            time = self.time(day.get("qty"), day.get("type"), f"cases[{n}].processingDay")
            if time is None or time == base:
                continue
            label = nfc(str(case.get("name") or ""))
            if not label or fold(label) == name or names.count(fold(label)) > 1:
                self.note(
                    Kind.INCONSISTENT,
                    f"cases[{n}]",
                    f"trường hợp {key} ({time.phrase()}) khác thời hạn chung ({base.phrase() if base else 'không có'}) "
                    "nhưng không có tên riêng: tỉnh cần ghi rõ khi nào áp dụng",
                )
                label = f"Trường hợp {key} trên Cổng DVCQG ({time.phrase()})"
            if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]{0,39}", key):
                key = f"truong-hop-{n + 1}"
            out.append(ProcedureCase(key, label, time))
        return tuple(out)

    # -- fees ---------------------------------------------------------------------------------
    def fee(self) -> tuple[FeeRule, tuple[Exemption, ...]]:
        """The fee of direct filing: left to the province when its words say so, else its amount, else free; the
        exemptions its words name."""
        methods = self.items("executionMethods")
        if self.items("fees"):
            self.note(Kind.UNKNOWN_FIELD, "fees", "phí, lệ phí ở cấp thủ tục chưa được đọc: dùng phí của phương thức")
        by_channel = {m.get("submissionMethod"): m for m in methods}
        direct = by_channel.get("DIRECT") or (methods[0] if methods else {})
        fees = [f for f in direct.get("fees") or [] if isinstance(f, dict)]
        for n, fee in enumerate(fees):
            self.unknown(fee, FEE_FIELDS, f"executionMethods[DIRECT].fees[{n}].")
        amounts = _amounts(direct)
        for channel, method in by_channel.items():
            if method is not direct and _amounts(method) != amounts:
                self.note(
                    Kind.UNSUPPORTED,
                    f"executionMethods[{channel}].fees",
                    f"mức thu của phương thức {channel} ({_money(_amounts(method))}) khác nộp trực tiếp "
                    f"({_money(amounts)}): Counter dùng mức nộp trực tiếp",
                )
        words = " ".join(dict.fromkeys(nfc(str(f.get("description") or "")) for f in fees)).strip()
        names = [
            nfc(part)
            for match in _EXEMPT.finditer(words)
            for part in re.split(r";|,(?= người)", match.group(1))
            if nfc(part)
        ]
        exemptions = tuple(Exemption(n[:1].upper() + n[1:]) for n in dict.fromkeys(names))
        if exemptions:
            self.note(
                Kind.GUESS,
                "executionMethods[DIRECT].fees.description",
                "đối tượng miễn đọc từ lời văn: " + "; ".join(e.name for e in exemptions) + " (chưa có căn cứ pháp lý)",
            )
        note = nfc(words[:500])  # a text cut short ends without a space, as a catalog file reads it back
        if "hội đồng nhân dân" in words.lower() or "hđnd" in words.lower():
            return FeeRule("set_by_province", note=note), exemptions
        if amounts:
            if len(amounts) > 1:
                self.note(
                    Kind.UNSUPPORTED,
                    "executionMethods[DIRECT].fees",
                    f"{len(amounts)} mức thu ({_money(amounts)}): chỉ lấy mức đầu, cần kiểm tra",
                )
            return FeeRule("fixed", amounts[0], note=note), exemptions
        if not words:
            self.note(
                Kind.GUESS, "executionMethods[DIRECT].fees", "không ghi mức thu hay lời giải thích: coi là không thu"
            )
        return FeeRule("free", note=note), exemptions

    # -- papers, basis, source --------------------------------------------------------------------
    def documents(self) -> tuple[DocumentComponent, ...]:
        papers: dict[str, DocumentComponent] = {}
        groups = [
            g for g in self.items("executionCases") if not fold(str(g.get("name") or "")).strip("* ").startswith(NOTES)
        ]
        if len([g for g in groups if str(g.get("name") or "").strip()]) > 2:
            self.note(
                Kind.GUESS,
                "executionCases",
                f"{len(groups)} nhóm giấy tờ (theo từng trường hợp) được gộp làm một danh sách: cán bộ đánh dấu giấy "
                "tờ của trường hợp đang tiếp nhận",
            )
        for g, group in enumerate(groups):
            for n, paper in enumerate(group.get("profileComponents") or []):
                if not isinstance(paper, dict):
                    continue
                self.unknown(paper, PAPER_FIELDS, f"executionCases[{g}].profileComponents[{n}].")
                counts = [paper.get(k) for k in ("originalQty", "copyQty")]
                if paper.get("isProcessingResult") or not all(isinstance(c, int) and c >= 0 for c in counts):
                    continue
                original, copy = (min(int(c or 0), MAX_COUNT) for c in counts)
                name = nfc(re.sub(r"^[\s\-+*•]+", "", str(paper.get("name") or ""))).rstrip(":;")
                if not name or not original + copy:
                    continue  # a note among the papers
                optional = fold(name).startswith(OPTIONAL) or "(neu co" in fold(name)
                papers.setdefault(name, DocumentComponent(name, original=original, copy=copy, required=not optional))
        if papers:
            self.note(
                Kind.GUESS,
                "executionCases.profileComponents.required",
                "Cổng không ghi giấy tờ nào là bắt buộc: giấy tờ ghi “trường hợp…”, “nếu…” được coi là không bắt buộc",
            )
        else:
            self.note(Kind.MISSING, "executionCases", "không có thành phần hồ sơ nào có số lượng")
        return tuple(papers.values())

    def legal_basis(self) -> tuple[str, ...]:
        out = [nfc(str(b.get("name") or b.get("code") or "")) for b in self.items("legalBasisesDetails")]
        proposal = self.data.get("procedureProposal") or {}
        if isinstance(proposal, dict) and proposal.get("proposalNumber"):
            out.append(f"Quyết định công bố số {nfc(str(proposal['proposalNumber']))}")
        return tuple(dict.fromkeys(b for b in out if b))

    def updated(self) -> datetime | None:
        stamp = self.data.get("updatedAt")
        if isinstance(stamp, (int, float)) and not isinstance(stamp, bool) and 0 < stamp < 10**14:
            return datetime.fromtimestamp(stamp / 1000, UTC)
        self.note(Kind.MISSING, "updatedAt", "không có ngày cập nhật")
        return None


def _amounts(method: JsonObject) -> list[int]:
    """The amounts (đồng) a channel asks for, in order; fractions of a đồng are not fees."""
    values = [f.get("value") for f in method.get("fees") or [] if isinstance(f, dict)]
    return [int(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0]


def _money(amounts: list[int]) -> str:
    return ", ".join(f"{a} đ" for a in amounts) or "không thu"


def read_record(record: object) -> PortalRead:
    """One record of the portal, or its ``data``; a list entry of the portal's catalogue (no times, no fees) is
    reported as such."""
    data = record.get("data") if isinstance(record, dict) and isinstance(record.get("data"), dict) else record
    if not isinstance(data, dict):
        return PortalRead("", None, (Finding("", Kind.MISSING, "", "không phải hồ sơ TTHC (đối tượng JSON)"),))
    reader = _Reader(data)
    code = reader.code
    if not _CODE.fullmatch(code):
        reader.note(Kind.MISSING, "code", f"mã thủ tục {code[:40]!r} không đúng dạng mã quốc gia: bỏ qua hồ sơ")
        return PortalRead(code, None, tuple(reader.findings))
    if "executionMethods" not in data:
        reader.note(
            Kind.MISSING,
            "executionMethods",
            "dòng danh mục (không có thời hạn, phí, giấy tờ): cần hồ sơ chi tiết của thủ tục trên Cổng",
        )
        return PortalRead(code, None, tuple(reader.findings))
    reader.unknown(data, READ | LEFT_OUT, "")
    if str(data.get("codeNotation") or code) != code:
        reader.note(Kind.INCONSISTENT, "codeNotation", f"ký hiệu {data.get('codeNotation')!r} khác mã {code}")
    if data.get("isWard") is not True:
        reader.note(Kind.SCOPE, "isWard", "Cổng không ghi thủ tục này thuộc cấp xã")
    if data.get("state") not in ("ACTIVE", "UPDATED"):
        reader.note(Kind.INCONSISTENT, "state", f"trạng thái {data.get('state')!r} trên Cổng: thủ tục có thể đã bãi bỏ")
    base, online, time_words = reader.processing()
    cases = reader.cases(base)
    if base is None:
        reader.note(Kind.MISSING, "processing", "không xác định được thời hạn: ghi “chờ tỉnh xác nhận”")
        base = ProcessingTime(TimeUnit.NO_FIXED_DATE, unconfirmed=True)
    fee, exemptions = reader.fee()
    updated = reader.updated()
    category = data.get("category") or next(iter(reader.items("categoriesDetails")), {})
    name = nfc(str(data.get("name") or ""))
    if not name:
        reader.note(Kind.MISSING, "name", "không có tên thủ tục: bỏ qua hồ sơ")
        return PortalRead(code, None, tuple(reader.findings), updated)
    source = Source(
        f"Cổng DVCQG, hồ sơ TTHC {code}",
        "V",
        PORTAL_URL.format(id=data["id"]) if data.get("id") else "",
        updated.date() if updated else None,
        "nhập từ hồ sơ TTHC: thời hạn, phí, lệ phí, giấy tờ, căn cứ pháp lý",
    )
    procedure = Procedure(
        code=code,
        name=name,
        field=nfc(str(category.get("name") or "")) if isinstance(category, dict) else "",
        processing=base,
        online_processing=online,
        fee=fee,
        exemptions=exemptions,
        documents=reader.documents(),
        processing_note=nfc(time_words[:1000]),
        tag="V",
        cases=cases,
        legal_basis=reader.legal_basis(),
        sources=(source,),
    )
    return PortalRead(code, procedure, tuple(reader.findings), updated)


def catalog_from_records(
    records: list[object], version: str, effective_from: date, issuer: str
) -> tuple[Catalog, tuple[Finding, ...]]:
    """A catalog version from portal records, with every finding; a procedure given twice keeps its newest record.
    InvalidInput if no record could be read."""
    kept: dict[str, PortalRead] = {}
    findings: list[Finding] = []
    for record in records:
        read = read_record(record)
        findings += read.findings
        if read.procedure is None:
            continue
        earlier = kept.get(read.code)
        if earlier is not None:
            findings.append(
                Finding(read.code, Kind.INCONSISTENT, "code", "hai hồ sơ cùng mã thủ tục: giữ bản cập nhật sau")
            )
            read = max(earlier, read, key=lambda r: r.updated or datetime.min.replace(tzinfo=UTC))
        kept[read.code] = read
    if not kept:
        raise InvalidInput("procedures", Imports.NO_PROCEDURE_READ)
    procedures = tuple(sorted((r.procedure for r in kept.values() if r.procedure), key=lambda p: p.code))
    return Catalog(nfc(version), effective_from, nfc(issuer), procedures), tuple(findings)
