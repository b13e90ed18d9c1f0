"""Images kept on this computer: read a patient's disc, store its images, load a study.

A disc (CD, DVD or USB stick) holds DICOM files, usually in nested folders beside a DICOMDIR
index, often without a file extension. :func:`scan` reads every file under the chosen folder,
each judged alone: what is not a DICOM image (the DICOMDIR, reports, the disc's own viewer)
is passed over, and a file that cannot be kept is left out with the reason staff are shown
(:class:`Refused`). The DICOMDIR's list of files is not followed: only what lies in the
folder is read (:mod:`desk.viewer.disc_files`). :func:`store` seals each image in the blob
store, bound to its ``image_instance`` row, in the caller's transaction; an image already
held (same SOP Instance UID) is not stored twice. The images are then shown offline from
the encrypted store.

Reading one file's header is :mod:`desk.viewer.headers`'s.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import struct
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk.normalize import name_tokens
from desk.storage import Actor, audit
from desk.storage.blobs import BlobStore, Sealed
from desk.storage.clock import stamp
from desk.storage.database import among, insert_rows, reading
from desk.storage.schema import image_instance
from desk.viewer import disc_files
from desk.viewer.checks import pixel_problem
from desk.viewer.headers import describe, dicom_date, read_dataset
from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pydicom import Dataset

log = logging.getLogger(__name__)

RECORD = "ImageInstance"
"""The record type the blob store binds an image's file to."""




# why a disc's file was left out: shown translated (context "DiscReason")
UNREADABLE = QT_TRANSLATE_NOOP("DiscReason", "it is damaged and cannot be read as a DICOM file")
TOO_DEEP = QT_TRANSLATE_NOOP("DiscReason",
                             "it is damaged: its header nests sequences too deeply to read")
SAME_UID = QT_TRANSLATE_NOOP("DiscReason", "another image on the disc has the same image ID "
                             "(SOP Instance UID); only the first was kept")


@dataclass(frozen=True, slots=True)
class DiscPatient:
    """Who a disc's images say they are of."""

    family: str
    given: str
    patient_id: str
    birth_date: date | None
    sex: str

    @property
    def display_name(self) -> str:
        return " ".join(w for w in (self.given, self.family) if w) or "no name"

    def matches(self, family: str, given: str, birth_date: date | None) -> bool:
        """Whether the images plausibly belong to a patient of this name and birth date:
        the family names share a word, the given names too (when the disc has one), and
        the birth dates agree (when both are known)."""
        if not set(name_tokens(self.family)) & set(name_tokens(family)):
            return False
        if self.given and not set(name_tokens(self.given)) & set(name_tokens(given)):
            return False
        return self.birth_date is None or birth_date is None or self.birth_date == birth_date


@dataclass(frozen=True, slots=True)
class FoundImage:
    """One image file on a disc, with what its header says."""

    path: Path
    owner: DiscPatient
    meta: dict[str, Any]
    sealed: Sealed | None = None  # its file, sealed as it was read (scan(..., blobs))


@dataclass(frozen=True, slots=True)
class Refused:
    """A file left out of the import: where it is in the folder, and why."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class Scan:
    """What a folder holds: the images, the files left out and why, and how many files were
    something else."""

    images: list[FoundImage]
    refused: list[Refused] = field(default_factory=list)
    other: int = 0
    folder: Path | None = None

    @property
    def damaged(self) -> int:
        return len(self.refused)

    @property
    def owners(self) -> list[DiscPatient]:
        return list(dict.fromkeys(i.owner for i in self.images))

    @property
    def study_count(self) -> int:
        return len({i.meta["study_uid"] for i in self.images})


@dataclass(frozen=True, slots=True)
class Imported:
    images: int
    studies: int
    already: int


@dataclass(frozen=True, slots=True)
class StoredImage:
    """One image of a stored study as its index row says; its file is read and unsealed
    only by :meth:`read`, each time (the viewer keeps the few it shows)."""

    blob_id: str
    frames: int
    reader: Callable[[str], bytes] = field(repr=False)
    read_whole: bool = False  # every element read when kept: reopened by :func:`header`

    def read(self) -> bytes:
        """The image's DICOM file; ``DeskError`` when it is gone from the store or altered."""
        return self.reader(self.blob_id)


@dataclass(slots=True)
class SeriesImages:
    """One series of a study, its images in display order: DICOM files in memory, or
    images in the store read when shown (:func:`load_study`)."""

    uid: str
    number: int | None
    description: str
    modality: str
    images: list[bytes | StoredImage] = field(default_factory=list)

    @property
    def title(self) -> str:
        words = [translate("Series", "Series {number}").format(number=self.number)
                 if self.number is not None else translate("Series", "Series"),
                 self.modality, self.description]
        return " · ".join(w for w in words if w)


def scan(folder: Path, blobs: BlobStore | None = None) -> Scan:
    """Read the headers of every file under ``folder`` (a disc, or a folder of images).

    Given ``blobs``, each image is sealed in it as it is read, so that :func:`store` keeps
    it without reading the disc again; :func:`forget` removes them if staff do not."""
    images: list[FoundImage] = []
    refused: list[Refused] = []
    other = 0
    try:
        with contextlib.ExitStack() as stack:
            if blobs is not None:
                stack.enter_context(blobs.written_together())
            for _path, data, what in _judged(folder):
                if what is None:
                    other += 1
                elif isinstance(what, Refused):
                    refused.append(what)
                else:
                    images.append(_sealed(blobs, what, data) if blobs is not None else what)
    except BaseException:
        if blobs is not None:
            forget(blobs, Scan(images))
        raise
    log.info("scanned a folder: %d images, %d left out, %d other files",
             len(images), len(refused), other)
    return Scan(images, refused, other, folder)


def _sealed(blobs: BlobStore, found: FoundImage, data: bytes) -> FoundImage:
    sealed = blobs.seal(RECORD, str(uuid.uuid4()), data, "application/dicom")
    return FoundImage(found.path, found.owner, found.meta, sealed)


def forget(blobs: BlobStore, found: Scan) -> None:
    """Remove the files :func:`scan` sealed for images that were not stored."""
    blobs.discard(i.sealed.blob_id for i in found.images if i.sealed is not None)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one file of a folder imported by :func:`import_folder`."""

    name: str
    status: str  # "imported", "already there" or "refused"
    reason: str = ""


def import_folder(conn: sa.Connection, blobs: BlobStore, patient_id: str, folder: Path,
                  actor: Actor, check: Callable[[DiscPatient], None]) -> list[Outcome]:
    """Read and keep the images under ``folder`` for ``patient_id`` in one pass, each file
    read once and held in memory only until it is sealed; ``check`` raises (and so rolls
    the import back) for an image that is not the patient's."""
    outcomes: list[Outcome] = []
    written: list[str] = []
    try:
        for path, data, what in _judged(folder):
            if isinstance(what, Refused):
                outcomes.append(Outcome(what.name, "refused", what.reason))
            elif what is not None:
                check(what.owner)
                name = str(path.relative_to(folder))
                if held_uids(conn, [what.meta["sop_uid"]]):
                    outcomes.append(Outcome(name, "already there"))
                    continue
                written.append(add(conn, blobs, patient_id, what.meta, data, read_whole=True))
                outcomes.append(Outcome(name, "imported"))
    except BaseException:
        blobs.discard(written)  # the rows roll back with the caller's transaction
        raise
    if written:
        audit.record(conn, actor, "images.import", "Patient", patient_id)
    return outcomes


def _judged(folder: Path) -> Iterator[tuple[Path, bytes, FoundImage | Refused | None]]:
    """Each file under ``folder`` with its bytes (an image's only) and what it is: an image,
    a file left out, or ``None`` for something else; a second copy of an image is skipped."""
    seen: dict[str, bytes] = {}  # SOP Instance UID: digest of the file that had it first
    for path in disc_files.walk(folder):
        try:
            data = disc_files.read(path, folder)
            found = _read_header(path, data)
        except (_NotDicom, disc_files.NotAFile):
            yield path, b"", None
            continue
        except disc_files.Refused as why:
            yield path, b"", Refused(str(path.relative_to(folder)), why.reason)
            continue
        if found is None:
            yield path, b"", None
            continue
        uid, digest = found.meta["sop_uid"], hashlib.sha256(data).digest()
        if uid not in seen:
            seen[uid] = digest
            yield path, data, found
        elif seen[uid] != digest:  # a copy of the same file is simply the same image
            yield path, b"", Refused(str(path.relative_to(folder)), SAME_UID)


def store(conn: sa.Connection, blobs: BlobStore, patient_id: str, found: Scan,
          actor: Actor) -> Imported:
    """Keep the images of ``found`` for ``patient_id`` in ``conn``'s transaction: those
    :func:`scan` sealed as they are, the others read from the disc again."""
    held = held_uids(conn, [i.meta["sop_uid"] for i in found.images])
    written: list[str] = []
    sealed: list[tuple[dict[str, Any], Sealed]] = []
    studies: set[str] = set()
    try:
        with blobs.written_together():
            for image in found.images:
                if image.meta["sop_uid"] in held:
                    continue
                if image.sealed is None:
                    written.append(add(conn, blobs, patient_id, image.meta,
                                       _read_file(image.path, found), read_whole=True))
                else:
                    sealed.append((image.meta, image.sealed))
                held.add(image.meta["sop_uid"])
                studies.add(image.meta["study_uid"])
        written += add_sealed(conn, blobs, patient_id, sealed, read_whole=True)
    except BaseException:
        blobs.discard(written)  # the rows roll back with the caller's transaction
        forget(blobs, found)
        raise
    blobs.discard(i.sealed.blob_id for i in found.images  # already held: not needed
                  if i.sealed is not None and i.sealed.blob_id not in written)
    if written:
        audit.record(conn, actor, "images.import", "Patient", patient_id)
    return Imported(len(written), len(studies), len(found.images) - len(written))


def add_sealed(conn: sa.Connection, blobs: BlobStore, patient_id: str,
               images: Sequence[tuple[dict[str, Any], Sealed]], *,
               read_whole: bool = False) -> list[str]:
    """Index for ``patient_id`` images sealed as they arrived (``blobs.seal(RECORD, ...)``,
    each record id its row's), each an index row and its file; returns the blob ids."""
    blobs.index_all(conn, [one for _meta, one in images])
    _index(conn, patient_id, [(one.record_id, one.blob_id, meta) for meta, one in images],
           read_whole=read_whole)
    return [one.blob_id for _meta, one in images]


def add(conn: sa.Connection, blobs: BlobStore, patient_id: str, meta: dict[str, Any],
        data: bytes, *, read_whole: bool = False) -> str:
    """Seal one image for ``patient_id`` and index it; returns the blob id. ``read_whole``:
    every element of ``data`` was read without fault (:func:`parse`)."""
    row_id = str(uuid.uuid4())
    blob_id = blobs.put(conn, RECORD, row_id, data, "application/dicom")
    _index(conn, patient_id, [(row_id, blob_id, meta)], read_whole=read_whole)
    return blob_id


def _index(conn: sa.Connection, patient_id: str, rows: Sequence[tuple[str, str, dict[str, Any]]],
           *, read_whole: bool) -> None:
    """``image_instance`` rows, each (row id, blob id, the image's columns), in one statement."""
    if not rows:
        return
    now = stamp()
    insert_rows(conn, image_instance, [
        {"id": row_id, "patient_id": patient_id, "blob_id": blob_id, "imported_at": now,
         "read_whole": read_whole, **meta} for row_id, blob_id, meta in rows])


def load_study(conn: sa.Connection, blobs: BlobStore, study_uid: str, actor: Actor
               ) -> list[SeriesImages]:
    """A stored study's series, in series order, each with its images in slice order, from
    the index alone: each image's file is read from the store (a read of its own, on the
    thread that shows it) only when :meth:`StoredImage.read` asks."""
    read = _reader(conn.engine, blobs)
    rows = conn.execute(sa.select(
        image_instance.c.patient_id, image_instance.c.series_uid,
        image_instance.c.series_number, image_instance.c.series_description,
        image_instance.c.modality, image_instance.c.blob_id, image_instance.c.frames,
        image_instance.c.read_whole).where(
        image_instance.c.study_uid == study_uid).order_by(
        image_instance.c.series_number, image_instance.c.series_uid,
        image_instance.c.instance_number, image_instance.c.slice_position)).all()
    if not rows:
        raise DeskError(translate("DeskError", "These images are no longer on "
                                               "this computer."), kind="storage")
    series: dict[str, SeriesImages] = {}
    for row in rows:
        one = series.setdefault(row.series_uid, SeriesImages(
            row.series_uid, row.series_number, row.series_description, row.modality))
        one.images.append(StoredImage(row.blob_id, row.frames, read, bool(row.read_whole)))
    audit.record(conn, actor, "images.view", "Patient", rows[0].patient_id)
    return list(series.values())


def _reader(engine: sa.Engine, blobs: BlobStore) -> Callable[[str], bytes]:
    def read(blob_id: str) -> bytes:
        with reading(engine) as conn:
            return blobs.get(conn, blob_id)

    return read


def owner_of(ds: Dataset) -> DiscPatient:
    name = ds.get("PatientName")
    return DiscPatient(
        family=str(getattr(name, "family_name", "") or ""),
        given=" ".join(w for w in (str(getattr(name, "given_name", "") or ""),
                                   str(getattr(name, "middle_name", "") or "")) if w),
        patient_id=str(ds.get("PatientID", "")),
        birth_date=dicom_date(str(ds.get("PatientBirthDate", ""))),
        sex={"F": "female", "M": "male", "O": "other"}.get(str(ds.get("PatientSex", "")), ""))


class _NotDicom(Exception):
    pass


def _read_header(path: Path, data: bytes) -> FoundImage | None:
    """The image in ``data`` (the file at ``path``), ``None`` for DICOM that is not an image;
    raises :class:`disc_files.Refused` with the reason it cannot be kept."""
    from pydicom.errors import BytesLengthException, InvalidDicomError

    try:
        # from memory: a file's element that claims gigabytes then gets what the file holds,
        # where reading the file itself would set aside all of it first
        ds = read_dataset(data)
        if "PixelData" not in ds:
            return None
        problem = pixel_problem(ds)
        if problem is not None:
            raise disc_files.Refused(problem)
        return FoundImage(path, owner_of(ds), describe(ds))
    except InvalidDicomError:
        raise _NotDicom from None
    except RecursionError:
        raise disc_files.Refused(TOO_DEEP) from None
    except MemoryError:
        raise disc_files.Refused(disc_files.NO_MEMORY) from None
    except (ValueError, EOFError, OSError, KeyError, AttributeError, TypeError,
            IndexError, NotImplementedError, BytesLengthException, struct.error) as err:
        log.info("a damaged file was passed over (%s)", type(err).__name__)
        raise disc_files.Refused(UNREADABLE) from None


def _read_file(path: Path, found: Scan) -> bytes:
    try:
        return disc_files.read(path, found.folder or path.parent)
    except (OSError, disc_files.Refused, disc_files.NotAFile):
        raise DeskError(translate("DeskError", "An image on the disc could not be read, so "
                                               "nothing was imported. Check that the disc is "
                                               "still in the drive and try again."),
                        kind="input") from None


def held_uids(conn: sa.Connection, sop_uids: Iterable[str]) -> set[str]:
    """Which of ``sop_uids`` are stored already."""
    return set(conn.execute(sa.select(image_instance.c.sop_uid).where(
        among(image_instance.c.sop_uid, sop_uids))).scalars())
