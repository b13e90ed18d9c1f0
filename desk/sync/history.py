"""Pulling read-only history for the patients in view, and the clinic's questionnaires.

"In view" means on the schedule from yesterday to :data:`DAYS_AHEAD` days ahead, plus any
patient the caller names (a chart just opened). For each history type
(:data:`desk.frontdesk.history.HISTORY_TYPES`) the patients are asked for in groups with
``patient=Patient/a,Patient/b``; a patient's high-water mark (``history:<server id>`` in
``sync_state``) limits the next request to what changed since, less the overlap margin.
A patient seen for the first time gets everything. Resources already held at the same
version are skipped, and so are those desk pushed itself. (Questionnaires are pulled with
the schedule and kept here the same way, by :func:`store`; :mod:`desk.frontdesk.catalog`
offers them for the kiosk.) A search does not show what the server deleted, so after each
pull :func:`mark_removed` asks which of the held clinic forms, and of the history of the
charts open, the server still has; the others are no longer offered or shown.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa

from desk.frontdesk.history import HISTORY_TYPES, occurred
from desk.storage.clock import stamp
from desk.storage.database import among, batches, reading, transaction
from desk.storage.schema import appointment, history_resource
from desk.sync.client import FhirClient, version_of
from desk.sync.mapping import instant, last_updated
from desk.sync.tables import put_state, sync_record, sync_state

log = logging.getLogger(__name__)

DAYS_AHEAD = 7
#: Patients asked for in one search (the URL stays well under common limits).
GROUP = 40


class Reported(Protocol):
    transferred: int
    applied: int
    unchanged: int
    skipped: int


@dataclass(frozen=True, slots=True)
class InView:
    """A patient whose history is wanted: local id, server id, and the mark (or None)."""

    patient_id: str
    server_id: str
    mark: datetime | None


def patients_in_view(conn: sa.Connection, today: date, extra: Iterable[str] = ()
                     ) -> list[InView]:
    """Scheduled patients around ``today`` and ``extra`` ones, those the server knows."""
    start = datetime.combine(today - timedelta(days=1), datetime.min.time())
    end = datetime.combine(today + timedelta(days=DAYS_AHEAD + 1), datetime.min.time())
    ids = set(conn.execute(sa.select(appointment.c.patient_id).where(
        appointment.c.start >= start, appointment.c.start < end)).scalars())
    ids.update(extra)
    if not ids:
        return []
    found = [(r.record_id, r.server_id) for r in conn.execute(
        sa.select(sync_record.c.record_id, sync_record.c.server_id).where(
            sync_record.c.record_type == "Patient", among(sync_record.c.record_id, ids)))]
    marks = _marks(conn, [sid for _, sid in found])
    return [InView(pid, sid, marks.get(sid)) for pid, sid in sorted(found)]


def _marks(conn: sa.Connection, server_ids: Sequence[str]) -> dict[str, datetime]:
    marks = {}
    for key, value in conn.execute(sa.select(sync_state.c.key, sync_state.c.value).where(
            among(sync_state.c.key, [f"history:{sid}" for sid in server_ids]))):
        marks[key.split(":", 1)[1]] = datetime.fromisoformat(value)
    return marks


def pull_history(db: sa.Engine, client: FhirClient, people: Sequence[InView],
                 report: Reported, *, overlap: timedelta, page_size: int) -> None:
    """Fetch the history resources of ``people`` that changed since their marks."""
    new = [p for p in people if p.mark is None]
    known = sorted((p for p in people if p.mark is not None),
                   key=lambda p: p.mark or datetime.min.replace(tzinfo=UTC))
    groups = [new[i:i + GROUP] for i in range(0, len(new), GROUP)]
    groups += [known[i:i + GROUP] for i in range(0, len(known), GROUP)]
    for group in groups:
        since = min((p.mark for p in group if p.mark is not None), default=None)
        highest = since
        params: dict[str, str | list[str]] = {
            "patient": ",".join(f"Patient/{p.server_id}" for p in group),
            "_count": str(page_size), "_sort": "_lastUpdated"}
        if since is not None:
            params["_lastUpdated"] = "ge" + instant(since - overlap)
        with ExitStack() as searches:  # sent at once, one per type
            sent = [(rtype, searches.enter_context(client.search_ahead(rtype, params)))
                    for rtype in HISTORY_TYPES]
            for rtype, pages in sent:
                for page in pages:
                    resources = _matches(page, rtype)
                    report.transferred += len(resources)
                    store(db, rtype, resources, {p.server_id: p.patient_id for p in group},
                          report)
                    highest = max([highest, *map(last_updated, resources)],
                                  key=lambda d: d or datetime.min.replace(tzinfo=UTC))
        if highest is not None:
            _save_marks(db, [p.server_id for p in group], highest)


def _matches(page: dict[str, Any], rtype: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in page.get("entry") or []
            if isinstance(e, dict) and isinstance(e.get("resource"), dict)
            and e["resource"].get("resourceType") == rtype and e["resource"].get("id")
            and (e.get("search") or {}).get("mode", "match") == "match"]


def store(db: sa.Engine, rtype: str, resources: list[dict[str, Any]],
          local_ids: dict[str, str], report: Reported) -> None:
    """Keep pulled read-only resources as the server sent them, under the local patient
    (``local_ids`` maps server patient ids to local ones); same versions are skipped."""
    if not resources:
        return
    ids = [str(r["id"]) for r in resources]
    with transaction(db) as conn:
        held: dict[str, str | None] = {row.server_id: row.version for row in conn.execute(
            sa.select(history_resource.c.server_id, history_resource.c.version).where(
                history_resource.c.resource_type == rtype,
                history_resource.c.server_id.in_(ids)))}
        ours = set(conn.execute(sa.select(sync_record.c.server_id).where(
            sync_record.c.record_type == rtype, sync_record.c.server_id.in_(ids))).scalars())
        for res in resources:
            sid, version = str(res["id"]), version_of(res)
            if sid in ours:  # pushed from here: the local record is already on the chart
                report.unchanged += 1
                continue
            if sid in held and held[sid] == version and version is not None:
                report.unchanged += 1
                continue
            subject = _subject(res)
            values = {"patient_id": local_ids.get(subject) if subject else None,
                      "version": version, "occurred": occurred(res),
                      "resource_json": json.dumps(res, separators=(",", ":")),
                      "pulled_at": stamp(), "removed_at": None}
            if sid in held:
                conn.execute(history_resource.update().where(
                    history_resource.c.resource_type == rtype,
                    history_resource.c.server_id == sid).values(**values))
            else:
                conn.execute(history_resource.insert().values(
                    resource_type=rtype, server_id=sid, **values))
            report.applied += 1


def mark_removed(db: sa.Engine, client: FhirClient, types: Sequence[str],
                 patient_ids: Iterable[str] | None = None) -> int:
    """Mark removed (kept, no longer offered or shown) the held resources of ``types``, of
    ``patient_ids`` only if given, that the server no longer has: a search does not show
    deletions (see :func:`missing`). A type none is held of costs no request. Returns how
    many were marked."""
    query = sa.select(history_resource.c.resource_type, history_resource.c.server_id).where(
        history_resource.c.resource_type.in_(types), history_resource.c.removed_at.is_(None))
    if patient_ids is not None:
        query = query.where(among(history_resource.c.patient_id, list(patient_ids)))
    with reading(db) as conn:
        held = conn.execute(query).all()
    marked = 0
    for rtype in types:
        ids = sorted(str(sid) for kind, sid in held if kind == rtype)
        gone = [sid for chunk in batches(ids, 100) for sid in missing(client, rtype, chunk)]
        if gone:
            with transaction(db) as conn:
                conn.execute(history_resource.update().where(
                    history_resource.c.resource_type == rtype,
                    among(history_resource.c.server_id, gone)).values(removed_at=stamp()))
            log.info("%d %s resources are no longer on the server", len(gone), rtype)
        marked += len(gone)
    return marked


def missing(client: FhirClient, rtype: str, ids: Sequence[str],
            where: Mapping[str, str | list[str]] | None = None) -> list[str]:
    """Which of ``ids`` (a hundred at most) the server no longer has, or no longer has
    matching the search ``where``. It is asked how many it still has first, and which ones
    only when fewer."""
    query: dict[str, str | list[str]] = {**(where or {}), "_id": ",".join(ids)}
    counted = client.request("GET", rtype, params={**query, "_summary": "count"},
                             expect="Bundle").resource or {}
    if isinstance(counted.get("total"), int) and counted["total"] >= len(ids):
        return []
    present = {str(r.get("id")) for r in client.search(rtype, {**query,
                                                               "_count": str(len(ids))})}
    return [sid for sid in ids if sid not in present]


def _subject(res: dict[str, Any]) -> str | None:
    """The server id of the patient a resource is about."""
    for key in ("subject", "patient"):
        ref = (res.get(key) or {}).get("reference") if isinstance(res.get(key), dict) else None
        if isinstance(ref, str) and ref.startswith("Patient/"):
            return ref.split("/")[1]
    return None


def _save_marks(db: sa.Engine, server_ids: list[str], when: datetime) -> None:
    with transaction(db) as conn:
        for sid in server_ids:
            put_state(conn, f"history:{sid}", when.isoformat())
