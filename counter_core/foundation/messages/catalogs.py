"""Procedure catalogs: a published version, its procedures, their processing times and papers."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Catalogs(Msg):
    PROCEDURE = QT_TRANSLATE_NOOP("Catalogs", "Procedure {code}")
    TIME_UNIT_INVALID = QT_TRANSLATE_NOOP("Catalogs", "{where}: the unit of time is not valid ({value}).")
    TIME_AMOUNT_INVALID = QT_TRANSLATE_NOOP(
        "Catalogs", "{where}: the processing time must be a whole number from 1 to {most}."
    )
    PAPER_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Catalogs", "{where}: each paper of the dossier must be a JSON object.")
    PAPER_INVALID = QT_TRANSLATE_NOOP("Catalogs", "{where}: a paper of the dossier is not valid ({reason}).")
    PAPER_INCOMPLETE = QT_TRANSLATE_NOOP(
        "Catalogs", '{where}: a paper of the dossier has no name, or its "required" is not true/false.'
    )
    PROCEDURE_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Catalogs", "Each procedure must be a JSON object.")
    CODE_INVALID = QT_TRANSLATE_NOOP(
        "Catalogs", "The procedure code {code} is not in the form of a national code (for example 1.001193)."
    )
    NOT_A_LIST = QT_TRANSLATE_NOOP("Catalogs", '{where}: "{key}" must be a list.')
    PROCEDURE_INVALID = QT_TRANSLATE_NOOP("Catalogs", "{where}: {reason}.")
    NAME_MISSING = QT_TRANSLATE_NOOP("Catalogs", "{where}: the name of the procedure is missing.")
    WRONG_FORMAT = QT_TRANSLATE_NOOP("Catalogs", 'A catalog file must have "format": "{format}".')
    VERSION_MISSING = QT_TRANSLATE_NOOP("Catalogs", 'The catalog file has no version number ("version").')
    EFFECTIVE_DATE_INVALID = QT_TRANSLATE_NOOP("Catalogs", "The date it takes effect must be written YYYY-MM-DD.")
    PROCEDURES_NOT_A_LIST = QT_TRANSLATE_NOOP("Catalogs", '"procedures" must be a list of procedures.')
    EMPTY = QT_TRANSLATE_NOOP("Catalogs", "The catalog file has no procedure.")
    DUPLICATE_CODES = QT_TRANSLATE_NOOP("Catalogs", "Procedure codes appear twice in the catalog: {codes}.")
    NONE_IN_FORCE = QT_TRANSLATE_NOOP("Catalogs", "No procedure catalog is in force on {day}.")
    NOT_IN_FORCE = QT_TRANSLATE_NOOP("Catalogs", 'The catalog in force has no procedure with the code "{code}".')
    NOT_IN_VERSION = QT_TRANSLATE_NOOP("Catalogs", 'Catalog version {version} has no procedure "{code}".')
    UNCONFIRMED_INVALID = QT_TRANSLATE_NOOP(
        "Catalogs", '{where}: "unconfirmed" goes only with "no_fixed_date" and must be true or false.'
    )
    CASE_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Catalogs", "{where}: each case must be a JSON object.")
    CASE_INVALID = QT_TRANSLATE_NOOP("Catalogs", "{where}: a case is not valid ({reason}).")
    CASE_INCOMPLETE = QT_TRANSLATE_NOOP(
        "Catalogs", '{where}: each case needs a "key" (small letters, digits, dots, hyphens) and a "name".'
    )
    CASE_OF = QT_TRANSLATE_NOOP("Catalogs", "{where}, case {key}")
    NO_CASES = QT_TRANSLATE_NOOP("Catalogs", "the procedure has no cases")
    NO_SUCH_CASE = QT_TRANSLATE_NOOP("Catalogs", 'Procedure {code} has no case "{key}". Its cases: {known}.')
    GROUNDS_NOT_A_MAP = QT_TRANSLATE_NOOP(
        "Catalogs", '{where}: "exemption_grounds" must be {{exempted group: ground}}.'
    )
    GROUNDS_STRAY = QT_TRANSLATE_NOOP("Catalogs", "{where}: grounds of exemption for groups not in the list: {names}.")
    CASES_TWICE = QT_TRANSLATE_NOOP("Catalogs", "{where}: cases with the same key: {keys}.")
    SOURCE_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Catalogs", "{where}: each source must be a JSON object.")
    SOURCE_INVALID = QT_TRANSLATE_NOOP("Catalogs", "{where}: a source is not valid ({reason}).")
    SOURCE_INCOMPLETE = QT_TRANSLATE_NOOP(
        "Catalogs", '{where}: each source needs a "ref" (its name) and a "tag", one of {tags}.'
    )
    NOT_A_LIST_OF_TEXTS = QT_TRANSLATE_NOOP("Catalogs", '{where}: "{key}" must be a list of strings of characters.')
