"""The sync engine end to end: a real SQLCipher workspace and the real FHIR test server."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Actor, audit
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import audit as audit_table
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync.client import FhirClient
from desk.sync.conflicts import open_conflicts, resolve_conflict, retry_refused
from desk.sync.engine import SyncEngine
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.mapping import MappingOptions, record_id_of
from desk.sync.status import Progress
from desk.sync.tables import conflict

pytestmark = [pytest.mark.server, pytest.mark.clock]
MRN = MappingOptions(mrn_system="urn:oid:2.16.840.1.113883.4.999")
TODAY = date(2026, 11, 23)  # the day the tests' schedules are about


_open: list[FhirClient] = []


@pytest.fixture(autouse=True)
def _close_clients():
    yield
    while _open:
        _open.pop().close()


def new_client(base_url: str, **kw) -> FhirClient:
    client = FhirClient(base_url, **kw)
    _open.append(client)
    return client


def make_engine(workspace, fhir, **kw) -> SyncEngine:
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=6, base_delay=0.01))
    kw.setdefault("today", lambda: TODAY)
    return SyncEngine(workspace.engine, client, options=MRN, **kw)


def register_and_check_in(workspace, n: int) -> tuple[list[Patient], list[Appointment]]:
    ps, aps = [], []
    at = datetime(2026, 11, 23, 9, 0)
    with workspace.begin() as conn:
        for i in range(n):
            p = patients.register(conn, Patient(family=f"Family{i}", given=f"Given{i}"), SYSTEM)
            a = schedule.book(conn, Appointment(patient_id=p.id, start=at + timedelta(
                minutes=15 * i), reason="Check-up"), SYSTEM)
            ps.append(p)
            aps.append(a)
    with workspace.begin() as conn:
        for a in aps:
            schedule.check_in(conn, a.id, SYSTEM, at=at + timedelta(minutes=5))
    return ps, aps


def assert_on_server_once(fhir, ps, aps):
    srv_patients = fhir.search_all("Patient")
    srv_appts = fhir.search_all("Appointment")
    assert sorted(record_id_of(r) for r in srv_patients) == sorted(p.id for p in ps)
    assert sorted(record_id_of(r) for r in srv_appts) == sorted(a.id for a in aps)
    server_id = {record_id_of(r): r["id"] for r in srv_patients}
    by_id = {a.id: a for a in aps}
    for r in srv_appts:
        a = by_id[record_id_of(r)]
        assert r["participant"][0]["actor"]["reference"] == f"Patient/{server_id[a.patient_id]}"
        assert r["status"] == "arrived"


def outbox_count(workspace) -> int:
    with workspace.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar_one()


@pytest.mark.parametrize("update_create", [True, False])
def test_outage_then_one_sync_sends_each_record_once(workspace, fhir, update_create):
    fhir.stop()
    ps, aps = register_and_check_in(workspace, 50)
    offline = SyncEngine(workspace.engine, new_client(
        fhir.base_url, retry=RetryPolicy(attempts=2, base_delay=0.01)), options=MRN)
    with pytest.raises(FhirError) as info:
        offline.push()
    assert info.value.kind == "network"
    status = offline.status()
    # each arrival also opens an Encounter: 50 patients, appointments and encounters
    assert status.online is False and status.waiting == 150 and status.last_success is None
    fhir.start()
    fhir.configure(update_create=update_create)
    engine = make_engine(workspace, fhir)
    report = engine.push(Progress())
    assert report.sent == 150 and report.quarantined == 0
    assert_on_server_once(fhir, ps, aps)
    assert outbox_count(workspace) == 0
    status = engine.status()
    assert status.online is True and status.waiting == 0 and status.last_success is not None
    # nothing left to send: a second push sends nothing
    before = fhir.stats()["requests"]
    assert engine.push().sent == 0
    assert fhir.stats()["requests"] - before <= 1  # at most the capability statement


@pytest.mark.parametrize("update_create", [True, False])
def test_lost_answers_duplicate_nothing(workspace, fhir, update_create):
    fhir.configure(update_create=update_create)
    ps, aps = register_and_check_in(workspace, 20)
    engine = make_engine(workspace, fhir, bundle_size=4)
    engine.strategy()  # read the capability statement before the faults
    fhir.faults("drop_after", every=2, count=-1)
    engine.push()
    fhir.clear_faults()
    assert fhir.stats()["faultsInjected"] > 0
    assert_on_server_once(fhir, ps, aps)
    # later changes go out as updates, still once each
    with workspace.begin() as conn:
        for a in aps[:5]:
            schedule.move(conn, a.id, "in-room", SYSTEM, at=datetime(2026, 11, 23, 10))
    fhir.faults("drop_after", every=2, count=-1)
    engine.push()
    fhir.clear_faults()
    srv = {record_id_of(r): r for r in fhir.search_all("Appointment")}
    assert len(srv) == 20
    assert sorted(a.id for a in aps if srv[a.id]["status"] == "checked-in") == sorted(
        a.id for a in aps[:5])


def test_a_refused_record_is_quarantined_and_the_rest_flow(workspace, fhir):
    fhir.configure(reject_marker="Refuse-Me")
    ps, aps = register_and_check_in(workspace, 5)
    with workspace.begin() as conn:
        bad = patients.register(conn, Patient(family="Refuse-Me", given="X"), SYSTEM)
    engine = make_engine(workspace, fhir)
    report = engine.push()
    assert report.quarantined == 1 and report.sent == 15
    status = engine.status()
    assert [(a.record_id, a.reason) for a in status.attention] == [(bad.id, "refused")]
    assert "refused" in status.attention[0].message
    assert_on_server_once(fhir, ps, aps)
    # staff correct the record: it goes again and leaves the attention list
    with workspace.begin() as conn:
        bad.family = "Corrected"
        patients.update(conn, bad, SYSTEM)
    assert engine.push().sent == 1
    assert engine.status().attention == () and outbox_count(workspace) == 0
    assert_on_server_once(fhir, ps + [bad], aps)


def test_retry_refused_puts_it_back_in_the_queue(workspace, fhir):
    fhir.configure(reject_marker="Refuse-Me")
    with workspace.begin() as conn:
        bad = patients.register(conn, Patient(family="Refuse-Me", given="X"), SYSTEM)
    engine = make_engine(workspace, fhir)
    assert engine.push().quarantined == 1
    fhir.configure(reject_marker="")
    retry_refused(workspace.engine, "Patient", bad.id)
    assert engine.push().sent == 1 and engine.status().attention == ()


def test_a_refused_audit_entry_waits_for_attention_and_later_ones_flow(workspace, fhir):
    fhir.configure(reject_marker="Refuse-Me")
    with workspace.begin() as conn:
        for name in ("ana", "Refuse-Me", "bo"):
            audit.record(conn, Actor(None, name), "session.lock")
    engine = make_engine(workspace, fhir)

    def agents() -> list[str]:
        return sorted(e["agent"][0]["who"]["display"] for e in fhir.search_all("AuditEvent"))

    report = engine.push()
    assert report.quarantined == 1 and report.audit_events == 2
    [refused] = engine.status().attention
    assert refused.record_type == "AuditEvent" and refused.reason == "refused"
    assert agents() == ["ana", "bo"]
    assert engine.push().audit_events == 0 and agents() == ["ana", "bo"]
    fhir.configure(reject_marker="")
    retry_refused(workspace.engine, "AuditEvent", refused.record_id)
    assert engine.push().audit_events == 1 and engine.status().attention == ()
    assert agents() == ["Refuse-Me", "ana", "bo"] and outbox_count(workspace) == 0


def test_a_record_the_server_lost_is_made_again_there_when_it_changes(workspace, fhir):
    ps, _ = register_and_check_in(workspace, 3)
    engine = make_engine(workspace, fhir)
    engine.push()
    fhir.reset()  # the server put back from a backup older than these records
    with workspace.begin() as conn:
        p = patients.get(conn, ps[0].id)
        p.phone = "555-0042"
        patients.update(conn, p, SYSTEM)
    report = engine.push()
    assert report.quarantined == 0 and engine.push().sent >= 1
    [back] = [r for r in fhir.search_all("Patient") if record_id_of(r) == p.id]
    assert back["telecom"][0]["value"] == "555-0042" and engine.status().attention == ()


def test_the_server_holds_the_audit_chain_and_its_end(workspace, fhir):
    with workspace.begin() as conn:
        for name in ("ana", "bo", "cy"):
            audit.record(conn, Actor(None, name), "session.lock")
    make_engine(workspace, fhir).push()
    on_server = {}
    for event in fhir.search_all("AuditEvent"):
        [chain] = [e for e in event.get("extension", []) if e["url"] == "urn:desk:audit-chain"]
        parts = {p["url"]: p.get("valueInteger", p.get("valueString")) for p in chain["extension"]}
        on_server[parts["seq"]] = parts["hash"]
    with workspace.read() as conn:
        local = dict(conn.execute(sa.select(audit_table.c.seq, audit_table.c.hash)).all())
        head = audit.head(conn)
    assert on_server == local and on_server[head.seq] == head.hash


def test_a_pull_without_the_server_says_offline_and_leaves_no_search_running(workspace):
    engine = SyncEngine(workspace.engine, new_client(
        "http://127.0.0.1:9/", retry=RetryPolicy(attempts=1)), options=MRN)
    with pytest.raises(FhirError) as info:
        engine.pull()
    assert info.value.kind == "network"
    assert engine.status().online is False
    assert not [t for t in threading.enumerate() if t.name.startswith("desk-sync-page")]


def test_pull_2000_resources_then_only_what_changed(workspace, fhir):
    client = new_client(fhir.base_url)
    pids = []
    for start in range(0, 1000, 50):
        entries = []
        for i in range(start, start + 50):
            p = Patient(family=f"Remote{i}", given="R", mrn=f"R{i:05d}")
            pids.append(p.id)
            from desk.sync.mapping_appointments import appointment_to_fhir
            from desk.sync.mapping_patients import patient_to_fhir
            a = Appointment(patient_id=p.id, start=datetime(2026, 12, 1, 8).astimezone(),
                            state="scheduled")
            entries.append({"resource": patient_to_fhir(p, options=MRN, server_id=p.id),
                            "request": {"method": "PUT", "url": f"Patient/{p.id}"}})
            entries.append({"resource": appointment_to_fhir(
                a, patient_reference=f"Patient/{p.id}", server_id=a.id),
                "request": {"method": "PUT", "url": f"Appointment/{a.id}"}})
        for half in (entries[:50], entries[50:]):
            client.transaction({"resourceType": "Bundle", "type": "transaction",
                                "entry": [e for e in half if e["request"]["url"].startswith(
                                    "Patient")] + [e for e in half if e["request"]["url"]
                                                   .startswith("Appointment")]})
    with workspace.begin() as conn:
        patients.index(conn)  # an existing (empty) index must learn of pulled patients
    engine = make_engine(workspace, fhir, overlap=timedelta(0), page_size=200)
    before = fhir.stats()["requests"]
    first = engine.pull(Progress())
    assert first.applied == 2000
    assert fhir.stats()["requests"] - before >= 10  # five pages of each type, at least
    with workspace.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(patient_table)
                            ).scalar_one() == 1000
        assert conn.execute(sa.select(sa.func.count()).select_from(appointment_table)
                            ).scalar_one() == 1000
        assert conn.execute(sa.select(patient_table.c.mrn).where(
            patient_table.c.id == pids[7])).scalar_one() == "R00007"
    assert outbox_count(workspace) == 0  # pulled records are not pushed back
    with workspace.read() as conn:  # pulled patients can be found at the front desk
        assert patients.index(conn).search("R00007")[0].patient_id == pids[7]
    # change three patients on the server
    for pid in pids[10:13]:
        res = client.read("Patient", pid).resource
        res["telecom"] = [{"system": "phone", "value": "555-0101"}]
        client.update(res)
    second = engine.pull()
    assert second.applied == 3
    # the changed ones, plus those stamped in the mark's own millisecond (skipped as known)
    assert second.transferred < 100 and second.transferred - second.unchanged == 3
    with workspace.read() as conn:
        assert conn.execute(sa.select(patient_table.c.phone).where(
            patient_table.c.id == pids[11])).scalar_one() == "555-0101"


def test_the_schedule_is_pulled_from_yesterday_on(workspace, fhir):
    from desk.sync.mapping_appointments import appointment_to_fhir
    from desk.sync.mapping_patients import patient_to_fhir

    client = new_client(fhir.base_url)
    booked = {}
    for n, days in enumerate((-30, -1, 0, 30)):
        p = Patient(family=f"Booked{n}", given="R", mrn=f"B{n:05d}")
        a = Appointment(patient_id=p.id, start=datetime.combine(
            TODAY + timedelta(days=days), time(9)).astimezone(), state="scheduled")
        client.transaction({"resourceType": "Bundle", "type": "transaction", "entry": [
            {"resource": patient_to_fhir(p, options=MRN, server_id=p.id),
             "request": {"method": "PUT", "url": f"Patient/{p.id}"}},
            {"resource": appointment_to_fhir(a, patient_reference=f"Patient/{p.id}",
                                             server_id=a.id),
             "request": {"method": "PUT", "url": f"Appointment/{a.id}"}}]})
        booked[days] = a.id
    make_engine(workspace, fhir).pull()
    with workspace.read() as conn:
        held = set(conn.execute(sa.select(appointment_table.c.id)).scalars())
    assert held == {booked[-1], booked[0], booked[30]}  # not last month's


def _book_on_server(client, days: list[int]) -> list[dict]:
    """Appointments on the server ``days`` from TODAY at nine, each with its patient."""
    from desk.sync.mapping_appointments import appointment_to_fhir
    from desk.sync.mapping_patients import patient_to_fhir

    booked = []
    for n, day in enumerate(days):
        p = Patient(family=f"Booked{n}", given="R", mrn=f"B{n:05d}")
        a = Appointment(patient_id=p.id, start=datetime.combine(
            TODAY + timedelta(days=day), time(9)).astimezone(), state="scheduled")
        done = client.transaction({"resourceType": "Bundle", "type": "transaction", "entry": [
            {"resource": patient_to_fhir(p, options=MRN, server_id=p.id),
             "request": {"method": "PUT", "url": f"Patient/{p.id}"}},
            {"resource": appointment_to_fhir(a, patient_reference=f"Patient/{p.id}",
                                             server_id=a.id),
             "request": {"method": "PUT", "url": f"Appointment/{a.id}"}}]})
        booked.append(done["entry"][1]["resource"])
    return booked


def test_an_appointment_deleted_on_the_server_is_cancelled_here(workspace, fhir):
    client = new_client(fhir.base_url)
    gone, moved, waiting, kept = _book_on_server(client, [0, 1, 2, 3])
    engine = make_engine(workspace, fhir)
    assert engine.pull().withdrawn == 0
    with workspace.begin() as conn:  # a check-in not sent yet
        schedule.check_in(conn, waiting["id"], SYSTEM, at=datetime(2026, 11, 25, 8, 55))
    client.request("DELETE", f"Appointment/{gone['id']}")
    client.request("DELETE", f"Appointment/{waiting['id']}")
    moved["start"], moved["end"] = "2026-10-01T09:00:00Z", "2026-10-01T09:15:00Z"
    client.update(moved)  # out of the pull's window: not pulled, but not deleted either

    assert engine.pull().withdrawn == 1
    with workspace.read() as conn:
        states = {a: schedule.get(conn, a).state for a in
                  (gone["id"], moved["id"], waiting["id"], kept["id"])}
        assert schedule.get(conn, moved["id"]).start.date() == date(2026, 10, 1)
        audited = conn.execute(sa.select(audit_table.c.record_id).where(
            audit_table.c.action == "appointment.withdrawn")).scalars().all()
        sent_back = conn.execute(sa.select(outbox.c.record_id).where(
            outbox.c.record_id == gone["id"])).scalars().all()
    assert states == {gone["id"]: "cancelled", moved["id"]: "scheduled",
                      waiting["id"]: "arrived", kept["id"]: "scheduled"}
    assert audited == [gone["id"]] and sent_back == []
    assert engine.pull().withdrawn == 0  # cancelled once


def test_a_check_in_made_while_the_server_is_asked_is_not_cancelled(workspace, fhir,
                                                                     monkeypatch):
    client = new_client(fhir.base_url)
    [gone] = _book_on_server(client, [0])
    engine = make_engine(workspace, fhir)
    engine.pull()
    client.request("DELETE", f"Appointment/{gone['id']}")
    search = engine.client.search

    def search_and_check_in(rtype, params):
        if "_id" in params and "date" not in params:  # read by id: meanwhile, a check-in
            with workspace.begin() as conn:
                schedule.check_in(conn, gone["id"], SYSTEM, at=datetime(2026, 11, 23, 8, 55))
        return search(rtype, params)

    monkeypatch.setattr(engine.client, "search", search_and_check_in)
    assert engine.pull().withdrawn == 0
    with workspace.read() as conn:
        assert schedule.get(conn, gone["id"]).state == "arrived"


def _synced_patient(workspace, fhir):
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Original", given="Ann", phone="1"), SYSTEM)
    engine = make_engine(workspace, fhir)
    engine.push()
    client = new_client(fhir.base_url)
    [res] = fhir.search_all("Patient")
    return p, engine, client, res


def test_concurrent_edits_of_different_fields_merge(workspace, fhir):
    p, engine, client, res = _synced_patient(workspace, fhir)
    res["telecom"] = [{"system": "phone", "value": "2"}]
    client.update(res)  # someone else changes the phone
    with workspace.begin() as conn:
        p.email = "ann@example.org"
        patients.update(conn, p, SYSTEM)
    report = engine.push()
    assert report.merged == 1 and report.conflicts == 0
    [srv] = fhir.search_all("Patient")
    assert {t["system"]: t["value"] for t in srv["telecom"]} == {
        "phone": "2", "email": "ann@example.org"}
    with workspace.read() as conn:
        local = patients.get(conn, p.id)
    assert (local.phone, local.email) == ("2", "ann@example.org")
    assert engine.status().attention == () and outbox_count(workspace) == 0


def test_clashing_edits_become_a_conflict(workspace, fhir):
    p, engine, client, res = _synced_patient(workspace, fhir)
    res["name"][0]["family"] = "ServerName"
    client.update(res)
    with workspace.begin() as conn:
        p.family = "LocalName"
        patients.update(conn, p, SYSTEM)
    report = engine.push()
    assert report.conflicts == 1
    status = engine.status()
    assert [(a.record_id, a.reason) for a in status.attention] == [(p.id, "conflict")]
    with workspace.read() as conn:
        rows = conn.execute(sa.select(conflict)).all()
    assert [(r.field, r.local_value, r.server_value) for r in rows] == [
        ("family", '"LocalName"', '"ServerName"')]
    assert [(c.field, c.base_value) for c in open_conflicts(workspace.engine)] == [
        ("family", '"Original"')]
    assert fhir.search_all("Patient")[0]["name"][0]["family"] == "ServerName"
    resolve_conflict(workspace.engine, "Patient", p.id, keep="local")
    engine.push()
    assert fhir.search_all("Patient")[0]["name"][0]["family"] == "LocalName"
    assert engine.status().attention == ()


def test_a_conflict_settled_the_moment_it_shows_goes_out(workspace, fhir, monkeypatch):
    """The Sync screen shows a conflict as soon as the merge writes it; staff settling it
    then, while the sync round is still on the 412, must not leave the change held."""
    from desk.sync import conflicts

    p, engine, client, res = _synced_patient(workspace, fhir)
    res["name"][0]["family"] = "ServerName"
    client.update(res)
    with workspace.begin() as conn:
        p.family = "LocalName"
        patients.update(conn, p, SYSTEM)
    merge = conflicts.merge

    def merge_then_settle(*args, **kw):
        clashes = merge(*args, **kw)
        resolve_conflict(workspace.engine, "Patient", p.id, keep="local")
        return clashes

    monkeypatch.setattr(conflicts, "merge", merge_then_settle)
    engine.push()
    monkeypatch.setattr(conflicts, "merge", merge)
    engine.push()
    assert fhir.search_all("Patient")[0]["name"][0]["family"] == "LocalName"
    assert engine.status().attention == () and outbox_count(workspace) == 0


def test_a_choice_made_on_values_that_changed_since_is_refused(workspace, fhir):
    p, engine, client, res = _synced_patient(workspace, fhir)
    res["name"][0]["family"] = "ServerName"
    client.update(res)
    with workspace.begin() as conn:
        p.family = "LocalName"
        patients.update(conn, p, SYSTEM)
    engine.push()
    shown = open_conflicts(workspace.engine)
    with workspace.begin() as conn:  # the desk changes the name again meanwhile
        p.family = "LocalAgain"
        patients.update(conn, p, SYSTEM)
    with pytest.raises(DeskError, match="changed again"):
        resolve_conflict(workspace.engine, "Patient", p.id, keep="server", shown=shown)
    [now] = open_conflicts(workspace.engine)
    assert (now.value("local"), now.value("server")) == ("LocalAgain", "ServerName")
    resolve_conflict(workspace.engine, "Patient", p.id, keep="local", shown=[now])
    engine.push()
    assert fhir.search_all("Patient")[0]["name"][0]["family"] == "LocalAgain"
    assert engine.status().attention == () and outbox_count(workspace) == 0


def test_a_choice_per_field_wins_on_both_sides(workspace, fhir):
    p, engine, client, res = _synced_patient(workspace, fhir)
    res["name"][0]["family"] = "ServerName"
    res["telecom"] = [{"system": "phone", "value": "server-phone"}]
    client.update(res)
    with workspace.begin() as conn:
        p.family, p.phone = "LocalName", "local-phone"
        patients.update(conn, p, SYSTEM)
    assert engine.push().conflicts == 1
    fields = open_conflicts(workspace.engine, "Patient", p.id)
    assert [(f.field, f.value("base"), f.value("local"), f.value("server")) for f in fields] == [
        ("family", "Original", "LocalName", "ServerName"),
        ("phone", "1", "local-phone", "server-phone")]
    with pytest.raises(ValueError):  # every open field needs a choice
        resolve_conflict(workspace.engine, "Patient", p.id, keep={"family": "server"})
    staff = Actor(user_id="u1", username="remi")
    resolve_conflict(workspace.engine, "Patient", p.id,
                     keep={"family": "server", "phone": "local"}, actor=staff)
    before = fhir.stats()["byMethod"].get("POST", 0)
    engine.push()
    assert fhir.stats()["byMethod"].get("POST", 0) - before == 1  # one bundle, no new 412
    [srv] = fhir.search_all("Patient")
    assert (srv["name"][0]["family"], srv["telecom"][0]["value"]) == ("ServerName",
                                                                      "local-phone")
    with workspace.read() as conn:
        local = patients.get(conn, p.id)
        who = conn.execute(sa.select(audit_table.c.username).where(
            audit_table.c.action == "patient.conflict.chosen")).scalar_one()
    assert (local.family, local.phone) == ("ServerName", "local-phone") and who == "remi"
    assert engine.status().attention == () and outbox_count(workspace) == 0
    assert open_conflicts(workspace.engine) == []


def test_a_refused_sign_in_reaches_the_server_but_is_no_success(workspace, fhir):
    register_and_check_in(workspace, 1)
    fhir.configure(required_token="the-token")
    engine = make_engine(workspace, fhir)
    with pytest.raises(FhirError) as info:
        engine.run_once()
    assert info.value.kind == "auth"
    status = engine.status()
    assert status.online is True and status.last_success is None and status.waiting == 3


def test_the_last_success_stays_when_the_server_goes_away(workspace, fhir):
    register_and_check_in(workspace, 1)
    engine = make_engine(workspace, fhir)
    engine.run_once()
    first = engine.status().last_success
    assert first is not None
    fhir.stop()
    with pytest.raises(FhirError):
        engine.run_once()  # nothing to push; the pull finds the server gone
    status = engine.status()
    assert status.online is False and status.last_success == first


def _lose_the_answer(workspace, fhir, engine: SyncEngine) -> None:
    """One push whose bundle the server carries out but whose answer never arrives."""
    fhir.faults("drop_after", count=1, methods=["POST"])
    with pytest.raises(FhirError):
        engine.push()
    fhir.clear_faults()


def test_a_lost_create_answer_then_a_local_change_still_reaches_the_server(workspace, fhir):
    fhir.configure(update_create=False)  # conditional creates
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Lost", given="Answer", phone="1"), SYSTEM)
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=1))
    engine = SyncEngine(workspace.engine, client, options=MRN)
    engine.strategy()
    _lose_the_answer(workspace, fhir, engine)
    with workspace.begin() as conn:
        p.phone = "2"
        patients.update(conn, p, SYSTEM)
    engine.push()  # the create finds the older copy: the change goes again as an update
    [srv] = fhir.search_all("Patient")
    assert srv["telecom"][0]["value"] == "2"
    assert engine.status().waiting == 0 and engine.status().attention == ()


def test_a_lost_update_answer_is_known_as_desks_own_write(workspace, fhir):
    p, _, _, _ = _synced_patient(workspace, fhir)
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=1))
    engine = SyncEngine(workspace.engine, client, options=MRN)
    engine.strategy()
    with workspace.begin() as conn:
        p.phone = "2"
        patients.update(conn, p, SYSTEM)
    _lose_the_answer(workspace, fhir, engine)
    assert fhir.search_all("Patient")[0]["telecom"][0]["value"] == "2"  # it did land
    with workspace.begin() as conn:
        p.phone = "3"  # and the same field changes again before the next sync
        patients.update(conn, p, SYSTEM)
    report = engine.push()
    assert report.conflicts == 0 and engine.status().attention == ()
    assert fhir.search_all("Patient")[0]["telecom"][0]["value"] == "3"
    assert engine.status().waiting == 0


def test_pull_merges_into_a_record_changed_locally(workspace, fhir):
    p, engine, client, res = _synced_patient(workspace, fhir)
    res["telecom"] = [{"system": "phone", "value": "9"}]
    client.update(res)
    with workspace.begin() as conn:
        p.city = "Lyon"
        patients.update(conn, p, SYSTEM)
    engine.pull()
    engine.push()
    [srv] = fhir.search_all("Patient")
    assert srv["address"][0]["city"] == "Lyon" and srv["telecom"][0]["value"] == "9"


class CancelAfterFirstBundle(Progress):
    def report(self, done: int, total: int, message: str = "") -> None:
        super().report(done, total, message)
        self.cancel()


def test_cancel_stops_the_push_and_keeps_the_rest_waiting(workspace, fhir):
    register_and_check_in(workspace, 30)
    engine = make_engine(workspace, fhir, bundle_size=10, concurrency=1)
    report = engine.push(CancelAfterFirstBundle())
    assert report.sent == 10
    assert engine.status().waiting == 80
    assert engine.push().sent == 80
    assert engine.status().waiting == 0


@pytest.mark.parametrize("body", ["text", "wrong_type", "truncated"])
def test_garbage_from_the_server_leaves_everything_waiting(workspace, fhir, body):
    register_and_check_in(workspace, 3)
    engine = make_engine(workspace, fhir)
    engine.strategy()
    fhir.faults("garbage", count=-1, body=body)
    with pytest.raises(FhirError) as info:
        engine.push()
    assert info.value.kind in ("server", "network")
    status = engine.status()
    assert status.online is False and status.waiting == 9 and status.attention == ()
    with pytest.raises(FhirError):
        engine.pull()
    fhir.clear_faults()
    assert engine.push().sent == 9


@pytest.mark.parametrize(("kind", "every"), [("drop_before", 2), ("drop_after", 3),
                                             ("unavailable", 2), ("garbage", 2)])
@pytest.mark.parametrize("update_create", [True, False])
def test_whatever_fails_each_record_arrives_once(workspace, fhir, kind, every, update_create):
    fhir.configure(update_create=update_create)
    ps, aps = register_and_check_in(workspace, 12)
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=2, base_delay=0.01))
    engine = SyncEngine(workspace.engine, client, options=MRN, bundle_size=5)
    engine.strategy()
    fhir.faults(kind, every=every, count=-1, body="truncated")
    for _ in range(20):  # the engine gives up on a round now and then; sync runs again
        try:
            engine.push()
        except FhirError:
            continue
        if engine.status().waiting == 0:
            break
    fhir.clear_faults()
    engine.push()
    assert engine.status().waiting == 0
    assert_on_server_once(fhir, ps, aps)
