"""The slips of a dossier as PDF files, and the supervisors' registers and reports as PDF or Excel files, kept in the
desk's data folder (``slips/``, ``reports/``) or written where asked. Each is read from the store as a ``Printout``
first; drawing it into its file needs no database (the window does that off its database thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counter_app import reports
from counter_app.printing.files import Progress
from counter_app.printing.slip_pdf import write
from counter_app.services import attachments, lookup, reception
from counter_app.store.desk import Desk
from counter_core.domain import policy, slips
from counter_core.domain.accounts import User
from counter_core.domain.attachments import Role
from counter_core.domain.dossier import Dossier, Event
from counter_core.domain.facts import reception_of_intake
from counter_core.domain.intake import Intake
from counter_core.domain.status import Status
from counter_core.domain.timeliness import statutory_due, supplement_pauses
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Reports

SLIPS = tuple(policy.SLIPS)
REPORT_FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class Printout:
    """A slip or a report as data, and the file it is to be drawn into (``fmt``: pdf, or xlsx for a report)."""

    content: slips.Slip | reports.Report
    target: Path
    fmt: str = "pdf"

    def write(self, progress: Progress | None = None) -> Path:
        """Draw the file; the store is not used. A report tells ``progress`` how far it has got (pages of a PDF,
        rows of a workbook), which may stop it (``printing.files.Stopped``)."""
        if isinstance(self.content, slips.Slip):
            return write(self.content, self.target)
        from counter_app.printing import report_pdf, report_xlsx  # openpyxl: loaded when a report is made, not at start

        draw = report_pdf.write if self.fmt == "pdf" else report_xlsx.write
        return draw(self.content, self.target, progress)


def build(desk: Desk, code: str, kind: str, user: User) -> slips.Slip:
    """The slip ``kind`` of dossier ``code`` as data, if the user may print it for the dossier as it is."""
    action = policy.printing(kind)
    policy.require(user, action)
    dossier = lookup.show(desk, code)
    policy.require(user, action, dossier)
    letterhead = desk.config.letterhead
    if kind == "receipt":
        return slips.receipt(dossier, letterhead, desk.config.tracking_url, _papers_held(desk, code))
    if kind == "refusal":
        refused = _event(dossier.last(status=Status.REFUSED))
        return slips.refusal(dossier, letterhead, refused.note, refused.at)
    if kind == "supplement":
        asked = _event(dossier.last(status=Status.SUPPLEMENT_REQUESTED))
        listed_by = (asked.data.get("by") or dossier.competent_unit_name or "") if asked.by_province else ""
        return slips.supplement_request(
            dossier.reception,
            dossier.procedure_name,
            letterhead,
            asked.papers,
            asked.note,
            asked.at,
            asked.user_name,
            dossier,
            listed_by,
        )
    if kind == "apology":
        return slips.apology(dossier, letterhead, _event(dossier.last(kind="reschedule")))
    if kind == "stop":
        return slips.stop_notice(dossier, letterhead, _event(dossier.last(status=Status.STOPPED)))
    if kind == "control":
        return slips.control_slip(
            dossier, letterhead, desk.clock(), _statutory_due(desk, dossier), _papers_held(desk, code)
        )
    return slips.result_receipt(dossier, letterhead, _event(dossier.last(status=Status.RETURNED)))


def _papers_held(desk: Desk, code: str) -> tuple[str, ...]:
    """The names of the dossier's papers held as files (not its results)."""
    return tuple(a.file.document for a in attachments.attachments(desk, code) if a.file.role is Role.PAPER)


def _statutory_due(desk: Desk, dossier: Dossier) -> datetime | None:
    """The receipt's appointment moved by the supplement pauses (not by a Mẫu 04): what a result is judged by."""
    changes = [(e.at, int(e.status)) for e in dossier.events if e.status]
    return statutory_due(dossier.first_due_at, supplement_pauses(changes), desk.calendar)


def _event(event: Event | None) -> Event:
    """The event a slip prints, which the policy made sure the dossier has."""
    if event is None:
        raise LookupError("the policy let a slip through without the event it prints")
    return event


def guidance_to_file(desk: Desk, intake: Intake, clerk: User, reason: str = "") -> Path:
    """Mẫu 02 for an incomplete intake that is not received, kept in ``slips/`` under the time it was given."""
    return guidance(desk, intake, clerk, reason).write()


def guidance(desk: Desk, intake: Intake, clerk: User, reason: str = "") -> Printout:
    """Mẫu 02 for an incomplete intake (the guidance is recorded in the audit trail), to be drawn."""
    intake, proc, missing = reception.guide_supplement(desk, intake, clerk, reason)
    now = desk.clock()
    slip = slips.supplement_request(
        reception_of_intake(intake, desk.config.desk),
        proc.name,
        desk.config.letterhead,
        missing,
        reason,
        now,
        clerk.full_name,
    )
    target = desk.store.folder / "slips" / f"huong-dan-{now:%Y%m%d-%H%M%S}-{intake.owner.id_number}.pdf"
    return Printout(slip, target)


def print_to_file(desk: Desk, code: str, kind: str, user: User, out: Path | None = None) -> Path:
    """Render the slip to ``out``, or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    return slip(desk, code, kind, user, out).write()


def slip(desk: Desk, code: str, kind: str, user: User, out: Path | None = None) -> Printout:
    """The slip ``kind`` of dossier ``code``, to be drawn to ``out`` or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    return Printout(build(desk, code, kind, user), out or desk.store.folder / "slips" / f"{code}-{kind}.pdf")


def report_to_file(
    desk: Desk,
    kind: str,
    period: reports.Period,
    fmt: str,
    user: User,
    columns: list[str] | None = None,
    out: Path | None = None,
    view: str = "competent",
) -> Path:
    """The report ``kind`` of ``period`` as ``fmt`` (pdf or xlsx), written to ``out`` or to
    ``<data folder>/reports/<kind>-<from>-<to>.<fmt>``."""
    return report(desk, kind, period, fmt, user, columns, out, view).write()


def report(
    desk: Desk,
    kind: str,
    period: reports.Period,
    fmt: str,
    user: User,
    columns: list[str] | None = None,
    out: Path | None = None,
    view: str = "competent",
) -> Printout:
    """The report ``kind`` of ``period``, to be drawn as ``fmt`` (pdf or xlsx); ``view`` as ``reports.build``."""
    policy.require(user, policy.REPORTS)
    if fmt not in REPORT_FORMATS:
        raise InvalidInput("format", Reports.UNKNOWN_FORMAT, format=fmt)
    target = out or desk.store.folder / "reports" / f"{kind}-{period.start}-{period.end}.{fmt}"
    return Printout(reports.build(desk, kind, period, columns, view), target, fmt)
