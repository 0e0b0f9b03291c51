"""Fees and charges of a procedure: its fee rule in the catalog, and the fee a clerk asks for."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Fees(Msg):
    KIND_UNKNOWN = QT_TRANSLATE_NOOP("Fees", "{where}: the fee kind {kind} is not valid ({kinds}).")
    RULE_INVALID = QT_TRANSLATE_NOOP("Fees", "{where}: the fee schedule is not valid ({reason}).")
    AMOUNT_MISSING = QT_TRANSLATE_NOOP("Fees", "{where}: the fee amount is missing.")
    PAGES_FROM_ONE = QT_TRANSLATE_NOOP("Fees", "{where}: a fee schedule by pages must start at page 1.")
    QUANTITY_AT_LEAST_ONE = QT_TRANSLATE_NOOP("Fees", "The quantity must be 1 or more.")
    NO_SUCH_EXEMPTION = QT_TRANSLATE_NOOP("Fees", 'This procedure has no fee exemption "{exemption}".')
    PAGES_NEEDED = QT_TRANSLATE_NOOP(
        "Fees", "Enter the number of pages of the original to compute the certification fee."
    )
    EXEMPTION_SHAPE = QT_TRANSLATE_NOOP("Fees", "it must be the name of an exempted group or {{name, ground}}")
    EXEMPTION_INVALID = QT_TRANSLATE_NOOP("Fees", "{where}: an exempted group is not valid ({reason}).")
    EXEMPTION_NAME_MISSING = QT_TRANSLATE_NOOP("Fees", "{where}: an exempted group has no name.")
