"""Sending changed records to the server in transaction bundles.

Two ways to write a new record, chosen from the server's CapabilityStatement:

- ``"put"`` (``updateCreate`` allowed): ``PUT Type/{record uuid}``; the server id is the
  client id, repeating it is harmless, and references are plain ``Type/{uuid}``.
- ``"conditional"``: ``POST Type`` with ``ifNoneExist: identifier=urn:ietf:rfc:3986|urn:uuid:…``
  and a ``urn:uuid:`` fullUrl that entries in the same bundle refer to.

Records already on the server are ``PUT Type/{server id}`` with ``ifMatch``.

The fullUrl of an entry is *not* the record's own ``urn:uuid:`` identifier but a UUID
derived from it: Medplum rewrites every occurrence of a resolved fullUrl anywhere in the
bundle, which would otherwise overwrite the identifier itself.

Bundle sizes respect server limits (Medplum refuses more than 8 entries when any is
conditional and more than 50 updates). A bundle the server refuses with a 4xx is split in
halves and sent again; a refusal for size also lowers the size used from then on, and a
single record the server still refuses comes back as that record's error while the
others go through.

Up to ``concurrency`` bundles are in flight at once (default 3) so that the caller's
bookkeeping overlaps the server's work; a bundle never goes out while a record it refers
to is still in flight.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from desk.sync.client import FhirClient
from desk.sync.errors import FhirError, outcome_text
from desk.sync.mapping import identifier_search
from desk.words import translate

log = logging.getLogger(__name__)

Strategy = Literal["put", "conditional"]
RefResolver = Callable[[str, str], str]
FULL_URL_NAMESPACE = uuid.UUID("0e7a3c52-9b1f-5d8e-a4c6-2f9b8d1e7c30")
CONDITIONAL_LIMIT = 8
UPDATE_LIMIT = 50
_SIZE_REFUSAL = re.compile(r"too many|too large|more .* than allowed|exceed|limit", re.I)


@dataclass(slots=True)
class Change:
    """One record to write. ``render(ref)`` builds its FHIR resource, where ``ref(type,
    record id)`` gives the reference text for another record it points to (listed in
    ``references``). ``server_id``/``version`` are known once the record is on the server.
    ``match`` is the ``If-None-Exist`` query of a conditional create (None: by identifier)."""

    record_type: str
    record_id: str
    render: Callable[[RefResolver], dict[str, Any]]
    references: tuple[tuple[str, str], ...] = ()
    server_id: str | None = None
    version: str | None = None
    delete: bool = False
    match: str | None = None
    sent: dict[str, Any] | None = None  # the resource as last put in a bundle
    sent_json: str | None = None  # and as JSON text (the merge base, if the server agrees)


@dataclass(slots=True)
class Result:
    """What became of one change: ``ok`` with the server's id, version and resource, or
    the error that keeps it back (``blocked`` when a record it refers to is not on the
    server yet)."""

    change: Change
    ok: bool
    server_id: str | None = None
    version: str | None = None
    resource: dict[str, Any] | None = None
    error: FhirError | None = None
    blocked: bool = False


@dataclass(slots=True)
class BundleSender:
    """Sends changes in bundles of at most ``max_entries`` (None: the server's limits).

    ``known_server_id(type, record id)`` tells the server id of records synced before;
    ``on_sending`` hears the changes of each bundle just before it goes out (their
    ``sent`` resources filled in); ``on_results`` hears the results of each bundle as soon
    as it is answered, so what was done is recorded even when a later bundle fails.
    """

    client: FhirClient
    strategy: Strategy
    known_server_id: Callable[[str, str], str | None]
    max_entries: int | None = None
    on_results: Callable[[list[Result]], None] | None = None
    on_sending: Callable[[list[Change]], None] | None = None
    concurrency: int = 3
    bundles_sent: int = 0
    _learned_limit: int | None = field(default=None, init=False)

    def send(self, changes: Iterable[Change]) -> list[Result]:
        """Send ``changes`` in order (a record before those that refer to it) and return
        the results, unless ``on_results`` hears them (then nothing is kept). Network,
        server and auth errors propagate once the bundles already in flight have landed:
        what was sent is safe to send again.

        Up to ``concurrency`` bundles are in flight at once, so local work overlaps the
        server's; a bundle that refers to a record in a bundle still in flight waits
        for that one to land first. ``changes`` is drawn on as bundles fill: a generator
        can go on preparing changes while the first bundles are on the wire."""
        results: list[Result] = []
        done: dict[tuple[str, str], str | None] = {}  # server ids of records sent
        source = iter(changes)
        pending: list[Change] = []
        in_flight: deque[_Flight] = deque()
        with ThreadPoolExecutor(max_workers=max(1, self.concurrency),
                                thread_name_prefix="desk-sync-bundle") as pool:
            try:
                while True:
                    wanted = (self.max_entries or UPDATE_LIMIT) - len(pending)
                    pending += itertools.islice(source, max(0, wanted))
                    if not (pending or in_flight):
                        break
                    if pending and len(in_flight) < max(1, self.concurrency):
                        chunk = pending[: self._limit_for(pending)]
                        if not (in_flight and _refers_to(chunk, in_flight)):
                            del pending[:len(chunk)]
                            in_flight.append(self._launch(chunk, done, pool))
                            continue
                    self._land(in_flight.popleft(), done, results)
            except BaseException:
                # let what is in flight land, so that work done is recorded
                while in_flight:
                    with contextlib.suppress(Exception):
                        self._land(in_flight.popleft(), done, results)
                raise
        return results

    def _launch(self, chunk: list[Change], done: dict[tuple[str, str], str | None],
                pool: ThreadPoolExecutor) -> _Flight:
        flight = _Flight(chunk)
        entries, flight.sent = self._build(chunk, done, flight.results)
        if entries:
            bundle, body = self._bundle(entries, flight.sent)
            flight.answer = pool.submit(self.client.transaction, bundle, body=body)
        return flight

    def _bundle(self, entries: list[dict[str, Any]], sent: list[Change]
                ) -> tuple[dict[str, Any], bytes]:
        """The bundle and its JSON body, each resource encoded once (its text stays on
        its change)."""
        parts = []
        for entry, change in zip(entries, sent, strict=True):
            resource = entry.get("resource")
            if resource is None:
                parts.append(_json(entry))
                continue
            change.sent_json = _json(resource)
            rest = _json({k: v for k, v in entry.items() if k != "resource"})
            parts.append(f'{rest[:-1]},"resource":{change.sent_json}}}')
        if self.on_sending is not None:
            self.on_sending(sent)
        self.bundles_sent += 1
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
        body = '{"resourceType":"Bundle","type":"transaction","entry":[' + ",".join(parts) + "]}"
        return bundle, body.encode()

    def _land(self, flight: _Flight, done: dict[tuple[str, str], str | None],
              results: list[Result]) -> None:
        try:
            if flight.answer is not None:
                try:
                    response = flight.answer.result()
                except FhirError as err:
                    self._refused(flight.sent, err, done, flight.results)
                else:
                    self._read_response(flight.sent, response, done, flight.results)
        finally:
            if self.on_results is None:
                results.extend(flight.results)
            elif flight.results:
                self.on_results(flight.results)

    # -- sizing ----------------------------------------------------------------------

    def _limit_for(self, pending: Sequence[Change]) -> int:
        limit = self.max_entries or UPDATE_LIMIT
        if self._learned_limit is not None:
            limit = min(limit, self._learned_limit)
        if self.strategy == "conditional":
            # count how many fit before the first conditional would break the limit
            n = 0
            any_conditional = False
            for c in pending[:limit]:
                conditional = self._is_new(c) and not c.delete
                if (any_conditional or conditional) and n + 1 > CONDITIONAL_LIMIT:
                    break
                any_conditional |= conditional
                n += 1
            limit = max(1, n)
        return max(1, limit)

    def _is_new(self, change: Change) -> bool:
        return change.server_id is None and self._server_id(change.record_type,
                                                            change.record_id) is None

    def _server_id(self, rtype: str, rid: str, done: Mapping[tuple[str, str], str | None] | None
                   = None) -> str | None:
        sid = done.get((rtype, rid)) if done is not None else None
        return sid if sid is not None else self.known_server_id(rtype, rid)

    # -- one bundle ------------------------------------------------------------------

    def _build(self, chunk: list[Change], done: dict[tuple[str, str], str | None],
               results: list[Result]) -> tuple[list[dict[str, Any]], list[Change]]:
        entries: list[dict[str, Any]] = []
        sent: list[Change] = []
        full_urls = {(c.record_type, c.record_id): full_url(c.record_id) for c in chunk
                     } if self.strategy == "conditional" else {}
        in_bundle: set[tuple[str, str]] = set()
        for change in chunk:
            entry = self._entry(change, done, full_urls, in_bundle)
            if entry is None:
                err = FhirError(translate("DeskError", "This record waits for another record to "
                                                       "reach the server first."), kind="input")
                results.append(Result(change, ok=False, error=err, blocked=True))
                done[(change.record_type, change.record_id)] = None
                continue
            entries.append(entry)
            sent.append(change)
            in_bundle.add((change.record_type, change.record_id))
        return entries, sent

    def _send_chunk(self, chunk: list[Change], done: dict[tuple[str, str], str | None],
                    results: list[Result]) -> None:
        """Build and send one bundle now (the halves of a refused bundle)."""
        entries, sent = self._build(chunk, done, results)
        if not entries:
            return
        bundle, body = self._bundle(entries, sent)
        try:
            response = self.client.transaction(bundle, body=body)
        except FhirError as err:
            self._refused(sent, err, done, results)
            return
        self._read_response(sent, response, done, results)

    def _refused(self, sent: list[Change], err: FhirError,
                 done: dict[tuple[str, str], str | None], results: list[Result]) -> None:
        """A bundle came back with an error: split it, or fail its one record."""
        if err.kind in ("auth", "network", "server") or not (400 <= err.status < 500):
            raise err
        if len(sent) > 1:
            if _SIZE_REFUSAL.search(err.details or ""):
                self._learned_limit = max(1, len(sent) // 2)
                log.info("server refused a bundle of %d for size; using %d", len(sent),
                         self._learned_limit)
            half = len(sent) // 2
            self._send_chunk(sent[:half], done, results)
            self._send_chunk(sent[half:], done, results)
            return
        results.append(Result(sent[0], ok=False, error=err))
        done[(sent[0].record_type, sent[0].record_id)] = None

    def _entry(self, change: Change, done: Mapping[tuple[str, str], str | None],
               full_urls: Mapping[tuple[str, str], str], in_bundle: set[tuple[str, str]]
               ) -> dict[str, Any] | None:
        def ref(rtype: str, rid: str) -> str:
            sid = self._server_id(rtype, rid, done)
            if sid is not None:
                return f"{rtype}/{sid}"
            if (rtype, rid) in in_bundle and self.strategy == "conditional":
                return full_urls[(rtype, rid)]
            if (rtype, rid) in in_bundle:
                return f"{rtype}/{rid}"
            raise _Unresolved

        rtype, rid = change.record_type, change.record_id
        server_id = change.server_id or self._server_id(rtype, rid)
        if change.delete:
            if server_id is None:
                return None
            request: dict[str, Any] = {"method": "DELETE", "url": f"{rtype}/{server_id}"}
            if change.version:
                request["ifMatch"] = f'W/"{change.version}"'
            return {"request": request}
        try:
            resource = change.render(ref)
        except _Unresolved:
            return None
        change.sent = resource
        if server_id is None and self.strategy == "conditional":
            resource.pop("id", None)
            return {"fullUrl": full_urls[(rtype, rid)], "resource": resource,
                    "request": {"method": "POST", "url": rtype,
                                "ifNoneExist": change.match or identifier_search(rid)}}
        sid = server_id or rid
        resource["id"] = sid
        request = {"method": "PUT", "url": f"{rtype}/{sid}"}
        if server_id is not None and change.version:
            request["ifMatch"] = f'W/"{change.version}"'
        return {"fullUrl": full_urls[(rtype, rid)] if self.strategy == "conditional" else
                f"{self.client.base_url}{rtype}/{sid}", "resource": resource,
                "request": request}

    def _read_response(self, sent: list[Change], response: Mapping[str, Any],
                       done: dict[tuple[str, str], str | None], results: list[Result]) -> None:
        entries = response.get("entry") or []
        if not isinstance(entries, list) or len(entries) != len(sent):
            raise FhirError(translate("DeskError", "The clinic server sent an answer desk "
                                                   "cannot read. desk will try "
                                                   "again later."), kind="server",
                            details="transaction response has the wrong number of entries",
                            retryable=True)
        for change, entry in zip(sent, entries, strict=True):
            result = _entry_result(change, entry)
            results.append(result)
            done[(change.record_type, change.record_id)] = result.server_id if result.ok \
                else None


class _Unresolved(Exception):
    pass


@dataclass(slots=True)
class _Flight:
    """A bundle on its way: its changes, the results so far and the pending answer."""

    chunk: list[Change]
    sent: list[Change] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    answer: Future[dict[str, Any]] | None = None


def _refers_to(chunk: Sequence[Change], in_flight: Iterable[_Flight]) -> bool:
    flying = {(c.record_type, c.record_id) for f in in_flight for c in f.chunk}
    return any(ref in flying for c in chunk for ref in c.references)


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def full_url(record_id: str) -> str:
    """The bundle-local fullUrl of a record: stable, and distinct from its identifier."""
    return f"urn:uuid:{uuid.uuid5(FULL_URL_NAMESPACE, record_id)}"


def _entry_result(change: Change, entry: Any) -> Result:
    if not isinstance(entry, dict) or not isinstance(entry.get("response"), dict):
        return Result(change, ok=False, error=FhirError(
            translate("DeskError", "The clinic server sent an answer desk "
                                   "cannot read."), kind="server",
            details="transaction response entry without response", retryable=True))
    resp = entry["response"]
    status = _status_code(resp.get("status"))
    resource = entry.get("resource") if isinstance(entry.get("resource"), dict) else None
    if 200 <= status < 300:
        sid = None
        version = None
        if resource is not None:
            if resource.get("resourceType") != change.record_type and not change.delete:
                return Result(change, ok=False, error=FhirError(
                    translate("DeskError", "The clinic server sent an answer "
                                           "desk cannot read."), kind="server",
                    details="transaction entry holds another resource type", retryable=True))
            sid = resource.get("id")
            version = (resource.get("meta") or {}).get("versionId")
        location = resp.get("location")
        if sid is None and isinstance(location, str):
            parts = location.split("/_history/")
            sid = parts[0].rstrip("/").rsplit("/", 1)[-1]
            if len(parts) == 2:
                version = parts[1]
        if version is None and isinstance(resp.get("etag"), str):
            version = resp["etag"].removeprefix("W/").strip('"')
        if sid is None and change.delete:
            sid = change.server_id
        return Result(change, ok=True, server_id=sid, version=version, resource=resource)
    details, codes = outcome_text(resp.get("outcome") or {})
    kind = "conflict" if status in (409, 412) else "input" if 400 <= status < 500 else "server"
    if kind == "input":
        message = translate("DeskError", "The clinic server refused this record.")
    elif kind == "conflict":
        message = translate("DeskError", "Someone else changed this record on the server at "
                                         "the same time.")
    else:
        message = translate("DeskError", "The clinic server had a problem with this record.")
    return Result(change, ok=False, error=FhirError(
        message, kind=kind, status=status, details=details, issue_codes=codes,
        retryable=kind == "server"))


def _status_code(text: Any) -> int:
    if isinstance(text, str) and text[:3].isdigit() and text[3:4] in ("", " "):
        return int(text[:3])  # "201 Created", the usual form
    match = re.match(r"\s*(\d{3})", str(text or ""))
    return int(match.group(1)) if match else 0
