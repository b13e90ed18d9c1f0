"""Server faults: desk's sync against the FHIR test server's fault hooks.

Each scenario starts from an empty server and a workspace of new patients with an
appointment each, arms a fault, and runs sync rounds (as the app does, every second) while
it lasts; then the fault ends and rounds go on until nothing waits. It reports the records
desk had to send, how many arrived, were duplicated (the same record twice on the server)
or were quarantined (refused, waiting for staff), and the seconds from the fault's end to
the last record on the server. Goal: every record arrives once, none lost.

Scenarios: an outage (every request refused) of 2 and 6 s; a storm of 503s with
Retry-After; connections dropped before and after the server commits; slow answers;
garbage bodies; the access token revoked while staff go on working, then given again; and
a server restored from an older backup (emptied after a full sync), a few records changed
since, then ``desk sync --resend-all`` as IT runs it once the restore is known.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.report import emit, parser
from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import outbox
from desk.storage.schema import patient as patient_table
from desk.sync.auth import BearerToken
from desk.sync.client import FhirClient
from desk.sync.engine import SyncEngine
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.mapping import record_id_of
from desk.sync.resend import resend_all
from tests.fhirserver.fixture import FhirTestServer, ensure_installed

DAY = datetime(2026, 11, 23, 9, 0)
PASSPHRASE = "faults bench passphrase"
TOKEN = "bench-token"
RETRY = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.5, max_retry_after=5)


@dataclass
class Outcome:
    sent: int = 0
    arrived: int = 0
    duplicated: int = 0
    quarantined: int = 0
    recovery_s: float = 0.0


class Scenario:
    """A workspace of ``n`` patients and a sync engine on ``server``."""

    def __init__(self, server: FhirTestServer, folder: Path, n: int) -> None:
        self.server = server
        server.reset()
        self.ws = Workspace.create(folder, passphrase=PASSPHRASE)
        self.added = 0
        self.add(n)
        self.client = FhirClient(server.base_url, retry=RETRY, timeout=5, connect_timeout=2,
                                 auth=BearerToken(TOKEN))
        self.engine = SyncEngine(self.ws.engine, self.client, blobs=self.ws.blobs,
                                 today=DAY.date)

    def add(self, n: int) -> None:
        """``n`` new patients, each with an appointment."""
        with self.ws.begin() as conn:
            for i in range(self.added, self.added + n):
                p = patients.register(conn, Patient(family=f"Fault{i}", given="Pat",
                                                    phone=f"555-{i:04d}"), SYSTEM)
                schedule.book(conn, Appointment(patient_id=p.id, reason="Visit",
                                                start=DAY + timedelta(minutes=i)), SYSTEM)
        self.added += n

    def round(self) -> None:
        with contextlib.suppress(FhirError):  # as the app: shown, tried at the next round
            self.engine.run_once()

    def waiting(self) -> int:
        with self.ws.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(outbox).where(
                outbox.c.state != "quarantined")).scalar_one()

    def during(self, seconds: float) -> None:
        """Rounds, a second apart, for ``seconds``."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.round()
            time.sleep(max(0.0, min(1.0, end - time.monotonic())))

    def until_done(self, limit: float = 60) -> float:
        """Rounds until nothing waits; the seconds it took."""
        start = time.monotonic()
        while self.waiting() and time.monotonic() - start < limit:
            self.round()
        return time.monotonic() - start

    def outcome(self, recovery: float) -> Outcome:
        with self.ws.read() as conn:
            local = {"Patient": set(conn.execute(sa.select(patient_table.c.id)).scalars()),
                     "Appointment": set(conn.execute(sa.select(appointment_table.c.id))
                                        .scalars())}
            quarantined = conn.execute(sa.select(sa.func.count()).select_from(outbox).where(
                outbox.c.state == "quarantined")).scalar_one()
        out = Outcome(sent=sum(len(ids) for ids in local.values()), quarantined=quarantined,
                      recovery_s=recovery)
        self.server.configure(required_token="")  # the count reads without a token
        for rtype, ids in local.items():
            held = [record_id_of(r) for r in self.server.search_all(rtype)]
            out.arrived += len(ids & set(held))
            out.duplicated += len(held) - len(set(held))
        return out

    def close(self) -> None:
        self.client.close()
        self.ws.close()


def _faulted(kind: str, seconds: float = 3, **arms: object) -> Callable[[Scenario], float]:
    """A fault armed for ``seconds`` of rounds, then cleared."""
    def run(s: Scenario) -> float:
        s.server.faults(kind, **arms)  # type: ignore[arg-type]
        s.during(seconds)
        s.server.clear_faults()
        return s.until_done()
    return run


def _revoked(s: Scenario) -> float:
    s.round()  # the first records go through
    s.server.configure(required_token="another")  # the token is revoked
    s.add(10)  # while the front desk goes on working
    s.during(2)
    s.server.configure(required_token=TOKEN)  # an administrator signs in again
    return s.until_done()


def _older_backup(s: Scenario) -> float:
    s.until_done()
    s.server.reset()  # restored from a backup older than desk's first sync
    s.server.configure(required_token=TOKEN)
    with s.ws.begin() as conn:  # and the front desk goes on working
        for p in patients.all_patients(conn)[:3]:
            p.phone += "9"
            patients.update(conn, p, SYSTEM)
    s.round()
    resend_all(s.ws.engine)  # IT: desk sync --resend-all, once the restore is known
    return s.until_done()


SCENARIOS: dict[str, Callable[[Scenario], float]] = {
    "outage 2 s": _faulted("drop_before", 2, count=-1),  # nothing gets through
    "outage 6 s": _faulted("drop_before", 6, count=-1),
    "503 storm, Retry-After 1": _faulted("unavailable", count=30, retry_after=1),
    "dropped before commit": _faulted("drop_before", count=10, every=2),
    "dropped after commit": _faulted("drop_after", count=10, every=2),
    "slow answers (3 s)": _faulted("slow", count=6, delay=3),
    "garbage bodies": _faulted("garbage", count=10, every=2),
    "token revoked, then given again": _revoked,
    "server restored from an older backup": _older_backup,
}


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--patients", type=int, default=60)
    args = p.parse_args()
    names = list(SCENARIOS)
    if args.smoke:
        args.patients, names = 5, ["dropped after commit", "token revoked, then given again"]
    ensure_installed()
    server = FhirTestServer().start()
    rows, figures = [], {}
    try:
        with tempfile.TemporaryDirectory(prefix="desk-faults-") as tmp:
            for n, name in enumerate(names):
                server.reset()
                server.configure(required_token=TOKEN)
                s = Scenario(server, Path(tmp) / f"ws{n}", args.patients)
                try:
                    got = s.outcome(SCENARIOS[name](s))
                finally:
                    s.close()
                rows.append((name, got.sent, got.arrived, got.duplicated, got.quarantined,
                             round(got.recovery_s, 1)))
                key = name.split()[0].lower()
                figures.update({f"{key}_{n}_lost": got.sent - got.arrived,
                                f"{key}_{n}_duplicated": got.duplicated})
    finally:
        server.stop()
    figures["lost"] = sum(v for k, v in figures.items() if k.endswith("_lost"))
    figures["duplicated"] = sum(v for k, v in figures.items() if k.endswith("_duplicated"))
    emit(f"Sync through server faults, {args.patients} patients and appointments each", rows,
         figures, as_json=args.json,
         header=("scenario", "sent", "arrived", "duplicated", "quarantined", "recovery s"))


if __name__ == "__main__":
    main()
