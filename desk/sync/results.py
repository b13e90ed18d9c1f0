"""What the server's answers to a push mean for the database: sorted into plain rows
(:class:`Landed`) as they come, so the answers themselves can go, then written in
batches. A record the server refuses with a 4xx is quarantined with its error for the
attention list; a 412 is handed back to be merged (see :mod:`desk.sync.conflicts`)."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.database import among, transaction
from desk.storage.schema import outbox
from desk.sync import records
from desk.sync.bundle import Change, Result
from desk.sync.changes import Pending
from desk.sync.client import version_of
from desk.sync.status import PushReport
from desk.sync.synced import compact, same, save_sync_rows, sync_row
from desk.sync.tables import sync_record

log = logging.getLogger(__name__)

RECORD_BATCH = 250  # push results written per transaction, at least (but the last)


@dataclass(slots=True)
class Landed:
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
class AuditMark:
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


class Recorder:
    """Writes sorted results on one worker thread while the next bundle is on the wire;
    one worker keeps the writes in order.

    Writes go in batches of RECORD_BATCH results or more (a commit costs more than a
    row); after a crash, what was not written yet is simply sent again. A written batch is
    let go: nothing of the answers stays alive for the rest of the push.
    """

    def __init__(self, db: sa.Engine) -> None:
        self.db = db
        self.landed = Landed()  # sorted, not written yet
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync-record")
        self._writes: list[Future[None]] = []

    def write_if_full(self) -> None:
        if self.landed.size() >= RECORD_BATCH:
            self._write()

    def finish(self) -> None:
        """Write what is left and wait; a failed write surfaces here."""
        self._write()
        self._worker.shutdown(wait=True)
        for done in self._writes:
            done.result()

    def _write(self) -> None:
        self._writes.append(self._worker.submit(write_results, self.db, self.landed))
        self.landed = Landed()


def sort_results(results: list[Result], by_key: Mapping[tuple[str, str], Pending],
                 report: PushReport, conflicts: list[Result], into: Landed,
                 mark: AuditMark) -> None:
    """What the server's answers mean for the database, kept as plain rows in ``into``:
    the answers themselves (and what was sent) can go as soon as they landed. Those
    answered with a 412 go to ``conflicts``."""
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
            if not _sort_sent(result, into, now):
                into.done_seqs += item.seqs
            report.sent += 1
        elif result.blocked:
            continue
        elif result.error is not None and result.error.kind == "conflict":
            conflicts.append(result)
        elif _lost_by_server(result):
            # a server put back from an older backup no longer has it: a deletion is
            # done; anything else is made again there, as new, by the next push
            into.dropped.append((change.record_type, change.record_id))
            if change.delete:
                into.done_seqs += item.seqs
        else:
            into.refused.append((item.seqs, _refused(result)))
            report.quarantined += 1


def _lost_by_server(result: Result) -> bool:
    """An update of a record the server once held, answered "not found" (not "gone": one
    deleted there on purpose stays refused, for staff to see), or its deletion answered
    either way."""
    error, change = result.error, result.change
    if change.server_id is None or error is None:
        return False
    return error.status == 404 or (change.delete and error.status == 410)


def _sort_sent(result: Result, into: Landed, now: str) -> bool:
    """A record the server took: its new base, or its sync row dropped (deleted). Returns
    whether it stays queued: a create whose first answer was lost can find its record on
    the server older than what desk holds now, and goes again as an update against that
    copy."""
    change = result.change
    if change.delete:
        into.dropped.append((change.record_type, change.record_id))
        return False
    resource = result.resource or {}
    took = _took_as_sent(change, result)
    # the server kept what was sent: that text is the base (no meta)
    into.synced.append(sync_row(
        change.record_type, change.record_id, result.server_id or "",
        result.version or version_of(resource),
        change.sent_json if took and change.sent_json else compact(resource), now))
    return not took and change.server_id is None and bool(result.resource)


def write_results(db: sa.Engine, landed: Landed) -> None:
    with transaction(db) as conn:
        for rtype in {t for t, _ in landed.dropped}:
            ids = [i for t, i in landed.dropped if t == rtype]
            conn.execute(sync_record.delete().where(sync_record.c.record_type == rtype,
                                                    sync_record.c.record_id.in_(ids)))
        if landed.synced:
            save_sync_rows(conn, landed.synced)
        if landed.done_seqs:
            conn.execute(outbox.delete().where(among(outbox.c.seq, landed.done_seqs)))
        for seqs, text in landed.refused:
            conn.execute(outbox.update().where(outbox.c.seq.in_(seqs)).values(
                state="quarantined", last_error=text, attempts=outbox.c.attempts + 1))
        for record_id, text in landed.refused_audit:
            records.refuse_audit(conn, record_id, text)
        if landed.audit_mark is not None:
            records.mark_audit_sent(conn, landed.audit_mark)


def _sort_audit(result: Result, report: PushReport, into: Landed, mark: AuditMark) -> None:
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


def _took_as_sent(change: Change, result: Result) -> bool:
    """Whether the server's answer holds what desk sent (up to ids and versions)."""
    return (change.sent is not None and result.resource is not None
            and same(change.sent, result.resource))
