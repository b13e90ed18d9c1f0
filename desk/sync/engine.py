"""The sync engine: push the outbox, pull what changed, merge, and tell the state.

Long work is a plain method taking a small progress/cancel object (:class:`Progress`
or anything with the same two members); the UI runs it on its network executor.

Push reads the outbox in order, one entry per record (later changes to a record
coalesce: the record's current state is sent), maps the record, and writes it in
transaction bundles (see :mod:`desk.sync.bundle`). A record the server refuses with a
4xx is quarantined with its error for the attention list; the rest keep flowing. A 412
fetches the server's copy and merges field by field against the last synced copy;
fields both sides changed differently go to the ``conflict`` table, the server keeps
its value for them until staff choose.

Pull asks for each resource type by ``_lastUpdated`` from a stored high-water mark less
an overlap margin, pages through ``next`` links and skips what it already has (same id
and version). Appointments come first (those from yesterday on), each with the patients it
refers to.

Records written by a pull or a merge never go into the outbox themselves.
"""

from __future__ import annotations

import hashlib
import json
import logging
import operator
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import orjson
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import merge, patients, schedule
from desk.frontdesk.history import HISTORY_TYPES
from desk.frontdesk.model import Appointment, Patient
from desk.process import holding_gc
from desk.storage import SYSTEM, Actor, audit
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import among, batches, insert_rows, reading, transaction
from desk.storage.outbox import enqueue
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import history_resource, outbox
from desk.storage.schema import patient as patient_table
from desk.sync import records, tasks
from desk.sync.bundle import BundleSender, Change, Result, Strategy
from desk.sync.client import FhirClient, FhirError, PagesAhead, version_of
from desk.sync.history import mark_removed, missing, patients_in_view, pull_history, store
from desk.sync.mapping import (
    APPOINTMENT_FIELDS,
    PATIENT_FIELDS,
    MappingError,
    MappingOptions,
    appointment_from_fhir,
    appointment_patient_reference,
    appointment_to_fhir,
    instant,
    last_updated,
    patient_from_fhir,
    patient_to_fhir,
    record_id_of,
    replaced_by,
)
from desk.sync.tables import conflict, get_state, put_state, sync_record

if TYPE_CHECKING:
    from desk.forms import Clinic

log = logging.getLogger(__name__)

RECORD_TYPES = ("Patient", "Appointment", *records.TYPES)
_LOCAL_TABLES = {"Patient": patient_table, "Appointment": appointment_table}
# Resources per page asked of the server when pulling (it may send fewer). Each page
# costs the server a search, so large pages pull far faster: 2,000 patients from the test
# server in 0.23 s against 0.55 s with pages of 200 (bench/sync.py --pull-page).
PAGE_SIZE = 1000
APPLY_BATCH = 1000  # pulled resources written per transaction, at most (about)
_PULLED = ("Appointment", "Patient", "Questionnaire")  # applied in this order
# an appointment the server's deletion may cancel: not cancelled already, no change waiting
_SETTLED_APPOINTMENT = (
    appointment_table.c.state != "cancelled",
    appointment_table.c.id.not_in(sa.select(outbox.c.record_id).where(
        outbox.c.record_type == "Appointment")))
SENT_KEPT = 4  # digests of unanswered updates kept per record
RECORD_BATCH = 250  # push results written per transaction, at least (but the last)
LOAD_WINDOWS = (50, 1000)  # records loaded and mapped at a time while bundles go out: a
# small first window gets the first bundle out soon; the next is read before the first
# results are written (reads after a write find their cached pages stale, and decrypt again)


class ProgressLike(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


@dataclass(slots=True)
class Progress:
    """A plain progress/cancel object (tests, the CLI). The UI passes a Qt-backed one."""

    done: int = 0
    total: int = 0
    message: str = ""
    cancelled: bool = False

    def report(self, done: int, total: int, message: str = "") -> None:
        self.done, self.total, self.message = done, total, message

    def cancel(self) -> None:
        self.cancelled = True


@dataclass(slots=True)
class PushReport:
    sent: int = 0
    quarantined: int = 0
    conflicts: int = 0
    merged: int = 0
    waiting: int = 0
    bundles: int = 0
    audit_events: int = 0  # audit entries sent (not counted in ``sent``)


@dataclass(slots=True)
class PullReport:
    transferred: int = 0
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    merged: int = 0  # merges made at another desk, applied here
    removed: int = 0  # clinic forms the server no longer has
    withdrawn: int = 0  # appointments the server no longer has, cancelled here
    deleted: int = 0  # history of charts in view the server no longer has, hidden here


@dataclass(frozen=True, slots=True)
class Attention:
    """A record staff must look at: refused by the server, or in conflict."""

    record_type: str
    record_id: str
    reason: str  # "refused" or "conflict"
    message: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool | None  # None: never tried
    waiting: int
    last_success: datetime | None
    attention: tuple[Attention, ...] = ()


@dataclass(slots=True)
class _Pending:
    record_type: str
    record_id: str
    seqs: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Landed:
    """Push results as rows to write: sync rows, records deleted on the server, outbox
    entries done, refused records (their outbox entries and the error), refused audit
    entries (record id and error) and how far the audit log is now sent."""
    synced: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    done_seqs: list[int] = field(default_factory=list)
    refused: list[tuple[list[int], str]] = field(default_factory=list)
    refused_audit: list[tuple[str, str]] = field(default_factory=list)
    audit_mark: int | None = None

    def size(self) -> int:
        return (len(self.synced) + len(self.dropped) + len(self.refused)
                + len(self.refused_audit))


@dataclass(slots=True)
class _AuditMark:
    """Audit entries sent straight from the log (``waiting``, oldest first): the log's
    mark moves past an entry once it and every earlier one are done with."""
    waiting: deque[int]
    handled: set[int] = field(default_factory=set)

    def handle(self, seq: int) -> int | None:
        """Note ``seq`` as done with; returns the new mark if it moved."""
        self.handled.add(seq)
        moved = None
        while self.waiting and self.waiting[0] in self.handled:
            moved = self.waiting.popleft()
            self.handled.discard(moved)
        return moved


@dataclass(slots=True)
class _Loaded:
    """What a window of pending records needs to become changes."""
    synced: dict[tuple[str, str], Any]  # sync rows of the records synced before
    people: Mapping[str, Patient]
    appts: Mapping[str, Appointment]
    links: Mapping[str, list[tuple[str, str]]]  # merge links of the patients
    sources: records.Sources
    known: dict[tuple[str, str], str]  # server ids of every record referred to

    def patient_sid(self, patient_id: str) -> str | None:
        return self.known.get(("Patient", patient_id))


class SyncEngine:
    """Sync of one workspace database with one FHIR server.

    ``strategy`` None picks ``"put"`` when the server allows update-as-create, else
    ``"conditional"``. ``overlap`` is how far before the high-water mark a pull starts
    (servers commit out of order). ``bundle_size`` None follows the server's limits;
    ``concurrency`` is how many bundles may be in flight at once. ``blobs`` is the
    workspace's blob store, where the PDFs sent as DocumentReference are kept (None: they
    wait). ``today`` tells the day the schedule is pulled around.

    ``kiosk`` True makes it a kiosk tablet's sync (see :mod:`desk.sync.tasks`): a pull
    brings only today's hand-offs, and a push drops each submission the server has.
    Otherwise a pull also files the responses completed on tablets, with PDFs headed
    by ``clinic`` (None: filed without a clinic's name).
    """

    def __init__(self, db: sa.Engine, client: FhirClient, *,
                 options: MappingOptions | None = None, strategy: Strategy | None = None,
                 bundle_size: int | None = None, overlap: timedelta = timedelta(seconds=10),
                 page_size: int = PAGE_SIZE, concurrency: int = 3,
                 blobs: BlobStore | None = None,
                 today: Callable[[], date] = date.today, kiosk: bool = False,
                 clinic: Clinic | None = None) -> None:
        self.db = db
        self.kiosk = kiosk
        self.clinic = clinic
        self.today = today
        self.blobs = blobs
        self.client = client
        self.options = options or MappingOptions()
        self._strategy = strategy
        self.bundle_size = bundle_size
        self.overlap = overlap
        self.page_size = page_size
        self.concurrency = concurrency
        self._audit_prefix: str | None = None
        self.in_view: set[str] = set()
        """Local patient ids whose history a pull fetches besides the scheduled ones (the
        charts open on screen)."""

    # -- the whole round ------------------------------------------------------------

    def run_once(self, progress: ProgressLike | None = None) -> tuple[PushReport, PullReport]:
        """Push, then pull. Network and server errors are recorded in the status and
        raised."""
        progress = progress or Progress()
        pushed = self.push(progress)
        if progress.cancelled:
            return pushed, PullReport()
        pulled = self.pull(progress)
        return pushed, pulled

    # -- push -----------------------------------------------------------------------

    def push(self, progress: ProgressLike | None = None) -> PushReport:
        """Send every waiting change. Raises FhirError (network/server/auth) when the
        server cannot be reached; what was done before stays done."""
        progress = progress or Progress()
        report = PushReport()
        contacted = self._strategy is None  # reading the server's capabilities reaches it
        try:
            strategy = self.strategy()
            if self._audit_prefix is None:
                with transaction(self.db) as conn:
                    self._audit_prefix = records.audit_prefix(conn)
            contacted |= self._adopt_own_writes()
            self._repoint_merged()
            for _round in range(3):  # a second round sends what waited for a reference
                pending = self._pending()
                if not pending or progress.cancelled:
                    break
                before = (report.sent, report.merged)
                self._push_round(pending, strategy, report, progress)
                if (report.sent, report.merged) == before:
                    break
            if self.kiosk:
                tasks.drop_delivered(self.db, self.blobs)
        except FhirError as err:
            self._note_attempt(reached=err.kind not in ("network", "server"))
            raise
        if contacted or report.bundles:  # nothing sent, nothing learned about the server
            self._note_attempt(reached=True, success=True)
        with reading(self.db) as conn:
            report.waiting = _waiting(conn)
        return report

    def _repoint_merged(self) -> None:
        """What the server files under a patient merged away here (see :func:`_repoint`)."""
        waiting = sa.select(outbox.c.record_id).where(outbox.c.record_type == "Patient")
        with reading(self.db) as conn:
            retired = list(conn.execute(
                sa.select(sync_record.c.server_id)
                .join(patient_table, patient_table.c.id == sync_record.c.record_id)
                .where(sync_record.c.record_type == "Patient",
                       sync_record.c.record_id.in_(waiting),
                       patient_table.c.merged_into.is_not(None))).scalars())
        if retired:  # most pushes: none, and no write transaction
            with transaction(self.db) as conn:
                _repoint(conn, retired)

    def strategy(self) -> Strategy:
        if self._strategy is None:
            both = all(self.client.update_create_allowed(t) for t in RECORD_TYPES)
            self._strategy = "put" if both else "conditional"
        return self._strategy

    def _pending(self) -> list[_Pending]:
        """The records to send, in order: the outbox's, then the audit log's unsent
        entries (these have no outbox entries)."""
        with reading(self.db) as conn:
            rows = conn.execute(sa.select(outbox.c.seq, outbox.c.record_type,
                                          outbox.c.record_id, outbox.c.state)
                                .where(outbox.c.state.in_(("pending", "quarantined")))
                                .where(outbox.c.record_type.in_(self._types()))
                                .order_by(outbox.c.seq)).tuples().all()
            unsent_audit = records.unsent_audit(conn)
        by_record: dict[tuple[str, str], _Pending] = {}
        ready: set[tuple[str, str]] = set()
        for seq, rtype, rid, state in rows:
            item = by_record.get((rtype, rid))
            if item is None:
                item = by_record[(rtype, rid)] = _Pending(rtype, rid)
            item.seqs.append(seq)
            if state == "pending":
                ready.add((rtype, rid))
        # a quarantined record goes again once it changed (staff corrected it); its old
        # entries travel with the new one and are cleared together
        # patients first: an appointment refers to its patient
        queued = sorted((p for k, p in by_record.items() if k in ready),
                        key=lambda p: (RECORD_TYPES.index(p.record_type), p.seqs[0]))
        prefix = self._audit_prefix or ""
        return queued + [_Pending(records.AUDIT, records.audit_record_id(prefix, seq))
                         for seq in unsent_audit]

    def _types(self) -> tuple[str, ...]:
        if self.blobs is None:
            return tuple(t for t in RECORD_TYPES if t != "DocumentReference")
        return RECORD_TYPES

    def _push_round(self, pending: list[_Pending], strategy: Strategy, report: PushReport,
                    progress: ProgressLike) -> None:
        by_key = {(p.record_type, p.record_id): p for p in pending}
        server_ids: dict[tuple[str, str], str] = {}  # of records synced before
        unchanged: list[_Pending] = []

        def changes() -> Iterator[Change]:
            # a window of records at a time: the first bundles are on the wire while the
            # rest load, and little stays alive for long
            for window in _windows(pending):
                with reading(self.db) as conn:
                    loaded = self._load(conn, window)
                server_ids.update(loaded.known)
                for item in window:
                    change = self._change_for(item, loaded)
                    if change is None:
                        unchanged.append(item)
                    else:
                        yield change

        def known(rtype: str, rid: str) -> str | None:
            return server_ids.get((rtype, rid))

        total = len(pending)
        conflicts: list[Result] = []
        mark = _AuditMark(deque(records.audit_seq(p.record_id) for p in pending
                                if p.record_type == records.AUDIT and not p.seqs))
        # Results are written to the database on one worker thread while the next bundle
        # is on the wire; one worker keeps the writes in order.
        # Writes go in batches of RECORD_BATCH results or more (a commit costs more than a
        # row); after a crash, what was not written yet is simply sent again. A written
        # batch is let go: nothing of the answers stays alive for the rest of the push.
        recorder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync-record")
        recordings: list[Future[None]] = []
        landed = _Landed()  # sorted, not written yet
        count = 0

        def on_results(results: list[Result]) -> None:
            nonlocal count, landed
            self._sort_results(results, by_key, report, conflicts, landed, mark)
            if landed.size() >= RECORD_BATCH:
                recordings.append(recorder.submit(self._write_results, landed))
                landed = _Landed()
            count += len(results)
            progress.report(count, total, "Sending changes")
            if progress.cancelled:
                raise _Cancelled

        sender = BundleSender(self.client, strategy, known_server_id=known,
                              max_entries=self.bundle_size, on_results=on_results,
                              on_sending=self._note_sending, concurrency=self.concurrency)
        try:
            sender.send(changes())
        except _Cancelled:
            pass
        finally:
            report.bundles += sender.bundles_sent
            recordings.append(recorder.submit(self._write_results, landed))
            recorder.shutdown(wait=True)
            for done in recordings:
                done.result()  # a failed write surfaces here
        if unchanged:
            with transaction(self.db) as conn:
                conn.execute(outbox.delete().where(
                    among(outbox.c.seq, [seq for item in unchanged for seq in item.seqs])))
        for result in conflicts:
            self._resolve_412(result.change, by_key[(result.change.record_type,
                                                     result.change.record_id)], report)

    def _load(self, conn: sa.Connection, window: Sequence[_Pending]) -> _Loaded:
        keys = [(p.record_type, p.record_id) for p in window]
        synced = _sync_rows(conn, keys)
        people = patients.load(conn, [i for t, i in keys if t == "Patient"])
        appts = schedule.load(conn, [i for t, i in keys if t == "Appointment"])
        links = merge.links(conn, people)
        sources = records.load(conn, keys, self.blobs)
        referred = (("Patient", {a.patient_id for a in appts.values()}
                     | {other for pairs in links.values() for other, _ in pairs}
                     | sources.patient_ids()),
                    ("Appointment", {a.id for a in sources.appointments.values()}),
                    ("QuestionnaireResponse", {i.id for i in sources.intakes.values()}))
        known = {(rtype, rid): sid for rtype, rids in referred
                 for rid, sid in _server_ids(conn, rtype, rids).items()}
        known.update((key, str(row.server_id)) for key, row in synced.items())
        return _Loaded(synced, people, appts, links, sources, known)

    def _change_for(self, item: _Pending, loaded: _Loaded) -> Change | None:
        base_row = loaded.synced.get((item.record_type, item.record_id))
        base = json.loads(base_row.base_json) if base_row else None
        people, appts, links = loaded.people, loaded.appts, loaded.links
        server_id = str(base_row.server_id) if base_row else None
        version = str(base_row.version) if base_row and base_row.version else None
        if item.record_type in records.TYPES:
            change = records.change_for(item.record_type, item.record_id, loaded.sources)
            if change is None:
                return None
            change.server_id, change.version = server_id, version
            return change
        if item.record_type == "Patient":
            p = people.get(item.record_id)
            if p is None:
                return Change("Patient", item.record_id, lambda ref: {}, server_id=server_id,
                              version=version, delete=True) if server_id else None
            options = self.options
            retired = any(kind == "replaced-by" for _, kind in links.get(p.id, ()))
            if retired and server_id is None:
                return None  # merged before it reached the server: nothing to retire there
            # a survivor names the merged records the server has
            shown = [(other, kind) for other, kind in links.get(p.id, ())
                     if kind == "replaced-by" or loaded.patient_sid(other) is not None]

            def render_patient(ref: Callable[[str, str], str], p: Patient = p
                               ) -> dict[str, Any]:
                return patient_to_fhir(p, options=options, server_id=server_id, onto=base,
                                       active=not retired,
                                       links=[(ref("Patient", o), k) for o, k in shown])

            def seen(rtype: str, rid: str) -> str:
                return f"{rtype}/{loaded.patient_sid(rid) or ''}"

            if base is not None and _same(render_patient(seen), base):
                return None
            return Change("Patient", p.id, render_patient,
                          references=tuple(("Patient", o) for o, _ in shown),
                          server_id=server_id, version=version)
        a = appts.get(item.record_id)
        if a is None:
            return Change("Appointment", item.record_id, lambda ref: {}, server_id=server_id,
                          version=version, delete=True) if server_id else None

        def render_appt(ref: Callable[[str, str], str], a: Appointment = a) -> dict[str, Any]:
            return appointment_to_fhir(a, patient_reference=ref("Patient", a.patient_id),
                                       server_id=server_id, onto=base)

        if base is not None:
            ref_in_base = appointment_patient_reference(base) or ""
            # the patient may have changed (patients merged): then it is not the same
            same_patient = ref_in_base.rsplit("/", 1)[-1] == loaded.patient_sid(a.patient_id)
            if same_patient and _same(render_appt(lambda t, i: ref_in_base), base):
                return None
        return Change("Appointment", a.id, render_appt,
                      references=(("Patient", a.patient_id),), server_id=server_id,
                      version=version)

    def _adopt_own_writes(self) -> bool:
        """Updates whose answers never came (a crash): where the server holds exactly what
        desk sent, that copy becomes the base, which spares a 412 and a merge per record.
        Returns whether the server was asked."""
        with reading(self.db) as conn:
            rows = conn.execute(sa.select(sync_record.c.record_type, sync_record.c.record_id,
                                          sync_record.c.server_id, sync_record.c.sent_hash)
                                .where(sync_record.c.sent_hash.is_not(None))).all()
        for rtype in sorted({r.record_type for r in rows}):
            mine = {str(r.server_id): r for r in rows if r.record_type == rtype}
            found: dict[str, dict[str, Any]] = {}
            for chunk in batches(sorted(mine), 100):
                found.update((str(res.get("id")), res) for res in self.client.search(
                    rtype, {"_id": ",".join(chunk), "_count": "100"}))
            with transaction(self.db) as conn:
                for sid, row in mine.items():
                    res = found.get(sid)
                    if res is not None and _digest(res) in str(row.sent_hash).split():
                        _save_sync(conn, rtype, row.record_id, sid, version_of(res), res)
                    else:  # it did not land: the next update starts a fresh list
                        conn.execute(sync_record.update().where(
                            sync_record.c.record_type == rtype,
                            sync_record.c.record_id == row.record_id).values(sent_hash=None))
        return bool(rows)

    def _note_sending(self, changes: list[Change]) -> None:
        """Before updates go out, keep a digest of what they say: should an answer be lost
        (a crash, a dropped connection) and a later 412 find exactly that on the server,
        it is desk's own write and not someone else's change (see :meth:`_merge`)."""
        rows = [{"t": c.record_type, "i": c.record_id, "h": _digest(c.sent)} for c in changes
                if c.server_id is not None and c.sent is not None and not c.delete]
        if rows:
            # the last few digests: an earlier update may be the one that landed
            before = sa.func.coalesce(sync_record.c.sent_hash, "")
            kept = sa.case((sa.func.instr(before, sa.bindparam("h")) > 0, before),
                           else_=sa.func.substr(sa.func.ltrim(before + " " + sa.bindparam("h")),
                                                -(65 * SENT_KEPT - 1)))
            with transaction(self.db) as conn:
                conn.execute(sync_record.update().where(
                    sync_record.c.record_type == sa.bindparam("t"),
                    sync_record.c.record_id == sa.bindparam("i")).values(sent_hash=kept), rows)

    def _sort_results(self, results: list[Result], by_key: Mapping[tuple[str, str], _Pending],
                      report: PushReport, conflicts: list[Result], into: _Landed,
                      mark: _AuditMark) -> None:
        """What the server's answers mean for the database, kept as plain rows in ``into``:
        the answers themselves (and what was sent) can go as soon as they landed."""
        now = stamp()
        for result in results:
            change = result.change
            item = by_key[(change.record_type, change.record_id)]
            if change.record_type == records.AUDIT and not item.seqs:
                _sort_audit(result, report, into, mark)
            elif result.ok and change.record_type == records.AUDIT:
                into.done_seqs += item.seqs  # never changed, so no merge base is kept
                report.audit_events += 1
            elif result.ok:
                older = False
                if change.delete:
                    into.dropped.append((change.record_type, change.record_id))
                else:
                    resource = result.resource or {}
                    took = _took_as_sent(change, result)
                    # the server kept what was sent: that text is the base (no meta)
                    into.synced.append(_sync_row(
                        change.record_type, change.record_id, result.server_id or "",
                        result.version or version_of(resource),
                        change.sent_json if took and change.sent_json else _compact(resource),
                        now))
                    # a create whose first answer was lost can find its record on the
                    # server older than what desk holds now: it stays queued and goes
                    # again as an update against that copy
                    older = not took and change.server_id is None and bool(result.resource)
                if not older:
                    into.done_seqs += item.seqs
                report.sent += 1
            elif result.blocked:
                continue
            elif result.error is not None and result.error.kind == "conflict":
                conflicts.append(result)
            else:
                into.refused.append((item.seqs, _refused(result)))
                report.quarantined += 1

    def _write_results(self, landed: _Landed) -> None:
        with transaction(self.db) as conn:
            for rtype in {t for t, _ in landed.dropped}:
                ids = [i for t, i in landed.dropped if t == rtype]
                conn.execute(sync_record.delete().where(sync_record.c.record_type == rtype,
                                                        sync_record.c.record_id.in_(ids)))
            if landed.synced:
                _save_sync_rows(conn, landed.synced)
            if landed.done_seqs:
                conn.execute(outbox.delete().where(among(outbox.c.seq, landed.done_seqs)))
            for seqs, text in landed.refused:
                conn.execute(outbox.update().where(outbox.c.seq.in_(seqs)).values(
                    state="quarantined", last_error=text, attempts=outbox.c.attempts + 1))
            for record_id, text in landed.refused_audit:
                records.refuse_audit(conn, record_id, text)
            if landed.audit_mark is not None:
                records.mark_audit_sent(conn, landed.audit_mark)

    def _resolve_412(self, change: Change, item: _Pending, report: PushReport) -> None:
        """Someone changed the record on the server: merge and send again."""
        with reading(self.db) as conn:
            row = _sync_rows(conn, [(change.record_type, change.record_id)]).get(
                (change.record_type, change.record_id))
        if row is None:
            return
        server = self.client.read(change.record_type, str(row.server_id))
        assert server.resource is not None
        if change.record_type in records.TYPES:
            # desk alone writes these: its copy goes again over the server's version
            with transaction(self.db) as conn:
                _save_sync(conn, change.record_type, change.record_id, str(row.server_id),
                           server.version, server.resource)
            report.merged += 1
            return
        clashes = self._merge(change.record_type, change.record_id, server.resource,
                              server.version)
        if clashes:
            report.conflicts += 1
            with transaction(self.db) as conn:
                conn.execute(outbox.update().where(outbox.c.seq.in_(item.seqs))
                             .values(state="conflict",
                                     last_error="Changed here and on the server"))
            return
        report.merged += 1
        # the merged record is sent in the next round, against the server's version

    # -- merging --------------------------------------------------------------------

    def _merge(self, record_type: str, record_id: str, server_res: dict[str, Any],
               server_version: str | None) -> list[str]:
        """Three-way merge of the local record with the server's copy against the last
        synced base. Writes the merged record locally (no outbox entry), the server's copy
        as the new base, and clashes to ``conflict``; returns the clashing fields."""
        with transaction(self.db) as conn:
            base_row = _sync_rows(conn, [(record_type, record_id)]).get(
                (record_type, record_id))
            if base_row is not None and _digest(server_res) in (base_row.sent_hash or "").split():
                # desk's own update whose answer was lost: no one else changed anything
                _save_sync(conn, record_type, record_id, str(server_res.get("id")),
                           server_version, server_res)
                return []
            base_res = json.loads(base_row.base_json) if base_row else None
            resolve = _patient_resolver(conn)
            local: Patient | Appointment
            base_rec: Patient | Appointment | None
            names: tuple[str, ...]
            if record_type == "Patient":
                local = patients.load(conn, [record_id])[record_id]
                server_rec: Patient | Appointment = patient_from_fhir(server_res,
                                                                      options=self.options)
                base_rec = (patient_from_fhir(base_res, options=self.options)
                            if base_res else None)
                names = PATIENT_FIELDS
            else:
                local = schedule.load(conn, [record_id])[record_id]
                server_rec = _appointment_local(appointment_from_fhir(
                    server_res, patient_id_for=resolve))
                base_rec = (_appointment_local(appointment_from_fhir(
                    base_res, patient_id_for=resolve)) if base_res else None)
                names = APPOINTMENT_FIELDS
            merged: dict[str, Any] = {}
            clashes: list[str] = []
            for name in names:
                mine, theirs = getattr(local, name), getattr(server_rec, name)
                was = getattr(base_rec, name) if base_rec is not None else theirs
                if mine in (theirs, was):
                    merged[name] = theirs
                elif theirs == was:
                    merged[name] = mine
                else:
                    merged[name] = theirs  # the server keeps it until staff choose
                    clashes.append(name)
                    conn.execute(conflict.insert().values(
                        record_type=record_type, record_id=record_id, field=name,
                        local_value=_text(mine), server_value=_text(theirs),
                        base_value=_text(was), server_version=server_version,
                        created_at=stamp()))
            if clashes:
                # keep the local values of clashing fields on screen until resolved
                for name in clashes:
                    merged[name] = getattr(local, name)
            _write_local(conn, record_type, record_id, merged)
            _save_sync(conn, record_type, record_id, str(server_res.get("id")),
                       server_version, server_res)
            audit.record(conn, SYSTEM, f"{record_type.lower()}.merge", record_type, record_id,
                         outcome="conflict" if clashes else "ok")
        return clashes

    # -- pull -----------------------------------------------------------------------

    def pull(self, progress: ProgressLike | None = None) -> PullReport:
        """Fetch what changed on the server since the last pull: appointments (and the
        patients they name that desk lacks), patients, questionnaires, each from its own
        high-water mark; the three searches are sent at once. Then the clinic forms the server
        deleted (marked, no longer offered) and the history of the patients in view."""
        progress = progress or Progress()
        report = PullReport()
        if self.kiosk:
            return self._pull_tablet(report)
        try:
            with ExitStack() as searches:  # their first pages come in together
                marks = self._marks()
                pages = {rtype: searches.enter_context(self.client.search_ahead(
                    rtype, self._search_for(rtype, marks[rtype]))) for rtype in _PULLED}
                for rtype in _PULLED:
                    if progress.cancelled:
                        break
                    self._pull_type(rtype, pages[rtype], marks[rtype], report, progress)
            if not progress.cancelled:
                with reading(self.db) as conn:
                    forms, booked = _held_for_checks(conn, _schedule_start(self.today()))
                if forms:
                    report.removed += mark_removed(self.db, self.client, ["Questionnaire"])
                if booked:
                    self._withdraw_deleted_appointments(report)
                if booked or self.in_view:
                    self.pull_history(self.in_view, report=report)
            if not progress.cancelled:
                self._file_from_tablets(report)
        except FhirError as err:
            self._note_attempt(reached=err.kind not in ("network", "server"))
            raise
        self._note_attempt(reached=True, success=True)
        return report

    def _pull_tablet(self, report: PullReport) -> PullReport:
        """A kiosk tablet's pull: today's hand-offs and nothing else."""
        try:
            tasks.pull_to_tablet(self.db, self.client, self.today(), report,
                                 lambda found: self._apply_page("Patient", found, report))
        except FhirError as err:
            self._note_attempt(reached=err.kind not in ("network", "server"))
            raise
        self._note_attempt(reached=True, success=True)
        return report

    def _file_from_tablets(self, report: PullReport) -> None:
        """The responses completed on kiosk tablets, filed (see :mod:`desk.sync.tasks`)."""
        if self.blobs is None:
            return  # their PDFs have nowhere to go: they wait
        from desk.forms import Clinic

        report.applied += tasks.file_completed(self.db, self.client, self.blobs,
                                               self.clinic or Clinic(""))

    def pull_history(self, extra: Iterable[str] = (), *, report: PullReport | None = None,
                     today: date | None = None) -> PullReport:
        """History resources of the patients in view: those on the schedule around
        ``today`` and the local patient ids in ``extra`` (charts open). What the server
        deleted from those charts is hidden from them."""
        report = report or PullReport()
        extra = list(extra)
        with reading(self.db) as conn:
            people = patients_in_view(conn, today or self.today(), extra)
        pull_history(self.db, self.client, people, report, overlap=self.overlap,
                     page_size=self.page_size)
        report.deleted += mark_removed(self.db, self.client, HISTORY_TYPES, extra)
        return report

    def _search_for(self, rtype: str, mark: datetime | None = None
                    ) -> dict[str, str | list[str]]:
        since = mark - self.overlap if mark is not None else None
        return pull_search(rtype, today=self.today(), page_size=self.page_size, since=since)

    def _pull_type(self, rtype: str, pages: PagesAhead, mark: datetime | None,
                   report: PullReport, progress: ProgressLike) -> None:
        highest = mark
        merged: dict[str, str] = {}  # retired server id -> survivor server id
        for page in pages:
            # pages that came in while desk worked on the last are applied together
            # (one transaction, one audit read, one commit), a bounded number: the
            # writing must not keep the front desk's own changes waiting for long
            together = [page, *pages.arrived(most=max(0, APPLY_BATCH // self.page_size - 1))]
            resources = [e.get("resource") for p in together for e in p.get("entry") or []
                         if isinstance(e, dict) and (e.get("search") or {}).get(
                             "mode", "match") == "match"]
            good = [r for r in resources if isinstance(r, dict)
                    and r.get("resourceType") == rtype]
            report.transferred += len(good)
            report.skipped += len(resources) - len(good)
            if rtype == "Appointment":
                self._fetch_missing_patients(good, report)
            self._apply_page(rtype, good, report)
            if rtype == "Patient":
                merged.update((str(r.get("id")), sid) for r in good
                              if (sid := replaced_by(r)) is not None)
            for r in good:
                when = last_updated(r)
                if when is not None and (highest is None or when > highest):
                    highest = when
            progress.report(report.transferred, int(together[-1].get("total") or 0),
                            f"Receiving {rtype.lower()}s")
            if progress.cancelled:
                return  # the mark stays: the next pull starts over from it
        self._apply_server_merges(merged, report)
        if highest is not None and highest != mark:
            with transaction(self.db) as conn:
                put_state(conn, f"mark:{rtype}", highest.isoformat())

    def _withdraw_deleted_appointments(self, report: PullReport) -> None:
        """Cancel here the appointments the server deleted (a search does not show them).
        The server is asked how many appointments the pull's window holds; only when that
        is fewer than desk holds from it are the held ones looked for (:func:`missing`).
        Those not in the window are read by id: one that moved out of it is applied as it
        is now, one not found is cancelled (audited, not sent back). One with a change
        waiting to go is left for the push to settle."""
        first_day = _schedule_start(self.today())
        window = {"date": "ge" + first_day.isoformat()}  # the pull's
        since = datetime.combine(first_day, time.min)
        ours = appointment_table.join(sync_record, sa.and_(
            sync_record.c.record_type == "Appointment",
            sync_record.c.record_id == appointment_table.c.id))
        with reading(self.db) as conn:
            held = {sid: rid for sid, rid in conn.execute(
                sa.select(sync_record.c.server_id, appointment_table.c.id).select_from(ours)
                .where(appointment_table.c.start >= since, *_SETTLED_APPOINTMENT))}
        if not held:
            return  # nothing to lose: no request
        counted = self.client.request("GET", "Appointment", expect="Bundle", params={
            **window, "_summary": "count"}).resource or {}
        if isinstance(counted.get("total"), int) and counted["total"] >= len(held):
            return  # a booking made since the pull defers the finding to the next one
        outside: list[str] = []  # of the window: moved, or deleted
        for chunk in batches(sorted(held), 100):
            outside += missing(self.client, "Appointment", chunk, window)
        moved: list[dict[str, Any]] = []
        for chunk in batches(outside, 100):
            moved += self.client.search("Appointment", {"_id": ",".join(chunk),
                                                        "_count": "100"})
        self._apply_page("Appointment", moved, report)
        gone = [held[sid] for sid in set(outside) - {str(r.get("id")) for r in moved}]
        if not gone:
            return
        with transaction(self.db) as conn:  # as they are now: one may just have changed
            gone = list(conn.execute(sa.select(appointment_table.c.id).where(
                among(appointment_table.c.id, gone), *_SETTLED_APPOINTMENT)).scalars())
            conn.execute(appointment_table.update().where(among(
                appointment_table.c.id, gone)).values(state="cancelled", updated_at=stamp()))
            audit.record_many(conn, SYSTEM, [("appointment.withdrawn", "Appointment", rid)
                                             for rid in gone])
        log.info("%d appointments are no longer on the server", len(gone))
        report.withdrawn += len(gone)

    def _apply_server_merges(self, merged: Mapping[str, str], report: PullReport) -> None:
        """Merges made at another desk: the retired record is merged here too (audited;
        only what this desk itself filed under it on the server is sent again); one that
        cannot be is logged and left as it is."""
        if not merged:
            return
        with reading(self.db) as conn:
            wanted = [*merged, *merged.values()]
            local = {row.server_id: row.record_id for row in conn.execute(
                sa.select(sync_record.c.server_id, sync_record.c.record_id).where(
                    sync_record.c.record_type == "Patient",
                    among(sync_record.c.server_id, wanted)))}
        for retired_sid, survivor_sid in merged.items():
            retired, survivor = local.get(retired_sid), local.get(survivor_sid)
            if retired is None or survivor is None:
                continue
            try:
                with transaction(self.db) as conn:
                    survivor = patients.current_id(conn, survivor)
                    if patients.current_id(conn, retired) == survivor:
                        continue  # already merged here
                    done = merge.merge(conn, self.blobs, survivor, retired, SYSTEM, send=False)
                    _repoint(conn, [retired_sid])  # what this desk put there itself
                if self.blobs is not None:
                    self.blobs.discard(done.stale_files)  # re-sealed for the survivor
                report.merged += 1
            except DeskError as err:
                log.warning("merge of Patient/%s from the server not applied: %s",
                            retired_sid, err.message)

    def _fetch_missing_patients(self, appts: Iterable[dict[str, Any]],
                                report: PullReport) -> None:
        refs = {ref.rsplit("/", 1)[-1] for a in appts
                if (ref := appointment_patient_reference(a)) is not None}
        if not refs:
            return
        with reading(self.db) as conn:
            known = set(conn.execute(sa.select(sync_record.c.server_id).where(
                sync_record.c.record_type == "Patient",
                sync_record.c.server_id.in_(refs))).scalars())
        missing = sorted(refs - known)
        found: list[dict[str, Any]] = []
        for chunk in batches(missing, 100):
            found += list(self.client.search("Patient", {"_id": ",".join(chunk),
                                                         "_count": "100"}))
        report.transferred += len(found)
        self._apply_page("Patient", found, report)

    def _apply_page(self, rtype: str, resources: list[dict[str, Any]],
                    report: PullReport) -> None:
        if not resources:
            return
        if rtype == "Questionnaire":  # kept as the server sent it, like history
            store(self.db, rtype, resources, {}, report)
            return
        merges: list[dict[str, Any]] = []
        with holding_gc(), transaction(self.db) as conn:
            known = {row.server_id: row for row in conn.execute(
                sa.select(sync_record).where(
                    sync_record.c.record_type == rtype,
                    among(sync_record.c.server_id, [str(r.get("id")) for r in resources])))}
            dirty = set(conn.execute(sa.select(outbox.c.record_id).where(
                outbox.c.record_type == rtype, outbox.c.state != "quarantined")).scalars())
            resolve = _patient_resolver(conn)
            pulled: list[Patient | Appointment] = []
            synced: list[dict[str, Any]] = []
            now = stamp()
            for res in resources:
                sid = str(res.get("id"))
                version = version_of(res)
                row = known.get(sid)
                if row is not None and version is not None and row.version == version:
                    report.unchanged += 1
                    continue
                try:
                    rid = str(row.record_id) if row is not None else record_id_of(res)
                    if rid in dirty and row is not None:
                        merges.append(res)
                        continue
                    if rid in dirty:
                        # our own push whose answer was lost: the server's copy becomes
                        # the base and the local changes go out as an update
                        synced.append(_sync_row(rtype, rid, sid, version, _compact(res), now))
                        report.applied += 1
                        continue
                    record = patient_from_fhir(res, options=self.options, record_id=rid) \
                        if rtype == "Patient" else _appointment_local(appointment_from_fhir(
                            res, patient_id_for=resolve, record_id=rid))
                except MappingError as err:
                    log.warning("skipped %s/%s from the server: %s", rtype, sid, err.details)
                    report.skipped += 1
                    continue
                pulled.append(record)
                synced.append(_sync_row(rtype, rid, sid, version, _compact(res), now))
                report.applied += 1
            _write_pulled(conn, rtype, pulled)
            _save_sync_rows(conn, synced)
        for res in merges:
            merge_id = self._record_id_for(rtype, str(res.get("id")))
            if merge_id is None:
                continue
            if self._merge(rtype, merge_id, res, version_of(res)):
                report.conflicts += 1
            else:
                report.applied += 1

    def _record_id_for(self, rtype: str, server_id: str) -> str | None:
        with reading(self.db) as conn:
            return conn.execute(sa.select(sync_record.c.record_id).where(
                sync_record.c.record_type == rtype,
                sync_record.c.server_id == server_id)).scalar()

    # -- state ----------------------------------------------------------------------

    def _marks(self) -> dict[str, datetime | None]:
        """The high-water mark of each pulled type (None before its first pull)."""
        with reading(self.db) as conn:
            texts = {rtype: get_state(conn, f"mark:{rtype}") for rtype in _PULLED}
        return {rtype: datetime.fromisoformat(t) if t else None for rtype, t in texts.items()}

    def _note_attempt(self, *, reached: bool, success: bool = False) -> None:
        """Whether the server answered, and (``success``) whether the round went through:
        a refused sign-in reaches the server but is no success."""
        with transaction(self.db) as conn:
            put_state(conn, "online", "1" if reached else "0")
            if success:
                put_state(conn, "last_success", stamp())

    def status(self) -> SyncStatus:
        """Online or offline, changes waiting, the last success, records needing attention."""
        return status(self.db)


def pull_search(rtype: str, *, today: date, page_size: int = PAGE_SIZE,
                since: datetime | None = None) -> dict[str, str | list[str]]:
    """The search a pull makes for ``rtype``: by ``_lastUpdated``, from ``since`` (None:
    everything); appointments from the day before ``today`` on (the schedule in view, and
    every later one, so that a day coming into view is already held)."""
    params: dict[str, str | list[str]] = {"_sort": "_lastUpdated", "_count": str(page_size)}
    if rtype == "Appointment":
        params["date"] = "ge" + _schedule_start(today).isoformat()
    if since is not None:
        params["_lastUpdated"] = "ge" + instant(since)
    return params


def _held_for_checks(conn: sa.Connection, first_day: date) -> tuple[bool, bool]:
    """Whether desk holds clinic forms, and appointments from ``first_day`` on. Without
    them the checks that follow a pull (forms deleted on the server, appointments
    withdrawn, the history of the scheduled patients) can find nothing: one read here
    spares their own reads."""
    forms = sa.exists().where(history_resource.c.resource_type == "Questionnaire",
                              history_resource.c.removed_at.is_(None))
    booked = sa.exists().where(
        appointment_table.c.start >= datetime.combine(first_day, time.min))
    held = conn.execute(sa.select(forms, booked)).one()
    return bool(held[0]), bool(held[1])


def _schedule_start(today: date) -> date:
    """The first day of the appointments a pull asks for: the schedule in view starts the
    day before ``today``."""
    return today - timedelta(days=1)


def status(db: sa.Engine) -> SyncStatus:
    """The sync state of a workspace database (cheap: no network)."""
    with reading(db) as conn:
        online = get_state(conn, "online")
        last = get_state(conn, "last_success")
        attention = [Attention(r.record_type, r.record_id, "refused", r.last_error or "")
                     for r in conn.execute(sa.select(outbox).where(
                         outbox.c.state == "quarantined").order_by(outbox.c.seq))]
        seen = {(a.record_type, a.record_id) for a in attention}
        for r in conn.execute(sa.select(conflict).where(conflict.c.resolved_at.is_(None))
                              .order_by(conflict.c.id)):
            if (r.record_type, r.record_id) not in seen:
                seen.add((r.record_type, r.record_id))
                attention.append(Attention(r.record_type, r.record_id, "conflict",
                                           "Changed here and on the server: choose which "
                                           "to keep."))
        return SyncStatus(online=None if online is None else online == "1",
                          waiting=_waiting(conn),
                          last_success=datetime.fromisoformat(last) if last else None,
                          attention=tuple(attention))


@dataclass(frozen=True, slots=True)
class ConflictField:
    """One field both sides changed: the values as text (JSON, or ISO dates)."""

    id: int
    record_type: str
    record_id: str
    field: str
    local_value: str | None
    server_value: str | None
    base_value: str | None

    def value(self, side: str) -> Any:
        """One side's value (``"base"``, ``"local"`` or ``"server"``) as records hold it."""
        text = {"base": self.base_value, "local": self.local_value,
                "server": self.server_value}[side]
        return _untext(self.record_type, self.field, text)


def open_conflicts(db: sa.Engine, record_type: str | None = None,
                   record_id: str | None = None) -> list[ConflictField]:
    """The unresolved conflicting fields, oldest first (for the resolve screen)."""
    query = sa.select(conflict).where(conflict.c.resolved_at.is_(None)).order_by(conflict.c.id)
    if record_type is not None:
        query = query.where(conflict.c.record_type == record_type)
    if record_id is not None:
        query = query.where(conflict.c.record_id == record_id)
    with reading(db) as conn:
        return [ConflictField(r.id, r.record_type, r.record_id, r.field, r.local_value,
                              r.server_value, r.base_value) for r in conn.execute(query)]


def retry_refused(db: sa.Engine, record_type: str, record_id: str) -> None:
    """Put a quarantined record back in the queue (staff chose "try again")."""
    with transaction(db) as conn:
        conn.execute(outbox.update().where(outbox.c.record_type == record_type,
                                           outbox.c.record_id == record_id,
                                           outbox.c.state == "quarantined")
                     .values(state="pending", last_error=None))


def resolve_conflict(db: sa.Engine, record_type: str, record_id: str, *,
                     keep: str | Mapping[str, str], actor: Actor = SYSTEM) -> None:
    """Settle every open conflict of a record: ``keep="local"`` sends the local values,
    ``keep="server"`` takes the server's; a mapping chooses per field (every open field
    named, each ``"local"`` or ``"server"``). The record then goes out with If-Match
    against the server version the conflict was found with, so the choice wins on both
    sides."""
    with transaction(db) as conn:
        rows = conn.execute(sa.select(conflict).where(
            conflict.c.record_type == record_type, conflict.c.record_id == record_id,
            conflict.c.resolved_at.is_(None))).all()
        if not rows:
            raise DeskError("That record has no open conflict.", kind="input")
        choice = {r.field: keep for r in rows} if isinstance(keep, str) else dict(keep)
        if set(choice) != {r.field for r in rows} or not set(choice.values()) <= {
                "local", "server"}:
            raise ValueError("choose 'local' or 'server' for every open field")
        values = {r.field: _untext(record_type, r.field, r.server_value) for r in rows
                  if choice[r.field] == "server"}
        if values:
            _write_local(conn, record_type, record_id, values)
        for side in ("local", "server"):
            ids = [r.id for r in rows if choice[r.field] == side]
            if ids:
                conn.execute(conflict.update().where(conflict.c.id.in_(ids))
                             .values(resolved_at=stamp(), resolution=side))
        conn.execute(outbox.update().where(outbox.c.record_type == record_type,
                                           outbox.c.record_id == record_id,
                                           outbox.c.state == "conflict")
                     .values(state="pending", last_error=None))
        sides = set(choice.values())
        audit.record(conn, actor, f"{record_type.lower()}.conflict."
                     f"{sides.pop() if len(sides) == 1 else 'chosen'}", record_type, record_id)


# -- helpers --------------------------------------------------------------------------


class _Cancelled(Exception):
    pass


def _sort_audit(result: Result, report: PushReport, into: _Landed, mark: _AuditMark) -> None:
    """An answer for an audit entry sent from the log: sent, or refused and kept in the
    outbox. One held back (a 412, a bundle not sent) goes again with the next push."""
    if result.ok:
        report.audit_events += 1
    elif result.blocked or (result.error is not None and result.error.kind == "conflict"):
        return
    else:
        into.refused_audit.append((result.change.record_id, _refused(result)))
        report.quarantined += 1
    moved = mark.handle(records.audit_seq(result.change.record_id))
    if moved is not None:
        into.audit_mark = moved


def _refused(result: Result) -> str:
    """What to show for a record the server refused (the warning logs ids only)."""
    err = result.error
    log.warning("%s %s refused by the server (%s)", result.change.record_type,
                result.change.record_id, err.status if err else "?")
    text = err.message if err else "refused"
    return f"{text} ({err.details})" if err is not None and err.details else text


def _waiting(conn: sa.Connection) -> int:
    """Records waiting to be sent (audit entries, which follow by themselves, aside)."""
    return int(conn.execute(sa.select(sa.func.count(sa.distinct(outbox.c.record_id)))
                            .where(outbox.c.state != "quarantined",
                                   outbox.c.record_type != records.AUDIT)).scalar_one())


def _save_sync_rows(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """``INSERT OR REPLACE`` whole sync_record rows (one per record pushed or pulled)."""
    insert_rows(conn, sync_record, rows, replace=True)


_SERVER_SET = frozenset(("meta", "id", "text"))


def _strip(resource: Mapping[str, Any]) -> dict[str, Any]:
    """A resource without what the server sets (id, versions, narrative)."""
    return {k: v for k, v in resource.items() if k not in _SERVER_SET}


def _same(resource: Mapping[str, Any], base: Mapping[str, Any]) -> bool:
    """Whether two resources say the same, apart from what the server sets."""
    keys = resource.keys() - _SERVER_SET
    return keys == base.keys() - _SERVER_SET and all(resource[k] == base[k] for k in keys)


def _digest(resource: Mapping[str, Any] | None) -> str | None:
    if resource is None:
        return None
    text = json.dumps(_strip(resource), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _took_as_sent(change: Change, result: Result) -> bool:
    """Whether the server's answer holds what desk sent (up to ids and versions)."""
    return (change.sent is not None and result.resource is not None
            and _same(change.sent, result.resource))


def _windows(pending: list[_Pending]) -> Iterator[list[_Pending]]:
    first, size = LOAD_WINDOWS
    yield pending[:first]
    for start in range(first, len(pending), size):
        yield pending[start:start + size]


def _sync_rows(conn: sa.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for rtype in {k[0] for k in keys}:
        for row in conn.execute(sa.select(sync_record).where(
                sync_record.c.record_type == rtype,
                among(sync_record.c.record_id, [i for t, i in keys if t == rtype]))):
            out[(rtype, row.record_id)] = row
    return out


def _server_ids(conn: sa.Connection, rtype: str, record_ids: Iterable[str]) -> dict[str, str]:
    ids = list(record_ids)
    if not ids:
        return {}
    return {row.record_id: row.server_id for row in conn.execute(
        sa.select(sync_record.c.record_id, sync_record.c.server_id).where(
            sync_record.c.record_type == rtype, among(sync_record.c.record_id, ids)))}


def _patient_resolver(conn: sa.Connection) -> Callable[[str], str | None]:
    """Local patient ids of references; a merged record resolves to its survivor."""
    def resolve(ref: str) -> str | None:
        sid = ref.rsplit("/", 1)[-1]
        rid = conn.execute(sa.select(sync_record.c.record_id).where(
            sync_record.c.record_type == "Patient",
            sync_record.c.server_id == sid)).scalar()
        return patients.current_id(conn, rid) if rid is not None else None
    return resolve


def _appointment_local(a: Appointment) -> Appointment:
    """The schedule keeps naive local times."""
    a.start = _naive_local(a.start)
    if a.arrived_at is not None:
        a.arrived_at = _naive_local(a.arrived_at)
    return a


def _naive_local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def _repoint(conn: sa.Connection, retired: Sequence[str]) -> None:
    """Send again what the server files under these merged-away patients (server ids):
    appointments, visits, form responses, consents and their PDFs, which now belong to
    the record that was kept."""
    if not retired:
        return
    filed = sa.or_(*(sync_record.c.base_json.contains(f'"Patient/{sid}"', autoescape=True)
                     for sid in retired))
    waiting = sa.select(outbox.c.record_id).where(
        outbox.c.record_type == sync_record.c.record_type)
    for rtype, rid in conn.execute(sa.select(
            sync_record.c.record_type, sync_record.c.record_id).where(
            sync_record.c.record_type.in_(("Appointment", *records.TYPES)), filed,
            sync_record.c.record_id.not_in(waiting))):
        enqueue(conn, rtype, rid, "update")


def _write_local(conn: sa.Connection, rtype: str, rid: str, values: Mapping[str, Any]) -> None:
    """Write server-sourced values to a local row, without an outbox entry."""
    table = _LOCAL_TABLES[rtype]
    done = conn.execute(table.update().where(table.c.id == rid).values(
        **_local_values(rtype, values, stamp())))
    if done.rowcount:
        _audit_pulled(conn, rtype, [rid])


def _write_pulled(conn: sa.Connection, rtype: str,
                  records: Sequence[Patient | Appointment]) -> None:
    """Write pulled records to their local rows, making the rows that are missing; no
    outbox entries."""
    if not records:
        return
    table = _LOCAL_TABLES[rtype]
    columns = patients.COLUMNS if rtype == "Patient" else schedule.COLUMNS
    latest = {record.id: record for record in records}  # a record given twice: the last
    have = set(conn.execute(sa.select(table.c.id).where(among(table.c.id, list(latest))))
               .scalars())
    now = stamp()
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    read = operator.attrgetter(*columns)
    for rid, record in latest.items():
        values = _local_values(rtype, dict(zip(columns, read(record), strict=True)), now)
        if isinstance(record, Patient) and rid not in have and "mrn" not in values:
            values["mrn"] = record.mrn = patients.next_mrn(conn)
        values["id"] = rid
        # statements take the same columns for every row: group by the columns given
        target = updates if rid in have else inserts
        target.setdefault(tuple(values), []).append(values)
    for group in updates.values():
        conn.execute(table.update().where(table.c.id == sa.bindparam("_id")).values(
            {k: sa.bindparam(k, type_=table.c[k].type) for k in group[0] if k != "id"}),
            [{**{k: v for k, v in values.items() if k != "id"}, "_id": values["id"]}
             for values in group])
    for group in inserts.values():
        insert_rows(conn, table, group)
    _audit_pulled(conn, rtype, list(latest),
                  [record for rid, record in latest.items() if rid not in have])


_WRITTEN = {"Patient": frozenset(patients.COLUMNS) - {"id"},
            "Appointment": frozenset(schedule.COLUMNS) - {"id"}}  # columns a pull writes


def _local_values(rtype: str, values: Mapping[str, Any], now: str) -> dict[str, Any]:
    columns = _WRITTEN[rtype]
    data = {k: v for k, v in values.items() if k in columns}
    data["updated_at"] = now
    if rtype == "Patient" and "mrn" in data and not data["mrn"]:
        data.pop("mrn")  # keep the local MRN (a new record is given one)
    return data


def _audit_pulled(conn: sa.Connection, rtype: str, ids: list[str],
                  inserted: Sequence[Patient | Appointment] = ()) -> None:
    """Audit records written from the server; patients' search entries change in the same
    transaction as their rows (those just ``inserted`` are indexed as they are)."""
    audit.record_many(conn, SYSTEM, [(f"{rtype.lower()}.pull", rtype, rid) for rid in ids])
    if rtype == "Patient":
        new = {record.id for record in inserted}
        patients.reindex(conn, [rid for rid in ids if rid not in new])
        patients.index(conn).add_all([p for p in inserted if isinstance(p, Patient)])


def _save_sync(conn: sa.Connection, rtype: str, rid: str, server_id: str,
               version: str | None, resource: Mapping[str, Any]) -> None:
    _save_sync_rows(conn, [_sync_row(rtype, rid, server_id, version or version_of(resource),
                                     _compact(resource))])


def _sync_row(rtype: str, rid: str, server_id: str, version: str | None, base_json: str,
              synced_at: str | None = None) -> dict[str, Any]:
    return {"record_type": rtype, "record_id": rid, "server_id": server_id,
            "version": version, "base_json": base_json, "synced_at": synced_at or stamp(),
            "sent_hash": None}


def _compact(resource: Mapping[str, Any]) -> str:
    return orjson.dumps(resource).decode()


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return json.dumps(value)


def _untext(record_type: str, name: str, text: str | None) -> Any:
    if text is None:
        return None
    if name in ("start", "arrived_at"):
        return datetime.fromisoformat(text)
    if name == "birth_date":
        return date.fromisoformat(text)
    return json.loads(text)


__all__ = ["Attention", "ConflictField", "Progress", "ProgressLike", "PullReport",
           "PushReport", "SyncEngine", "SyncStatus", "open_conflicts", "pull_search",
           "resolve_conflict", "retry_refused", "status"]
