"""The slips of a dossier as PDF files, kept in the desk's data folder (``slips/``) or written where asked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from counter_app.desk import Desk
from counter_app.domain import slips
from counter_app.domain.status import Status
from counter_app.errors import NotAllowed
from counter_app.printing.slip_pdf import write

SLIPS = ("receipt", "refusal", "control", "result")


def build(desk: Desk, code: str, kind: str) -> slips.Slip:
    """The slip ``kind`` of dossier ``code`` as data."""
    dossier = desk.show(code)
    config = desk.config
    if kind == "receipt":
        if dossier["status"] == Status.REFUSED:
            raise NotAllowed(f"Hồ sơ {code} không được tiếp nhận: in phiếu từ chối (refusal), không in giấy tiếp nhận.")
        return slips.receipt(dossier, config.unit_name, config.tracking_url)
    if kind == "refusal":
        refused = [e for e in dossier["events"] if e["status"] == Status.REFUSED]
        if not refused:
            raise NotAllowed(f"Hồ sơ {code} không bị từ chối tiếp nhận.")
        return slips.refusal(dossier, config.unit_name, refused[-1]["note"], datetime.fromisoformat(refused[-1]["at"]))
    if kind == "control":
        return slips.control_slip(dossier, config.unit_name, desk.clock())
    if kind == "result":
        if dossier["status"] != Status.RETURNED:
            raise NotAllowed(f"Hồ sơ {code} chưa trả kết quả.")
        return slips.result_receipt(dossier, config.unit_name)
    raise NotAllowed(f"Loại phiếu \"{kind}\" chưa có. Các loại: {', '.join(SLIPS)}.")


def print_to_file(desk: Desk, code: str, kind: str, out: Path | None = None) -> Path:
    """Render the slip to ``out``, or to ``<data folder>/slips/<code>-<kind>.pdf``."""
    slip = build(desk, code, kind)
    target = out or desk.store.path.parent / "slips" / f"{code}-{kind}.pdf"
    return write(slip, target)
