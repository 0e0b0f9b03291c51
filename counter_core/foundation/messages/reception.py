"""Receiving a dossier: the applicant's details, the papers, the fee asked, and the dossier's JSON (the command
line's, or another desk's reception details that came through the province)."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Reception(Msg):
    PERSON_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Reception", "The details of the submitter / owner must be an object.")
    PERSON_FIELD_INVALID = QT_TRANSLATE_NOOP("Reception", "Details of the submitter / owner: {reason}.")
    FULL_NAME_MISSING = QT_TRANSLATE_NOOP("Reception", "The full name is missing.")
    GENDER_INVALID = QT_TRANSLATE_NOOP("Reception", "The sex must be Nam (male) or Nữ (female).")
    BIRTH_DATE_INVALID = QT_TRANSLATE_NOOP("Reception", "The date of birth is not valid.")
    ID_NUMBER_MISSING = QT_TRANSLATE_NOOP("Reception", "The personal identity number / ID card number is missing.")
    PHONE_INVALID = QT_TRANSLATE_NOOP("Reception", "A phone number has 10 digits and starts with 0 (or +84).")
    EMAIL_INVALID = QT_TRANSLATE_NOOP("Reception", "The e-mail address is not valid.")
    SETS_RANGE = QT_TRANSLATE_NOOP("Reception", "The number of sets of the dossier must be from 1 to {most}.")
    POSTAL_ADDRESS_MISSING = QT_TRANSLATE_NOOP(
        "Reception", "Returning the result by post needs the address to send it to."
    )
    NEGATIVE_COUNTS = QT_TRANSLATE_NOOP("Reception", "A number of papers cannot be negative.")
    MISSING_PAPERS = QT_TRANSLATE_NOOP("Reception", "Required papers are missing: {papers}.")
    DOCUMENTS_NOT_A_LIST = QT_TRANSLATE_NOOP("Reception", '"documents" must be a list of papers.')
    FEE_NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
        "Reception",
        '"fee" must be an object {{"quantity", "pages", "exemption"}}, "exemption" being the name of an exempted '
        "group.",
    )
    CHANNEL_INVALID = QT_TRANSLATE_NOOP(
        "Reception", "Value not valid: {value}. Channel: direct/online/postal; return: counter/post."
    )
    COUNTS_INVALID = QT_TRANSLATE_NOOP(
        "Reception", "The quantity, the pages, the number of sets or the note are not valid ({reason})."
    )
    DOSSIER_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Reception", "A dossier file must be a JSON object.")
    PROCEDURE_CODE_INVALID = QT_TRANSLATE_NOOP("Reception", "Administrative procedure code: {reason}.")
    PROCEDURE_MISSING = QT_TRANSLATE_NOOP("Reception", 'No administrative procedure is chosen ("procedure").')
    PAPER_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Reception", "Each paper must be a JSON object.")
    PAPER_INVALID = QT_TRANSLATE_NOOP("Reception", "A paper is not valid ({reason}).")
    FACTS_UNREADABLE = QT_TRANSLATE_NOOP("Reception", "The reception details of the dossier cannot be read: {reason}.")
    PERSON_DETAILS = QT_TRANSLATE_NOOP("Reception", "the details of the submitter / owner")
    PAPER = QT_TRANSLATE_NOOP("Reception", "the paper")
    SUBMITTER_NAME_MISSING = QT_TRANSLATE_NOOP("Reception", "the submitter has no full name")
    GENDER_NOT_NAM_NU = QT_TRANSLATE_NOOP("Reception", "the sex must be Nam or Nữ")
    PAPER_BY_NUMBER = QT_TRANSLATE_NOOP(
        "Reception", "a paper is given by its number in a procedure this desk does not have"
    )
    EXEMPTION_NOT_A_STRING = QT_TRANSLATE_NOOP("Reception", "the fee exemption must be a string of characters")
    OWNER_SAYS = QT_TRANSLATE_NOOP("Reception", "Owner of the dossier: {message}")
    SUBMITTER_SAYS = QT_TRANSLATE_NOOP("Reception", "Submitter of the dossier: {message}")
    CHECK_INVALID = QT_TRANSLATE_NOOP("Reception", "the receipt's look-up token is not in the right form")
