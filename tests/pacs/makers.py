"""Test studies made with pydicom from its own CT_small.dcm: a few CT slices of one patient."""

from __future__ import annotations

import io

import numpy as np
from pydicom import dcmread
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid

ISSUER = "urn:oid:2.16.840.1.113883.4.999"


def ct_study(patient_id: str, *, family: str = "Doe", given: str = "Archibald",
             issuer: str = ISSUER, slices: int = 3, description: str = "CT HEAD",
             tiles: int = 1) -> tuple[str, list[bytes]]:
    """A CT study of ``slices`` images: its Study Instance UID and the files. Each slice is
    CT_small's 128 x 128 pixels, or ``tiles`` x ``tiles`` of them (4: a 512 x 512 slice,
    as a clinic's CT has)."""
    template = dcmread(get_testdata_file("CT_small.dcm"))
    if tiles > 1:
        pixels = np.tile(template.pixel_array, (tiles, tiles))
        template.Rows, template.Columns = pixels.shape
        template.PixelData = pixels.tobytes()
    study_uid, series_uid = generate_uid(), generate_uid()
    files = []
    for n in range(1, slices + 1):
        ds = template.copy()
        ds.PatientID = patient_id
        ds.IssuerOfPatientID = issuer
        ds.PatientName = f"{family}^{given}"
        ds.StudyInstanceUID = study_uid
        ds.SeriesInstanceUID = series_uid
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.StudyDescription = description
        ds.StudyDate = "20260301"
        ds.SeriesNumber = 1
        ds.InstanceNumber = n
        ds.ImagePositionPatient = [0.0, 0.0, float(n) * 5]
        out = io.BytesIO()
        ds.save_as(out, enforce_file_format=True)
        files.append(out.getvalue())
    return study_uid, files
