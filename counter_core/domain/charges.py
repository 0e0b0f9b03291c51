"""The fee a dossier owes at reception: the catalog's rule for its case, the province's fee table where the catalog
leaves the amount to the province's People's Council, and the exemption picked at the counter, with its ground."""

from __future__ import annotations

from dataclasses import replace

from counter_core.domain.fee_table import FeeTable
from counter_core.domain.fees import Exemption, Fee, FeeRequest
from counter_core.domain.procedure import Procedure
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Fees
from counter_core.foundation.text import nfc


def exemptions_allowed(proc: Procedure, case_key: str, table: FeeTable | None) -> tuple[Exemption, ...]:
    """Who may be exempted in this procedure and case: the catalog's exemptions (set by law), then those of the
    province's resolution when the province sets the fee."""
    out = list(proc.exemptions)
    if table is not None and proc.fee_rule(case_key).kind == "set_by_province":
        names = {e.name for e in out}
        out += [e for e in table.exemptions_for(proc.code) if e.name not in names]
    return tuple(out)


def charge(proc: Procedure, case_key: str, request: FeeRequest, table: FeeTable | None) -> Fee:
    """What the dossier owes and why; InvalidInput for an exemption the procedure does not allow."""
    rule = proc.fee_rule(case_key)
    from_table = table if rule.kind == "set_by_province" else None  # the province's table, where it sets the fee
    if request.exemption:
        name = nfc(request.exemption)
        exemption = next((e for e in exemptions_allowed(proc, case_key, table) if e.name == name), None)
        if exemption is None:
            raise InvalidInput("exemption", Fees.NO_SUCH_EXEMPTION, exemption=name)
        resolution = from_table.resolution if from_table is not None and proc.exemption(name) is None else ""
        return Fee(0, "Miễn lệ phí", name, exemption.ground, resolution)
    line = from_table.line_for(proc.code, case_key) if from_table else None
    if from_table is None or line is None:
        return rule.compute(request)
    fee = line.rule.compute(request)
    ground = from_table.reference() + (f", {fee.ground}" if fee.ground else "")
    return replace(fee, ground=ground, resolution=from_table.resolution)
