"""desk's own words on what it prints: a label in the staff's language, a check-in slip in
the patient's (the hand-off's), a form's PDF in the form's."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from desk import words
from desk.frontdesk.labels import patient_label, wristband
from desk.frontdesk.model import Patient
from desk.frontdesk.slip import checkin_slip

HELENE = Patient(family="Lefèvre", given="Hélène", birth_date=date(1984, 3, 9), sex="female",
                 mrn="KQT000123")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True)
    return " ".join(done.stdout.split())


@pytest.fixture
def staff_in_french():
    words.set_language("fr")
    yield
    words.set_language("en")


@pytest.mark.parametrize("make", [patient_label, wristband])
def test_a_label_printed_by_french_staff_reads_in_french(staff_in_french, make,
                                                         tmp_path) -> None:
    text = _text(make(HELENE), tmp_path)
    for expected in ("Naissance 09 mars 1984", "Sexe Féminin", "Dossier KQT000123"):
        assert expected in text
    assert "DOB" not in text and "Female" not in text


def test_the_label_reads_in_english_again(tmp_path) -> None:
    assert "DOB 09 Mar 1984" in _text(patient_label(HELENE), tmp_path)


def test_the_slip_is_in_the_patient_s_language_whatever_the_staff_s(staff_in_french,
                                                                    tmp_path) -> None:
    pdf = checkin_slip("482913", clinic_name="Clinique du Parc",
                       appointment_start=datetime(2026, 12, 7, 9, 30),
                       titles=["Cuestionario de salud"], language="es")
    text = _text(pdf, tmp_path)
    assert "Su código de registro" in text
    assert "Cita: 07/12/2026 09:30" in text
    assert "Formularios para completar:" in text
    assert "Votre code" not in text
