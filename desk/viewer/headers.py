"""Reading a DICOM image's header: its dataset from bytes (also a file without the
preamble that dcmtk accepts), the index row it fills, and the words for a damaged one.

pydicom is imported inside the functions, so listing studies costs nothing at start-up.
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.viewer.checks import frame_count
from desk.viewer.quick_header import WANTED, Header, quick_header
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset

log = logging.getLogger(__name__)


def damaged() -> str:
    """What staff read for an image that cannot be shown because it is damaged."""
    return translate("DeskError", "This image is damaged and cannot be shown.")


def parse(data: bytes) -> Dataset:
    """One stored image's dataset, every element read (pixel data decoded later, frame by
    frame)."""
    with readable():
        return read_dataset(data)


def header(data: bytes) -> Dataset:
    """One image's dataset with each element read when first used: enough to check and
    index it at a fraction of :func:`parse`'s cost (the viewer parses it before showing
    it). Use its elements inside :func:`readable`."""
    with readable():
        return read_dataset(data, every_element=False)


INDEXED = (*WANTED.values(), "PixelData")
"""The elements :func:`describe` and an owner check read, and the pixels' presence."""


def index_header(data: bytes) -> Dataset | Header:
    """One image's dataset with only the elements of :data:`INDEXED`: what a retrieved
    image's check and index row need. Most files are read by :func:`quick_header`, far
    faster than by pydicom; the rest by pydicom, whose elements are used inside
    :func:`readable`."""
    quick = quick_header(data)
    if quick is not None:
        return quick
    with readable():
        return read_dataset(data, every_element=False, only=INDEXED)


@contextmanager
def readable() -> Iterator[None]:
    """Inside, an image whose elements cannot be read raises ``DeskError`` (:func:`damaged`)."""
    from pydicom.errors import BytesLengthException, InvalidDicomError

    try:
        yield
    except (InvalidDicomError, ValueError, EOFError, OSError, KeyError, TypeError,
            AttributeError, IndexError, NotImplementedError, BytesLengthException,
            struct.error, RecursionError, MemoryError) as err:
        log.warning("a stored image could not be read (%s)", type(err).__name__)
        raise DeskError(damaged(), kind="input") from None


def describe(ds: Dataset | Header) -> dict[str, Any]:
    """The ``image_instance`` columns a dataset fills (what the study list and order need)."""
    position = ds.get("ImagePositionPatient")
    orientation = ds.get("ImageOrientationPatient")
    return {
        "sop_uid": str(ds.SOPInstanceUID), "study_uid": str(ds.StudyInstanceUID),
        "series_uid": str(ds.SeriesInstanceUID),
        "study_date": _when(ds.get("StudyDate", ""), ds.get("StudyTime", "")),
        "study_description": str(ds.get("StudyDescription", "")),
        "series_description": str(ds.get("SeriesDescription", "")),
        "modality": str(ds.get("Modality", "")),
        "series_number": _int(ds.get("SeriesNumber")),
        "instance_number": _int(ds.get("InstanceNumber")),
        "slice_position": _along_normal(position, orientation),
        "frames": frame_count(ds),
    }


def read_dataset(data: bytes, *, every_element: bool = True,
                 only: Sequence[str] | None = None) -> Dataset:
    """The dataset of a file's bytes, every element read now unless ``every_element`` is
    False: pydicom reads one when it is first used, and a damaged one (a value
    representation that does not exist, a length that does not fit it) would otherwise
    fail wherever that happens to be. ``only``: the keywords of the elements to keep."""
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError

    try:
        ds: Dataset = dcmread(io.BytesIO(data), specific_tags=list(only) if only else None)
    except InvalidDicomError:
        if not _starts_like_dicom(data):
            raise
        ds = _read_without_preamble(data, only)
    if every_element:
        ds.walk(lambda _ds, _element: None)
    return ds


def _starts_like_dicom(data: bytes) -> bool:
    """Whether a file without the 128-byte preamble and "DICM" begins as dcmtk accepts: with
    an element of the file meta (group 0002) or identifying (group 0008) group, in either
    byte order."""
    if len(data) < 8:
        return False
    little, big = struct.unpack("<H", data[:2])[0], struct.unpack(">H", data[:2])[0]
    return little in (0x0002, 0x0008) or big in (0x0002, 0x0008)


def _read_without_preamble(data: bytes, only: Sequence[str] | None) -> Dataset:
    """A dataset without preamble, read by force; the transfer syntax it was found in is
    recorded when the file meta does not say, so its pixels can be decoded."""
    from pydicom import dcmread
    from pydicom.uid import (
        ExplicitVRBigEndian,
        ExplicitVRLittleEndian,
        ImplicitVRLittleEndian,
    )

    ds = dcmread(io.BytesIO(data), force=True,
                 specific_tags=list(only) if only else None)
    if "TransferSyntaxUID" not in ds.file_meta:
        implicit, little = ds.original_encoding
        ds.file_meta.TransferSyntaxUID = (
            ImplicitVRLittleEndian if implicit else
            ExplicitVRLittleEndian if little else ExplicitVRBigEndian)
    return ds


def _when(day: Any, time_of_day: Any) -> str | None:
    parsed = dicom_date(str(day))
    if parsed is None:
        return None
    digits = "".join(c for c in str(time_of_day).split(".")[0] if c.isdigit())[:6]
    if len(digits) < 4:
        return parsed.isoformat()
    digits = digits.ljust(6, "0")
    return f"{parsed.isoformat()}T{digits[:2]}:{digits[2:4]}:{digits[4:]}"


def dicom_date(text: str) -> date | None:
    digits = text.strip().replace("-", "").replace(".", "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])) \
            if len(digits) == 8 else None
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


def _along_normal(position: Any, orientation: Any) -> float | None:
    """A slice's position along its normal, to order a series by where the slices lie."""
    try:
        x = [float(v) for v in position]
        r = [float(v) for v in orientation]
    except (TypeError, ValueError):
        return None
    if len(x) != 3 or len(r) != 6:
        return None
    normal = (r[1] * r[5] - r[2] * r[4], r[2] * r[3] - r[0] * r[5], r[0] * r[4] - r[1] * r[3])
    return sum(a * b for a, b in zip(normal, x, strict=True))
