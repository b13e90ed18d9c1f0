"""Ids and mappings of the push-only records (no server needed)."""

from __future__ import annotations

import uuid
from datetime import datetime

from desk.frontdesk import intake_records, schedule
from desk.frontdesk.model import Appointment
from desk.storage import SYSTEM, audit
from desk.sync import records
from desk.sync.mapping_records import audit_event_to_fhir, consent_to_fhir, encounter_to_fhir


def test_derived_record_ids_are_distinct_valid_and_turn_back() -> None:
    record = str(uuid.uuid4())
    for derived, back in ((schedule.encounter_id(record), schedule.appointment_of),
                          (intake_records.consent_id(record), intake_records.intake_of_consent)):
        assert derived != record and uuid.UUID(derived).version == 4
        assert back(derived) == record
    prefix = str(uuid.uuid4())
    ids = {records.audit_record_id(prefix, seq) for seq in (1, 2, 10**9)}
    assert len(ids) == 3 and all(uuid.UUID(i).version == 4 for i in ids)


def test_audit_entries_wait_until_marked_sent(workspace) -> None:
    with workspace.begin() as conn:
        audit.record(conn, SYSTEM, "patient.view", "Patient", str(uuid.uuid4()))
        audit.record(conn, SYSTEM, "session.lock")
        first, second = records.unsent_audit(conn)
        records.mark_audit_sent(conn, first)
        assert records.unsent_audit(conn) == [second]
        audit.record(conn, SYSTEM, "session.unlock")
        records.mark_audit_sent(conn, second)
        assert len(records.unsent_audit(conn)) == 1


def test_an_audit_event_names_the_record_but_holds_no_data() -> None:
    subject = str(uuid.uuid4())
    event = audit_event_to_fhir(record_id=str(uuid.uuid4()), at="2026-11-23T08:00:00+00:00",
                                username="remi", action="patient.view",
                                record_type="Patient", subject_id=subject, outcome="ok")
    assert event["action"] == "R" and event["outcome"] == "0"
    assert event["entity"][0]["what"]["identifier"]["value"] == f"urn:uuid:{subject}"
    assert event["recorded"] == "2026-11-23T08:00:00Z"
    lock = audit_event_to_fhir(record_id=str(uuid.uuid4()), at="2026-11-23T08:00:00+00:00",
                               username="remi", action="session.lock", record_type="",
                               subject_id="", outcome="ok")
    assert "entity" not in lock and lock["action"] == "E"


def test_a_refused_consent_is_a_deny() -> None:
    consent = consent_to_fhir(record_id=str(uuid.uuid4()), patient_reference="Patient/1",
                              response_reference="QuestionnaireResponse/2", agreed=False,
                              signed="2026-11-23")
    assert consent["status"] == "rejected" and consent["provision"]["type"] == "deny"
    assert consent["dateTime"] == "2026-11-23"


def test_the_encounter_follows_the_appointment() -> None:
    appt = Appointment(patient_id="p", start=datetime(2026, 11, 23, 9), state="arrived",
                       arrived_at=datetime(2026, 11, 23, 9, 5))
    first = encounter_to_fhir(appt, record_id="e", patient_reference="Patient/1",
                              appointment_reference="Appointment/2")
    assert first["status"] == "arrived" and first["period"]["start"].startswith("2026-11-23")
    appt.state, appt.arrived_at = "cancelled", None
    later = encounter_to_fhir(appt, record_id="e", patient_reference="Patient/1",
                              appointment_reference="Appointment/2", onto=first)
    assert later["status"] == "cancelled" and later["period"] == first["period"]
