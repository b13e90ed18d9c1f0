"""Bundles against the real server: conditional creates, PUTs, splitting, no duplicates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk.frontdesk.model import Appointment, Patient
from desk.sync.bundle import BundleSender, Change
from desk.sync.client import FhirClient
from desk.sync.errors import RetryPolicy
from desk.sync.mapping import record_id_of
from desk.sync.mapping_appointments import appointment_to_fhir
from desk.sync.mapping_patients import patient_to_fhir

pytestmark = pytest.mark.server


def patient_change(p: Patient) -> Change:
    return Change("Patient", p.id, lambda ref: patient_to_fhir(p))


def appt_change(a: Appointment) -> Change:
    return Change("Appointment", a.id,
                  lambda ref: appointment_to_fhir(a, patient_reference=ref("Patient",
                                                                           a.patient_id)),
                  references=(("Patient", a.patient_id),))


def records(n: int) -> tuple[list[Patient], list[Appointment]]:
    ps = [Patient(family=f"Fam{i}", given="G") for i in range(n)]
    aps = [Appointment(patient_id=p.id, start=datetime(2026, 5, 1, 9, tzinfo=UTC),
                       state="arrived") for p in ps]
    return ps, aps


@pytest.fixture
def client(fhir):
    with FhirClient(fhir.base_url, retry=RetryPolicy(attempts=6, base_delay=0.01)) as c:
        yield c


def interleaved(ps, aps) -> list[Change]:
    out: list[Change] = []
    for p, a in zip(ps, aps, strict=True):
        out += [patient_change(p), appt_change(a)]
    return out


def check_server(fhir, ps, aps):
    patients = fhir.search_all("Patient")
    appts = fhir.search_all("Appointment")
    assert sorted(record_id_of(r) for r in patients) == sorted(p.id for p in ps)
    assert sorted(record_id_of(r) for r in appts) == sorted(a.id for a in aps)
    server_id = {record_id_of(r): r["id"] for r in patients}
    for r in appts:
        a = next(a for a in aps if a.id == record_id_of(r))
        assert r["participant"][0]["actor"]["reference"] == f"Patient/{server_id[a.patient_id]}"


@pytest.mark.parametrize("strategy", ["conditional", "put"])
def test_send_twice_makes_each_resource_once(fhir, client, strategy):
    ps, aps = records(15)
    for _ in range(2):
        sender = BundleSender(client, strategy, known_server_id=lambda t, i: None)
        results = sender.send(interleaved(ps, aps))
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    check_server(fhir, ps, aps)
    if strategy == "conditional":
        assert sender.bundles_sent == 4  # 30 entries in bundles of at most 8


def test_lost_answers_to_bundles_make_no_duplicates(fhir, client):
    ps, aps = records(12)
    fhir.faults("drop_after", every=2, count=-1)
    sender = BundleSender(client, "conditional", known_server_id=lambda t, i: None)
    results = sender.send(interleaved(ps, aps))
    fhir.clear_faults()
    assert all(r.ok for r in results)
    check_server(fhir, ps, aps)


def test_size_refusal_splits_the_bundle(fhir, client):
    ps, _ = records(120)
    sender = BundleSender(client, "put", known_server_id=lambda t, i: None, max_entries=60,
                          concurrency=1)
    results = sender.send([patient_change(p) for p in ps])
    assert all(r.ok for r in results)
    assert len(fhir.search_all("Patient")) == 120
    # 60 refused -> 30 + 30, then 30 at a time for the remaining 60
    assert sender.bundles_sent == 5


def test_a_refused_record_does_not_hold_back_the_others(fhir, client):
    ps, aps = records(6)
    changes = interleaved(ps, aps)
    bad = Patient(family="Bad", given="")
    changes.insert(3, Change("Patient", bad.id, lambda ref: {"resourceType": "Appointment"}))
    sender = BundleSender(client, "conditional", known_server_id=lambda t, i: None)
    results = sender.send(changes)
    failed = [r for r in results if not r.ok]
    assert [r.change.record_id for r in failed] == [bad.id]
    assert failed[0].error.kind == "input" and failed[0].error.status == 400
    check_server(fhir, ps, aps)


def test_reference_to_a_record_not_on_the_server_is_blocked(fhir, client):
    ps, aps = records(2)
    sender = BundleSender(client, "put", known_server_id=lambda t, i: None)
    results = sender.send([appt_change(aps[0]), patient_change(ps[1]), appt_change(aps[1])])
    assert [r.ok for r in results] == [False, True, True]
    assert results[0].blocked
