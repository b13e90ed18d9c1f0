"""What a failed FHIR request means, and whether and when to try it again.

Errors are :class:`FhirError` (a :class:`~desk.errors.DeskError`) whose message is written
for a receptionist and holds no patient data; the server's own words are in ``details``
(shown to staff on the attention list, never logged). :func:`error_for` makes one from an
HTTP answer; 5xx and 429 are :class:`RetryLater`, which carries ``Retry-After``.
:class:`RetryPolicy` says how hard :class:`desk.sync.client.FhirClient` tries.
"""

from __future__ import annotations

import email.utils
import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from desk.errors import DeskError
from desk.words import translate

log = logging.getLogger(__name__)


class FhirError(DeskError):
    """A FHIR request failed. ``status`` is the HTTP status (0 when none arrived)."""

    def __init__(self, message: str, *, kind: str, status: int = 0, details: str = "",
                 retryable: bool = False, issue_codes: tuple[str, ...] = ()) -> None:
        super().__init__(message, kind=kind)
        self.status = status
        self.details = details
        self.retryable = retryable
        self.issue_codes = issue_codes


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try. ``attempts`` counts the first try; waits are capped by ``max_wait``.

    A ``Retry-After`` longer than ``max_retry_after`` seconds is not waited for: the
    request fails at once with a "server busy" error so the caller can try later.
    """

    attempts: int = 5
    base_delay: float = 0.25
    max_delay: float = 20.0
    max_retry_after: float = 120.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter exponential backoff for the ``attempt``-th retry (1-based)."""
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2 ** (attempt - 1))))


class RetryLater(FhirError):
    """A failure worth trying again (5xx, 429), after ``retry_after`` seconds if the server
    said (``Retry-After``)."""

    def __init__(self, message: str, *, status: int, retry_after: float | None,
                 details: str = "") -> None:
        super().__init__(message, kind="server", status=status, details=details,
                         retryable=True)
        self.retry_after = retry_after


def untrusted_certificate(exc: BaseException) -> bool:
    """Whether a transport error is a failed TLS certificate check (not worth retrying)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def unreadable_answer(what: str) -> FhirError:
    """The error for an answer desk cannot read (logged with ``what``, never the body)."""
    log.warning("unreadable answer from the FHIR server: %s", what)
    return FhirError(translate("DeskError", "The clinic server sent an answer desk cannot read. "
                                            "desk will try again "
                                            "later."), kind="server", details=what, retryable=True)


def error_for(response: httpx.Response) -> FhirError:
    """The error an HTTP answer of 400 or more means, with the server's own words."""
    status = response.status_code
    details, codes = _outcome_text(response)
    if status in (429, 502, 503, 504) or status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        msg = ("The clinic server is busy. desk will try again shortly."
               if status in (429, 503) else
               "The clinic server had a problem. desk will try again shortly.")
        return RetryLater(msg, status=status, retry_after=retry_after, details=details)
    if status in (401, 403):
        return FhirError(translate("DeskError", "desk is not signed in to the clinic server, or "
                                                "the sign-in has expired. Ask IT to sign desk "
                                                "in again."), kind="auth", status=status,
                         details=details, issue_codes=codes)
    if status in (409, 412):
        return FhirError(translate("DeskError", "Someone else changed this record on the server "
                                                "at the same time."),
                         kind="conflict", status=status, details=details, issue_codes=codes)
    if status in (404, 410):
        return FhirError(translate("DeskError", "The record is not on the clinic server (it may "
                                                "have been removed)."),
                         kind="input", status=status, details=details, issue_codes=codes)
    return FhirError(translate("DeskError", "The clinic server refused this record. Check it, "
                                            "correct it and it will be sent "
                                            "again."), kind="input", status=status, details=details,
                     issue_codes=codes)


def _outcome_text(response: httpx.Response) -> tuple[str, tuple[str, ...]]:
    """The human text and issue codes of an OperationOutcome body, if there is one."""
    try:
        payload = orjson.loads(response.content)
    except ValueError:
        return "", ()
    if not isinstance(payload, dict) or payload.get("resourceType") != "OperationOutcome":
        return "", ()
    return outcome_text(payload)


def outcome_text(outcome: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The human text (with where each issue is) and the issue codes of an OperationOutcome."""
    texts: list[str] = []
    codes: list[str] = []
    issues = outcome.get("issue")
    for issue in issues if isinstance(issues, list) else []:
        if not isinstance(issue, dict):
            continue
        if isinstance(issue.get("code"), str):
            codes.append(issue["code"])
        details = issue.get("details")
        text = (details.get("text") if isinstance(details, dict) else None) \
            or issue.get("diagnostics")
        if isinstance(text, str) and text:
            where = issue.get("expression") or issue.get("location") or []
            if not isinstance(where, list):
                where = [where]
            texts.append(f"{text} ({', '.join(map(str, where))})" if where else text)
    return "; ".join(texts), tuple(codes)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())
