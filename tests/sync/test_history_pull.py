"""Pulling history for the patients in view, and questionnaires, from the real test server."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
import sqlalchemy as sa

from desk.frontdesk import history, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM
from desk.storage.schema import history_resource
from tests.sync.test_engine import TODAY, make_engine, new_client

pytestmark = [pytest.mark.server, pytest.mark.clock]


def _pushed_patients(workspace, fhir, names: list[str]) -> tuple[list[Patient], dict[str, str]]:
    """Patients registered here and pushed; the first ones are on today's schedule."""
    today = datetime.combine(TODAY, time(9))  # the engine's pinned day
    with workspace.begin() as conn:
        people = [patients.register(conn, Patient(family=n, given="Test"), SYSTEM)
                  for n in names]
        for n, p in enumerate(people[:-1]):
            booked = schedule.book(conn, Appointment(patient_id=p.id,
                                                     start=today + timedelta(hours=n)), SYSTEM)
        schedule.check_in(conn, booked.id, SYSTEM, at=today)  # an Encounter goes out
    make_engine(workspace, fhir).push()
    assert len(fhir.search_all("Encounter")) == 1
    server_ids = {res["name"][0]["family"]: res["id"] for res in fhir.search_all("Patient")}
    return people, server_ids


def _post(client, resource: dict) -> dict:
    answer = client.create(resource)
    assert answer.resource is not None
    return answer.resource


def _rows(workspace) -> dict[tuple[str, str], str | None]:
    with workspace.read() as conn:
        return {(r.resource_type, r.server_id): r.patient_id
                for r in conn.execute(sa.select(history_resource))}


def test_history_of_the_patients_in_view_arrives_then_only_changes(workspace, fhir) -> None:
    people, sid = _pushed_patients(workspace, fhir, ["Aubert", "Benali", "Chen"])
    aubert, benali, chen = people
    client = new_client(fhir.base_url)
    condition = _post(client, {
        "resourceType": "Condition", "subject": {"reference": f"Patient/{sid['Aubert']}"},
        "code": {"text": "Asthma"}, "onsetDateTime": "2015-04-01"})
    _post(client, {"resourceType": "AllergyIntolerance",
                   "patient": {"reference": f"Patient/{sid['Benali']}"},
                   "code": {"text": "Peanut"}, "recordedDate": "2020-02-02"})
    _post(client, {"resourceType": "ImagingStudy", "status": "available",
                   "subject": {"reference": f"Patient/{sid['Aubert']}"},
                   "started": "2025-06-01T08:30:00Z", "description": "Knee MRI",
                   "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM",
                                 "code": "MR"}]})
    _post(client, {"resourceType": "Encounter", "status": "finished",
                   "class": {"code": "AMB"}, "subject": {"reference": f"Patient/{sid['Chen']}"},
                   "period": {"start": "2024-01-01T10:00:00Z"}})
    _post(client, {"resourceType": "Questionnaire", "status": "active",
                   "url": "http://clinic.example/q/travel", "title": "Travel screening"})

    engine = make_engine(workspace, fhir, overlap=timedelta(0))
    first = engine.pull()
    rows = _rows(workspace)
    # Chen is not on the schedule: his history is not fetched; the Encounter desk pushed
    # at check-in is not history from elsewhere (the appointment is already on the chart)
    assert rows == {("Condition", condition["id"]): aubert.id,
                    ("AllergyIntolerance", next(k for t, k in rows if t == "AllergyIntolerance")):
                        benali.id,
                    ("ImagingStudy", next(k for t, k in rows if t == "ImagingStudy")): aubert.id,
                    ("Questionnaire", next(k for t, k in rows if t == "Questionnaire")): None}
    assert first.applied >= 4
    with workspace.read() as conn:
        titles = [i.title for i in history.timeline(conn, aubert.id)]
    assert titles[-2:] == ["Knee MRI", "Asthma"]

    condition["code"] = {"text": "Asthma, mild"}
    client.update(condition)
    second = engine.pull()
    assert second.applied == 1
    assert second.transferred - second.unchanged == 1  # only what changed came again
    with workspace.read() as conn:
        assert history.resource(conn, "Condition", condition["id"])["code"]["text"] == \
            "Asthma, mild"

    opened = engine.pull_history([chen.id])  # a chart opened for someone not scheduled
    assert opened.applied == 1
    assert ("Encounter", next(k for t, k in _rows(workspace) if t == "Encounter")) in \
        _rows(workspace)


def test_history_deleted_on_the_server_leaves_an_open_chart(workspace, fhir) -> None:
    people, sid = _pushed_patients(workspace, fhir, ["Aubert", "Chen"])
    chen = people[-1]
    client = new_client(fhir.base_url)
    allergy = _post(client, {"resourceType": "AllergyIntolerance",
                             "patient": {"reference": f"Patient/{sid['Chen']}"},
                             "code": {"text": "Penicillin"}, "recordedDate": "2019-03-03"})
    _post(client, {"resourceType": "Condition", "subject": {"reference": f"Patient/{sid['Chen']}"},
                   "code": {"text": "Asthma"}, "onsetDateTime": "2015-04-01"})
    engine = make_engine(workspace, fhir)

    def titles() -> set[str]:
        with workspace.read() as conn:
            return {i.title for i in history.timeline(conn, chen.id)}

    assert engine.pull_history([chen.id]).deleted == 0  # his chart is opened
    assert {"Penicillin", "Asthma"} <= titles()
    client.request("DELETE", f"AllergyIntolerance/{allergy['id']}")  # entered in error
    assert engine.pull_history([chen.id]).deleted == 1
    assert "Penicillin" not in titles() and "Asthma" in titles()
    assert engine.pull_history([chen.id]).deleted == 0  # hidden once
