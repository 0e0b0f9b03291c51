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
    EXEMPTIONS_NOT_A_LIST = QT_TRANSLATE_NOOP("Catalogs", '{where}: "exemptions" must be a list of exempted groups.')
    PAPERS_NOT_A_LIST = QT_TRANSLATE_NOOP("Catalogs", '{where}: "documents" must be a list of papers.')
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
