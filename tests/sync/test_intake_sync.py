"""Intake records and visits reach the real FHIR test server once each, with their links."""

from __future__ import annotations

import base64
from collections import Counter
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from desk.forms import Clinic
from desk.frontdesk import catalog, intake, intake_records, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM
from desk.storage.schema import audit
from desk.sync.engine import SyncEngine
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.mapping import URI_SYSTEM, record_id_of
from tests.support.intake_forms import CLINIC_URL, clinic_form, filled_response
from tests.sync.test_engine import MRN, new_client

pytestmark = [pytest.mark.server, pytest.mark.clock]
CLINIC = Clinic("Test clinic")
AT = datetime(2026, 11, 23, 9, 0)


def front_desk_day(workspace, n: int) -> dict[str, list]:
    """Register ``n`` patients, book them, complete one form each (every fifth the consent
    form) and check them in: what a morning at the desk leaves for the server."""
    made: dict[str, list] = {"patients": [], "appointments": [], "intakes": []}
    responses = {name: filled_response(name) for name in ("phq-9", "consent")}
    for i in range(n):
        with workspace.begin() as conn:
            p = patients.register(conn, Patient(family=f"Family{i}", given=f"Given{i}"),
                                  SYSTEM)
            a = schedule.book(conn, Appointment(patient_id=p.id, start=AT + timedelta(
                minutes=10 * i), reason="Check-up"), SYSTEM)
            form = "consent" if i % 5 == 0 else "phq-9"
            sent = intake.send_forms(conn, a.id, [form], SYSTEM)
        with workspace.begin() as conn:
            done = intake.complete(conn, workspace.blobs, sent.intakes[0].id,
                                   responses[form], SYSTEM, clinic=CLINIC)
            schedule.check_in(conn, a.id, SYSTEM, at=AT + timedelta(minutes=10 * i + 2))
        made["patients"].append(p)
        made["appointments"].append(a)
        made["intakes"].append(done)
    return made


def engine_for(workspace, fhir, **kw) -> SyncEngine:
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=6, base_delay=0.01))
    return SyncEngine(workspace.engine, client, options=MRN, blobs=workspace.blobs,
                      today=lambda: AT.date(), **kw)


def by_record(fhir, rtype: str) -> dict[str, dict]:
    """The server's resources of a type by local record id; each must be there once."""
    found = fhir.search_all(rtype)
    counts = Counter(record_id_of(r) for r in found)
    assert [rid for rid, n in counts.items() if n > 1] == []
    return {record_id_of(r): r for r in found}


def target(ref: dict, resources: dict[str, dict]) -> str:
    """The local record id a reference points to (it must resolve on the server)."""
    rtype, sid = ref["reference"].split("/")[-2:]
    matches = [rid for rid, r in resources.items() if r["id"] == sid
               and r["resourceType"] == rtype]
    assert len(matches) == 1, ref
    return matches[0]


def assert_all_once(workspace, fhir, made: dict[str, list]) -> None:
    people = by_record(fhir, "Patient")
    appts = by_record(fhir, "Appointment")
    encounters = by_record(fhir, "Encounter")
    responses = by_record(fhir, "QuestionnaireResponse")
    documents = by_record(fhir, "DocumentReference")
    consents = by_record(fhir, "Consent")
    assert sorted(people) == sorted(p.id for p in made["patients"])
    assert sorted(appts) == sorted(a.id for a in made["appointments"])
    assert sorted(encounters) == sorted(schedule.encounter_id(a.id)
                                        for a in made["appointments"])
    intakes = {i.id: i for i in made["intakes"]}
    assert sorted(responses) == sorted(intakes)
    assert sorted(consents) == sorted(intake_records.consent_id(i.id) for i in intakes.values()
                                      if i.questionnaire == "consent")
    assert len(documents) == len(intakes)
    for a in made["appointments"]:
        enc = encounters[schedule.encounter_id(a.id)]
        assert enc["status"] == "arrived"
        assert target(enc["appointment"][0], appts) == a.id
        assert target(enc["subject"], people) == a.patient_id
    for rid, qr in responses.items():
        assert target(qr["subject"], people) == intakes[rid].patient_id
        assert qr["questionnaire"].startswith("urn:desk:questionnaire:")
        assert qr["identifier"] == {"system": URI_SYSTEM, "value": f"urn:uuid:{rid}"}
    for doc in documents.values():
        attachment = doc["content"][0]["attachment"]
        assert attachment["contentType"] == "application/pdf"
        assert base64.b64decode(attachment["data"]).startswith(b"%PDF")
        rid = target(doc["context"]["related"][0], responses)
        assert target(doc["subject"], people) == intakes[rid].patient_id
    for consent in consents.values():
        rid = target(consent["sourceReference"], responses)
        assert target(consent["patient"], people) == intakes[rid].patient_id
        assert consent["status"] == "active"
    tags = Counter(t["code"] for r in fhir.search_all("AuditEvent")
                   for t in r["meta"].get("tag", []) if t.get("system") == URI_SYSTEM)
    with workspace.read() as conn:
        entries = conn.execute(sa.select(sa.func.count()).select_from(audit)).scalar_one()
    assert len(tags) == entries and set(tags.values()) == {1}


@pytest.mark.parametrize("update_create", [True, False])
def test_a_day_worked_offline_arrives_once_with_its_links(workspace, fhir, update_create):
    fhir.stop()
    made = front_desk_day(workspace, 50)
    offline = SyncEngine(workspace.engine, new_client(
        fhir.base_url, retry=RetryPolicy(attempts=2, base_delay=0.01)), options=MRN,
        blobs=workspace.blobs)
    with pytest.raises(FhirError):
        offline.push()
    assert offline.status().waiting == 310  # 50 each of P, A, Enc, QR, Task, PDF; 10 consents
    fhir.start()
    fhir.configure(update_create=update_create)
    engine = engine_for(workspace, fhir)
    report = engine.push()
    assert report.sent == 310 and report.quarantined == 0
    assert report.audit_events == 250  # register, book, send, complete, check in
    assert engine.status().waiting == 0
    assert_all_once(workspace, fhir, made)


@pytest.mark.parametrize("update_create", [True, False])
def test_lost_answers_duplicate_no_intake_record(workspace, fhir, update_create):
    fhir.configure(update_create=update_create)
    made = front_desk_day(workspace, 10)
    engine = engine_for(workspace, fhir, bundle_size=4)
    engine.strategy()
    fhir.faults("drop_after", every=2, count=-1)
    for _ in range(5):
        try:
            engine.push()
        except FhirError:
            continue
    fhir.clear_faults()
    engine.push()
    assert fhir.stats()["faultsInjected"] > 0
    assert engine.status().waiting == 0
    assert_all_once(workspace, fhir, made)


def test_moves_after_arrival_update_the_encounter(workspace, fhir):
    made = front_desk_day(workspace, 2)
    engine = engine_for(workspace, fhir)
    engine.push()
    first, second = made["appointments"]
    with workspace.begin() as conn:
        schedule.move(conn, first.id, "in-room", SYSTEM, at=AT)
        schedule.move(conn, first.id, "done", SYSTEM, at=AT)
        schedule.move(conn, second.id, "cancelled", SYSTEM, at=AT)
        walk_in = schedule.walk_in(conn, first.patient_id, SYSTEM, at=AT)
    assert engine.push().sent == 6  # three appointments and their encounters
    encounters = by_record(fhir, "Encounter")
    assert encounters[schedule.encounter_id(first.id)]["status"] == "finished"
    assert encounters[schedule.encounter_id(second.id)]["status"] == "cancelled"
    assert encounters[schedule.encounter_id(walk_in.id)]["status"] == "arrived"


def test_without_the_blob_store_the_pdfs_wait(workspace, fhir):
    front_desk_day(workspace, 2)
    without = SyncEngine(workspace.engine, new_client(fhir.base_url), options=MRN)
    without.push()
    assert without.status().waiting == 2 and by_record(fhir, "DocumentReference") == {}
    engine_for(workspace, fhir).push()
    assert len(by_record(fhir, "DocumentReference")) == 2


def test_answers_to_a_form_pulled_from_the_server_cite_it(workspace, fhir):
    client = new_client(fhir.base_url)
    travel = client.create(clinic_form()).resource
    diet = client.create(clinic_form(url=None, version=None, title="Diet")).resource
    engine = engine_for(workspace, fhir)
    engine.pull()
    with workspace.begin() as conn:
        clinic = {f.title("en"): f for f in catalog.available_forms(conn) if f.from_clinic}
        assert [f.name for f in clinic.values()] == [f"server:{diet['id']}",
                                                    f"server:{travel['id']}"]
        p = patients.register(conn, Patient(family="Aubert", given="Lea"), SYSTEM)
        a = schedule.book(conn, Appointment(patient_id=p.id, start=AT), SYSTEM)
        sent = intake.send_forms(conn, a.id, [f.name for f in clinic.values()], SYSTEM)
    for item in sent.intakes:
        with workspace.begin() as conn:
            intake.complete(conn, workspace.blobs, item.id,
                            filled_response(clinic[item.title]), SYSTEM, clinic=CLINIC)
    assert engine.push().quarantined == 0
    cited = {r["questionnaire"] for r in by_record(fhir, "QuestionnaireResponse").values()}
    assert cited == {f"{CLINIC_URL}|2", f"Questionnaire/{diet['id']}"}
    titles = {d["description"] for d in by_record(fhir, "DocumentReference").values()}
    assert titles == {"Travel screening", "Diet"}


def test_a_form_deleted_on_the_server_is_no_longer_offered_and_completes_where_sent(
        workspace, fhir):
    client = new_client(fhir.base_url)
    travel = client.create(clinic_form()).resource
    diet = client.create(clinic_form(url=None, version=None, title="Diet")).resource
    engine = engine_for(workspace, fhir)
    assert engine.pull().removed == 0
    diet_form = f"server:{diet['id']}"
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Aubert", given="Lea"), SYSTEM)
        a = schedule.book(conn, Appointment(patient_id=p.id, start=AT), SYSTEM)
        sent = intake.send_forms(conn, a.id, [diet_form], SYSTEM)

    client.request("DELETE", f"Questionnaire/{diet['id']}")
    assert engine.pull().removed == 1
    with workspace.begin() as conn:
        assert [f.name for f in catalog.available_forms(conn) if f.from_clinic] == [
            f"server:{travel['id']}"]
        intake.complete(conn, workspace.blobs, sent.intakes[0].id,
                        filled_response(catalog.form_info(conn, diet_form)), SYSTEM,
                        clinic=CLINIC)
    assert engine.push().quarantined == 0
    assert engine.pull().removed == 0  # marked once
    cited = {r["questionnaire"] for r in by_record(fhir, "QuestionnaireResponse").values()}
    assert cited == {f"Questionnaire/{diet['id']}"}


@pytest.mark.parametrize("update_create", [True, False])
def test_a_merge_moves_visits_forms_and_consents_on_the_server_too(workspace, fhir,
                                                                  update_create):
    from desk.frontdesk import merge

    fhir.configure(update_create=update_create)
    made = front_desk_day(workspace, 1)  # a consent form, its PDF, and a visit
    gone = made["patients"][0]
    with workspace.begin() as conn:
        keep = patients.register(conn, Patient(family="Family0", given="Given Zero"), SYSTEM)
    engine = engine_for(workspace, fhir)
    engine.push()
    with workspace.begin() as conn:
        merge.merge(conn, workspace.blobs, keep.id, gone.id, SYSTEM)
    report = engine.push()
    assert report.quarantined == 0 and engine.status().waiting == 0
    people = by_record(fhir, "Patient")
    kept = f"Patient/{people[keep.id]['id']}"
    [enc] = by_record(fhir, "Encounter").values()
    [qr] = by_record(fhir, "QuestionnaireResponse").values()
    [doc] = by_record(fhir, "DocumentReference").values()
    [consent] = by_record(fhir, "Consent").values()
    assert [enc["subject"]["reference"], qr["subject"]["reference"],
            doc["subject"]["reference"], consent["patient"]["reference"]] == [kept] * 4
    assert engine.push().sent == 0  # and nothing goes again
