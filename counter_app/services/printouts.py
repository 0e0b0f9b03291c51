"""The slips of a dossier as PDF files, and the supervisors' registers and reports as PDF or Excel files, kept in the
desk's data folder (``slips/``, ``reports/``) or written where asked. Each is read from the store as a ``Printout``
first; drawing it into its file needs no database (the window does that off its database thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counter_app import reports
from counter_app.printing.slip_pdf import write
from counter_app.services import lookup, reception
from counter_app.store.desk import Desk
from counter_core.domain import slips
from counter_core.domain.accounts import User
from counter_core.domain.intake import Intake
from counter_core.domain.status import Status
from counter_core.domain.timeliness import statutory_due, supplement_pauses
from counter_core.foundation.errors import InvalidInput, NotAllowed

SLIPS = ("receipt", "supplement", "refusal", "apology", "stop", "control", "result")
REPORT_FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class Printout:
    """A slip or a report as data, and the file it is to be drawn into (``fmt``: pdf, or xlsx for a report)."""

    content: slips.Slip | reports.Report
    target: Path
    fmt: str = "pdf"

    def write(self) -> Path:
        """Draw the file; the store is not used."""
        if isinstance(self.content, slips.Slip):
            return write(self.content, self.target)
        from counter_app.printing import report_pdf, report_xlsx  # openpyxl: loaded when a report is made, not at start

        return (report_pdf if self.fmt == "pdf" else report_xlsx).write(self.content, self.target)


def build(desk: Desk, code: str, kind: str) -> slips.Slip:
    """The slip ``kind`` of dossier ``code`` as data."""
    dossier = lookup.show(desk, code)
    config, letterhead = desk.config, desk.config.letterhead
    if kind == "receipt":
        if dossier["status"] == Status.REFUSED:
            raise NotAllowed(f"Hồ sơ {code} không được tiếp nhận: in phiếu từ chối (refusal), không in giấy tiếp nhận.")
        return slips.receipt(dossier, letterhead, config.tracking_url)
    if kind == "refusal":
        refused = [e for e in dossier["events"] if e["status"] == Status.REFUSED]
        if not refused:
            raise NotAllowed(f"Hồ sơ {code} không bị từ chối tiếp nhận.")
        return slips.refusal(dossier, letterhead, refused[-1]["note"], datetime.fromisoformat(refused[-1]["at"]))
    if kind == "supplement":
        asked = _last(dossier, "request_supplement", f"Hồ sơ {code} chưa có yêu cầu bổ sung, hoàn thiện.")
        return slips.supplement_request(
            dossier,
            letterhead,
            asked["data"]["items"],
            asked["note"],
            datetime.fromisoformat(asked["at"]),
            asked["user_name"],
        )
    if kind == "apology":
        moved = _last(dossier, "reschedule", f"Hồ sơ {code} chưa được hẹn lại ngày trả kết quả.")
        return slips.apology(dossier, letterhead, moved)
    if kind == "stop":
        stopped = [e for e in dossier["events"] if e["status"] == Status.STOPPED]
        if not stopped:
            raise NotAllowed(f"Hồ sơ {code} chưa bị dừng giải quyết.")
        return slips.stop_notice(dossier, letterhead, stopped[-1])
    if kind == "control":
        return slips.control_slip(dossier, letterhead, desk.clock(), _statutory_due(desk, dossier))
    if kind == "result":
        if dossier["status"] != Status.RETURNED:
            raise NotAllowed(f"Hồ sơ {code} chưa trả kết quả.")
        return slips.result_receipt(dossier, letterhead)
    raise NotAllowed(f'Loại phiếu "{kind}" chưa có. Các loại: {", ".join(SLIPS)}.')


def _statutory_due(desk: Desk, dossier: dict) -> datetime | None:
    """The receipt's appointment moved by the supplement pauses (not by a Mẫu 04): what a result is judged by."""
    first = dossier["first_due_at"]
    changes = [(datetime.fromisoformat(e["at"]), e["status"]) for e in dossier["events"] if e["status"]]
    return statutory_due(datetime.fromisoformat(first) if first else None, supplement_pauses(changes), desk.calendar)


def _last(dossier: dict, kind: str, missing: str) -> dict:
    events = [e for e in dossier["events"] if e["kind"] == kind]
    if not events:
        raise NotAllowed(missing)
    return events[-1]


def guidance_to_file(desk: Desk, intake: Intake, clerk: User, reason: str = "") -> Path:
    """Mẫu 02 for an incomplete intake that is not received, kept in ``slips/`` under the time it was given."""
    return guidance(desk, intake, clerk, reason).write()


def guidance(desk: Desk, intake: Intake, clerk: User, reason: str = "") -> Printout:
    """Mẫu 02 for an incomplete intake (the guidance is recorded in the audit trail), to be drawn."""
    intake, proc, missing = reception.guide_supplement(desk, intake, clerk, reason)
    now = desk.clock()
    applicant = {
        "owner": intake.owner.to_json(),
        "submitter": intake.submitter.to_json() if intake.submitter else None,
        "procedure_name": proc.name,
    }
    slip = slips.supplement_request(
        applicant, desk.config.letterhead, [d.to_json() for d in missing], reason, now, clerk.full_name
    )
    target = desk.store.path.parent / "slips" / f"huong-dan-{now:%Y%m%d-%H%M%S}-{intake.owner.id_number}.pdf"
    return Printout(slip, target)


def print_to_file(desk: Desk, code: str, kind: str, out: Path | None = None) -> Path:
    """Render the slip to ``out``, or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    return slip(desk, code, kind, out).write()


def slip(desk: Desk, code: str, kind: str, out: Path | None = None) -> Printout:
    """The slip ``kind`` of dossier ``code``, to be drawn to ``out`` or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    return Printout(build(desk, code, kind), out or desk.store.path.parent / "slips" / f"{code}-{kind}.pdf")


def report_to_file(
    desk: Desk,
    kind: str,
    period: reports.Period,
    fmt: str,
    columns: list[str] | None = None,
    out: Path | None = None,
    view: str = "competent",
) -> Path:
    """The report ``kind`` of ``period`` as ``fmt`` (pdf or xlsx), written to ``out`` or to
    ``<data folder>/reports/<kind>-<from>-<to>.<fmt>``."""
    return report(desk, kind, period, fmt, columns, out, view).write()


def report(
    desk: Desk,
    kind: str,
    period: reports.Period,
    fmt: str,
    columns: list[str] | None = None,
    out: Path | None = None,
    view: str = "competent",
) -> Printout:
    """The report ``kind`` of ``period``, to be drawn as ``fmt`` (pdf or xlsx); ``view`` as ``reports.build``."""
    if fmt not in REPORT_FORMATS:
        raise InvalidInput("format", f'Định dạng "{fmt}" không hỗ trợ: chọn --format pdf hoặc --format xlsx.')
    target = out or desk.store.path.parent / "reports" / f"{kind}-{period.start}-{period.end}.{fmt}"
    return Printout(reports.build(desk, kind, period, columns, view), target, fmt)
