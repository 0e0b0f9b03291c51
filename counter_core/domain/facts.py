"""The reception facts a dossier keeps beside its row, as the receiving desk wrote them (the owner's details, the
submitter, the papers, sets, postal address, the case of the procedure, the fee request and the fee charged, note),
read strictly when they come from elsewhere: a
dossier received at another desk, or at this one before a restore.

Only the known keys are kept (a newer desk's extra keys are left out, and none can pass for a field of the row);
each is of its kind and its texts are clean. Anything else makes the dossier unreadable rather than stored wrong.
"""

from __future__ import annotations

from datetime import date

from counter_core.domain.charges import charge
from counter_core.domain.citizen_id import FEMALE, MALE
from counter_core.domain.codes import MAX_DESKS
from counter_core.domain.fees import Fee, FeeRequest
from counter_core.domain.fields import text, whole
from counter_core.domain.intake import MAX_PAGES, MAX_QUANTITY, MAX_SETS, Intake, SubmittedDocument
from counter_core.domain.procedure import MAX_COUNT, Procedure
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.messages import Reception, Values
from counter_core.foundation.texts import Text

PERSON = ("full_name", "id_number", "gender", "address", "phone", "email")  # texts; and the birth date
COUNTS = ("original", "certified", "copy")


def reception_facts(data: object, papers: int | None) -> dict:
    """``data`` as reception facts; ``papers`` is how many papers the dossier's procedure lists (None if the desk
    does not have it), which a paper given by its number (``n``) must be within."""
    try:
        if not isinstance(data, dict):
            raise Problem(Values.NOT_A_JSON_OBJECT)
        facts = {
            "owner": _person(data.get("owner") or {}, owner=True),
            "sets": whole(data.get("sets", 1), 1, MAX_SETS),
            "documents": [paper(d, papers) for d in _list(data, "documents")],
        }
        if data.get("desk") is not None:
            facts["desk"] = whole(data["desk"], 1, MAX_DESKS)
        if data.get("submitter"):
            facts["submitter"] = _person(data["submitter"], owner=False)
        for key in ("postal_address", "note", "case"):
            if text(data, key):
                facts[key] = text(data, key)
        if data.get("fee_request"):
            facts["fee_request"] = _fee_request(data["fee_request"])
        if data.get("fee_charged"):
            facts["fee_charged"] = Fee.from_json(data["fee_charged"]).to_json()
    except ValueError as exc:
        raise InvalidInput("facts", Reception.FACTS_UNREADABLE, reason=exc) from exc
    return facts


def _list(data: dict, key: str) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise Problem(Values.NOT_A_LIST, key=key)
    return value


def _object(value: object, what: Text | str) -> dict:
    if not isinstance(value, dict):
        raise Problem(Values.NOT_AN_OBJECT, what=what)
    return value


def _person(data: object, owner: bool) -> dict:
    """The owner's details beside the row (their name and ID number are in it), or the whole submitter."""
    data = _object(data, Text(Reception.PERSON_DETAILS))
    person = {key: text(data, key) for key in PERSON if text(data, key)}
    if owner:  # the row has these
        person.pop("full_name", None)
        person.pop("id_number", None)
    elif not person.get("full_name"):
        raise Problem(Reception.SUBMITTER_NAME_MISSING)
    if person.get("gender", MALE) not in (MALE, FEMALE):
        raise Problem(Reception.GENDER_NOT_NAM_NU)
    born = text(data, "birth_date")
    if born:
        person["birth_date"] = date.fromisoformat(born).isoformat()
    return person


def paper(data: object, papers: int | None) -> dict:
    """One paper: its name (or its number ``n`` among the procedure's ``papers``) and its three counts; a ValueError
    (``Problem``) if it is not one."""
    data = _object(data, Text(Reception.PAPER))
    paper = {key: whole(data.get(key, 0), 0, MAX_COUNT) for key in COUNTS}
    if text(data, "name"):
        return {"name": text(data, "name"), **paper}
    if papers is None:
        raise Problem(Reception.PAPER_BY_NUMBER)
    return {"n": whole(data.get("n"), 1, papers), **paper}


def _fee_request(data: object) -> dict:
    data = _object(data, '"fee_request"')
    exemption = data.get("exemption")
    if exemption is not None and not isinstance(exemption, str):
        raise Problem(Reception.EXEMPTION_NOT_A_STRING)
    return {
        "quantity": whole(data.get("quantity", 1), 1, MAX_QUANTITY),
        "pages": whole(data.get("pages", 0), 0, MAX_PAGES),
        "exemption": exemption,
    }


def facts_of_intake(intake: Intake, proc: Procedure, desk: int, fee: Fee) -> dict:
    """The reception facts kept with the dossier, immutable once the receipt is printed; empty fields are left out.

    The procedure itself is not copied: the dossier keeps the catalog version it was received under. The fee is
    kept as computed (a later fee table never changes it).
    """
    return _compact(
        {
            "desk": desk,
            "owner": {k: v for k, v in intake.owner.to_json().items() if k not in ("full_name", "id_number")},
            "submitter": intake.submitter.to_json() if intake.submitter else None,
            "documents": [_document_fact(d, proc) for d in intake.documents],
            "sets": intake.sets,
            "postal_address": intake.postal_address,
            "fee_request": {
                "quantity": intake.fee_request.quantity,
                "pages": intake.fee_request.pages,
                "exemption": intake.fee_request.exemption,
            },
            "note": intake.note,
            "case": intake.case,
            "fee_charged": fee.to_json(),
        }
    )


def _document_fact(doc: SubmittedDocument, proc: Procedure) -> dict:
    """A submitted paper, by its number in the catalog version when it is one of the procedure's."""
    names = [d.name for d in proc.documents]
    fact = doc.to_json()
    if doc.name in names:
        del fact["name"]
        fact["n"] = names.index(doc.name) + 1
    return fact


def fee_of(facts: dict, proc: Procedure) -> Fee:
    """The fee of a dossier as charged at reception; a dossier received before fees were kept has it computed
    again from its fee request and its catalog version. InvalidInput if its case is not one of the procedure's."""
    proc.case(facts.get("case", ""))
    if "fee_charged" in facts:
        return Fee.from_json(facts["fee_charged"])
    request = facts.get("fee_request", {})
    return charge(
        proc,
        facts.get("case", ""),
        FeeRequest(request.get("quantity", 1), request.get("pages", 0), request.get("exemption")),
        None,
    )


def named_documents(facts: dict, proc: Procedure) -> list[dict]:
    """The submitted papers with their names and all three counts, as shown and printed."""
    return [
        {
            "name": d.get("name") or proc.documents[d["n"] - 1].name,
            "original": d.get("original", 0),
            "certified": d.get("certified", 0),
            "copy": d.get("copy", 0),
        }
        for d in facts.get("documents", [])
    ]


def _compact(value):
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v not in (None, "", 0) or k in ("sets", "amount")}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value
