"""Push: the outbox drained to the server.

The outbox is read in order, one entry per record (later changes to a record coalesce:
the record's current state is sent); each record is mapped (:mod:`desk.sync.changes`)
and written in transaction bundles (:mod:`desk.sync.bundle`). The answers are written
back as they come (:mod:`desk.sync.results`); a 412 is merged and sent again
(:mod:`desk.sync.conflicts`). The audit log's unsent entries follow the outbox.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from desk.storage.blobs import BlobStore
from desk.storage.database import among, batches, reading, transaction
from desk.storage.schema import outbox
from desk.sync import records, tasks
from desk.sync.bundle import BundleSender, Change, Result, Strategy
from desk.sync.changes import Pending, change_for, load, windows
from desk.sync.client import FhirClient, version_of
from desk.sync.conflicts import resolve_412
from desk.sync.mapping import MappingOptions
from desk.sync.merges import repoint_merged
from desk.sync.results import AuditMark, Recorder, sort_results
from desk.sync.status import (
    SENDING,
    ProgressLike,
    PushReport,
    failures_noted,
    note_attempt,
    waiting,
)
from desk.sync.synced import digest, save_sync
from desk.sync.tables import sync_record

RECORD_TYPES = ("Patient", "Appointment", *records.TYPES)
SENT_KEPT = 4  # digests of unanswered updates kept per record


class _Cancelled(Exception):
    pass


class Push:
    """The push of one workspace database to one FHIR server (see
    :class:`~desk.sync.engine.SyncEngine` for the options)."""

    def __init__(self, db: sa.Engine, client: FhirClient, *, options: MappingOptions,
                 strategy: Strategy | None, bundle_size: int | None, concurrency: int,
                 blobs: BlobStore | None, kiosk: bool) -> None:
        self.db = db
        self.client = client
        self.options = options
        self._strategy = strategy
        self.bundle_size = bundle_size
        self.concurrency = concurrency
        self.blobs = blobs
        self.kiosk = kiosk
        self._audit_prefix: str | None = None

    def run(self, progress: ProgressLike) -> PushReport:
        """Send every waiting change. Raises FhirError (network/server/auth) when the
        server cannot be reached; what was done before stays done."""
        report = PushReport()
        contacted = self._strategy is None  # reading the server's capabilities reaches it
        with failures_noted(self.db):
            strategy = self.strategy()
            if self._audit_prefix is None:
                with transaction(self.db) as conn:
                    self._audit_prefix = records.audit_prefix(conn)
            contacted |= self._adopt_own_writes()
            repoint_merged(self.db)
            for _round in range(3):  # a second round sends what waited for a reference
                pending = self._pending()
                if not pending or progress.cancelled:
                    break
                before = (report.sent, report.merged)
                self._round(pending, strategy, report, progress)
                if (report.sent, report.merged) == before:
                    break
            if self.kiosk:
                tasks.drop_delivered(self.db, self.blobs)
        if contacted or report.bundles:  # nothing sent, nothing learned about the server
            note_attempt(self.db, reached=True, success=True)
        with reading(self.db) as conn:
            report.waiting = waiting(conn)
        return report

    def strategy(self) -> Strategy:
        if self._strategy is None:
            both = all(self.client.update_create_allowed(t) for t in RECORD_TYPES)
            self._strategy = "put" if both else "conditional"
        return self._strategy

    def _pending(self) -> list[Pending]:
        """The records to send, in order: the outbox's, then the audit log's unsent
        entries (these have no outbox entries)."""
        with reading(self.db) as conn:
            rows = conn.execute(sa.select(outbox.c.seq, outbox.c.record_type,
                                          outbox.c.record_id, outbox.c.state)
                                .where(outbox.c.state.in_(("pending", "quarantined")))
                                .where(outbox.c.record_type.in_(self._types()))
                                .order_by(outbox.c.seq)).tuples().all()
            unsent_audit = records.unsent_audit(conn)
        by_record: dict[tuple[str, str], Pending] = {}
        ready: set[tuple[str, str]] = set()
        for seq, rtype, rid, state in rows:
            item = by_record.get((rtype, rid))
            if item is None:
                item = by_record[(rtype, rid)] = Pending(rtype, rid)
            item.seqs.append(seq)
            if state == "pending":
                ready.add((rtype, rid))
        # a quarantined record goes again once it changed (staff corrected it); its old
        # entries travel with the new one and are cleared together
        # patients first: an appointment refers to its patient
        queued = sorted((p for k, p in by_record.items() if k in ready),
                        key=lambda p: (RECORD_TYPES.index(p.record_type), p.seqs[0]))
        prefix = self._audit_prefix or ""
        return queued + [Pending(records.AUDIT, records.audit_record_id(prefix, seq))
                         for seq in unsent_audit]

    def _types(self) -> tuple[str, ...]:
        if self.blobs is None:
            return tuple(t for t in RECORD_TYPES if t != "DocumentReference")
        return RECORD_TYPES

    def _round(self, pending: list[Pending], strategy: Strategy, report: PushReport,
               progress: ProgressLike) -> None:
        by_key = {(p.record_type, p.record_id): p for p in pending}
        server_ids: dict[tuple[str, str], str] = {}  # of records synced before
        unchanged: list[Pending] = []

        def known(rtype: str, rid: str) -> str | None:
            return server_ids.get((rtype, rid))

        total = len(pending)
        conflicts: list[Result] = []
        mark = AuditMark(deque(records.audit_seq(p.record_id) for p in pending
                               if p.record_type == records.AUDIT and not p.seqs))
        recorder = Recorder(self.db)
        count = 0

        def on_results(results: list[Result]) -> None:
            nonlocal count
            sort_results(results, by_key, report, conflicts, recorder.landed, mark)
            recorder.write_if_full()
            count += len(results)
            progress.report(count, total, SENDING)
            if progress.cancelled:
                raise _Cancelled

        sender = BundleSender(self.client, strategy, known_server_id=known,
                              max_entries=self.bundle_size, on_results=on_results,
                              on_sending=self._note_sending, concurrency=self.concurrency)
        try:
            sender.send(self._changes(pending, server_ids, unchanged))
        except _Cancelled:
            pass
        finally:
            report.bundles += sender.bundles_sent
            recorder.finish()
        if unchanged:
            with transaction(self.db) as conn:
                conn.execute(outbox.delete().where(
                    among(outbox.c.seq, [seq for item in unchanged for seq in item.seqs])))
        for result in conflicts:
            self._resolve(result.change, by_key[(result.change.record_type,
                                                 result.change.record_id)], report)

    def _changes(self, pending: list[Pending], server_ids: dict[tuple[str, str], str],
                 unchanged: list[Pending]) -> Iterator[Change]:
        """The changes to send, a window of records at a time: the first bundles are on the
        wire while the rest load, and little stays alive for long. The server ids the
        windows refer to go to ``server_ids``; records with nothing to send, to
        ``unchanged``."""
        for window in windows(pending):
            with reading(self.db) as conn:
                loaded = load(conn, window, self.blobs)
            server_ids.update(loaded.known)
            for item in window:
                change = change_for(item, loaded, self.options)
                if change is None:
                    unchanged.append(item)
                else:
                    yield change

    def _resolve(self, change: Change, item: Pending, report: PushReport) -> None:
        """A 412: merged and sent in the next round, against the server's version, or
        held in conflict."""
        outcome = resolve_412(self.db, self.client, self.options, change, item.seqs)
        if outcome == "merged":
            report.merged += 1
        elif outcome == "conflict":
            report.conflicts += 1

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
                    if res is not None and digest(res) in str(row.sent_hash).split():
                        save_sync(conn, rtype, row.record_id, sid, version_of(res), res)
                    else:  # it did not land: the next update starts a fresh list
                        conn.execute(sync_record.update().where(
                            sync_record.c.record_type == rtype,
                            sync_record.c.record_id == row.record_id).values(sent_hash=None))
        return bool(rows)

    def _note_sending(self, changes: list[Change]) -> None:
        """Before updates go out, keep a digest of what they say: should an answer be lost
        (a crash, a dropped connection) and a later 412 find exactly that on the server,
        it is desk's own write and not someone else's change (see
        :func:`desk.sync.conflicts.merge`)."""
        rows = [{"t": c.record_type, "i": c.record_id, "h": digest(c.sent)} for c in changes
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
