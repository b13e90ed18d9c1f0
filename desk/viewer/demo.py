"""Demo images: synthetic head CT and brain MR studies made from a 3-D Shepp–Logan phantom.

Some patients on the demo day get one study each, stored as a disc import would store it and
listed in their history beside the clinic server's record of the same study, so the viewer
has something to show without a PACS. Nothing here is a real patient's image.
"""

from __future__ import annotations

import io
import json
import math
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import numpy as np
import sqlalchemy as sa
from pydicom import Dataset
from pydicom.dataset import FileMetaDataset
from pydicom.uid import UID, ExplicitVRLittleEndian, generate_uid

from desk.frontdesk import patients, schedule
from desk.frontdesk.history import occurred
from desk.frontdesk.model import Patient
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.schema import history_resource
from desk.viewer import headers, library

CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
MR_STORAGE = "1.2.840.10008.5.1.4.1.1.4"

# (value, semi-axes a b c, centre x y z, rotation about z in degrees): Kak & Slaney's head
# phantom in 3-D with Toft's contrasts, plus a scalp around the skull.
ELLIPSOIDS = (
    (0.5, (0.72, 0.95, 0.84), (0, 0, 0), 0),
    (0.5, (0.69, 0.92, 0.81), (0, 0, 0), 0),
    (-0.8, (0.6624, 0.874, 0.78), (0, -0.0184, 0), 0),
    (-0.15, (0.11, 0.31, 0.22), (0.22, 0, 0), -18),
    (-0.15, (0.16, 0.41, 0.28), (-0.22, 0, 0), 18),
    (0.1, (0.21, 0.25, 0.41), (0, 0.35, -0.15), 0),
    (0.1, (0.046, 0.046, 0.05), (0, 0.1, 0.25), 0),
    (0.1, (0.046, 0.046, 0.05), (0, -0.1, 0.25), 0),
    (0.1, (0.046, 0.023, 0.05), (-0.08, -0.605, 0), 0),
    (0.1, (0.023, 0.023, 0.02), (0, -0.606, 0), 0),
    (0.1, (0.023, 0.046, 0.02), (0.06, -0.605, 0), 0),
)
# phantom value → tissue (the nearest); and each tissue's CT number (HU) and MR signal
TISSUES = {"scalp": 0.5, "bone": 1.0, "brain": 0.2, "csf": 0.05, "lesion": 0.3}
CONTRAST = {"CT": {"air": -1000, "scalp": 30, "bone": 1100, "brain": 36, "csf": 6,
                   "lesion": 58},
            "T1": {"air": 0, "scalp": 900, "bone": 60, "brain": 520, "csf": 140, "lesion": 640},
            "T2": {"air": 0, "scalp": 520, "bone": 60, "brain": 430, "csf": 1250,
                   "lesion": 820}}
STUDIES = (("CT", "Head CT", (("Axial head", "CT"),)),
           ("MR", "Brain MRI", (("Axial T1", "T1"), ("Axial T2", "T2"))))


def add(conn: sa.Connection, blobs: BlobStore, day: date, *, seed: int = 11,
        count: int = 6) -> int:
    """Give up to ``count`` patients booked on ``day`` an imaging study kept on this
    computer; returns how many studies were made."""
    rng = random.Random(seed)
    booked = list(dict.fromkeys(a.patient_id for a in schedule.day(conn, day)))
    picked = sorted(rng.sample(booked, min(count, len(booked))), key=booked.index)
    chosen = patients.get_many(conn, picked)
    for n, p in enumerate(chosen[i] for i in picked):
        modality, title, series = STUDIES[n % len(STUDIES)]
        when = datetime.combine(day - timedelta(days=rng.randint(20, 700)), time(10, 30))
        study_uid = generate_uid(entropy_srcs=[str(rng.getrandbits(64))])
        images = 0
        for number, (label, contrast) in enumerate(series, start=1):
            for ds in study_images(p, modality, title, label, contrast, when, number,
                                   study_uid):
                library.add(conn, blobs, p.id, headers.describe(ds), _bytes(ds))
                images += 1
        _record_study(conn, p, modality, title, when, study_uid, len(series), images)
    return len(chosen)


def phantom_slice(z: float, size: int) -> np.ndarray:
    """The phantom's values on the plane at height ``z`` (−1..1), ``size`` × ``size``."""
    axis = np.linspace(-1, 1, size, dtype=np.float32)
    x, y = np.meshgrid(axis, -axis)
    out = np.zeros((size, size), dtype=np.float32)
    for value, (a, b, c), (x0, y0, z0), degrees in ELLIPSOIDS:
        dz = (z - z0) / c
        if abs(dz) >= 1:
            continue
        t = math.radians(degrees)
        u = (x - x0) * math.cos(t) + (y - y0) * math.sin(t)
        v = -(x - x0) * math.sin(t) + (y - y0) * math.cos(t)
        out += value * ((u / a) ** 2 + (v / b) ** 2 <= 1 - dz * dz)
    return out


def tissue_values(phantom: np.ndarray, contrast: str, rng: np.random.Generator) -> np.ndarray:
    """Phantom values as ``contrast``'s intensities, with a little scanner noise."""
    levels = np.array(list(TISSUES.values()), dtype=np.float32)
    nearest = np.abs(phantom[..., None] - levels).argmin(axis=-1)
    table = np.array([CONTRAST[contrast][t] for t in TISSUES], dtype=np.float32)
    inside = phantom > 0.01
    out = np.where(inside, table[nearest], CONTRAST[contrast]["air"]).astype(np.float32)
    noise = rng.normal(0, 3 if contrast == "CT" else 18, phantom.shape)
    return out + noise * inside


def study_images(p: Patient, modality: str, title: str, label: str, contrast: str,
                 when: datetime, number: int, study_uid: str, *, size: int = 256,
                 slices: int = 24) -> Iterator[Dataset]:
    """One series of a synthetic study of ``p``, slice by slice from the crown down."""
    noise = np.random.default_rng(number)
    series_uid = generate_uid(entropy_srcs=[study_uid, str(number)])
    thickness = 5.0
    for n in range(slices):
        z = 0.7 - 1.4 * n / max(slices - 1, 1)
        values = tissue_values(phantom_slice(z, size), contrast, noise)
        ds = _header(p, modality, title, label, when, study_uid, series_uid, number)
        ds.SOPInstanceUID = generate_uid(entropy_srcs=[series_uid, str(n)])
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = n + 1
        ds.ImagePositionPatient = [-115.0, -115.0, round(z * 90, 2)]
        ds.SliceLocation = round(z * 90, 2)
        ds.SliceThickness = thickness
        ds.PixelSpacing = [round(230 / size, 4)] * 2
        _pixels(ds, values, modality)
        yield ds


def _header(p: Patient, modality: str, title: str, label: str, when: datetime,
            study_uid: str, series_uid: str, number: int) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = \
        UID(CT_STORAGE if modality == "CT" else MR_STORAGE)
    ds.PatientName = f"{p.family}^{p.given}"
    ds.PatientID = p.mrn
    ds.PatientBirthDate = p.birth_date.strftime("%Y%m%d") if p.birth_date else ""
    ds.PatientSex = {"female": "F", "male": "M"}.get(p.sex, "O")
    ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
    ds.StudyDate, ds.StudyTime = when.strftime("%Y%m%d"), when.strftime("%H%M%S")
    ds.StudyDescription, ds.SeriesDescription = title, label
    ds.Modality, ds.SeriesNumber, ds.BodyPartExamined = modality, number, "HEAD"
    ds.InstitutionName = "Clinique du Parc (demo)"
    ds.Manufacturer = "desk demo: synthetic phantom, not a patient image"
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.FrameOfReferenceUID = generate_uid(entropy_srcs=[study_uid, "frame"])
    return ds


def _pixels(ds: Dataset, values: np.ndarray, modality: str) -> None:
    ds.Rows, ds.Columns = values.shape
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    if modality == "CT":
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        stored = values + 1024
        ds.WindowCenter, ds.WindowWidth = 40, 80
    else:
        stored = values
        ds.WindowCenter, ds.WindowWidth = 600, 1400
    ds.PixelData = np.clip(stored, 0, 4095).astype("<u2").tobytes()


def _bytes(ds: Dataset) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def _record_study(conn: sa.Connection, p: Patient, modality: str, title: str,
                  when: datetime, study_uid: str, series: int, images: int) -> None:
    """The server's record of the study, as sync would have pulled it."""
    res = {"resourceType": "ImagingStudy", "id": f"demo-{study_uid.rsplit('.', 1)[-1]}",
           "meta": {"versionId": "1"}, "status": "available",
           "identifier": [{"system": "urn:dicom:uid", "value": f"urn:oid:{study_uid}"}],
           "subject": {"reference": f"Patient/{p.id}"},
           "started": when.astimezone().isoformat(), "description": title,
           "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM",
                         "code": modality}],
           "numberOfSeries": series, "numberOfInstances": images}
    conn.execute(history_resource.insert().values(
        resource_type="ImagingStudy", server_id=res["id"], patient_id=p.id, version="1",
        occurred=occurred(res), resource_json=json.dumps(res), pulled_at=stamp()))
