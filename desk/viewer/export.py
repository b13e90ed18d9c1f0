"""A stored study written out as DICOM files, as stored or anonymised.

:func:`export_study` writes each image of a study into a new (or empty) folder, one file an
image named by its place in the study (``IMG00001.dcm``...), in series and slice order. As
stored, the files are the bytes that were imported. Anonymised, each is a copy made by one
:class:`~desk.viewer.anonymise.Anonymiser` (DICOM PS3.15 Basic Application Level
Confidentiality Profile, no options), so the copies of one study still belong together. An
image that may show identity in its pixels (Burned In Annotation YES) stops the anonymised
export, and the files already written are removed. Every export is audited in the caller's
transaction.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Actor, audit
from desk.storage.blobs import BlobStore
from desk.storage.schema import image_instance
from desk.viewer import headers
from desk.viewer.anonymise import Anonymiser
from desk.words import translate


@dataclass(frozen=True, slots=True)
class Exported:
    files: int
    anonymised: bool


def export_study(conn: sa.Connection, blobs: BlobStore, study_uid: str, out: Path,
                 actor: Actor, *, anonymise: bool = False) -> Exported:
    """Write the images of ``study_uid`` into ``out``; anonymised when ``anonymise``."""
    rows = conn.execute(sa.select(image_instance.c.blob_id, image_instance.c.patient_id)
                        .where(image_instance.c.study_uid == study_uid).order_by(
        image_instance.c.series_number, image_instance.c.series_uid,
        image_instance.c.instance_number, image_instance.c.slice_position)).all()
    if not rows:
        raise DeskError(translate("DeskError", "No study with this Study Instance UID is on "
                                               "this computer."), kind="input")
    _ready(out)
    anonymiser = Anonymiser() if anonymise else None
    written: list[Path] = []
    try:
        for number, row in enumerate(rows, 1):
            data = blobs.get(conn, row.blob_id)
            path = out / f"IMG{number:05d}.dcm"
            path.write_bytes(data if anonymiser is None else _anonymised(data, anonymiser))
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    action = "images.export.anonymised" if anonymise else "images.export"
    audit.record(conn, actor, action, "Patient", rows[0].patient_id)
    return Exported(len(written), anonymise)


def _anonymised(data: bytes, anonymiser: Anonymiser) -> bytes:
    ds = anonymiser.apply(headers.parse(data))
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def _ready(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise DeskError(translate("DeskError", "The folder {out} is not empty; choose a new "
                                               "or empty folder.").format(out=out),
                        kind="input")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DeskError(translate("DeskError", "The folder {out} could not be made ({strerror}).")
                        .format(out=out, strerror=err.strerror),
                        kind="input") from None
