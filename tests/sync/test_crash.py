"""Crash test: ``desk sync`` runs as its own process and is killed (SIGKILL) at random
moments while it sends and fetches; between kills staff keep working. After one final
clean sync the server holds exactly the local records, once each, with the right
references and the latest values. Ten kills for each way of creating records (PUT with
client ids, conditional create): twenty in all.

The seed of the random moments is printed on failure; ``DESK_CRASH_SEED`` replays it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync.mapping import record_id_of
from desk.sync.mapping_appointments import STATUS_TO_FHIR
from desk.sync.tables import sync_record

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[2]
KILLS = 10
DAY = datetime(2026, 11, 23, 8, 0)


def desk_sync(ws_path: Path, url: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DESK_SERVER_URL": url}
    return subprocess.Popen([sys.executable, "-m", "desk", "--workspace", str(ws_path),
                             "--set", "server.sync_interval_seconds=1", "sync", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def keep_working(ws: Workspace, rng: random.Random, new: int, step: int) -> None:
    """What the front desk does between crashes: new patients with appointments, check-ins
    and other moves, changed phone numbers."""
    with ws.begin() as conn:
        for i in range(new):
            p = patients.register(conn, Patient(family=f"Crash{step}x{i}", given="Pat",
                                                phone=f"555-{i:04d}"), SYSTEM)
            schedule.book(conn, Appointment(patient_id=p.id, reason="Check-up",
                                            start=DAY + timedelta(minutes=5 * i)), SYSTEM)
        appts = [a for a in schedule.day(conn, DAY.date()) if a.state == "scheduled"]
        for a in rng.sample(appts, min(len(appts), new // 3)):
            schedule.move(conn, a.id, rng.choice(schedule.MOVES[a.state]), SYSTEM,
                          at=DAY + timedelta(hours=1))
        people = patients.all_patients(conn)
        for p in rng.sample(people, min(len(people), new // 5)):
            p.phone = f"555-{rng.randrange(10_000):04d}x{step}"
            patients.update(conn, p, SYSTEM)


def waiting(ws_path: Path) -> int:
    with Workspace.open(ws_path) as ws, ws.read() as conn:
        return conn.execute(sa.select(sa.func.count(sa.distinct(outbox.c.record_id)))
                            ).scalar_one()


def kill_after_requests(fhir, proc: subprocess.Popen[bytes], count: int,
                        rng: random.Random) -> None:
    """SIGKILL ``proc`` once the server has had ``count`` more requests from it (a bundle
    on the wire, its answer being recorded, or a page of the pull), a few milliseconds
    later; or after 60 s if it never gets that far."""
    before = fhir.stats()["requests"]
    deadline = time.monotonic() + 60
    while (fhir.stats()["requests"] - before < count and proc.poll() is None
           and time.monotonic() < deadline):
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.01))
    proc.send_signal(signal.SIGKILL)


@pytest.mark.parametrize("update_create", [True, False], ids=["put", "conditional"])
def test_killed_at_random_moments_the_server_ends_with_each_record_once(tmp_path, fhir,
                                                                       update_create):
    seed = int(os.environ.get("DESK_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    fhir.configure(update_create=update_create)
    # a demo workspace: its key is wrapped by the published demo passphrase, so the
    # subprocess opens it without the test's in-memory key store
    ws_path = tmp_path / "ws"
    first, more, per_bundle = (500, 150, 50) if update_create else (100, 40, 8)
    with Workspace.create(ws_path, demo=True) as ws:
        keep_working(ws, rng, first, 0)
    interrupted = 0
    for step in range(1, KILLS + 1):
        pending = waiting(ws_path)
        proc = desk_sync(ws_path, fhir.base_url)
        # the capability statement, perhaps a look for updates whose answers were lost,
        # then the bundles (more go out while the kill is on its way)
        kill_after_requests(fhir, proc, rng.randint(1, -(-pending // per_bundle)), rng)
        out = proc.communicate()[0].decode(errors="replace")
        assert proc.returncode == -signal.SIGKILL, f"seed {seed}, step {step}: {out}"
        interrupted += waiting(ws_path) > 0
        with Workspace.open(ws_path) as ws:
            keep_working(ws, rng, more, step)
    assert interrupted >= 3, f"seed {seed}: nearly every kill came after the push"
    final = desk_sync(ws_path, fhir.base_url, "--once")
    out = final.communicate(timeout=300)[0].decode(errors="replace")
    assert final.returncode == 0, f"seed {seed}: {out}"
    with Workspace.open(ws_path) as ws:
        assert_server_matches(ws, fhir, seed)


def assert_server_matches(ws: Workspace, fhir, seed: int) -> None:
    with ws.read() as conn:
        local_patients = {r.id: r for r in conn.execute(sa.select(patient_table))}
        local_appts = {r.id: r for r in conn.execute(sa.select(appointment_table))}
        waiting = conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar_one()
        synced = {(r.record_type, r.record_id): r.server_id
                  for r in conn.execute(sa.select(sync_record))}
    srv_patients = fhir.search_all("Patient")
    srv_appts = fhir.search_all("Appointment")
    why = f"seed {seed}"
    assert waiting == 0, why
    # exactly the local records, once each
    assert sorted(record_id_of(r) for r in srv_patients) == sorted(local_patients), why
    assert sorted(record_id_of(r) for r in srv_appts) == sorted(local_appts), why
    server_id = {record_id_of(r): r["id"] for r in srv_patients}
    for r in srv_patients:
        local = local_patients[record_id_of(r)]
        assert synced[("Patient", local.id)] == r["id"], why
        phones = [t["value"] for t in r.get("telecom", []) if t["system"] == "phone"]
        assert phones == [local.phone], why
    for r in srv_appts:
        local = local_appts[record_id_of(r)]
        assert synced[("Appointment", local.id)] == r["id"], why
        assert r["participant"][0]["actor"]["reference"] == \
            f"Patient/{server_id[local.patient_id]}", why
        assert r["status"] == STATUS_TO_FHIR[local.state], why
