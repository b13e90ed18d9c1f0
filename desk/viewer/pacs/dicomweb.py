"""A PACS over DICOMweb: QIDO-RS to find studies, WADO-RS to fetch them.

``DicomWebClient(url, auth=..., ca_bundle=...)`` talks to one DICOMweb root (Orthanc's is
``http://host:8042/dicom-web``). :meth:`~DicomWebClient.studies` asks for a patient's
studies by identifier (:class:`~desk.viewer.pacs.studies.PatientKey`), :meth:`series` and
:meth:`instances` for what one study holds; :meth:`retrieve` streams a study's DICOM files
(``multipart/related; type="application/dicom"``) one instance at a time, as stored
(``transfer-syntax=*``); :meth:`metadata` and :meth:`frame` read without the pixels, or one
frame's pixels only; :meth:`store` sends images (STOW-RS). An answer that is not what
DICOMweb promises raises ``DeskError`` (kind ``server``); the network failing, kind
``network``; refused credentials, ``auth``. Query strings hold patient identifiers, so the
log names paths only.
"""

from __future__ import annotations

import logging
import ssl
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from desk.errors import DeskError
from desk.viewer.pacs.studies import (
    INSTANCE_KEYS,
    SERIES_KEYS,
    Instance,
    PatientKey,
    Series,
    Study,
    garbled,
    instances_of,
    series_of,
    studies_of,
    study_query,
)
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset

log = logging.getLogger(__name__)

DICOM_JSON = "application/dicom+json"
MULTIPART_DICOM = 'multipart/related; type="application/dicom"; transfer-syntax=*'
MULTIPART_FRAME = 'multipart/related; type="application/octet-stream"; transfer-syntax=*'


def unreachable() -> str:
    """What staff read when the image archive cannot be reached."""
    return translate("DeskError", "desk cannot reach the image archive (PACS). Check the "
                                  "network; images already on this computer still open.")


def refused() -> str:
    """What staff read when the image archive refuses desk's sign-in."""
    return translate("DeskError", "The image archive (PACS) refused desk's sign-in. Ask IT to "
                                  "check the PACS user name and password.")


def untrusted() -> str:
    """What staff read when the image archive's certificate is not trusted."""
    return translate("DeskError", "desk does not trust the image archive's certificate. Ask "
                                  "IT to check the PACS address and the clinic's certificate "
                                  "authority (server.ca_bundle).")


def tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """TLS that checks the PACS's certificate: the system's trust, plus the clinic's CA
    when a bundle is named (``server.ca_bundle``)."""
    context = ssl.create_default_context()
    try:
        if ca_bundle:
            context.load_verify_locations(cafile=ca_bundle)
    except (OSError, ssl.SSLError):
        raise DeskError(translate("DeskError", "The clinic's certificate authority file "
                                               "(server.ca_bundle) "
                                               "cannot be read."), kind="input") from None
    return context


class DicomWebClient:
    """One DICOMweb service; ``auth`` is e.g. ``httpx.BasicAuth``; ``transport`` for tests."""

    def __init__(self, url: str, *, auth: httpx.Auth | None = None,
                 ca_bundle: str | None = None, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        self._http = httpx.Client(auth=auth, verify=tls_context(ca_bundle) if ca_bundle
                                  else True,
                                  transport=transport,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DicomWebClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def studies(self, key: PatientKey) -> list[Study]:
        """``key``'s studies on the PACS, newest first (QIDO-RS ``/studies``)."""
        query = study_query(key)
        params = [(k, v) for k, v in query.items() if v]
        params += [("includefield", k) for k, v in query.items() if not v]
        return studies_of(key, self._search("/studies", params))

    def series(self, study_uid: str) -> list[Series]:
        """The series of a study (QIDO-RS ``/studies/{uid}/series``)."""
        params = [("includefield", k) for k in SERIES_KEYS]
        return series_of(self._search(f"/studies/{study_uid}/series", params))

    def instances(self, study_uid: str, series_uid: str | None = None) -> list[Instance]:
        """The instances of a study, or of one of its series (QIDO-RS)."""
        path = f"/studies/{study_uid}" + (f"/series/{series_uid}" if series_uid else "")
        params = [("includefield", k) for k in INSTANCE_KEYS]
        return instances_of(self._search(path + "/instances", params))

    def metadata(self, study_uid: str) -> list[Dataset]:
        """Every instance's attributes without the bulk data (WADO-RS ``/metadata``)."""
        with self._get(f"/studies/{study_uid}/metadata", DICOM_JSON) as response:
            return _datasets(_json(response.read()))

    def retrieve(self, study_uid: str) -> Iterator[bytes]:
        """A study's DICOM files as the PACS sends them, one at a time (WADO-RS)."""
        with self._get(f"/studies/{study_uid}", MULTIPART_DICOM) as response:
            yield from _parts(response, "application/dicom")

    def frame(self, study_uid: str, series_uid: str, sop_uid: str, number: int = 1) -> bytes:
        """One frame's pixel data, as stored (WADO-RS ``/frames/{number}``, from 1)."""
        path = f"/studies/{study_uid}/series/{series_uid}/instances/{sop_uid}/frames/{number}"
        with self._get(path, MULTIPART_FRAME) as response:
            for part in _parts(response, "application/octet-stream"):
                return part
        raise DeskError(garbled(), kind="server")

    def store(self, datasets: Sequence[Dataset]) -> int:
        """Send images to the PACS in one STOW-RS request; returns how many it kept."""
        boundary = uuid.uuid4().hex
        body = bytearray()
        for ds in datasets:
            body += (f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n"
                     ).encode("ascii")
            body += _encoded(ds) + b"\r\n"
        body += f"--{boundary}--\r\n".encode("ascii")
        kind = f'multipart/related; type="application/dicom"; boundary={boundary}'
        try:
            response = self._http.post(self.url + "/studies", content=bytes(body),
                                       headers={"Content-Type": kind, "Accept": DICOM_JSON})
        except httpx.TransportError as err:
            raise _network_error(err, "studies") from None
        _check(response, "/studies")
        return _stored(_datasets([_json(response.content)]), len(datasets))

    def _search(self, path: str, params: list[tuple[str, Any]]) -> list[Dataset]:
        with self._get(path, DICOM_JSON, params) as response:
            body = response.read()
        return _datasets(_json(body)) if body.strip() else []

    @contextmanager
    def _get(self, path: str, accept: str, params: list[tuple[str, Any]] | None = None
             ) -> Iterator[httpx.Response]:
        try:
            with self._http.stream("GET", self.url + path, params=params,
                                   headers={"Accept": accept}) as response:
                _check(response, path)
                yield response
        except httpx.TransportError as err:
            raise _network_error(err, path.split("/")[1]) from None


def _network_error(err: httpx.TransportError, what: str) -> DeskError:
    log.warning("PACS request %s failed: %s", what, type(err).__name__)
    return DeskError(untrusted() if _untrusted(err) else unreachable(), kind="network")


def _encoded(ds: Dataset) -> bytes:
    import io

    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def _stored(answer: list[Dataset], sent: int) -> int:
    """How many of ``sent`` images a STOW-RS answer says were kept; a refusal says so."""
    failed = len(answer[0].get("FailedSOPSequence", []))
    kept = len(answer[0].get("ReferencedSOPSequence", []))
    if failed or kept != sent:
        log.warning("the PACS kept %d of %d images sent (%d refused)", kept, sent, failed)
        raise DeskError(translate("DeskError", "The image archive (PACS) kept {kept} of the "
                                               "{sent} images sent. Try again; if it keeps "
                                               "happening, tell IT.")
                        .format(kept=kept, sent=sent), kind="server")
    return kept


def _check(response: httpx.Response, path: str) -> None:
    status = response.status_code
    if status < 400:
        return
    log.warning("the PACS answered %d to a %s request", status, path.split("/")[1])
    if status in (401, 403):
        raise DeskError(refused(), kind="auth")
    if status == 404:
        raise DeskError(translate("DeskError", "The image archive (PACS) no longer has these "
                                               "images."), kind="server")
    raise DeskError(translate("DeskError", "The image archive (PACS) failed to answer (error "
                                           "{status}). Try again later.")
                    .format(status=status), kind="server")


def _untrusted(err: httpx.TransportError) -> bool:
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _json(body: bytes) -> Any:
    import json

    try:
        return json.loads(body)
    except ValueError:
        log.warning("the PACS sent a DICOM JSON answer that is not JSON")
        raise DeskError(garbled(), kind="server") from None


def _datasets(answer: Any) -> list[Dataset]:
    from pydicom import Dataset

    if not isinstance(answer, list) or not all(isinstance(a, dict) for a in answer):
        log.warning("the PACS sent a DICOM JSON answer that is not a list of datasets")
        raise DeskError(garbled(), kind="server")
    try:
        # bulk data (pixels, private blobs) stays on the PACS: metadata is asked without it
        return [Dataset.from_json(a, bulk_data_uri_handler=_no_bulk) for a in answer]
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as err:
        log.warning("the PACS sent a DICOM JSON dataset desk cannot read (%s)",
                    type(err).__name__)
        raise DeskError(garbled(), kind="server") from None


def _no_bulk(_uri: str) -> None:
    return None


def _boundary(content_type: str) -> bytes:
    kind, _, rest = content_type.partition(";")
    params = dict(_param(p) for p in rest.split(";") if "=" in p)
    boundary = params.get("boundary", "")
    if kind.strip().lower() != "multipart/related" or not boundary or len(boundary) > 70:
        log.warning("the PACS answered a retrieve with %s, not multipart/related",
                    kind.strip() or "no content type")
        raise DeskError(garbled(), kind="server")
    return boundary.encode("ascii", "replace")


def _param(text: str) -> tuple[str, str]:
    name, _, value = text.partition("=")
    return name.strip().lower(), value.strip().strip('"')


def _parts(response: httpx.Response, media_type: str) -> Iterator[bytes]:
    """The bodies of a ``multipart/related`` answer, each as soon as it has arrived."""
    delimiter = b"\r\n--" + _boundary(response.headers.get("content-type", ""))
    buffer = bytearray(b"\r\n")  # the first delimiter has no line break of its own before it
    searched = 0
    opened = False
    for chunk in response.iter_bytes():
        buffer += chunk
        while (at := buffer.find(delimiter, searched)) >= 0:
            if opened:
                yield _body(buffer, at, media_type)
            opened = True
            del buffer[:at + len(delimiter)]
            searched = 0
        searched = max(0, len(buffer) - len(delimiter))
    if not opened or not buffer.startswith(b"--"):
        log.warning("the PACS's multipart answer ended early")
        raise DeskError(garbled(), kind="server")


def _body(buffer: bytearray, end: int, media_type: str) -> bytes:
    """The body of the part that ends at ``end`` of ``buffer``, copied once (an image is
    half a megabyte or more: each copy costs)."""
    head_end = buffer.find(b"\r\n\r\n", 0, end)
    head = bytes(buffer[:max(head_end, 0)])
    headers = dict(_header(line) for line in head.split(b"\r\n") if b":" in line)
    kind = headers.get("content-type", media_type).split(";")[0].strip().lower()
    if head_end < 0 or kind != media_type:
        log.warning("the PACS sent a part of type %s where %s was asked for", kind or "none",
                    media_type)
        raise DeskError(garbled(), kind="server")
    with memoryview(buffer) as view:
        return view[head_end + 4:end].tobytes()


def _header(line: bytes) -> tuple[str, str]:
    name, _, value = line.decode("latin-1").partition(":")
    return name.strip().lower(), value.strip()
