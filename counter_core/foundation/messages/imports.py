"""Catalog imports: the province's decision (a CSV typed from the Quyết định công bố) and the national portal's
records, and the files they come in."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Imports(Msg):
    DECISION_EMPTY = QT_TRANSLATE_NOOP("Imports", "The decision file is empty.")
    HEADER_INVALID = QT_TRANSLATE_NOOP(
        "Imports",
        "The file's first line must name the columns, ma_thu_tuc among them{unknown}. The columns: {columns}.",
    )
    UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP("Imports", "; unknown columns: {columns}")
    TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Imports", "The decision file has more than {most} lines.")
    EXTRA_CELLS = QT_TRANSLATE_NOOP(
        "Imports", "Line {line}: more cells than the first line has columns (a separator too many?)."
    )
    LINE = QT_TRANSLATE_NOOP("Imports", "Line {line}")
    CODE_INVALID = QT_TRANSLATE_NOOP(
        "Imports", "{where}: the procedure code {code} is not in the right form (for example 1.004873)."
    )
    STATE_INVALID = QT_TRANSLATE_NOOP("Imports", "{where}: the state {state} (mới, sửa đổi, bãi bỏ).")
    CASES_WITHOUT_PROCEDURE = QT_TRANSLATE_NOOP(
        "Imports", "Procedure {code}: it has cases but no line of the procedure itself."
    )
    NOTHING_LEFT = QT_TRANSLATE_NOOP("Imports", "The new catalog has no procedure left.")
    NEW_PROCEDURE_INCOMPLETE = QT_TRANSLATE_NOOP(
        "Imports", "{where}: the new procedure {code} needs a name, a field, a time limit and its unit."
    )
    TIME_UNIT_INVALID = QT_TRANSLATE_NOOP("Imports", "{where}: the unit of the time limit {unit} ({units}).")
    TIME_AMOUNT_INVALID = QT_TRANSLATE_NOOP(
        "Imports", "{where}: the time limit {amount} must be a whole number from 1 to {most}."
    )
    FEE_INVALID = QT_TRANSLATE_NOOP("Imports", "{where}: the fee {fee} (for example: 50.000; 8.000/bản; miễn; HĐND).")
    NO_PROCEDURE_READ = QT_TRANSLATE_NOOP("Imports", "No procedure could be read from the national portal's records.")
    PORTAL_RECORDS_FILE = QT_TRANSLATE_NOOP("Imports", "file of procedure records")
    FILE_TOO_LARGE = QT_TRANSLATE_NOOP("Imports", "The file {path} is too large (at most {megabytes} MB).")
    FILE_UNREADABLE = QT_TRANSLATE_NOOP("Imports", "Cannot read the file {path}: {reason}")
    LINE_NOT_JSON = QT_TRANSLATE_NOOP("Imports", "File {path}, line {line}: not JSON ({reason}).")
    DECISION_UNREADABLE = QT_TRANSLATE_NOOP("Imports", "Cannot read the decision file {path} (CSV, UTF-8): {reason}")
    OUT_OR_IMPORT = QT_TRANSLATE_NOOP(
        "Imports", "Give --out FILE (write the catalog file to check it) or --import (load it on the desk)."
    )
