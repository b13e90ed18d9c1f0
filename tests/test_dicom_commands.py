"""``desk dicom import`` and ``desk dicom export``: a report line for each file and a failing
exit for a refused one; a study written back out as stored, and anonymised without the
patient's name, record number or birth date anywhere in its files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pydicom
import pytest
import sqlalchemy as sa

from desk.cli import main
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import audit, image_instance
from tests.viewer.discs import archibald_disc


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, str]:
    """A workspace with Archibald Doe (born 1 January 1950) and his record number."""
    path = tmp_path / "ws"
    with Workspace.create(path) as ws, ws.begin() as conn:
        p = patients.register(conn, Patient(family="Doe", given="Archibald",
                                            birth_date=date(1950, 1, 1)), SYSTEM)
    return path, p.mrn


def _dicom(ws: Path, *args: str) -> int:
    return main(["--workspace", str(ws), "dicom", *args])


def _study(ws_path: Path) -> str:
    with Workspace.open(ws_path) as ws, ws.begin() as conn:
        return conn.execute(sa.select(image_instance.c.study_uid).where(
            image_instance.c.modality == "CT")).scalars().first()


def test_import_reports_each_file_and_fails_for_a_refused_one(seeded, tmp_path, capsys) -> None:
    ws, mrn = seeded
    disc = archibald_disc(tmp_path / "disc")
    assert _dicom(ws, "import", str(disc), "--patient", mrn) == 1
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("imported: ") for line in lines) == 7
    assert any(line.startswith("refused: 77654033/CR1/BROKEN: its pixel data is shorter") for line in
               lines)
    assert not any("Archibald" in line or "Doe" in line for line in lines)
    assert _dicom(ws, "import", str(disc), "--patient", mrn) == 1
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("already there: ") for line in lines) == 7


def test_import_refuses_an_unknown_record_number_and_someone_else_s_disc(
        seeded, tmp_path, capsys) -> None:
    ws, _mrn = seeded
    disc = archibald_disc(tmp_path / "disc")
    assert _dicom(ws, "import", str(disc), "--patient", "NO-SUCH") == 2
    assert "No patient has the record number NO-SUCH" in capsys.readouterr().err
    with Workspace.open(ws) as opened, opened.begin() as conn:
        other = patients.register(conn, Patient(family="Smith", given="Ann"), SYSTEM)
    assert _dicom(ws, "import", str(disc), "--patient", other.mrn) == 2
    assert "of someone else" in capsys.readouterr().err


def test_a_study_exported_as_stored_reads_back_and_is_audited(seeded, tmp_path) -> None:
    ws, mrn = seeded
    _dicom(ws, "import", str(archibald_disc(tmp_path / "disc")), "--patient", mrn)
    study, out = _study(ws), tmp_path / "out"
    assert _dicom(ws, "export", study, str(out)) == 0
    files = sorted(out.iterdir())
    assert files and all(pydicom.dcmread(f).StudyInstanceUID == study for f in files)
    assert "Archibald" in str(pydicom.dcmread(files[0]).PatientName)
    with Workspace.open(ws) as opened, opened.begin() as conn:
        actions = conn.execute(sa.select(audit.c.action)).scalars().all()
    assert "images.export" in actions
    assert _dicom(ws, "export", study, str(out)) == 2  # not into a folder that has files


def test_an_anonymised_export_holds_no_name_id_or_birth_date(seeded, tmp_path) -> None:
    ws, mrn = seeded
    disc = archibald_disc(tmp_path / "disc")
    original = pydicom.dcmread(next(p for p in disc.rglob("*") if p.is_file() and
                                    p.parent.name.startswith("CT")))
    _dicom(ws, "import", str(disc), "--patient", mrn)
    study, out = _study(ws), tmp_path / "anon"
    assert _dicom(ws, "export", study, str(out), "--anonymise") == 0
    files = sorted(out.iterdir())
    secrets = [original.PatientID.encode(), original.PatientBirthDate.encode(),
               original.PatientName.family_name.encode(), b"Archibald"]
    for f in files:
        data = f.read_bytes()
        assert not [s for s in secrets if s and s in data], f.name
        ds = pydicom.dcmread(f)
        assert ds.PatientIdentityRemoved == "YES" and ds.StudyInstanceUID != study
    assert len({pydicom.dcmread(f).StudyInstanceUID for f in files}) == 1


def test_import_reads_each_file_of_the_disc_once(seeded, tmp_path, monkeypatch, capsys) -> None:
    from desk.viewer import disc_files

    ws, mrn = seeded
    disc = archibald_disc(tmp_path / "disc")
    reads: list[Path] = []
    real = disc_files.read

    def counted(path: Path, folder: Path) -> bytes:  # the real read, counted
        reads.append(path)
        return real(path, folder)

    monkeypatch.setattr(disc_files, "read", counted)
    assert _dicom(ws, "import", str(disc), "--patient", mrn) == 1
    assert len(reads) == len(set(reads)) == sum(1 for p in disc.rglob("*") if p.is_file())
    with Workspace.open(ws) as opened, opened.begin() as conn:
        assert len(conn.execute(sa.select(image_instance.c.id)).all()) == 7


def test_an_image_with_burned_in_text_stops_the_anonymised_export(seeded, tmp_path,
                                                                    capsys) -> None:
    from desk.storage.schema import patient
    from desk.viewer import headers, library
    from tests.viewer.crafted import ct, to_bytes

    ws, mrn = seeded
    plain, burned = ct(), ct(BurnedInAnnotation="YES", InstanceNumber=2)
    burned.StudyInstanceUID = plain.StudyInstanceUID
    with Workspace.open(ws) as opened, opened.begin() as conn:
        patient_id = conn.execute(sa.select(patient.c.id).where(patient.c.mrn == mrn)).scalar()
        for ds in (plain, burned):
            data = to_bytes(ds)
            library.add(conn, opened.blobs, patient_id, headers.describe(headers.parse(data)),
                        data)
    out = tmp_path / "anon"
    assert _dicom(ws, "export", plain.StudyInstanceUID, str(out), "--anonymise") == 2
    assert "burned into the picture" in capsys.readouterr().err
    assert list(out.iterdir()) == []
