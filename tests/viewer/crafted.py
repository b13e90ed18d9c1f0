"""Hostile and odd DICOM files, made in the test from the files pydicom ships: headers that
claim more than their files hold, sequences nested too deeply, render steps that fail on the
image's own values, files without a preamble."""

from __future__ import annotations

import struct

import pydicom
from pydicom import Dataset
from pydicom.data import get_testdata_file
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, RLELossless, generate_uid


def ct(**changes: object) -> Dataset:
    """CT_small.dcm (128 × 128, 16-bit) as a new image of its own."""
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    for keyword, value in changes.items():
        setattr(ds, keyword, value)
    return ds


def shipped(name: str) -> Dataset:
    return pydicom.dcmread(get_testdata_file(name))


def to_bytes(ds: Dataset) -> bytes:
    out = DicomBytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def bare(ds: Dataset) -> bytes:
    """The dataset alone, implicit VR little endian: no preamble, no "DICM", no file meta
    (as ACR-NEMA era equipment and some disc writers leave them)."""
    out = DicomBytesIO()
    out.is_little_endian, out.is_implicit_VR = True, True
    write_dataset(out, ds)
    return out.getvalue()


def compressed(**claims: object) -> bytes:
    """An RLE image of one real frame whose header then claims ``claims`` (NumberOfFrames,
    Rows, Columns)."""
    ds = ct()
    ds.compress(RLELossless)
    for keyword, value in claims.items():
        setattr(ds, keyword, value)
    return to_bytes(ds)


def short_lut(sequence: str) -> bytes:
    """An image whose VOI or modality LUT claims 4096 entries and holds 3."""
    item = Dataset()
    item.LUTDescriptor = [4096, 0, 16]
    item.LUTData = struct.pack("<3H", 1, 2, 3)
    item.ModalityLUTType = "HU"
    ds = ct()
    setattr(ds, sequence, Sequence([item]))
    return to_bytes(ds)


def nested(depth: int) -> bytes:
    """An image with a sequence nested ``depth`` items deep before its pixel data."""
    ds = ct()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    pixels = ds.PixelData
    del ds.PixelData
    opening = struct.pack("<HH2sHI", 0x0040, 0xA730, b"SQ", 0, 0xFFFFFFFF) + \
        struct.pack("<HHI", 0xFFFE, 0xE000, 0xFFFFFFFF)
    closing = struct.pack("<HHI", 0xFFFE, 0xE00D, 0) + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    pixel_element = struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, len(pixels)) + pixels
    return to_bytes(ds) + opening * depth + closing * depth + pixel_element


def j2k_codestream_larger(rows: int, columns: int) -> bytes:
    """MR_small as JPEG 2000 (64 × 64 in its header), its codestream's SIZ marker saying
    ``rows`` × ``columns``: a decoder sizes its memory by the codestream."""
    from pydicom.encaps import encapsulate, generate_frames

    ds = shipped("MR_small_jp2klossless.dcm")
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    frame = bytearray(next(generate_frames(ds.PixelData, number_of_frames=1)))
    frame[8:16] = struct.pack(">II", columns, rows)  # Xsiz, Ysiz
    frame[24:32] = struct.pack(">II", columns, rows)  # one tile of that size
    ds.PixelData = encapsulate([bytes(frame)])
    return to_bytes(ds)
