"""A retrieved image's header read without pydicom gives what pydicom gives, or leaves the
file to pydicom: over every test file pydicom ships (its character set files included) and
files made to be read otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pydicom.data
import pytest
from pydicom import dcmread

from desk.errors import DeskError
from desk.viewer import headers
from desk.viewer.quick_header import quick_header
from tests.pacs.makers import ct_study

FILES = sorted(path for path in set(pydicom.data.get_testdata_files()
                                    + pydicom.data.get_charset_files()) if Path(path).is_file())


def _row(ds) -> object:
    """What a retrieve takes from a header: its index row, whether it has pixels, and
    whose it is; or that it is damaged."""
    try:
        with headers.readable():
            return (headers.describe(ds), "PixelData" in ds, str(ds.get("PatientID", "")),
                    str(ds.get("IssuerOfPatientID", "")))
    except DeskError:
        return "damaged"


def _pydicom_row(data: bytes) -> object:
    try:
        ds = headers.read_dataset(data, every_element=False, only=headers.INDEXED)
    except Exception:  # noqa: BLE001 - whatever pydicom refuses, desk calls damaged
        return "damaged"
    return _row(ds)


def test_every_file_read_quickly_reads_as_pydicom_reads_it() -> None:
    quick = 0
    for path in FILES:
        data = Path(path).read_bytes()
        found = quick_header(data)
        if found is None:
            continue
        quick += 1
        assert _row(found) == _pydicom_row(data), Path(path).name
    assert quick > len(FILES) // 2  # most files, not a few


def _saved(ds) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def test_text_in_latin_1_or_utf_8_reads_as_the_file_says() -> None:
    _uid, [data] = ct_study("MRN-1", slices=1)
    for charset in ("ISO_IR 100", "ISO_IR 192"):
        ds = dcmread(io.BytesIO(data))
        ds.SpecificCharacterSet = charset
        ds.StudyDescription = "Schädel nativ"
        ds.PatientID = "Ñ-42"
        found = quick_header(_saved(ds))
        assert found is not None
        assert (found.StudyDescription, found.PatientID) == ("Schädel nativ", "Ñ-42")


@pytest.mark.parametrize("change", ["big endian", "no preamble", "iso 2022", "cut short"])
def test_a_file_read_otherwise_is_left_to_pydicom(change: str) -> None:
    _uid, [data] = ct_study("MRN-1", slices=1)
    ds = dcmread(io.BytesIO(data))
    if change == "big endian":
        data = Path(pydicom.data.get_testdata_file("MR_small_bigendian.dcm")).read_bytes()
    elif change == "no preamble":
        data = data[132:]
    elif change == "iso 2022":
        ds.SpecificCharacterSet = ["ISO 2022 IR 6", "ISO 2022 IR 87"]
        data = _saved(ds)
    else:  # the pixels cut short (CT_small's padding after them gone): pydicom says damaged
        del ds[0xFFFCFFFC]
        data = _saved(ds)[:-100]
    assert quick_header(data) is None
