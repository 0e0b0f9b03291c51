"""The audit trail's hash chain: where it does not hold, and why (``counter-app audit verify``, the province's copy)."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Audit(Msg):
    ROWS_MISSING = QT_TRANSLATE_NOOP("Audit", "Rows {first} to {last} of the audit trail are missing (deleted).")
    ROW_CHANGED = QT_TRANSLATE_NOOP(
        "Audit",
        "A row of the audit trail does not match the hash chain: this row (or the one before it) was changed after "
        "it was written.",
    )
    CHANGED_AFTER_SENT = QT_TRANSLATE_NOOP(
        "Audit", "A row of the audit trail sent to the province before was changed on the desk."
    )
    TAMPERED = QT_TRANSLATE_NOOP("Audit", "The audit trail was tampered with at row {row}: {reason}")
