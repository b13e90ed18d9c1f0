"""A small FHIR R4 REST client on httpx: reads, searches, creates, updates, transactions.

The client is Qt-free and synchronous; the UI runs it on its network executor.

What it promises:

- Answers are checked at the boundary: a body that is not JSON, is cut short, or holds
  another ``resourceType`` than asked for becomes a :class:`FhirError`, never a crash.
- Errors are :class:`~desk.sync.errors.FhirError` (a :class:`~desk.errors.DeskError`)
  whose message is written for a receptionist and holds no patient data; the server's
  own words are in ``details`` (shown to staff on the attention list, never logged).
- 5xx, 429, timeouts and connection failures are retried with exponential backoff and
  full jitter, honouring ``Retry-After``, but only for requests that are safe to repeat:
  GET, PUT, DELETE, conditional creates (``If-None-Exist``) and transactions made only
  of such entries. A plain POST is sent once.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import random
import ssl
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import orjson

from desk.sync.errors import (
    FhirError,
    RetryLater,
    RetryPolicy,
    error_for,
    unreadable_answer,
    untrusted_certificate,
)
from desk.words import translate

log = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
Resource = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Answer:
    """A successful answer: status, resource (None for an empty body) and version."""

    status: int
    resource: Resource | None
    version: str | None = None
    location: str | None = None

    @property
    def created(self) -> bool:
        return self.status == 201


@dataclass(slots=True)
class _Capabilities:
    update_create: dict[str, bool] = field(default_factory=dict)
    conditional_create: dict[str, bool] = field(default_factory=dict)
    fhir_version: str = ""


class PagesAhead:
    """The pages of one search, fetched on a worker thread: the first as soon as this is
    made, the next ones while the caller works on those it has, up to ``ahead`` pages
    waiting (the server and desk work at the same time, and the server is never idle).
    :meth:`close` (or leaving a ``with`` block) waits for a page in flight and drops what
    was fetched."""

    _END = object()

    def __init__(self, pages: Generator[Resource, None, None], ahead: int = 4) -> None:
        self._pages = pages
        self._waiting: queue.Queue[object] = queue.Queue(maxsize=ahead)
        self._closing = threading.Event()
        self._ended = False
        self._held: object = None  # the end or an error, met by arrived()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync-page")
        self._worker = self._pool.submit(self._fetch)

    def _fetch(self) -> None:
        try:
            for page in self._pages:
                self._waiting.put(page)
                if self._closing.is_set():
                    return
            self._waiting.put(self._END)
        except BaseException as err:  # handed to the caller by __next__
            self._waiting.put(err)

    def __iter__(self) -> PagesAhead:
        return self

    def __next__(self) -> Resource:
        if self._ended:
            raise StopIteration
        page = self._held if self._held is not None else self._waiting.get()
        self._held = None
        if page is self._END or isinstance(page, BaseException):
            self.close()
            if isinstance(page, BaseException):
                raise page  # the worker's error, as it met it
            raise StopIteration
        assert isinstance(page, dict)
        return page

    def arrived(self, most: int | None = None) -> list[Resource]:
        """The pages fetched and waiting now (at most ``ahead``, or ``most``), without
        waiting for more: a caller that fell behind takes them together."""
        pages: list[Resource] = []
        waiting = self._waiting.qsize()  # only this thread takes from the queue
        for _ in range(waiting if most is None else min(most, waiting)):
            if self._ended or self._held is not None:
                break
            page = self._waiting.get_nowait()
            if isinstance(page, dict):
                pages.append(page)
            else:  # the end, or an error: for the next __next__
                self._held = page
        return pages

    def close(self) -> None:
        self._ended = True
        self._closing.set()
        while not self._worker.done():  # a worker waiting for room gets it
            with contextlib.suppress(queue.Empty):
                self._waiting.get(timeout=0.01)
        self._pool.shutdown(wait=True)
        self._pages.close()

    def __enter__(self) -> PagesAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class FhirClient:
    """A FHIR R4 server at ``base_url``.

    ``auth`` is a :class:`~desk.sync.auth.BearerToken`,
    :class:`~desk.sync.auth.ClientCredentials` or None. ``ca_bundle`` is a PEM file of the
    clinic's CA added to the system's trust; TLS is always verified.
    ``transport`` and ``sleep`` are for tests.
    """

    def __init__(self, base_url: str, *, auth: httpx.Auth | None = None,
                 ca_bundle: str | None = None, timeout: float = 30.0,
                 connect_timeout: float = 5.0, retry: RetryPolicy | None = None,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None) -> None:
        if not base_url.endswith("/"):
            base_url += "/"
        self.base_url = base_url
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        verify: ssl.SSLContext | bool = True
        if ca_bundle:
            verify = ssl.create_default_context()
            verify.load_verify_locations(cafile=ca_bundle)
        self._http = httpx.Client(
            auth=auth, verify=verify, transport=transport,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            headers={"Accept": FHIR_JSON},
        )
        self._caps: _Capabilities | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- capabilities -----------------------------------------------------------------

    def capabilities(self) -> Resource:
        """The server's CapabilityStatement (``GET metadata``)."""
        resource = _held(self.request("GET", "metadata", expect="CapabilityStatement"))
        self._caps = _parse_capabilities(resource)
        return resource

    def update_create_allowed(self, resource_type: str) -> bool:
        """Whether ``PUT Type/{client id}`` may create (CapabilityStatement ``updateCreate``)."""
        if self._caps is None:
            self.capabilities()
        assert self._caps is not None
        return self._caps.update_create.get(resource_type, False)

    # -- interactions -----------------------------------------------------------------

    def read(self, resource_type: str, resource_id: str) -> Answer:
        """The resource as the server holds it now (``answer.resource`` is never None)."""
        answer = self.request("GET", f"{resource_type}/{resource_id}", expect=resource_type)
        _held(answer)
        return answer

    def create(self, resource: Resource, *, if_none_exist: str | None = None) -> Answer:
        """POST a resource. With ``if_none_exist`` (a search such as
        ``identifier=urn:ietf:rfc:3986|urn:uuid:…``) the create is conditional and retried;
        without it the request is sent exactly once."""
        rtype = _resource_type(resource)
        headers = {"If-None-Exist": if_none_exist} if if_none_exist else {}
        return self.request("POST", rtype, body=resource, headers=headers, expect=rtype,
                            idempotent=if_none_exist is not None)

    def update(self, resource: Resource, *, if_match: str | None = None) -> Answer:
        """PUT ``Type/{id}``; ``if_match`` is the version last seen (412 when it moved on)."""
        rtype = _resource_type(resource)
        rid = resource.get("id")
        if not isinstance(rid, str) or not rid:
            raise FhirError(translate("DeskError", "desk tried to update a record without its "
                                                   "server id."),
                            kind="input")
        headers = {"If-Match": f'W/"{if_match}"'} if if_match else {}
        return self.request("PUT", f"{rtype}/{rid}", body=resource, headers=headers,
                            expect=rtype)

    def delete(self, resource_type: str, resource_id: str, *,
               if_match: str | None = None) -> Answer:
        headers = {"If-Match": f'W/"{if_match}"'} if if_match else {}
        return self.request("DELETE", f"{resource_type}/{resource_id}", headers=headers)

    def transaction(self, bundle: Resource, *, body: bytes | None = None) -> Resource:
        """POST a transaction (or batch) Bundle; returns the response Bundle. Retried only
        when every entry is safe to repeat. ``body`` is the bundle already as JSON."""
        if bundle.get("resourceType") != "Bundle":
            raise FhirError(translate("DeskError", "desk tried to send something that is not a "
                                                   "bundle."), kind="input")
        answer = self.request("POST", "", body=bundle, content=body, expect="Bundle",
                              idempotent=_bundle_is_idempotent(bundle))
        return _held(answer)

    def search_pages(self, resource_type: str, params: Mapping[str, str | list[str]] | None = None
                     ) -> Generator[Resource, None, None]:
        """Each searchset Bundle in turn, following ``next`` links."""
        answer = self.request("GET", resource_type, params=params, expect="Bundle")
        seen: set[str] = set()
        while True:
            bundle = _held(answer)
            yield bundle
            nxt = next_link(bundle)
            if nxt is None:
                return
            if nxt in seen:
                raise FhirError(translate("DeskError", "The server's result pages go round in a "
                                                       "circle."),
                                kind="server")
            seen.add(nxt)
            answer = self.request("GET", self._same_origin(nxt), expect="Bundle")

    def search_ahead(self, resource_type: str,
                     params: Mapping[str, str | list[str]] | None = None) -> PagesAhead:
        """:meth:`search_pages` on a worker thread, asked for at once: use it in a ``with``
        block, and start several to have their first pages come in together."""
        return PagesAhead(self.search_pages(resource_type, params))

    def search(self, resource_type: str,
               params: Mapping[str, str | list[str]] | None = None) -> Iterator[Resource]:
        """Every matching resource of ``resource_type`` across all pages (match mode only;
        included resources are skipped)."""
        for bundle in self.search_pages(resource_type, params):
            entries = bundle.get("entry") or []
            if not isinstance(entries, list):
                raise unreadable_answer("a search page's entries are not a list")
            for entry in entries:
                search = (entry.get("search") or {}) if isinstance(entry, dict) else None
                if not isinstance(search, dict):
                    raise unreadable_answer("a search page holds a broken entry")
                mode = search.get("mode", "match")
                res = entry.get("resource")
                if mode != "match":
                    continue
                if not isinstance(res, dict) or res.get("resourceType") != resource_type:
                    raise unreadable_answer("a search page holds something other than asked for")
                yield res

    # -- the request loop -------------------------------------------------------------

    def request(self, method: str, path: str, *, body: Resource | None = None,
                params: Mapping[str, str | list[str]] | None = None,
                headers: Mapping[str, str] | None = None, expect: str | None = None,
                idempotent: bool | None = None, content: bytes | None = None) -> Answer:
        """Send one request, retrying what is safe to retry; see the module docstring.
        ``content`` is ``body`` already encoded, when the caller has it."""
        if idempotent is None:
            idempotent = method in ("GET", "HEAD", "PUT", "DELETE")
        url = path if path.startswith(("http://", "https://")) else urljoin(self.base_url, path)
        if content is None and body is not None:
            content = orjson.dumps(body)
        hdrs = dict(headers or {})
        if content is not None:
            hdrs["Content-Type"] = FHIR_JSON
        attempts = self.retry.attempts if idempotent else 1
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._http.request(method, url, content=content, params=params,
                                              headers=hdrs)
                return self._answer(response, expect)
            except FhirError as err:
                if not err.retryable or attempt >= attempts:
                    raise
                wait = err.retry_after if isinstance(err, RetryLater) else None
                if wait is not None and wait > self.retry.max_retry_after:
                    raise FhirError(translate("DeskError", "The clinic server is busy. desk "
                                                           "will try again later."),
                                    kind="server", status=err.status) from err
                delay = wait if wait is not None else self.retry.backoff(attempt, self._rng)
                log.info("retrying %s %s after %s (%.2fs)", method, _safe_path(url),
                         err.status or "network error", delay)
                self._sleep(delay)
            except httpx.TimeoutException as exc:
                if attempt >= attempts:
                    raise FhirError(translate("DeskError", "The clinic server did not answer in "
                                                           "time."),
                                    kind="network") from exc
                self._sleep(self.retry.backoff(attempt, self._rng))
            except httpx.TransportError as exc:
                if untrusted_certificate(exc):
                    raise FhirError(translate("DeskError", "desk does not trust the clinic "
                                                           "server's certificate. Ask IT to "
                                                           "check the server address and the "
                                                           "clinic's certificate authority "
                                                           "(server.ca_bundle)."),
                                    kind="network") from exc
                if attempt >= attempts:
                    raise FhirError(translate("DeskError", "desk cannot reach the clinic "
                                                           "server. Work continues offline and "
                                                           "will be sent "
                                                           "later."), kind="network") from exc
                log.info("retrying %s %s after %s", method, _safe_path(url),
                         type(exc).__name__)
                self._sleep(self.retry.backoff(attempt, self._rng))

    def _answer(self, response: httpx.Response, expect: str | None) -> Answer:
        status = response.status_code
        if status >= 400:
            raise error_for(response)
        if not response.content:
            return Answer(status, None, _etag_version(response.headers.get("ETag")),
                          response.headers.get("Location"))
        try:
            payload = orjson.loads(response.content)
        except ValueError as exc:
            raise unreadable_answer("the answer is not JSON") from exc
        if not isinstance(payload, dict) or not isinstance(payload.get("resourceType"), str):
            raise unreadable_answer("the answer is not a FHIR resource")
        if expect is not None and payload["resourceType"] != expect:
            if payload["resourceType"] == "OperationOutcome" and status < 300:
                # some servers answer a create/update with only an outcome
                return Answer(status, None, _etag_version(response.headers.get("ETag")),
                              response.headers.get("Location"))
            raise unreadable_answer(f"expected {expect}, got {payload['resourceType']}")
        version = _etag_version(response.headers.get("ETag")) or version_of(payload)
        return Answer(status, payload, version, response.headers.get("Location"))

    def _same_origin(self, url: str) -> str:
        try:
            base, other = urlsplit(self.base_url), urlsplit(url)
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL):
            raise unreadable_answer("a search page's next link is no address") from None
        if (base.scheme, base.netloc) != (other.scheme, other.netloc):
            # never send the token to another host; keep the path and query on ours
            raise FhirError(translate("DeskError", "The server pointed desk to another address "
                                                   "for the next page."),
                            kind="server")
        return url


def _held(answer: Answer) -> Resource:
    """The resource of an answer that must hold one. An empty body, or only an
    OperationOutcome (which :meth:`FhirClient._answer` lets through for a create), is an
    answer desk cannot read."""
    if answer.resource is None:
        raise unreadable_answer("the answer holds no resource")
    return answer.resource


def next_link(bundle: Mapping[str, Any]) -> str | None:
    links = bundle.get("link") or []
    if not isinstance(links, list):  # pages might be missed: refuse rather than guess
        raise unreadable_answer("a search page's links are not a list")
    for link in links:
        if isinstance(link, dict) and link.get("relation") == "next":
            url = link.get("url")
            return url if isinstance(url, str) and url else None
    return None


def _etag_version(etag: str | None) -> str | None:
    if not etag:
        return None
    value = etag.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"') or None


def version_of(resource: Mapping[str, Any]) -> str | None:
    """The server's version id of a resource (``meta.versionId``), if it says."""
    meta = resource.get("meta")
    vid = meta.get("versionId") if isinstance(meta, dict) else None
    return str(vid) if vid is not None else None


def _resource_type(resource: Mapping[str, Any]) -> str:
    rtype = resource.get("resourceType")
    if not isinstance(rtype, str) or not rtype.isalpha():
        raise FhirError(translate("DeskError", "desk tried to send a record of "
                                               "no known type."), kind="input")
    return rtype


def _bundle_is_idempotent(bundle: Mapping[str, Any]) -> bool:
    for entry in bundle.get("entry") or []:
        request = entry.get("request") or {}
        method = request.get("method")
        if method == "POST" and not request.get("ifNoneExist"):
            return False
        if method not in ("GET", "HEAD", "PUT", "DELETE", "POST"):
            return False
    return True


def _safe_path(url: str) -> str:
    """The path of a URL without its query, which may hold search values (patient data)."""
    return urlsplit(url).path


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _parse_capabilities(cs: Mapping[str, Any]) -> _Capabilities:
    caps = _Capabilities(fhir_version=str(cs.get("fhirVersion", "")))
    # a part that is not a list promises nothing: desk keeps its careful defaults
    for rest in _list(cs.get("rest")):
        if not isinstance(rest, dict) or rest.get("mode", "server") != "server":
            continue
        for res in _list(rest.get("resource")):
            if isinstance(res, dict) and isinstance(res.get("type"), str):
                caps.update_create[res["type"]] = res.get("updateCreate") is True
                caps.conditional_create[res["type"]] = res.get("conditionalCreate") is True
    return caps
