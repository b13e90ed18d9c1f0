"""A study fetched from the PACS, kept on this computer as a disc's images are.

``retrieve(workspace, source, study, key, patient_id, actor, progress=..., cancel=...)``
takes the study's files from either client (``DicomWebClient`` or ``DimseClient``: both
have ``retrieve(study_uid)``), checks each one (a readable DICOM image of this study and of
this patient's identifier), and seals them with :func:`desk.viewer.library.add`, marked
``source = "pacs"`` (:data:`SOURCE`, so a cache limit may drop them), all in one
transaction once the last has arrived: a cancelled or failed retrieve keeps nothing, and
nothing is held open in the database while the network works. The files wait in memory
until then (a 30-slice 512 x 512 CT is about 15 MB; a study over :data:`MAX_BYTES` is
refused). Images already held are not stored twice. ``progress(done, total)`` is called
after each file (``total`` is the PACS's count, 0 when it gave none); setting ``cancel``
stops the transfer at the next file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Actor, audit
from desk.storage.database import among
from desk.storage.schema import image_instance
from desk.viewer import library
from desk.viewer.pacs.studies import PatientKey, Study

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.storage.blobs import BlobStore

log = logging.getLogger(__name__)

NOT_THEIRS = "The image archive (PACS) sent images of another patient or study, so none " \
             "was kept. Tell IT."


MAX_BYTES = 2 << 30
"""The most a retrieve holds in memory before sealing (a 4,000-slice CT)."""
TOO_LARGE = "This study is too large to fetch from the image archive in one go (over 2 GB); " \
            "nothing of it was kept."

SOURCE = "pacs"
"""``image_instance.source`` of a retrieved image: it can be fetched again, so a cache
limit may drop it (a disc's images are "disc")."""


class Source(Protocol):
    def retrieve(self, study_uid: str) -> Iterator[bytes]: ...


class Cancelled(DeskError):
    """The retrieve was stopped by the user; nothing was kept."""

    def __init__(self) -> None:
        super().__init__("The retrieve was stopped; no images of it were kept.", kind="input")


@dataclass(frozen=True, slots=True)
class Retrieved:
    images: int  # newly kept
    already: int  # held before


def retrieve(workspace: Workspace, source: Source, study: Study, key: PatientKey,
             patient_id: str, actor: Actor, *,
             progress: Callable[[int, int], None] | None = None,
             cancel: threading.Event | None = None) -> Retrieved:
    """Fetch ``study`` of ``key`` from ``source`` and keep it for desk's ``patient_id``."""
    arrived = _fetch(source, study, key, progress, cancel)
    with workspace.begin() as conn:
        return _seal(conn, workspace.blobs, patient_id, arrived, actor)


def _fetch(source: Source, study: Study, key: PatientKey,
           progress: Callable[[int, int], None] | None,
           cancel: threading.Event | None) -> list[tuple[dict[str, Any], bytes]]:
    arrived: list[tuple[dict[str, Any], bytes]] = []
    held = 0
    files = source.retrieve(study.uid)
    try:
        for data in files:
            if cancel is not None and cancel.is_set():
                log.info("a retrieve was cancelled after %d files", len(arrived))
                raise Cancelled
            arrived.append((_checked(data, study, key), data))
            held += len(data)
            if held > MAX_BYTES:
                log.warning("a retrieve passed %d bytes and was stopped", MAX_BYTES)
                raise DeskError(TOO_LARGE, kind="input")
            if progress is not None:
                progress(len(arrived), study.instance_count or 0)
    finally:
        close = getattr(files, "close", None)
        if close is not None:
            close()  # a generator left early: its transfer is stopped
    if cancel is not None and cancel.is_set():
        raise Cancelled
    if not arrived or len(arrived) < (study.instance_count or 0):
        log.warning("the PACS sent %d of the %s images it listed", len(arrived),
                    study.instance_count)
        raise DeskError("The image archive (PACS) did not send every image of the study, so "
                        "none was kept. Try again later.", kind="server")
    return arrived


def _checked(data: bytes, study: Study, key: PatientKey) -> dict[str, Any]:
    """The index row of a file that is an image of ``study`` and ``key``'s: its header is
    read only as far as the check and the row need (the viewer reads every element)."""
    with library.readable():
        ds = library.header(data)
        if "PixelData" not in ds:
            log.warning("the PACS sent a file that is not an image")
            raise DeskError(library.DAMAGED, kind="input")
        meta = library.describe(ds)
        theirs = meta["study_uid"] == study.uid and key.owns(ds)
    if not theirs:
        log.warning("the PACS sent a file of another study or patient")
        raise DeskError(NOT_THEIRS, kind="server")
    return meta | {"source": SOURCE}


def _seal(conn: sa.Connection, blobs: BlobStore, patient_id: str,
          arrived: list[tuple[dict[str, Any], bytes]], actor: Actor) -> Retrieved:
    held = set(conn.execute(sa.select(image_instance.c.sop_uid).where(
        among(image_instance.c.sop_uid, [m["sop_uid"] for m, _ in arrived]))).scalars())
    written: list[str] = []
    try:
        with blobs.written_together():
            for meta, data in arrived:
                if meta["sop_uid"] in held:
                    continue
                written.append(library.add(conn, blobs, patient_id, meta, data))
                held.add(meta["sop_uid"])
    except BaseException:
        blobs.discard(written)  # the rows roll back with the transaction
        raise
    if written:
        audit.record(conn, actor, "images.retrieve", "Patient", patient_id)
    log.info("kept %d retrieved images (%d held already)", len(written),
             len(arrived) - len(written))
    return Retrieved(len(written), len(arrived) - len(written))
