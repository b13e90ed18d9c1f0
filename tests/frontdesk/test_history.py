"""The history timeline: local visits and pulled resources, newest first, in plain words."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime

import pytest

from desk.frontdesk import history, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.clock import stamp
from desk.storage.schema import history_resource


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "ws")
    yield workspace
    workspace.close()


def _pulled(conn, patient_id: str, res: dict) -> None:
    conn.execute(history_resource.insert().values(
        resource_type=res["resourceType"], server_id=res["id"], patient_id=patient_id,
        version="1", occurred=history.occurred(res), resource_json=json.dumps(res),
        pulled_at=stamp()))


def test_timeline_mixes_visits_and_pulled_history_newest_first(ws) -> None:
    with ws.begin() as conn:
        p = patients.register(conn, Patient(family="Haddad", given="Marie"), SYSTEM)
        other = patients.register(conn, Patient(family="Levy", given="Marie"), SYSTEM)
        schedule.book(conn, Appointment(patient_id=p.id, start=datetime(2025, 2, 3, 9, 30),
                                        reason="Lab results", practitioner="Dr Benali",
                                        state="done"), SYSTEM)
        schedule.book(conn, Appointment(patient_id=other.id, start=datetime(2025, 2, 4, 9)),
                      SYSTEM)
        _pulled(conn, p.id, {"resourceType": "Condition", "id": "c1",
                             "code": {"coding": [{"code": "38341003",
                                                  "display": "Hypertension"}]},
                             "clinicalStatus": {"coding": [{"code": "active"}]},
                             "onsetDateTime": "2019-05-01"})
        _pulled(conn, p.id, {"resourceType": "MedicationStatement", "id": "m1",
                             "status": "active", "effectiveDateTime": "2025-03-10",
                             "medicationCodeableConcept": {"text": "Amlodipine 5 mg"},
                             "dosage": [{"text": "once a day"}]})
        _pulled(conn, p.id, {"resourceType": "Encounter", "id": "e1", "status": "finished",
                             "type": [{"text": "Home visit"}],
                             "period": {"start": "2024-11-20T14:00:00Z"}})
        _pulled(conn, p.id, {"resourceType": "Condition", "id": "c2", "code": {}})
        items = history.timeline(conn, p.id)
    assert [(i.label, i.title, i.detail) for i in items] == [
        ("Medication", "Amlodipine 5 mg", "active · once a day"),
        ("Visit", "Lab results", "Seen · Dr Benali"),
        ("Visit", "Home visit", "finished"),
        ("Condition", "Hypertension", "active"),
        ("Condition", "Condition", ""),  # no date and no words: last, still listed
    ]
    assert items[0].when is not None and items[0].when.date() == date(2025, 3, 10)


def test_details_of_a_visit_and_of_a_pulled_record(ws) -> None:
    with ws.begin() as conn:
        p = patients.register(conn, Patient(family="Tran", given="Marie"), SYSTEM)
        schedule.book(conn, Appointment(patient_id=p.id, start=datetime(2025, 8, 1, 10, 15),
                                        reason="Vaccination", walk_in=True, state="done"),
                      SYSTEM)
        _pulled(conn, p.id, {"resourceType": "AllergyIntolerance", "id": "a1",
                             "code": {"text": "Latex"}, "criticality": "low",
                             "recorder": {"display": "Dr Aubert"},
                             "note": [{"text": "Rash on contact."}],
                             "recordedDate": "2020-01-01"})
        visit, allergy = history.timeline(conn, p.id)
        assert ("Booking", "Walk-in") in history.details(conn, visit)
        rows = dict(history.details(conn, allergy))
    assert rows["What"] == "Latex" and rows["Recorded by"] == "Dr Aubert"
    assert rows["Notes"] == "Rash on contact." and rows["Date"] == date(2020, 1, 1)


def test_inline_attachments_are_decoded_and_bad_ones_refused() -> None:
    good = {"content": [{"attachment": {"contentType": "application/pdf",
                                        "data": base64.b64encode(b"%PDF-1.4").decode()}}]}
    assert history.attachment(good) == ("application/pdf", b"%PDF-1.4")
    assert history.attachment({"content": [{"attachment": {"data": "not base64!"}}]}) is None
    assert history.attachment({"content": [{"attachment": {"url": "Binary/1"}}]}) is None
