"""The reception facts a dossier keeps beside its row, as the receiving desk wrote them (the owner's details, the
submitter, the papers, sets, postal address, the case of the procedure, the fee request and the fee charged, note,
the look-up token of the receipt's QR code), read strictly when they come from elsewhere: a dossier received at
another desk, or at this one before a restore.

Only the known keys are kept (a newer desk's extra keys are left out, and none can pass for a field of the row);
each is of its kind and its texts are clean. Anything else makes the dossier unreadable rather than stored wrong.
"""

from __future__ import annotations

from datetime import date

from counter_core.domain.charges import charge
from counter_core.domain.citizen_id import FEMALE, MALE
from counter_core.domain.codes import MAX_DESKS
from counter_core.domain.dossier import Reception as ReceptionFacts  # messages.Reception is the texts' area
from counter_core.domain.fees import Fee, FeeRequest
from counter_core.domain.fields import text, whole
from counter_core.domain.intake import MAX_PAGES, MAX_QUANTITY, MAX_SETS, Intake, Person, SubmittedDocument
from counter_core.domain.procedure import MAX_COUNT, Procedure
from counter_core.domain.tracking import is_check
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Reception, Values
from counter_core.foundation.texts import Text

PERSON = ("full_name", "id_number", "gender", "address", "phone", "email")  # texts; and the birth date
COUNTS = ("original", "certified", "copy")


def reception_facts(data: object, papers: int | None) -> JsonObject:
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
        if data.get("check") is not None:
            if not is_check(data["check"]):
                raise Problem(Reception.CHECK_INVALID)
            facts["check"] = data["check"]
    except ValueError as exc:
        raise InvalidInput("facts", Reception.FACTS_UNREADABLE, reason=exc) from exc
    return facts


def _list(data: JsonObject, key: str) -> list[object]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise Problem(Values.NOT_A_LIST, key=key)
    return value


def _object(value: object, what: Text | str) -> JsonObject:
    if not isinstance(value, dict):
        raise Problem(Values.NOT_AN_OBJECT, what=what)
    return value


def _person(data: object, owner: bool) -> JsonObject:
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


def paper(data: object, papers: int | None) -> JsonObject:
    """One paper: its name (or its number ``n`` among the procedure's ``papers``) and its three counts; a ValueError
    (``Problem``) if it is not one."""
    data = _object(data, Text(Reception.PAPER))
    paper = {key: whole(data.get(key, 0), 0, MAX_COUNT) for key in COUNTS}
    if text(data, "name"):
        return {"name": text(data, "name"), **paper}
    if papers is None:
        raise Problem(Reception.PAPER_BY_NUMBER)
    return {"n": whole(data.get("n"), 1, papers), **paper}


def _fee_request(data: object) -> JsonObject:
    data = _object(data, '"fee_request"')
    exemption = data.get("exemption")
    if exemption is not None and not isinstance(exemption, str):
        raise Problem(Reception.EXEMPTION_NOT_A_STRING)
    return {
        "quantity": whole(data.get("quantity", 1), 1, MAX_QUANTITY),
        "pages": whole(data.get("pages", 0), 0, MAX_PAGES),
        "exemption": exemption,
    }


def reception_of_intake(intake: Intake, desk: int, fee: Fee | None = None, check: str = "") -> ReceptionFacts:
    """The reception facts of an intake received at desk number ``desk``, with the ``fee`` it was charged (kept as
    computed: a later fee table never changes it; None for an intake turned back, which is charged nothing) and
    the look-up token its receipt's QR code carries (``tracking.new_check``; "" for an intake turned back)."""
    return ReceptionFacts(
        owner=intake.owner,
        documents=intake.documents,
        sets=intake.sets,
        submitter=intake.submitter,
        postal_address=intake.postal_address,
        note=intake.note,
        fee_request=intake.fee_request,
        desk=desk,
        case=intake.case,
        fee_charged=fee,
        check=check,
    )


def stored_facts(reception: ReceptionFacts, proc: Procedure) -> JsonObject:
    """The facts as the dossier keeps them beside its row, immutable once the receipt is printed: empty fields left
    out, a paper of the procedure by its number in the catalog version (the procedure itself is not copied: the
    dossier keeps the version it was received under)."""
    names = [d.name for d in proc.documents]
    facts = reception.to_facts()
    facts["documents"] = [
        _compact({"n": names.index(d["name"]) + 1, **{k: v for k, v in d.items() if k != "name"}})
        if d["name"] in names
        else _compact(d)
        for d in facts["documents"]
    ]
    return facts


def reception_of(facts: JsonObject, owner_name: str, owner_id: str, proc: Procedure) -> ReceptionFacts:
    """The reception facts kept beside a dossier's row (or read by ``reception_facts``) as a typed value, the papers
    by their names in the catalog version ``proc`` belongs to."""
    owner = facts.get("owner", {})
    submitter = facts.get("submitter")
    request = facts.get("fee_request", {})
    return ReceptionFacts(
        owner=_typed_person({**owner, "full_name": owner_name, "id_number": owner_id}),
        documents=tuple(
            SubmittedDocument(
                d.get("name") or proc.documents[d["n"] - 1].name,
                d.get("original", 0),
                d.get("certified", 0),
                d.get("copy", 0),
            )
            for d in facts.get("documents", [])
        ),
        sets=facts.get("sets", 1),
        submitter=_typed_person(submitter) if submitter else None,
        postal_address=facts.get("postal_address", ""),
        note=facts.get("note", ""),
        fee_request=FeeRequest(request.get("quantity", 1), request.get("pages", 0), request.get("exemption")),
        desk=facts.get("desk"),
        case=facts.get("case", ""),
        fee_charged=Fee.from_json(facts["fee_charged"]) if facts.get("fee_charged") else None,
        check=facts.get("check", ""),
    )


def _typed_person(data: JsonObject) -> Person:
    born = data.get("birth_date")
    return Person(
        full_name=data.get("full_name", ""),
        id_number=data.get("id_number", ""),
        birth_date=date.fromisoformat(born) if born else None,
        **{key: data.get(key, "") for key in ("gender", "address", "phone", "email")},
    )


def fee_of(reception: ReceptionFacts, proc: Procedure) -> Fee:
    """The fee of a dossier as charged at reception; a dossier received before fees were kept has it computed
    again from its fee request and its catalog version. InvalidInput if its case is not one of the procedure's."""
    proc.case(reception.case)
    if reception.fee_charged is not None:
        return reception.fee_charged
    return charge(proc, reception.case, reception.fee_request, None)


def _compact(value: JsonObject) -> JsonObject:
    return {k: v for k, v in value.items() if v not in (None, "", 0)}
