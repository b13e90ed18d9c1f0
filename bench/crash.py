"""Crash consistency: desk's core killed (SIGKILL) at random moments, restarted, checked.

Each trial starts a worker process on one workspace: it registers patients, changes their
phone numbers, books and checks in appointments, sends forms and saves drafts of them,
merges duplicates, and syncs with the FHIR test server every few changes, printing each
change once its transaction has committed. The driver kills it after a random number of
changes, a few milliseconds into the next, then opens the workspace and checks that it
opens (else *corrupt*), that every change the worker reported is there with its last value
(else *lost*), and that the audit chain verifies (else *corrupt*). After the last trial one
clean sync runs, and the server must hold each local patient and appointment exactly once
(an extra copy is *duplicated*, a missing one *lost*). Goal: all zero at 200 trials.
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.report import emit, parser
from desk.errors import DeskError
from desk.frontdesk import drafts, intake, merge, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync.client import FhirClient, FhirError
from desk.sync.engine import SyncEngine
from desk.sync.mapping import record_id_of

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "crash bench passphrase"
DAY = datetime(2026, 11, 23, 8, 0)  # the schedule's day: the worker's only clock
SYNC_EVERY = 7  # changes between the worker's syncs


# -- the worker (its own process) ---------------------------------------------------------

def work(workspace: Path, url: str, seed: int) -> None:
    """Change the workspace until killed; print ``saved KIND ID VALUE`` after each commit."""
    rng = random.Random(seed)
    with Workspace.open(workspace, passphrase=PASSPHRASE) as ws, \
            FhirClient(url, timeout=30) as client:
        engine = SyncEngine(ws.engine, client, blobs=ws.blobs, today=DAY.date)
        for n in range(1_000_000):
            with ws.begin() as conn:
                saved = _change(conn, ws, rng, f"{seed}x{n}")
            if saved:
                print("saved", *saved, flush=True)
            if n % SYNC_EVERY == SYNC_EVERY - 1:
                with contextlib.suppress(FhirError):  # the outbox keeps it for the next
                    engine.run_once()


def _change(conn: sa.Connection, ws: Workspace, rng: random.Random, tag: str
            ) -> tuple[str, str, str] | None:
    people = patients.all_patients(conn)
    booked = [a for a in schedule.day(conn, DAY.date()) if a.state in schedule.MOVES]
    kind = rng.choice(["register", "register", "phone", "book", "move", "draft", "merge"])
    if kind == "register" or len(people) < 3:
        p = patients.register(conn, Patient(family=f"Crash{tag}", given="Pat",
                                            phone=f"555-{rng.randrange(10_000):04d}"), SYSTEM)
        return "patient", p.id, p.phone
    if kind == "phone":
        p = rng.choice(people)
        p.phone = f"555-{rng.randrange(10_000):04d}"
        patients.update(conn, p, SYSTEM)
        return "patient", p.id, p.phone
    if kind == "book" or not booked:
        a = schedule.book(conn, Appointment(patient_id=rng.choice(people).id, reason="Visit",
                                            start=DAY + timedelta(minutes=rng.randrange(600))),
                          SYSTEM)
        return "appointment", a.id, a.state
    if kind == "move":
        a = rng.choice(booked)
        moved = schedule.move(conn, a.id, rng.choice(schedule.MOVES[a.state]), SYSTEM, at=DAY)
        return "appointment", moved.id, moved.state
    if kind == "draft":
        handoff = intake.send_forms(conn, rng.choice(booked).id, ["phq-9"], SYSTEM)
        data = f"draft {tag}".encode()
        drafts.save(conn, handoff.intakes[0].id, data, page=rng.randrange(3))
        return "draft", handoff.intakes[0].id, data.decode().replace(" ", "_")
    survivor, retired = rng.sample(people, 2)
    merge.merge(conn, ws.blobs, survivor.id, retired.id, SYSTEM)
    return "merged", retired.id, survivor.id


# -- the driver ----------------------------------------------------------------------------

def _trial(workspace: Path, url: str, seed: int, rng: random.Random) -> list[list[str]]:
    """One worker killed a few milliseconds after its n-th reported change; its reports."""
    worker = subprocess.Popen([sys.executable, "-m", "bench.crash", "--worker", str(workspace),
                               url, str(seed)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert worker.stdout is not None
    wanted, reports = rng.randint(2, 40), []
    for line in worker.stdout:
        reports.append(line.split())
        if len(reports) >= wanted:
            time.sleep(rng.uniform(0, 0.02))
            break
    worker.send_signal(signal.SIGKILL)
    rest = worker.communicate()[0]  # reported before the kill landed
    return reports + [line.split() for line in rest.splitlines()]


def _lost(ws: Workspace, reports: list[list[str]]) -> int:
    """Reported changes whose last value is not in the workspace."""
    last = {(kind, rid): value for _, kind, rid, value in reports}
    lost = 0
    with ws.read() as conn:
        for (kind, rid), value in last.items():
            lost += not _holds(conn, kind, rid, value)
    return lost


def _holds(conn: sa.Connection, kind: str, rid: str, value: str) -> bool:
    if kind == "patient":
        found = conn.execute(sa.select(patient_table.c.phone).where(
            patient_table.c.id == rid)).scalar()
        return found == value
    if kind == "appointment":
        return conn.execute(sa.select(appointment_table.c.state).where(
            appointment_table.c.id == rid)).scalar() == value
    if kind == "draft":
        kept = drafts.load(conn, rid)
        return kept is not None and kept.data.decode().replace(" ", "_") == value
    # merged into the survivor (or into what the survivor was merged into since)
    return patients.current_id(conn, rid) == patients.current_id(conn, value)


def _server_counts(ws: Workspace, fhir_records: dict[str, list[dict]]) -> tuple[int, int]:
    """(lost, duplicated) of the local patients and appointments on the server. A record
    merged away before it was ever sent need not be there (the survivor holds it)."""
    with ws.read() as conn:
        local = {"Patient": set(conn.execute(sa.select(patient_table.c.id).where(
                     patient_table.c.merged_into.is_(None))).scalars()),
                 "Appointment": set(conn.execute(sa.select(appointment_table.c.id))
                                    .scalars())}
    lost = duplicated = 0
    for rtype, ids in local.items():
        on_server = [record_id_of(r) for r in fhir_records[rtype]]
        lost += len(ids - set(on_server))
        duplicated += len(on_server) - len(set(on_server))
    return lost, duplicated


def _final_sync(ws: Workspace, url: str) -> int:
    """Sync until nothing waits; what still waits after ten rounds."""
    with FhirClient(url, timeout=60) as client:
        engine = SyncEngine(ws.engine, client, blobs=ws.blobs, today=DAY.date)
        for _ in range(10):
            engine.run_once()
            with ws.read() as conn:
                left = conn.execute(sa.select(sa.func.count()).select_from(outbox)
                                    .where(outbox.c.state != "quarantined")).scalar_one()
            if not left:
                break
    return left


def run(trials: int, seed: int, folder: Path) -> dict[str, float]:
    from tests.fhirserver.fixture import FhirTestServer, ensure_installed

    ensure_installed()
    rng = random.Random(seed)
    workspace = folder / "ws"
    Workspace.create(workspace, passphrase=PASSPHRASE).close()
    server = FhirTestServer().start()
    lost = corrupt = reported = 0
    try:
        for trial in range(trials):
            reports = _trial(workspace, server.base_url, seed * 1000 + trial, rng)
            reported += len(reports)
            try:
                with Workspace.open(workspace, passphrase=PASSPHRASE) as ws:
                    lost += _lost(ws, reports)
                    corrupt += not ws.audit_check().ok
            except DeskError:
                corrupt += 1
        with Workspace.open(workspace, passphrase=PASSPHRASE) as ws:
            waiting = _final_sync(ws, server.base_url)
            on_server = {t: server.search_all(t) for t in ("Patient", "Appointment")}
            missing, duplicated = _server_counts(ws, on_server)
    finally:
        server.stop()
    return {"trials": trials, "reported": reported, "lost": lost + missing,
            "duplicated": duplicated, "corrupt": corrupt, "waiting": waiting}


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        work(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
        return
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--trials", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    if args.smoke:
        args.trials = 3
    import tempfile

    with tempfile.TemporaryDirectory(prefix="desk-crash-") as tmp:
        figures = run(args.trials, args.seed, Path(tmp))
    rows = [(name, figures[name]) for name in
            ("trials", "reported", "lost", "duplicated", "corrupt", "waiting")]
    emit(f"Crash consistency: {args.trials} kills (SIGKILL), seed {args.seed}", rows, figures,
         as_json=args.json, header=("measure", "count"))
    if figures["lost"] or figures["duplicated"] or figures["corrupt"] or figures["waiting"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
