"""The DICOM reader: a file on a patient's disc, and a stored image shown in the viewer.

Each input is one file. Import reads it as :func:`desk.viewer.library.scan` does (header:
:func:`~desk.viewer.library.owner_of`, :func:`~desk.viewer.headers.describe`); viewing goes
through :class:`desk.viewer.series.SeriesView` (:func:`~desk.viewer.headers.parse`, then
:func:`desk.viewer.pixels.frame_values` and the display chain) for the first frames.
Refusal: a file scan passes over or counts as damaged, and ``DeskError`` when shown.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from desk.errors import DeskError

REFUSED = (DeskError,)
INSTRUMENT = ("pydicom", "numpy")
FRAMES_SHOWN = 2


def prepare() -> Callable[[bytes], None]:
    from desk.viewer.library import SeriesImages, scan
    from desk.viewer.series import SeriesView

    folder = Path(tempfile.mkdtemp(prefix="desk-fuzz-dicom-"))
    disc_file = folder / "IM0001"

    def one(data: bytes) -> None:
        disc_file.write_bytes(data)
        found = scan(folder)
        assert found.images or found.damaged or found.other
        for image in found.images:
            assert isinstance(image.meta["sop_uid"], str)
            assert isinstance(image.owner.display_name, str)
        view = SeriesView(SeriesImages("1.2", 1, "fuzz", "CT", [data]))
        for index in range(min(len(view), FRAMES_SHOWN)):
            window = view.default_window(index)
            frame = view.frame(index, window)
            assert frame.dtype == np.uint8
            if window is not None:
                view.frame(index, window.moved(10, -20))
            view.spacing(index)

    return one


def _image(rows: int = 8, columns: int = 8, *, frames: int = 1, photometric: str = "MONOCHROME2",
           bits: int = 16, signed: bool = False) -> object:
    """A small image as desk's demo studies make one (desk.viewer.demo)."""
    from pydicom import Dataset
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import UID, ExplicitVRLittleEndian

    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = UID("1.2.840.10008.5.1.4.1.1.2")
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = \
        UID("1.2.826.0.1.3680043.8.498.1")
    ds.PatientName, ds.PatientID = "Fuzz^Test^M", "MRN-1"
    ds.PatientBirthDate, ds.PatientSex = "19800203", "F"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = "1.2.826.0.1.3680043.8.498.2", "1.2.3.4"
    ds.StudyDate, ds.StudyTime = "20240102", "101530.25"
    ds.StudyDescription, ds.SeriesDescription, ds.Modality = "Head", "Axial", "CT"
    ds.SeriesNumber, ds.InstanceNumber = 1, 1
    ds.ImagePositionPatient = [-115.0, -115.0, 12.5]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing = [0.5, 0.5]
    ds.Rows, ds.Columns = rows, columns
    colour = photometric == "RGB"
    ds.SamplesPerPixel = 3 if colour else 1
    ds.PhotometricInterpretation = photometric
    if colour:
        ds.PlanarConfiguration = 0
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits, bits if bits == 8 else 12, \
        7 if bits == 8 else 11
    ds.PixelRepresentation = 1 if signed else 0
    if frames > 1:
        ds.NumberOfFrames = frames
    shape = (frames, rows, columns, 3) if colour else (frames, rows, columns)
    values = (np.arange(np.prod(shape)) % (200 if bits == 8 else 4000)).reshape(shape)
    dtype = {8: "u1", 16: "<i2" if signed else "<u2"}[bits]
    if not colour and bits == 16:
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        ds.WindowCenter, ds.WindowWidth = [40, 400], [80, 1500]
    ds.PixelData = values.astype(dtype).tobytes()
    return ds


def _bytes(ds: object) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)  # type: ignore[attr-defined]
    return out.getvalue()


def seeds() -> dict[str, bytes]:
    from pydicom.uid import JPEGLSLossless, RLELossless

    out = {"ct-16bit.dcm": _bytes(_image()),
           "cine-3-frames.dcm": _bytes(_image(frames=3)),
           "monochrome1-8bit.dcm": _bytes(_image(photometric="MONOCHROME1", bits=8)),
           "rgb.dcm": _bytes(_image(photometric="RGB", bits=8)),
           "signed.dcm": _bytes(_image(signed=True))}
    voi = _image()
    del voi.WindowCenter, voi.WindowWidth  # type: ignore[attr-defined]
    from pydicom import Dataset

    lut = Dataset()
    lut.LUTDescriptor = [4, 0, 16]
    lut.add_new("LUTData", "US", [0, 1000, 3000, 4095])
    voi.VOILUTSequence = [lut]  # type: ignore[attr-defined]
    out["voi-lut.dcm"] = _bytes(voi)
    rle = _image(frames=2)
    rle.compress(RLELossless)  # type: ignore[attr-defined]
    out["rle-2-frames.dcm"] = _bytes(rle)
    jpegls = _image()
    jpegls.compress(JPEGLSLossless)  # type: ignore[attr-defined]
    out["jpegls.dcm"] = _bytes(jpegls)
    no_pixels = _image()
    del no_pixels.PixelData  # type: ignore[attr-defined]
    out["no-pixels.dcm"] = _bytes(no_pixels)
    return out
