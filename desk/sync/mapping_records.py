"""The records desk only pushes, as FHIR R4 resources: intake responses, consents, form
PDFs, visits and audit entries (see :mod:`desk.sync.records`). Pure functions, no I/O;
what all mappings share is in :mod:`desk.sync.mapping`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk.frontdesk.model import Appointment
from desk.sync.mapping import (
    URI_SYSTEM,
    aware,
    base_resource,
    instant_text,
    keep_other_identifiers,
    set_element,
    uuid_identifier,
)

CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_POLICY = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
LOINC = "http://loinc.org"
ENCOUNTER_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
AUDIT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type"
AUDIT_CHAIN = "urn:desk:audit-chain"  # the entry's number and hash in the local chain
ENCOUNTER_STATUS = {"arrived": "arrived", "in-room": "in-progress", "done": "finished"}
# the CRUDE letter of an audit action by its last word (patient.view -> R)
AUDIT_ACTIONS = {"create": "C", "view": "R", "update": "U", "delete": "D", "send": "C",
                 "complete": "C", "pull": "U", "merge": "U"}


def questionnaire_response_to_fhir(response: Mapping[str, Any], *, record_id: str,
                                   patient_reference: str) -> dict[str, Any]:
    """A completed intake's QuestionnaireResponse as sent: its ``urn:uuid`` identifier and
    the patient as subject (the response from the forms engine is otherwise kept)."""
    out = base_resource(response, "QuestionnaireResponse")
    out.pop("id", None)
    out["identifier"] = uuid_identifier(record_id)  # 0..1 in R4
    out["subject"] = {"reference": patient_reference}
    return out


def consent_to_fhir(*, record_id: str, patient_reference: str, response_reference: str,
                    agreed: bool, signed: str | None) -> dict[str, Any]:
    """A signed consent to treatment, pointing at the form it was given on."""
    out: dict[str, Any] = {
        "resourceType": "Consent",
        "identifier": [uuid_identifier(record_id)],
        "status": "active" if agreed else "rejected",
        "scope": {"coding": [{"system": CONSENT_SCOPE, "code": "treatment"}]},
        "category": [{"coding": [{"system": LOINC, "code": "59284-0",
                                  "display": "Patient Consent"}]}],
        "patient": {"reference": patient_reference},
        "policyRule": {"coding": [{"system": CONSENT_POLICY,
                                   "code": "OPTIN" if agreed else "OPTOUT"}]},
        "sourceReference": {"reference": response_reference},
        "provision": {"type": "permit" if agreed else "deny"},
    }
    set_element(out, "dateTime", signed)
    return out


def document_reference_to_fhir(pdf: bytes, *, record_id: str, patient_reference: str,
                               response_reference: str, title: str,
                               created: str) -> dict[str, Any]:
    """The PDF of a completed form, carried inline (base64)."""
    import base64

    return {
        "resourceType": "DocumentReference",
        "identifier": [uuid_identifier(record_id)],
        "status": "current",
        "type": {"text": title},
        "subject": {"reference": patient_reference},
        "date": created,
        "description": title,
        "content": [{"attachment": {"contentType": "application/pdf", "title": title,
                                    "creation": created,
                                    "data": base64.b64encode(pdf).decode("ascii")}}],
        "context": {"related": [{"reference": response_reference}]},
    }


def encounter_to_fhir(appointment: Appointment, *, record_id: str, patient_reference: str,
                      appointment_reference: str,
                      onto: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The visit an arrival opens: its status follows the appointment (arrived, in room,
    done; any other state after arrival cancels it)."""
    out = base_resource(onto, "Encounter")
    out.pop("id", None)
    out["identifier"] = [uuid_identifier(record_id)] + keep_other_identifiers(
        onto, {URI_SYSTEM})
    out["status"] = ENCOUNTER_STATUS.get(appointment.state, "cancelled")
    out["class"] = {"system": ENCOUNTER_CLASS, "code": "AMB", "display": "ambulatory"}
    out["subject"] = {"reference": patient_reference}
    out["appointment"] = [{"reference": appointment_reference}]
    set_element(out, "reasonCode", [{"text": appointment.reason}] if appointment.reason else None)
    start = (onto or {}).get("period", {}).get("start")
    if appointment.arrived_at is not None:
        start = instant_text(aware(appointment.arrived_at))
    set_element(out, "period", {"start": start} if start else None)
    return out


def audit_event_to_fhir(*, record_id: str, at: str, username: str, action: str,
                        record_type: str, subject_id: str, outcome: str,
                        chain: tuple[int, str] | None = None) -> dict[str, Any]:
    """A local audit entry: who did what to which record, when; never the data. AuditEvent
    has no identifier, so the record's ``urn:uuid`` travels as a tag (found by ``_tag``).
    ``chain``, the entry's number and hash in the local chain: the server then holds the
    chain's end as well, beyond the reach of anyone who can change the workstation."""
    out: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "meta": {"tag": [{"system": URI_SYSTEM, "code": f"urn:uuid:{record_id}"}]},
        "type": {"system": AUDIT_TYPE, "code": "rest"},
        "subtype": [{"system": "urn:desk:audit-action", "code": action}],
        "action": AUDIT_ACTIONS.get(action.rsplit(".", 1)[-1], "E"),
        "recorded": instant_text(datetime.fromisoformat(at)),
        "outcome": "0" if outcome == "ok" else "4",
        "agent": [{"who": {"display": username}, "requestor": True}],
        "source": {"observer": {"display": "desk"}},
    }
    if chain is not None:
        out["extension"] = [{"url": AUDIT_CHAIN, "extension": [
            {"url": "seq", "valueInteger": chain[0]}, {"url": "hash", "valueString": chain[1]}]}]
    if subject_id and record_type:
        try:
            uuid.UUID(subject_id)
        except ValueError:
            pass
        else:
            out["entity"] = [{"what": {"identifier": uuid_identifier(subject_id)},
                              "type": {"code": record_type}}]
    return out


def audit_event_search(record_id: str) -> str:
    """The ``If-None-Exist`` query that finds an AuditEvent (by its tag)."""
    return f"_tag={URI_SYSTEM}|urn:uuid:{record_id}"
