"""The slips of a dossier as PDF files, and the supervisors' registers and reports as PDF or Excel files, kept in the
desk's data folder (``slips/``, ``reports/``) or written where asked."""

from __future__ import annotations

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
from counter_core.foundation.messages import Dossiers, Reports
from counter_core.foundation.texts import Msg

SLIPS = ("receipt", "supplement", "refusal", "apology", "stop", "control", "result")
REPORT_FORMATS = ("pdf", "xlsx")


def build(desk: Desk, code: str, kind: str) -> slips.Slip:
    """The slip ``kind`` of dossier ``code`` as data."""
    dossier = lookup.show(desk, code)
    config, letterhead = desk.config, desk.config.letterhead
    if kind == "receipt":
        if dossier["status"] == Status.REFUSED:
            raise NotAllowed(Dossiers.REFUSED_NO_RECEIPT, code=code)
        return slips.receipt(dossier, letterhead, config.tracking_url)
    if kind == "refusal":
        refused = [e for e in dossier["events"] if e["status"] == Status.REFUSED]
        if not refused:
            raise NotAllowed(Dossiers.NOT_REFUSED, code=code)
        return slips.refusal(dossier, letterhead, refused[-1]["note"], datetime.fromisoformat(refused[-1]["at"]))
    if kind == "supplement":
        asked = _last(dossier, "request_supplement", Dossiers.NO_SUPPLEMENT_REQUEST)
        return slips.supplement_request(
            dossier,
            letterhead,
            asked["data"]["items"],
            asked["note"],
            datetime.fromisoformat(asked["at"]),
            asked["user_name"],
        )
    if kind == "apology":
        moved = _last(dossier, "reschedule", Dossiers.NOT_RESCHEDULED)
        return slips.apology(dossier, letterhead, moved)
    if kind == "stop":
        stopped = [e for e in dossier["events"] if e["status"] == Status.STOPPED]
        if not stopped:
            raise NotAllowed(Dossiers.NOT_STOPPED, code=code)
        return slips.stop_notice(dossier, letterhead, stopped[-1])
    if kind == "control":
        return slips.control_slip(dossier, letterhead, desk.clock(), _statutory_due(desk, dossier))
    if kind == "result":
        if dossier["status"] != Status.RETURNED:
            raise NotAllowed(Dossiers.NOT_RETURNED, code=code)
        return slips.result_receipt(dossier, letterhead)
    raise NotAllowed(Dossiers.SLIP_UNKNOWN, kind=kind, kinds=", ".join(SLIPS))


def _statutory_due(desk: Desk, dossier: dict) -> datetime | None:
    """The receipt's appointment moved by the supplement pauses (not by a Mẫu 04): what a result is judged by."""
    first = dossier["first_due_at"]
    changes = [(datetime.fromisoformat(e["at"]), e["status"]) for e in dossier["events"] if e["status"]]
    return statutory_due(datetime.fromisoformat(first) if first else None, supplement_pauses(changes), desk.calendar)


def _last(dossier: dict, kind: str, missing: Msg) -> dict:
    """The dossier's last event of ``kind``; NotAllowed with ``missing`` (about the dossier's code) if it has none."""
    events = [e for e in dossier["events"] if e["kind"] == kind]
    if not events:
        raise NotAllowed(missing, code=dossier["code"])
    return events[-1]


def guidance_to_file(desk: Desk, intake: Intake, clerk: User, reason: str = "") -> Path:
    """Mẫu 02 for an incomplete intake that is not received, kept in ``slips/`` under the time it was given."""
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
    return write(slip, desk.store.path.parent / "slips" / f"huong-dan-{now:%Y%m%d-%H%M%S}-{intake.owner.id_number}.pdf")


def print_to_file(desk: Desk, code: str, kind: str, out: Path | None = None) -> Path:
    """Render the slip to ``out``, or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    slip = build(desk, code, kind)
    target = out or desk.store.path.parent / "slips" / f"{code}-{kind}.pdf"
    return write(slip, target)


def report_to_file(
    desk: Desk,
    kind: str,
    period: reports.Period,
    fmt: str,
    columns: list[str] | None = None,
    out: Path | None = None,
    view: str = "competent",
) -> Path:
    """The report ``kind`` of ``period`` as ``fmt`` (pdf or xlsx), read over its own connection (a worker may call
    it), written to ``out`` or to ``<data folder>/reports/<kind>-<from>-<to>.<fmt>``."""
    from counter_app.printing import report_pdf, report_xlsx  # openpyxl: loaded when a report is made, not at start

    if fmt not in REPORT_FORMATS:
        raise InvalidInput("format", Reports.UNKNOWN_FORMAT, format=fmt)
    target = out or desk.store.path.parent / "reports" / f"{kind}-{period.start}-{period.end}.{fmt}"
    with desk.reading() as reader:
        report = reports.build(reader, kind, period, columns, view)
    return (report_pdf if fmt == "pdf" else report_xlsx).write(report, target)
