"""A merge reaches the real FHIR server: the retired Patient inactive and linked to the
survivor, the survivor linked back, and the moved appointments pointing at the survivor."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from desk.frontdesk import merge, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Actor
from desk.storage.schema import outbox
from desk.sync.mapping import record_id_of

from .test_engine import make_engine

pytestmark = pytest.mark.server
CLERK = Actor("u-remi", "remi")


def _register(workspace, family: str, given: str, visits: int) -> tuple[Patient, list[str]]:
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family=family, given=given), SYSTEM)
        appts = [schedule.book(conn, Appointment(patient_id=p.id, reason="Check-up",
                                                 start=datetime(2026, 11, 23, 9 + n)),
                               SYSTEM).id for n in range(visits)]
    return p, appts


def _merge(workspace, survivor: str, retired: str) -> None:
    with workspace.begin() as conn:
        merge.merge(conn, workspace.blobs, survivor, retired, CLERK)


def _on_server(fhir) -> tuple[dict, dict]:
    people = {record_id_of(r): r for r in fhir.search_all("Patient")}
    appts = {record_id_of(r): r for r in fhir.search_all("Appointment")}
    return people, appts


def _waiting(workspace) -> int:
    with workspace.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar_one()


@pytest.mark.parametrize("update_create", [True, False])
def test_after_sync_the_retired_patient_is_inactive_and_linked_both_ways(workspace, fhir,
                                                                         update_create):
    fhir.configure(update_create=update_create)
    keep, keep_appts = _register(workspace, "Okafor", "Chidi", 2)
    gone, gone_appts = _register(workspace, "Okafor", "Chidi E.", 3)
    engine = make_engine(workspace, fhir)
    engine.push()
    _merge(workspace, keep.id, gone.id)
    report = engine.push()
    assert report.quarantined == 0 and _waiting(workspace) == 0
    people, appts = _on_server(fhir)
    survivor, retired = people[keep.id], people[gone.id]
    assert retired["active"] is False
    assert retired["link"] == [{"other": {"reference": f"Patient/{survivor['id']}"},
                                "type": "replaced-by"}]
    assert survivor.get("active", True) is True
    assert survivor["link"] == [{"other": {"reference": f"Patient/{retired['id']}"},
                                 "type": "replaces"}]
    for appointment_id in keep_appts + gone_appts:
        actor = appts[appointment_id]["participant"][0]["actor"]["reference"]
        assert actor == f"Patient/{survivor['id']}", appointment_id
    # a pull afterwards changes nothing locally: the retired record stays out of search
    engine.pull()
    with workspace.read() as conn:
        assert [h.patient_id for h in patients.index(conn).search("okafor chidi")] == [keep.id]
        assert len(schedule.for_patient(conn, keep.id)) == 5


def test_a_duplicate_merged_before_it_reached_the_server_is_never_sent(workspace, fhir):
    keep, _ = _register(workspace, "Núñez", "Lucía", 1)
    engine = make_engine(workspace, fhir)
    engine.push()
    gone, gone_appts = _register(workspace, "Nunez", "Lucia", 2)  # registered offline
    _merge(workspace, keep.id, gone.id)
    engine.push()
    assert _waiting(workspace) == 0
    people, appts = _on_server(fhir)
    assert set(people) == {keep.id}
    assert "link" not in people[keep.id]
    for appointment_id in gone_appts:
        actor = appts[appointment_id]["participant"][0]["actor"]["reference"]
        assert actor == f"Patient/{people[keep.id]['id']}"


def test_a_survivor_new_to_the_server_is_created_with_its_link(workspace, fhir):
    gone, _ = _register(workspace, "Durand", "Élise", 1)
    engine = make_engine(workspace, fhir)
    engine.push()
    keep, _ = _register(workspace, "Durand", "Elise", 0)  # registered while offline
    _merge(workspace, keep.id, gone.id)
    engine.push()
    assert _waiting(workspace) == 0
    people, _ = _on_server(fhir)
    assert people[gone.id]["active"] is False
    assert people[gone.id]["link"][0]["other"]["reference"] == f"Patient/{people[keep.id]['id']}"
    assert people[keep.id]["link"] == [
        {"other": {"reference": f"Patient/{people[gone.id]['id']}"}, "type": "replaces"}]


def test_an_appointment_pulled_for_the_retired_patient_lands_on_the_survivor(workspace, fhir):
    keep, _ = _register(workspace, "Okafor", "Chidi", 1)
    gone, _ = _register(workspace, "Okafor", "Chidi E.", 1)
    engine = make_engine(workspace, fhir)
    engine.push()
    _merge(workspace, keep.id, gone.id)
    engine.push()
    people, _ = _on_server(fhir)
    booked_elsewhere = engine.client.create({
        "resourceType": "Appointment", "status": "booked",
        "start": "2026-11-30T10:00:00Z", "end": "2026-11-30T10:15:00Z",
        "participant": [{"actor": {"reference": f"Patient/{people[gone.id]['id']}"},
                         "status": "accepted"}]}).resource
    assert booked_elsewhere is not None
    engine.pull()
    with workspace.read() as conn:
        ids = [a.id for a in schedule.for_patient(conn, keep.id)]
    assert record_id_of(booked_elsewhere) in ids


def test_a_merge_made_at_another_desk_is_applied_here_by_the_pull(workspace, fhir, tmp_path):
    from desk.storage import Workspace
    from desk.storage.audit import verify
    from desk.storage.schema import audit, blob

    keep, _ = _register(workspace, "Okafor", "Chidi", 1)
    gone, gone_appts = _register(workspace, "Okafor", "Chidi E.", 2)
    here = make_engine(workspace, fhir)
    here.push()
    with Workspace.create(tmp_path / "other-desk") as other:
        there = make_engine(other, fhir, blobs=other.blobs)
        there.pull()
        with other.read() as conn:
            found = [h.patient_id for h in patients.index(conn).search("okafor chidi")]
        assert sorted(found) == sorted([keep.id, gone.id])  # both, before the merge
        with other.begin() as conn:  # a visit this desk puts on the server itself
            schedule.check_in(conn, gone_appts[0], SYSTEM, at=datetime(2026, 11, 23, 9, 5))
            other.blobs.put(conn, patients.RECORD, gone.id, b"%PDF scanned letter",
                            "application/pdf")  # and a file kept only here
        there.push()
        _merge(workspace, keep.id, gone.id)
        here.push()
        report = there.pull()
        assert report.merged == 1
        with other.read() as conn:
            assert [h.patient_id for h in patients.index(conn).search("okafor chidi")] == [
                keep.id]
            assert patients.get(conn, gone.id).id == keep.id  # the old record opens the kept one
            assert {a.id for a in schedule.for_patient(conn, keep.id)} >= set(gone_appts)
            [(kept_file,)] = conn.execute(sa.select(blob.c.id).where(
                blob.c.record_id == keep.id)).all()
            assert other.blobs.get(conn, kept_file) == b"%PDF scanned letter"
        files = [f for f in (other.path / "blobs").rglob("*") if f.is_file()]
        assert [f.name for f in files] == [kept_file]  # the old sealed copy is gone
        with other.read() as conn:
            entries = conn.execute(sa.select(audit.c.action, audit.c.record_id,
                                             audit.c.outcome, audit.c.username).where(
                audit.c.action == "patient.merge")).tuples().all()
            assert verify(conn).ok
        assert sorted(entries) == sorted([("patient.merge", keep.id, "kept", SYSTEM.username),
                                          ("patient.merge", gone.id, "retired",
                                           SYSTEM.username)])
        with other.read() as conn:
            waiting = list(conn.execute(sa.select(outbox.c.record_type)).scalars())
        assert waiting == ["Encounter"]  # its own visit moves; the merge is not sent back
        there.push()
        people, _ = _on_server(fhir)
        [visit] = fhir.search_all("Encounter")
        assert visit["subject"]["reference"] == f"Patient/{people[keep.id]['id']}"
        assert there.pull().merged == 0  # and a second pull changes nothing
        assert _waiting(other) == 0
