"""Load: three front desks and two kiosk tablets on one FHIR test server, for minutes.

The first desk registers the day's patients with an appointment each and syncs; the other
two pull them. Then five worker processes run at once until the time is up. Each desk, as a
busy receptionist would, changes phone numbers and family names of the same patients the
others are changing, moves appointments (arrived, in the room, done...), sends forms to the
kiosk, answers the board and the search box, and settles each conflict it is shown by
keeping its own side or the server's; its sync runs on a thread of its own every couple of
seconds, as the app's does. Each kiosk types the codes the desks hand out (a patient
carrying the code from one to the other) and submits the forms. Afterwards every desk is
synced until nothing waits and no conflict is open, and the driver checks:

- *converged*: every desk holds each patient and appointment as the server does;
- *lost unseen*: a value a desk saved that is gone, although no one changed it knowingly
  (from that value) and no conflict showed it: an update lost without a word. Goal 0;
- forms completed on a tablet that are filed at the desk that sent them, once each;
- the board's and the search's latency at the desks while their sync runs, beside the same
  queries on the same workspaces with nothing else running (goal: p95 within 100 ms).

Every process shares this machine's cores, so the latencies under load are a worst case:
at a clinic each desk is a computer of its own.

    python -m bench.load                  # 10 minutes
    python -m bench.load --minutes 1 --json
"""

from __future__ import annotations

import contextlib
import json
import random
import subprocess
import sys
import tempfile
import threading
import time as clock
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from bench.report import emit, parser, percentile
from desk.errors import DeskError
from desk.forms import Clinic
from desk.frontdesk import intake, patients, schedule
from desk.frontdesk.board import DayBoard
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import intake as intake_table
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync.client import FhirClient
from desk.sync.conflicts import open_conflicts, resolve_conflict
from desk.sync.engine import SyncEngine
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.mapping import MappingOptions, record_id_of
from desk.sync.mapping_appointments import STATUS_TO_FHIR
from tests.support.intake_forms import filled_response

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "load bench passphrase"
DAY = datetime.combine(date.today(), time(8))  # the real day: hand-offs are stamped with it
"""The schedule's day (the driver passes its own to the workers: a run over midnight)."""
OPTIONS = MappingOptions(mrn_system="urn:oid:2.16.840.1.113883.4.999")
CLINIC = Clinic("Load clinic")
RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=1.0, max_retry_after=5)
SYNC_EVERY_S = 2.0
FIELDS = ("phone", "family")  # patient fields the desks change, each value unique
SEARCHES = ("load", "pat", "load1", "patricia", "zz")
GOAL_MS = 100.0


def _engine(ws: Workspace, client: FhirClient, *, kiosk: bool = False) -> SyncEngine:
    return SyncEngine(ws.engine, client, options=OPTIONS, blobs=ws.blobs,
                      today=DAY.date, kiosk=kiosk, clinic=CLINIC)


class Log:
    """A worker's account of what it did, one JSON line each (read by the driver)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def __call__(self, kind: str, *values: Any) -> None:
        with self._lock:
            self._file.write(json.dumps([kind, *values]) + "\n")
            self._file.flush()


# -- the workers (a process each) ----------------------------------------------------------

def work(role: str, folder: Path, url: str, seed: int, seconds: float, shared: Path) -> None:
    """Work on the workspace ``folder`` as a desk or a kiosk for ``seconds``, syncing on a
    thread of its own; what it does goes to ``folder``'s log."""
    rng, log = random.Random(seed), Log(folder.with_suffix(".log"))
    with Workspace.open(folder, passphrase=PASSPHRASE) as ws, \
            FhirClient(url, timeout=30, retry=RETRY) as client:
        engine = _engine(ws, client, kiosk=role == "kiosk")
        syncing, stop = threading.Event(), threading.Event()
        thread = threading.Thread(target=_sync_loop, args=(engine, syncing, stop))
        thread.start()
        act = Desk(ws, rng, log, syncing, shared, seed) if role == "desk" else Kiosk(
            ws, log, shared, seed)
        end = clock.monotonic() + seconds
        try:
            while clock.monotonic() < end:
                act.step()
                clock.sleep(rng.uniform(0.05, 0.3))
        finally:
            stop.set()
            thread.join()


def _sync_loop(engine: SyncEngine, syncing: threading.Event, stop: threading.Event) -> None:
    while not stop.is_set():
        syncing.set()
        with contextlib.suppress(FhirError, DeskError):  # shown, and tried again
            engine.run_once()
        syncing.clear()
        stop.wait(SYNC_EVERY_S)


QUERIES: dict[str, Callable[[sa.Connection, random.Random], object]] = {
    "board": lambda conn, _: DayBoard(DAY.date()).load(conn),
    "search": lambda conn, rng: patients.find(conn, rng.choice(SEARCHES)),
}
"""What a receptionist waits for: the day board loaded, a search typed."""


def _timed(ws: Workspace, what: str, rng: random.Random) -> float:
    """Milliseconds for one of the QUERIES on ``ws``."""
    started = clock.perf_counter()
    with ws.read() as conn:
        QUERIES[what](conn, rng)
    return (clock.perf_counter() - started) * 1000


class Desk:
    """One receptionist's changes, queries and conflict choices."""

    def __init__(self, ws: Workspace, rng: random.Random, log: Log,
                 syncing: threading.Event, shared: Path, seed: int) -> None:
        self.ws, self.rng, self.log, self.syncing = ws, rng, log, syncing
        self.codes = shared / f"codes-{seed}.txt"
        self.n = 0
        self.tag = seed

    def step(self) -> None:
        self.n += 1
        for what in QUERIES:
            self.log("latency", what, _timed(self.ws, what, self.rng), self.syncing.is_set())
        self._settle()
        try:
            with self.ws.begin() as conn:
                self.rng.choice((self._edit, self._edit, self._edit, self._move,
                                 self._send))(conn)
        except DeskError as err:  # a move the appointment's state no longer allows
            self.log("refused", err.kind)

    def _edit(self, conn: sa.Connection) -> None:
        p = self.rng.choice(patients.all_patients(conn))
        field = self.rng.choice(FIELDS)
        old = getattr(p, field)
        new = (f"+33 1 {self.tag}{self.n:06d}" if field == "phone"
               else f"Load-{self.tag}-{self.n}")
        setattr(p, field, new)
        patients.update(conn, p, SYSTEM)
        self.log("edit", p.id, field, old, new)

    def _move(self, conn: sa.Connection) -> None:
        a = self.rng.choice(schedule.day(conn, DAY.date()))
        state = self.rng.choice(schedule.MOVES[a.state])
        schedule.move(conn, a.id, state, SYSTEM, at=DAY)

    def _send(self, conn: sa.Connection) -> None:
        open_ones = [a for a in schedule.day(conn, DAY.date())
                     if a.state in ("scheduled", "arrived")
                     and intake.waiting_for(conn, a.id) is None]
        if not open_ones:
            return
        handoff = intake.send_forms(conn, self.rng.choice(open_ones).id, ["phq-9"], SYSTEM)
        with self.codes.open("a", encoding="utf-8") as out:  # the patient takes the code
            out.write(f"{handoff.code} {handoff.intakes[0].id}\n")
        self.log("sent", handoff.intakes[0].id)

    def _settle(self) -> None:
        """Staff settle what the Sync screen shows, each field their side or the server's."""
        by_record: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for f in open_conflicts(self.ws.engine):
            by_record[(f.record_type, f.record_id)].append(f)
            self.log("shown", f.record_id, f.field, f.value("local"), f.value("server"))
        for (rtype, rid), fields in by_record.items():
            with contextlib.suppress(DeskError):  # settled or changed by a round just now
                resolve_conflict(self.ws.engine, rtype, rid, shown=fields, keep={
                    f.field: self.rng.choice(("local", "server")) for f in fields})


class Kiosk:
    """A tablet in the waiting room: patients type the codes the desks gave them."""

    def __init__(self, ws: Workspace, log: Log, shared: Path, seed: int) -> None:
        self.ws, self.log, self.shared, self.seed = ws, log, shared, seed
        self.done: set[str] = set()

    def step(self) -> None:
        for code, intake_id in self._mine():
            try:
                with self.ws.read() as conn:
                    handoff = intake.open_handoff(conn, code, today=DAY.date())
            except DeskError:  # not on this tablet yet, or withdrawn at the desk
                continue
            for form in handoff.intakes:
                with self.ws.begin() as conn:
                    intake.complete(conn, self.ws.blobs, form.id,
                                    filled_response(form.questionnaire), SYSTEM, clinic=CLINIC)
                self.log("completed", form.id)
            self.done.add(intake_id)
            return  # one patient at a time

    def _mine(self) -> Iterator[tuple[str, str]]:
        """The codes handed to this tablet's patients (every other one), not yet used."""
        for path in sorted(self.shared.glob("codes-*.txt")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                code, intake_id = line.split()
                if n % 2 == self.seed % 2 and intake_id not in self.done:
                    yield code, intake_id


# -- the driver ----------------------------------------------------------------------------

def _seed(folder: Path, url: str, n: int) -> list[Path]:
    """The workspaces: the first desk's patients, on the server and pulled by the others."""
    names = ["desk1", "desk2", "desk3", "kiosk1", "kiosk2"]
    paths = [folder / name for name in names]
    for path in paths:
        Workspace.create(path, passphrase=PASSPHRASE).close()
    with Workspace.open(paths[0], passphrase=PASSPHRASE) as ws, ws.begin() as conn:
        for i in range(n):
            p = patients.register(conn, Patient(family=f"Load{i}", given="Patricia",
                                                phone=f"+33 1 0{i:06d}"), SYSTEM)
            schedule.book(conn, Appointment(patient_id=p.id, reason="Visit",
                                            start=DAY + timedelta(minutes=10 * i)), SYSTEM)
    _settle_all(paths, url)
    return paths


def _waiting(ws: Workspace, say: bool = False) -> int:
    """What waits in the outbox, each named on stderr if ``say``."""
    with ws.read() as conn:
        rows = conn.execute(sa.select(outbox).where(outbox.c.state != "quarantined")).all()
    for r in rows if say else ():
        print(f"waiting: {r.record_type} {r.record_id} {r.op} {r.state} attempts={r.attempts}"
              f" next={r.next_attempt_at} error={r.last_error}", file=sys.stderr)
    return len(rows)


def _settle_all(paths: list[Path], url: str, log: Log | None = None) -> int:
    """Sync every workspace in turn, staff taking the server's side of what clashes, until
    nothing waits and nothing clashes; then once more, so each desk has pulled the last of
    the others' changes. What still waits after that (0 when settled)."""
    left = -1
    for attempt in range(12):
        left = 0
        for path in paths:
            with Workspace.open(path, passphrase=PASSPHRASE) as ws, \
                    FhirClient(url, timeout=60, retry=RETRY) as client:
                engine = _engine(ws, client, kiosk="kiosk" in path.name)
                engine.run_once()
                for f in open_conflicts(ws.engine):
                    if log is not None:
                        log("shown", f.record_id, f.field, f.value("local"), f.value("server"))
                    with contextlib.suppress(DeskError):
                        resolve_conflict(ws.engine, f.record_type, f.record_id, keep="server")
                engine.run_once()
                left += _waiting(ws, say=attempt == 11) + len(open_conflicts(ws.engine))
        if left == 0:
            break
    for path in paths:  # every desk pulls what the last ones sent
        with Workspace.open(path, passphrase=PASSPHRASE) as ws, \
                FhirClient(url, timeout=60, retry=RETRY) as client:
            _engine(ws, client, kiosk="kiosk" in path.name).run_once()
    return left


def _quiet_latencies(paths: list[Path], rounds: int) -> dict[str, list[float]]:
    """The board and search queries on each desk's workspace, nothing else running."""
    out: dict[str, list[float]] = {what: [] for what in QUERIES}
    rng = random.Random(0)
    for path in paths:
        with Workspace.open(path, passphrase=PASSPHRASE) as ws:
            for _ in range(rounds):
                for what in QUERIES:
                    out[what].append(_timed(ws, what, rng))
    return out


def _read_logs(paths: list[Path]) -> list[list[Any]]:
    lines = []
    for path in paths:
        log = path.with_suffix(".log")
        if log.exists():
            lines += [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return lines


def _lost_unseen(lines: list[list[Any]], server: dict[str, dict[str, Any]]
                 ) -> list[tuple[str, str, str]]:
    """Values desks saved that are gone though no one replaced them knowingly (editing from
    that value) and no conflict showed them: (record id, field, value) each."""
    seen = {(rid, field, old) for kind, rid, field, old, _ in _of(lines, "edit")}
    shown = {(rid, field, v) for kind, rid, field, local, srv in _of(lines, "shown")
             for v in (local, srv)}
    return [(rid, field, new) for _, rid, field, _, new in _of(lines, "edit")
            if new != server[rid][field] and (rid, field, new) not in seen | shown]


def _trace(fhir: Any, paths: list[Path], lost: list[tuple[str, str, str]]) -> None:
    """What each worker logged about the fields whose values were lost, and the server's
    versions of their records, to stderr (the record ids are random and the values made
    up: no patient's data)."""
    for rid, field, value in lost:
        print(f"lost: {rid} {field} {value!r}", file=sys.stderr)
        for path in paths:
            for line in _read_logs([path]):
                if line[0] in ("edit", "shown") and line[1:3] == [rid, field]:
                    print(f"  {path.name}: {line}", file=sys.stderr)
        [res] = [r for r in fhir.search_all("Patient") if record_id_of(r) == rid]
        versions = httpx.get(f"{fhir.base_url}Patient/{res['id']}/_history",
                             params={"_count": "1000"}, timeout=60).json()
        for entry in reversed(versions.get("entry", [])):
            old = entry.get("resource", {})
            print(f"  server v{old.get('meta', {}).get('versionId')}: phone {_phone(old)!r}"
                  f" family {old.get('name', [{}])[0].get('family')!r}", file=sys.stderr)


def _of(lines: list[list[Any]], kind: str) -> list[list[Any]]:
    return [line for line in lines if line[0] == kind]


def _server_state(fhir: Any) -> tuple[dict[str, dict[str, Any]], dict[str, str], int]:
    """Patients' changed fields and appointments' states on the server by record id, and
    how many records it holds twice."""
    people, visits = fhir.search_all("Patient"), fhir.search_all("Appointment")
    twice = (len(people) - len({record_id_of(r) for r in people})
             + len(visits) - len({record_id_of(r) for r in visits}))
    return ({record_id_of(r): {"phone": _phone(r), "family": r["name"][0].get("family")}
             for r in people},
            {record_id_of(r): r["status"] for r in visits}, twice)


def _phone(res: dict[str, Any]) -> str | None:
    return next((t["value"] for t in res.get("telecom", []) if t.get("system") == "phone"),
                None)


def _diverged(path: Path, people: dict[str, dict[str, Any]], states: dict[str, str]) -> int:
    """The patients and appointments this desk holds otherwise than the server."""
    with Workspace.open(path, passphrase=PASSPHRASE) as ws, ws.read() as conn:
        local_people = {r.id: {"phone": r.phone, "family": r.family} for r in conn.execute(
            sa.select(patient_table.c.id, patient_table.c.phone, patient_table.c.family))}
        local_states = dict(conn.execute(sa.select(appointment_table.c.id,
                                                   appointment_table.c.state)).all())
    return (sum(local_people.get(rid) != fields for rid, fields in people.items())
            + sum(STATUS_TO_FHIR.get(local_states.get(rid, "")) != status
                  for rid, status in states.items()))


def _filed(desks: list[Path]) -> int:
    count = 0
    for path in desks:
        with Workspace.open(path, passphrase=PASSPHRASE) as ws, ws.read() as conn:
            count += conn.execute(sa.select(sa.func.count()).select_from(intake_table).where(
                intake_table.c.status == "completed")).scalar_one()
    return count


def run(minutes: float, n: int, seed: int, folder: Path) -> dict[str, float]:
    from tests.fhirserver.fixture import FhirTestServer, ensure_installed

    ensure_installed()
    server = FhirTestServer().start()
    try:
        paths = _seed(folder, server.base_url, n)
        quiet = _quiet_latencies(paths[:3], 20)
        workers = [subprocess.Popen(
            [sys.executable, "-m", "bench.load", "--worker", "desk" if i < 3 else "kiosk",
             str(path), server.base_url, str(seed * 10 + i), str(minutes * 60), str(folder),
             DAY.isoformat()],
            cwd=ROOT) for i, path in enumerate(paths)]
        failed = sum(w.wait() != 0 for w in workers)
        left = _settle_all(paths, server.base_url, Log(folder / "driver.log"))
        people, states, twice = _server_state(server)
        lines = _read_logs([*paths, folder / "driver"])
        figures = _figures(lines, quiet)
        lost = _lost_unseen(lines, people)
        _trace(server, [*paths, folder / "driver"], lost)
        figures.update(
            workers_failed=failed, waiting=left, duplicated=twice,
            diverged=sum(_diverged(p, people, states) for p in paths[:3]),
            lost_unseen=len(lost), filed=_filed(paths[:3]),
            forms_completed=len(_of(lines, "completed")),
            records=len(people) + len(states))
    finally:
        server.stop()
    return figures


def _figures(lines: list[list[Any]], quiet: dict[str, list[float]]) -> dict[str, float]:
    out: dict[str, float] = {"edits": len(_of(lines, "edit")),
                             "conflicts_shown": len(_of(lines, "shown")),
                             "forms_sent": len(_of(lines, "sent"))}
    for what in ("board", "search"):
        during = [ms for _, w, ms, syncing in _of(lines, "latency") if w == what and syncing]
        out[f"{what}_p95_syncing_ms"] = percentile(during or [0.0], 95)
        out[f"peer_{what}_p95_quiet_ms"] = percentile(quiet[what], 95)
        out[f"ratio_{what}"] = out[f"{what}_p95_syncing_ms"] / out[f"peer_{what}_p95_quiet_ms"]
    return out


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        role, ws, url, seed, seconds, shared, day = sys.argv[2:9]
        global DAY
        DAY = datetime.fromisoformat(day)
        work(role, Path(ws), url, int(seed), float(seconds), Path(shared))
        return
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, default=10)
    p.add_argument("--patients", type=int, default=30)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    if args.smoke:
        args.minutes, args.patients = 0.25, 6
    with tempfile.TemporaryDirectory(prefix="desk-load-") as tmp:
        figures = run(args.minutes, args.patients, args.seed, Path(tmp))
    rows = [(name, round(v, 1) if isinstance(v, float) else v) for name, v in figures.items()]
    emit(f"Load: 3 desks and 2 kiosks for {args.minutes:g} min on {args.patients} patients",
         rows, figures, as_json=args.json, header=("measure", "value"))
    bad = (figures["workers_failed"] or figures["waiting"] or figures["duplicated"]
           or figures["diverged"] or figures["lost_unseen"]
           or figures["filed"] != figures["forms_completed"])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
