"""The province's fee tables (counter-fees/1): what is wrong in one, and the lines a desk will not use."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class FeeTables(Msg):
    FILE = QT_TRANSLATE_NOOP("FeeTables", "fee table file")
    WRONG_FORMAT = QT_TRANSLATE_NOOP("FeeTables", 'A fee table file must have "format": "{format}".')
    DATES_INVALID = QT_TRANSLATE_NOOP(
        "FeeTables", 'Fee table: "adopted" and "effective_from" must be dates written YYYY-MM-DD ({reason}).'
    )
    RESOLUTION_MISSING = QT_TRANSLATE_NOOP(
        "FeeTables",
        'A fee table must give the number of the resolution ("resolution") and the body that issued it ("issuer").',
    )
    EFFECTIVE_BEFORE_ADOPTED = QT_TRANSLATE_NOOP(
        "FeeTables", "A resolution cannot take effect before the day it was adopted."
    )
    EXAMPLE_NOT_BOOL = QT_TRANSLATE_NOOP("FeeTables", '"example" must be true or false.')
    NOT_LISTS = QT_TRANSLATE_NOOP("FeeTables", '"fees" and "exemptions" must be lists.')
    EMPTY = QT_TRANSLATE_NOOP("FeeTables", "The fee table has no amount and no exempted group.")
    TWICE = QT_TRANSLATE_NOOP("FeeTables", "The fee table lists procedures (cases) twice: {keys}.")
    EXAMPLE = QT_TRANSLATE_NOOP(
        "FeeTables",
        'This is the example file ("example": true): its amounts only show the format and are no province\'s. '
        "Write the file from the province's resolution and import that one.",
    )
    LINE = QT_TRANSLATE_NOOP("FeeTables", "Fee table, line {line}")
    LINE_OF = QT_TRANSLATE_NOOP("FeeTables", "{where} ({code})")
    EXEMPTION_NUMBER = QT_TRANSLATE_NOOP("FeeTables", "Fee table, exempted group {number}")
    LINE_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("FeeTables", "{where}: it must be a JSON object.")
    LINE_INVALID = QT_TRANSLATE_NOOP("FeeTables", "{where}: {reason}.")
    CODE_INVALID = QT_TRANSLATE_NOOP(
        "FeeTables", "{where}: the procedure code {code} is not in the form of a national code (for example 1.004873)."
    )
    KIND_INVALID = QT_TRANSLATE_NOOP("FeeTables", "{where}: the kind of amount must be one of {kinds}.")
    FREE_WITHOUT_GROUND = QT_TRANSLATE_NOOP(
        "FeeTables", '{where} ({code}): a line that charges nothing must give its ground ("ground").'
    )
    EXEMPTION_WITHOUT_GROUND = QT_TRANSLATE_NOOP(
        "FeeTables", '{where} ({name}): an exemption must give its ground ("ground").'
    )
    PROCEDURES_NOT_CODES = QT_TRANSLATE_NOOP("FeeTables", '{where}: "procedures" must be a list of procedure codes.')
    FILE_NEEDED = QT_TRANSLATE_NOOP("FeeTables", "A fee table file is needed: counter-server fees publish FILE.json")
    UNKNOWN_PROCEDURE = QT_TRANSLATE_NOOP("FeeTables", "Procedure {code} is not in the catalog in force on {day}.")
    UNKNOWN_CASE = QT_TRANSLATE_NOOP("FeeTables", 'Procedure {code} has no case "{case}": this line is not used.')
    NOT_THE_PROVINCES = QT_TRANSLATE_NOOP(
        "FeeTables",
        "Procedure {code}: the catalog does not leave its amount to the provincial People's Council (free by law or "
        "an amount set by a ministry): this line is not used.",
    )
