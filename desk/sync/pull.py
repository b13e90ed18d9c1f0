"""Pull: what changed on the server, applied here.

Each resource type is asked for by ``_lastUpdated`` from a stored high-water mark less
an overlap margin, paged through ``next`` links, and what desk already has (same id and
version) is skipped. Appointments come first (those from yesterday on), each with the
patients it refers to. A record changed here and there is merged
(:mod:`desk.sync.conflicts`); a merge made at another desk is made here too
(:mod:`desk.sync.merges`). Records written by a pull never go into the outbox.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.frontdesk.history import HISTORY_TYPES
from desk.frontdesk.model import Appointment, Patient
from desk.process import holding_gc
from desk.storage import SYSTEM, audit
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import among, batches, reading, transaction
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import history_resource, outbox
from desk.sync import tasks
from desk.sync.client import FhirClient, PagesAhead, version_of
from desk.sync.conflicts import merge
from desk.sync.history import mark_removed, missing, patients_in_view, pull_history, store
from desk.sync.local import appointment_local, patient_resolver, write_pulled
from desk.sync.mapping import MappingError, MappingOptions, instant, last_updated, record_id_of
from desk.sync.mapping_appointments import appointment_from_fhir, appointment_patient_reference
from desk.sync.mapping_patients import patient_from_fhir, replaced_by
from desk.sync.merges import apply_server_merges
from desk.sync.status import RECEIVING, ProgressLike, PullReport, failures_noted, note_attempt
from desk.sync.synced import compact, save_sync_rows, sync_row
from desk.sync.tables import get_state, put_state, sync_record

if TYPE_CHECKING:
    from desk.forms import Clinic

log = logging.getLogger(__name__)

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


class Pull:
    """The pull of one workspace database from one FHIR server (see
    :class:`~desk.sync.engine.SyncEngine` for the options)."""

    def __init__(self, db: sa.Engine, client: FhirClient, *, options: MappingOptions,
                 overlap: timedelta, page_size: int, blobs: BlobStore | None,
                 today: Callable[[], date], kiosk: bool, clinic: Clinic | None) -> None:
        self.db = db
        self.client = client
        self.options = options
        self.overlap = overlap
        self.page_size = page_size
        self.blobs = blobs
        self.today = today
        self.kiosk = kiosk
        self.clinic = clinic

    def run(self, progress: ProgressLike, in_view: set[str]) -> PullReport:
        """Fetch what changed on the server since the last pull: appointments (and the
        patients they name that desk lacks), patients, questionnaires, each from its own
        high-water mark; the three searches are sent at once. Then the clinic forms the server
        deleted (marked, no longer offered) and the history of the patients in view (those
        scheduled, and the local ids ``in_view``)."""
        report = PullReport()
        if self.kiosk:
            return self._pull_tablet(report)
        with failures_noted(self.db):
            with ExitStack() as searches:  # their first pages come in together
                marks = self._marks()
                pages = {rtype: searches.enter_context(self.client.search_ahead(
                    rtype, self._search_for(rtype, marks[rtype]))) for rtype in _PULLED}
                for rtype in _PULLED:
                    if progress.cancelled:
                        break
                    self._pull_type(rtype, pages[rtype], marks[rtype], report, progress)
            if not progress.cancelled:
                self._after_pull(report, in_view)
            if not progress.cancelled:
                self._file_from_tablets(report)
        note_attempt(self.db, reached=True, success=True)
        return report

    def _after_pull(self, report: PullReport, in_view: set[str]) -> None:
        """What the searches cannot show: forms and appointments the server deleted, and
        the history of the patients in view."""
        with reading(self.db) as conn:
            forms, booked = _held_for_checks(conn, _schedule_start(self.today()))
        if forms:
            report.removed += mark_removed(self.db, self.client, ["Questionnaire"])
        if booked:
            self._withdraw_deleted_appointments(report)
        if booked or in_view:
            self.history(in_view, report=report)

    def _pull_tablet(self, report: PullReport) -> PullReport:
        """A kiosk tablet's pull: today's hand-offs and nothing else."""
        with failures_noted(self.db):
            tasks.pull_to_tablet(self.db, self.client, self.today(), report,
                                 lambda found: self._apply_page("Patient", found, report))
        note_attempt(self.db, reached=True, success=True)
        return report

    def _file_from_tablets(self, report: PullReport) -> None:
        """The responses completed on kiosk tablets, filed (see :mod:`desk.sync.tasks`)."""
        if self.blobs is None:
            return  # their PDFs have nowhere to go: they wait
        from desk.forms import Clinic

        report.applied += tasks.file_completed(self.db, self.client, self.blobs,
                                               self.clinic or Clinic(""))

    def history(self, extra: Iterable[str] = (), *, report: PullReport | None = None,
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
                            RECEIVING[rtype])
            if progress.cancelled:
                return  # the mark stays: the next pull starts over from it
        report.merged += apply_server_merges(self.db, self.blobs, merged)
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
            resolve = patient_resolver(conn)
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
                        synced.append(sync_row(rtype, rid, sid, version, compact(res), now))
                        report.applied += 1
                        continue
                    record = patient_from_fhir(res, options=self.options, record_id=rid) \
                        if rtype == "Patient" else appointment_local(appointment_from_fhir(
                            res, patient_id_for=resolve, record_id=rid))
                except MappingError as err:
                    log.warning("skipped %s/%s from the server: %s", rtype, sid, err.details)
                    report.skipped += 1
                    continue
                pulled.append(record)
                synced.append(sync_row(rtype, rid, sid, version, compact(res), now))
                report.applied += 1
            write_pulled(conn, rtype, pulled)
            save_sync_rows(conn, synced)
        for res in merges:
            merge_id = self._record_id_for(rtype, str(res.get("id")))
            if merge_id is None:
                continue
            if merge(self.db, self.options, rtype, merge_id, res, version_of(res)):
                report.conflicts += 1
            else:
                report.applied += 1

    def _record_id_for(self, rtype: str, server_id: str) -> str | None:
        with reading(self.db) as conn:
            return conn.execute(sa.select(sync_record.c.record_id).where(
                sync_record.c.record_type == rtype,
                sync_record.c.server_id == server_id)).scalar()

    def _marks(self) -> dict[str, datetime | None]:
        """The high-water mark of each pulled type (None before its first pull)."""
        with reading(self.db) as conn:
            texts = {rtype: get_state(conn, f"mark:{rtype}") for rtype in _PULLED}
        return {rtype: datetime.fromisoformat(t) if t else None for rtype, t in texts.items()}


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
