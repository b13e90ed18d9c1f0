"""Draining the outbox to the FHIR test server, against posting the same bundles by hand.

For each size and strategy, desk registers N patients in a fresh encrypted workspace,
folds the write-ahead log of that registration into the database (it is not the push's
work), and times ``SyncEngine.push()`` (reading the outbox, mapping, bundling, sending,
recording server ids and merge bases, clearing the outbox). The peer posts the same
transaction bundles straight from a list with one httpx client and does nothing else: the N
patients and the N AuditEvents of their registration, which desk sends too (every audit
entry goes to the server). The server is emptied before each run. Both sides run in
this one process, which first settles its garbage collector as desk's processes do
(:func:`desk.process.settle`). Strategies:
``conditional`` (conditional creates, bundles of 8) and ``put`` (PUT with client ids,
bundles of 50). Each figure is the median of ``--repeat`` runs, desk and peer alternating
(conditional creates take long and are dominated by the server's scan per
``If-None-Exist``; ``--conditional-repeat`` is 1 unless asked). Desk's time per change (ms)
is reported for each size: it should stay flat as the outbox grows. The server's CPU time
during each side's run (from the test server's stats) shows how much of the time is the
server's own work.

Pull: the server holds N patients (put there by the peer's bundles, with names no earlier
run has seen, and read once untimed so that the server has settled); desk pulls them into
a fresh encrypted workspace with ``SyncEngine.pull()`` (paging by ``_lastUpdated``,
mapping, storing each patient with its search index entry and sync row, the high-water
marks), against a raw loop that GETs the same pages (same searches, same page size) and
decodes them. The peer that is compared stores what it reads: the same paged GETs, each
page's resources written as raw JSON by one ``executemany`` into a table of a fresh
SQLCipher database, one transaction a page; the raw loop that stores nothing is a second
column. Desk and the peers take turns going first. All ask for pages of ``--pull-page``
resources (desk's own page size unless told). The time desk's pull spends in the database
(statements and commits) is reported beside it, and the CPU time of the thread that applies
the pages (desk fetches and decodes them on worker threads meanwhile; the rest of its
time that thread waits for them).

    python -m bench.sync [--json] [--sizes 500,1000,2000] [--repeat 3] [--no-pull]
                         [--pull-page N]
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import sqlalchemy as sa

from bench.report import emit, median, parser
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.process import settle
from desk.storage import SYSTEM, Workspace
from desk.sync.bundle import full_url
from desk.sync.client import FhirClient
from desk.sync.engine import SyncEngine
from desk.sync.mapping import MappingOptions, identifier_search
from desk.sync.mapping_patients import patient_to_fhir
from desk.sync.mapping_records import audit_event_search, audit_event_to_fhir
from desk.sync.pull import PAGE_SIZE, pull_search
from desk.sync.records import audit_record_id
from tests.fhirserver.fixture import FhirTestServer, ensure_installed

OPTIONS = MappingOptions()
SIZES = {"conditional": 8, "put": 50}


def _register(ws: Workspace, n: int) -> list[Patient]:
    out = []
    with ws.begin() as conn:
        for i in range(n):
            out.append(patients.register(conn, Patient(
                family=f"Bench{i}", given="Pat Q", phone=f"555-{i:04d}", city="Lyon",
                postal_code="69001"), SYSTEM))
    return out


def _peer_bundles(ps: list[Patient], strategy: str) -> list[bytes]:
    """The patients, then one AuditEvent per registration, in bundles of the strategy's size."""
    prefix = str(uuid.uuid4())
    at = datetime.now(UTC).isoformat()
    resources = [(p.id, patient_to_fhir(p, options=OPTIONS), identifier_search(p.id))
                 for p in ps]
    for seq, p in enumerate(ps, start=1):
        rid = audit_record_id(prefix, seq)
        resources.append((rid, audit_event_to_fhir(
            record_id=rid, at=at, username="system", action="patient.create",
            record_type="Patient", subject_id=p.id, outcome="ok"), audit_event_search(rid)))
    size = SIZES[strategy]
    bundles = []
    for start in range(0, len(resources), size):
        entries = []
        for rid, res, match in resources[start:start + size]:
            rtype = res["resourceType"]
            if strategy == "put":
                res["id"] = rid
                entries.append({"fullUrl": f"{rtype}/{rid}", "resource": res,
                                "request": {"method": "PUT", "url": f"{rtype}/{rid}"}})
            else:
                entries.append({"fullUrl": full_url(rid), "resource": res,
                                "request": {"method": "POST", "url": rtype,
                                            "ifNoneExist": match}})
        bundles.append(json.dumps({"resourceType": "Bundle", "type": "transaction",
                                   "entry": entries}, separators=(",", ":")).encode())
    return bundles


def _run_peer(server: FhirTestServer, bundles: list[bytes]) -> tuple[float, float]:
    """Seconds, and the server's CPU milliseconds, of posting ``bundles``."""
    server.reset()
    with httpx.Client(headers={"Content-Type": "application/fhir+json"}, timeout=120) as http:
        t0 = time.perf_counter()
        for body in bundles:
            r = http.post(server.base_url, content=body)
            r.raise_for_status()
            r.json()
        return time.perf_counter() - t0, server.stats()["cpuMs"]


def _run_desk(server: FhirTestServer, n: int, strategy: str, tmp: Path,
              run: int) -> tuple[float, float, int]:
    """Seconds, the server's CPU milliseconds and the bundles of desk's push of N patients."""
    server.reset()
    with Workspace.create(tmp / f"ws-{strategy}-{n}-{run}", passphrase="bench passphrase") as ws:
        _register(ws, n)
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with FhirClient(server.base_url, timeout=120) as client:
            engine = SyncEngine(ws.engine, client, options=OPTIONS, strategy=strategy,  # type: ignore[arg-type]
                                bundle_size=SIZES[strategy])
            t0 = time.perf_counter()
            report = engine.push()
            elapsed = time.perf_counter() - t0
            server_cpu = server.stats()["cpuMs"]
        assert report.sent == n and report.audit_events == n and report.waiting == 0, report
        assert len(server.search_all("Patient")) == n
        return elapsed, server_cpu, report.bundles


def _pull_searches(server: FhirTestServer, page: int) -> list[str]:
    """The searches desk's first pull makes (appointments and questionnaires, none here, and
    the patients)."""
    return [f"{server.base_url}{rtype}?"
            f"{urlencode(pull_search(rtype, today=date.today(), page_size=page))}"
            for rtype in ("Appointment", "Patient", "Questionnaire")]


def _pages(http: httpx.Client, search: str) -> Iterator[dict[str, Any]]:
    url: str | None = search
    while url:
        r = http.get(url)
        r.raise_for_status()
        bundle = r.json()
        yield bundle
        url = next((link["url"] for link in bundle.get("link") or []
                    if link.get("relation") == "next"), None)


def _run_pull_peer(server: FhirTestServer, page: int) -> float:
    """Seconds to GET and decode every page of desk's first pull, storing nothing."""
    with httpx.Client(timeout=120) as http:
        t0 = time.perf_counter()
        for search in _pull_searches(server, page):
            for _ in _pages(http, search):
                pass
        return time.perf_counter() - t0


def _run_pull_store_peer(server: FhirTestServer, page: int, tmp: Path, run: int) -> float:
    """Seconds to GET the same pages and write each page's resources, as raw JSON, into a
    table of a fresh SQLCipher database (WAL, as desk's): one ``executemany`` and one
    transaction a page."""
    import sqlcipher3

    db = sqlcipher3.connect(str(tmp / f"peer-pull-{run}-{uuid.uuid4().hex}.db"))
    db.execute("PRAGMA key = 'bench'")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE resource (type TEXT, id TEXT, version TEXT, json TEXT)")
    try:
        with httpx.Client(timeout=120) as http:
            t0 = time.perf_counter()
            for search in _pull_searches(server, page):
                for bundle in _pages(http, search):
                    rows = [(res["resourceType"], res["id"], res.get("meta", {}).get("versionId"),
                             json.dumps(res))
                            for res in (e["resource"] for e in bundle.get("entry") or [])]
                    with db:
                        db.executemany("INSERT INTO resource VALUES (?, ?, ?, ?)", rows)
            elapsed = time.perf_counter() - t0
        assert db.execute("SELECT count(*) FROM resource WHERE type = 'Patient'").fetchone()[0]
        return elapsed
    finally:
        db.close()


class _DatabaseTime:
    """Seconds one engine spends in SQLCipher: its statements and its commits (each
    from its start to its end on its own thread)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.seconds = 0.0
        self._started: dict[int, float] = {}
        sa.event.listen(engine, "before_cursor_execute", self._start)
        sa.event.listen(engine, "after_cursor_execute", self._stop)
        commit = engine.dialect.do_commit

        def timed_commit(dbapi_connection: Any) -> None:
            self._start()
            commit(dbapi_connection)
            self._stop()

        engine.dialect.do_commit = timed_commit  # type: ignore[method-assign]

    def _start(self, *_: Any) -> None:
        self._started[threading.get_ident()] = time.perf_counter()

    def _stop(self, *_: Any) -> None:
        self.seconds += time.perf_counter() - self._started.pop(threading.get_ident())


def _run_pull_desk(server: FhirTestServer, n: int, tmp: Path, run: int,
                   page: int) -> tuple[float, float, float]:
    """Seconds of desk's pull of the N patients on the server into a fresh workspace, the
    seconds of it spent in the database, and the CPU seconds of the thread that applies
    the pages (the rest of its time it waits for them: they are fetched and decoded on
    worker threads)."""
    with Workspace.create(tmp / f"ws-pull-{n}-{run}", passphrase="bench passphrase") as ws, \
            FhirClient(server.base_url, timeout=120) as client:
        with ws.begin() as conn:
            patients.index(conn)  # made when the app opens a workspace
        engine = SyncEngine(ws.engine, client, options=OPTIONS, page_size=page)
        database = _DatabaseTime(ws.engine)
        t0, cpu0 = time.perf_counter(), time.thread_time()
        report = engine.pull()
        elapsed, cpu = time.perf_counter() - t0, time.thread_time() - cpu0
        assert report.applied == n, report
        with ws.read() as conn:
            assert patients.count(conn) == n
        return elapsed, database.seconds, cpu


def _letters(number: int) -> str:
    """``number`` written in letters: search keys drop digits, so names must differ in
    letters to be new to desk's name caches."""
    return "".join("abcdefghij"[int(d)] for d in str(number))


def _serve_patients(server: FhirTestServer, n: int, run: int) -> None:
    """Put N patients on the emptied server, with names no earlier run has seen (desk keeps
    the name keys it has worked out in memory; a pull of new patients works them out)."""
    ps = [Patient(family=f"Pull{_letters(run)}n{_letters(i)}", given="Pat Q",
                  phone=f"555-{i:04d}", city="Lyon", postal_code="69001", mrn=f"P{i:06d}")
          for i in range(n)]
    server.reset()
    with httpx.Client(headers={"Content-Type": "application/fhir+json"}, timeout=120) as http:
        patient_bundles = (n + SIZES["put"] - 1) // SIZES["put"]  # the audit events follow
        for body in _peer_bundles(ps, "put")[:patient_bundles]:
            http.post(server.base_url, content=body).raise_for_status()


def _pull_rows(server: FhirTestServer, n: int, repeat: int, tmp: Path, page: int,
               rows: list[list[object]], figures: dict[str, float]) -> None:
    desk_runs, database_runs, cpu_runs, store_runs, raw_runs = [], [], [], [], []
    for r in range(max(1, repeat)):
        _serve_patients(server, n, r)
        _run_pull_peer(server, page)  # untimed: the server settles after taking the patients
        for turn in ("peers", "desk") if r % 2 else ("desk", "peers"):  # taking turns
            if turn == "desk":
                elapsed, database, cpu = _run_pull_desk(server, n, tmp, r, page)
                desk_runs.append(elapsed)
                database_runs.append(database)
                cpu_runs.append(cpu)
            else:
                store_runs.append(_run_pull_store_peer(server, page, tmp, r))
                raw_runs.append(_run_pull_peer(server, page))
    desk_s, store_s, raw_s = median(desk_runs), median(store_runs), median(raw_runs)
    database_s = median(database_runs)
    rows.append([f"pull {n} patients (s), peer storing raw JSON", desk_s, store_s,
                 desk_s / store_s])
    rows.append([f"pull {n} patients (s), peer storing nothing", desk_s, raw_s, desk_s / raw_s])
    rows.append([f"pull {n} ms per patient", desk_s / n * 1000, store_s / n * 1000, ""])
    # desk's statements and commits alone, beside its whole pull
    rows.append([f"pull {n} in the database (ms)", database_s * 1000, "", ""])
    # the applying thread's CPU (its statements too): the rest of the pull waits for pages
    rows.append([f"pull {n} applying thread's CPU (ms)", median(cpu_runs) * 1000, "", ""])
    figures[f"pull_{n}_database_ms"] = database_s * 1000
    figures[f"pull_{n}_thread_cpu_ms"] = median(cpu_runs) * 1000
    figures[f"pull_{n}_s"] = desk_s
    figures[f"peer_store_pull_{n}_s"] = store_s
    figures[f"peer_raw_pull_{n}_s"] = raw_s
    figures[f"ratio_pull_{n}"] = desk_s / store_s
    figures[f"ratio_pull_{n}_vs_raw"] = desk_s / raw_s
    figures[f"pull_{n}_ms_per_patient"] = desk_s / n * 1000


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", default="500,1000,2000", help="comma-separated patient counts")
    p.add_argument("--strategies", default="put,conditional",
                   help="comma-separated: put, conditional")
    p.add_argument("--repeat", type=int, default=3, help="runs per PUT figure (median)")
    p.add_argument("--conditional-repeat", type=int, default=1,
                   help="runs per conditional-create figure (median)")
    p.add_argument("--no-pull", dest="pull", action="store_false",
                   help="leave out the pull figures")
    p.add_argument("--pull-page", type=int, default=PAGE_SIZE,
                   help="resources per page asked for by both sides of the pull "
                        f"(desk's default: {PAGE_SIZE})")
    args = p.parse_args()
    if args.smoke:
        args.sizes, args.repeat, args.conditional_repeat = "20", 1, 1
    sizes = [int(s) for s in args.sizes.split(",") if s]
    settle()  # as desk's app and ``desk sync`` do once their modules are loaded
    ensure_installed()
    server = FhirTestServer().start()
    rows: list[list[object]] = []
    figures: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="desk-bench-sync-") as tmp:
            for strategy in [s for s in args.strategies.split(",") if s]:
                if strategy not in SIZES:
                    p.error(f"unknown strategy {strategy!r}")
                repeat = args.repeat if strategy == "put" else args.conditional_repeat
                for n in sizes:
                    ps = [Patient(family=f"Bench{i}", given="Pat Q", phone=f"555-{i:04d}",
                                  city="Lyon", postal_code="69001", mrn=f"M{i:06d}")
                          for i in range(n)]
                    peer_bodies = _peer_bundles(ps, strategy)
                    desk_runs: list[float] = []
                    peer_runs: list[float] = []
                    desk_cpu: list[float] = []
                    peer_cpu: list[float] = []
                    for r in range(max(1, repeat)):
                        elapsed, cpu, bundles = _run_desk(server, n, strategy, Path(tmp), r)
                        desk_runs.append(elapsed)
                        desk_cpu.append(cpu)
                        elapsed, cpu = _run_peer(server, peer_bodies)
                        peer_runs.append(elapsed)
                        peer_cpu.append(cpu)
                    desk_s, peer_s = median(desk_runs), median(peer_runs)
                    ratio = desk_s / peer_s
                    rows.append([f"{strategy} {n} patients (s)", desk_s, peer_s, ratio])
                    rows.append([f"{strategy} {n} patients/s", n / desk_s, n / peer_s, ""])
                    rows.append([f"{strategy} {n} ms per change", desk_s / n * 1000,
                                 peer_s / n * 1000, ""])
                    # the server's own work during each side's run: the rest is the client's
                    rows.append([f"{strategy} {n} server CPU (ms)", median(desk_cpu),
                                 median(peer_cpu), ""])
                    key = f"{strategy}_{n}"
                    figures[f"{key}_s"] = desk_s
                    figures[f"peer_{key}_s"] = peer_s
                    figures[f"ratio_{key}"] = ratio
                    figures[f"{key}_ms_per_change"] = desk_s / n * 1000
                    figures[f"{key}_server_cpu_ms"] = median(desk_cpu)
                    figures[f"peer_{key}_server_cpu_ms"] = median(peer_cpu)
                    figures[f"{key}_bundles"] = bundles
                    figures[f"peer_{key}_bundles"] = len(peer_bodies)
            if args.pull:
                for n in sizes:
                    _pull_rows(server, n, args.repeat, Path(tmp), args.pull_page, rows, figures)
    finally:
        server.stop()
    emit("Sync with the FHIR test server: desk's push and pull vs raw httpx (same bundles, "
         "same pages)",
         rows, figures, as_json=args.json)


if __name__ == "__main__":
    main()
