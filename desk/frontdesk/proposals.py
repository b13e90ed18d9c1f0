"""What a patient changed in their own details on the registration form, as proposals.

A completed registration form (at the kiosk or at the desk) never changes the record by
itself. Each answer that differs from the record is a :class:`Proposal`; staff accept or
decline them field by field with :func:`settle`, which saves the accepted ones (audited as
any change of details) and closes the review for that form (audited as ``intake.review``).
An answer left empty proposes nothing: the record keeps what it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import catalog, intake, patients
from desk.frontdesk.model import Patient, field_label
from desk.storage import Actor, audit
from desk.storage.schema import audit as audit_table
from desk.words import translate

REGISTRATION = "new-patient-registration"
REVIEWED = "intake.review"
FIELDS = {  # the registration form's linkId -> the record's field (see model.field_label)
    "given-name": "given", "family-name": "family", "birth-date": "birth_date", "sex": "sex",
    "language": "language", "phone": "phone", "email": "email", "address-line": "address",
    "address-city": "city", "address-postal-code": "postal_code",
}


@dataclass(frozen=True, slots=True)
class Proposal:
    """One field of the record the patient answered differently."""

    field: str
    current: str
    proposed: str

    @property
    def label(self) -> str:
        """The field's name in the staff's language ("Given names", "Prénoms")."""
        return field_label(self.field)


def proposals(conn: sa.Connection, intake_id: str) -> list[Proposal]:
    """The changes a completed registration form proposes, none once reviewed."""
    found = intake.get(conn, intake_id)
    if not _is_registration(conn, found) or found.response is None or reviewed(conn, intake_id):
        return []
    patient = patients.get(conn, found.patient_id)
    answers = dict(_answers(found.response.get("item") or []))
    out = []
    for link_id, name in FIELDS.items():
        proposed, current = answers.get(link_id, ""), _text(getattr(patient, name))
        if proposed and proposed != current:
            out.append(Proposal(name, current, proposed))
    return out


def reviewed(conn: sa.Connection, intake_id: str) -> bool:
    """Whether staff already went through the form's proposals."""
    return conn.execute(sa.select(audit_table.c.seq).where(
        audit_table.c.action == REVIEWED, audit_table.c.record_id == intake_id)
        .limit(1)).first() is not None


def settle(conn: sa.Connection, intake_id: str, accepted: Iterable[str],
           actor: Actor) -> Patient:
    """Save the ``accepted`` fields (record field names) of the form's proposals, decline
    the rest, and close the review; returns the record as saved."""
    chosen = {p.field: p.proposed for p in proposals(conn, intake_id) if p.field in
              set(accepted)}
    found = intake.get(conn, intake_id)
    patient = patients.get(conn, found.patient_id)
    if chosen:
        patient = replace(patient, **_typed(chosen))
        patients.update(conn, patient, actor)
    audit.record(conn, actor, REVIEWED, intake.RECORD, intake_id)
    return patient


def _is_registration(conn: sa.Connection, found: intake.Intake) -> bool:
    if found.status != "completed":
        return False
    own = catalog.form_info(conn, REGISTRATION).url
    return found.questionnaire == REGISTRATION or \
        catalog.form_info(conn, found.questionnaire).url == own


def _answers(items: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, str]]:
    for item in items:
        for answer in item.get("answer") or []:
            value = _answer_text(answer)
            if value:
                yield str(item.get("linkId")), value
        yield from _answers(item.get("item") or [])


def _answer_text(answer: Mapping[str, Any]) -> str:
    for key in ("valueString", "valueDate"):
        if isinstance(answer.get(key), str):
            return answer[key].strip()
    coding = answer.get("valueCoding")
    return str(coding.get("code") or "") if isinstance(coding, Mapping) else ""


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _typed(values: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = dict(values)
    if "birth_date" in out:
        try:
            out["birth_date"] = date.fromisoformat(out["birth_date"])
        except ValueError:
            raise DeskError(translate("DeskError", "The date of birth on the form is not a date."),
                            kind="input") from None
    return out
