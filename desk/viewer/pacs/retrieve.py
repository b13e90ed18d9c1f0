"""A study fetched from the PACS, kept on this computer as a disc's images are.

``retrieve(workspace, source, study, key, patient_id, actor, progress=..., cancel=...)``
takes the study's files from either client (``DicomWebClient`` or ``DimseClient``: both
have ``retrieve(study_uid)``), checks each one (a readable DICOM image of this study and of
this patient's identifier), and seals each in the blob store as it arrives, while the
next ones are on their way. They are indexed (:func:`desk.viewer.library.add_sealed`),
marked ``source = "pacs"`` (:data:`SOURCE`, so a cache limit may drop them), in one
transaction once the last has arrived: a cancelled or failed retrieve keeps nothing (its
sealed files are removed), and nothing is held open in the database while the network
works. A study over :data:`MAX_BYTES` is refused. Images already held are not sealed or
stored twice. ``progress(done, total)`` is called
after each file (``total`` is the PACS's count, 0 when it gave none); setting ``cancel``
stops the transfer at the next file.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Actor, audit
from desk.storage.database import among
from desk.storage.schema import image_instance
from desk.viewer import headers, library
from desk.viewer.pacs.studies import PatientKey, Study
from desk.words import translate

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.storage.blobs import BlobStore, Sealed

log = logging.getLogger(__name__)



MAX_BYTES = 2 << 30
"""The most one retrieve takes (a 4,000-slice CT)."""

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
    blobs = workspace.blobs
    with workspace.read() as conn:
        held = _held(conn, study.uid)
    arrived = _fetch(source, study, key, blobs, held, progress, cancel)
    try:
        with workspace.begin() as conn:
            return _seal(conn, blobs, patient_id, arrived, actor)
    except BaseException:
        blobs.discard(a.sealed.blob_id for a in arrived if a.sealed is not None)
        raise


@dataclass(frozen=True, slots=True)
class Arrived:
    """One image the PACS sent: its index row, and its file sealed (``None``: held already)."""

    meta: dict[str, Any]
    sealed: Sealed | None


def _held(conn: sa.Connection, study_uid: str) -> set[str]:
    return set(conn.execute(sa.select(image_instance.c.sop_uid).where(
        image_instance.c.study_uid == study_uid)).scalars())


def _fetch(source: Source, study: Study, key: PatientKey, blobs: BlobStore, held: set[str],
           progress: Callable[[int, int], None] | None,
           cancel: threading.Event | None) -> list[Arrived]:
    """The study's images, each sealed on worker threads as the next is checked
    (:meth:`BlobStore.sealing_ahead`), but those this computer holds already; when the
    transfer fails, the files written are removed."""
    sealing: list[tuple[dict[str, Any], Future[Sealed] | None]] = []
    try:
        with blobs.sealing_ahead() as seal:
            def keep(meta: dict[str, Any], data: bytes) -> None:
                sealing.append((meta, None if meta["sop_uid"] in held else seal(
                    library.RECORD, str(uuid.uuid4()), data, "application/dicom")))

            _take(source, study, key, keep, progress, cancel)
    except BaseException:
        blobs.discard(f.result().blob_id for _meta, f in sealing
                      if f is not None and f.exception() is None)
        raise
    return [Arrived(meta, f.result() if f is not None else None) for meta, f in sealing]


def _take(source: Source, study: Study, key: PatientKey,
          keep: Callable[[dict[str, Any], bytes], None],
          progress: Callable[[int, int], None] | None,
          cancel: threading.Event | None) -> None:
    taken = count = 0
    files = source.retrieve(study.uid)
    try:
        for data in files:
            if cancel is not None and cancel.is_set():
                log.info("a retrieve was cancelled after %d files", count)
                raise Cancelled
            keep(_checked(data, study, key), data)
            count += 1
            taken += len(data)
            if taken > MAX_BYTES:
                log.warning("a retrieve passed %d bytes and was stopped", MAX_BYTES)
                raise DeskError(translate("DeskError", "This study is too large to fetch from the "
                                                       "image archive in one go (over 2 GB); "
                                                       "nothing of it was kept."), kind="input")
            if progress is not None:
                progress(count, study.instance_count or 0)
    finally:
        close = getattr(files, "close", None)
        if close is not None:
            close()  # a generator left early: its transfer is stopped
    if cancel is not None and cancel.is_set():
        raise Cancelled
    if not count or count < (study.instance_count or 0):
        log.warning("the PACS sent %d of the %s images it listed", count, study.instance_count)
        raise DeskError(translate("DeskError", "The image archive (PACS) did not send every "
                                               "image of the study, so none was kept. Try again "
                                               "later."), kind="server")


def _checked(data: bytes, study: Study, key: PatientKey) -> dict[str, Any]:
    """The index row of a file that is an image of ``study`` and ``key``'s: its header is
    read only as far as the check and the row need (the viewer reads every element)."""
    with headers.readable():
        ds = headers.index_header(data)
        if "PixelData" not in ds:
            log.warning("the PACS sent a file that is not an image")
            raise DeskError(headers.damaged(), kind="input")
        meta = headers.describe(ds)
        theirs = meta["study_uid"] == study.uid and key.owns(ds)
    if not theirs:
        log.warning("the PACS sent a file of another study or patient")
        raise DeskError(translate("DeskError", "The image archive (PACS) sent images of "
                                               "another patient or study, so none was kept. "
                                               "Tell IT."), kind="server")
    return meta | {"source": SOURCE}


def _seal(conn: sa.Connection, blobs: BlobStore, patient_id: str, arrived: list[Arrived],
          actor: Actor) -> Retrieved:
    """Index the sealed images in ``conn``'s transaction; the files of those held already
    (by now, or twice in the transfer) are removed."""
    held = set(conn.execute(sa.select(image_instance.c.sop_uid).where(
        among(image_instance.c.sop_uid, [a.meta["sop_uid"] for a in arrived]))).scalars())
    kept: list[tuple[dict[str, Any], Sealed]] = []
    for one in arrived:
        if one.sealed is None or one.meta["sop_uid"] in held:
            continue
        kept.append((one.meta, one.sealed))
        held.add(one.meta["sop_uid"])
    written = library.add_sealed(conn, blobs, patient_id, kept)
    blobs.discard(a.sealed.blob_id for a in arrived
                  if a.sealed is not None and a.sealed.blob_id not in written)
    if written:
        audit.record(conn, actor, "images.retrieve", "Patient", patient_id)
    log.info("kept %d retrieved images (%d held already)", len(written),
             len(arrived) - len(written))
    return Retrieved(len(written), len(arrived) - len(written))
