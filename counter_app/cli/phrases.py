"""An appointment and a fee as the command line words them in the reader's language."""

from __future__ import annotations

from counter_core.domain.appointment import Appointment
from counter_core.domain.fees import Fee
from counter_core.foundation.formatting import day, money
from counter_core.foundation.messages import Said
from counter_core.foundation.texts import Text


def appointment_text(appt: Appointment) -> Text:
    """When the result is due, in the reader's language (``Appointment.phrase`` is the receipt's)."""
    if appt.due:
        return Text(Said.APPOINTMENT_AT, hour=f"{appt.due:%H}", minute=f"{appt.due:%M}", day=day(appt.due))
    return Text(Said.APPOINTMENT_UNCONFIRMED if appt.unconfirmed else Said.APPOINTMENT_NO_FIXED_DATE)


def fee_text(fee: Fee) -> Text | str:
    """What a fee comes to, in the reader's language (``Fee.printed`` is the receipt's line, with the amount in
    Vietnamese words)."""
    if fee.pending:
        return Text(Said.FEE_PENDING)
    if not fee.amount and fee.exemption:
        if fee.ground:
            return Text(Said.FEE_EXEMPT_UNDER, exemption=fee.exemption, ground=fee.ground)
        return Text(Said.FEE_EXEMPT, exemption=fee.exemption)
    if not fee.amount:
        return fee.explanation
    shown = money(fee.amount)
    if fee.explanation and fee.explanation != shown:
        shown = f"{shown}; {fee.explanation}"
    return Text(Said.FEE_GROUND, fee=shown, ground=fee.ground) if fee.ground else shown
