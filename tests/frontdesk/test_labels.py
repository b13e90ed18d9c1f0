"""Labels and wristbands: the right page size, readable text that stays on the label, and a
barcode that scans back to the MRN."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from html import unescape

import pypdfium2 as pdfium
import pytest
from PIL import Image

from desk.errors import DeskError
from desk.frontdesk.labels import LABEL_MM, MM, WRISTBAND_MM, patient_label, wristband
from desk.frontdesk.model import Patient
from tests.support.barcode import barcodes_in

HELENE = Patient(family="Lefèvre-Nguyễn", given="Hélène", birth_date=date(1984, 3, 9),
                 sex="female", mrn="KQT000123")
VERY_LONG = Patient(family="Wolfeschlegelsteinhausenbergerdorff-Ramírez de la Santísima "
                           "Trinidad y Borbón", given="Maximiliano Alejandro José María",
                    birth_date=date(1950, 1, 2), sex="male", mrn="KQT004711")


def _pages(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[n].get_size() for n in range(len(document))]
    finally:
        document.close()


def _words(pdf: bytes, tmp_path) -> list[tuple[str, float, float, float, float]]:
    """Each word on the first page with its box (x min, y min, x max, y max) in points."""
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, check=True, text=True).stdout
    return [(unescape(m[4]), *map(float, m[:4])) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]


def _scanned(pdf: bytes, tmp_path, *, along: tuple[float, float] | None = None) -> set[str]:
    """Barcodes read off the first page; ``along`` (mm from the band's start) turns the
    page on its side and reads only that stretch of a wristband."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "scan")], check=True)
    page = Image.open(next(tmp_path.glob("scan*.png"))).convert("L")
    if along is None:
        return barcodes_in(page)
    dots = page.size[1] / WRISTBAND_MM[1]  # the band starts at the foot of the page
    stretch = page.crop((0, round(page.size[1] - along[1] * dots), page.size[0],
                         round(page.size[1] - along[0] * dots)))
    return barcodes_in(stretch.rotate(-90, expand=True))


def test_a_label_is_89_by_36_mm_one_page_per_copy() -> None:
    pages = _pages(patient_label(HELENE, copies=3))
    assert len(pages) == 3
    for width, height in pages:
        assert width == pytest.approx(LABEL_MM[0] * MM, abs=0.5)
        assert height == pytest.approx(LABEL_MM[1] * MM, abs=0.5)


def test_a_wristband_is_one_long_narrow_page() -> None:
    [(width, height)] = _pages(wristband(HELENE))
    assert (width / MM, height / MM) == (pytest.approx(WRISTBAND_MM[0], abs=0.2),
                                         pytest.approx(WRISTBAND_MM[1], abs=0.2))


@pytest.mark.parametrize("make", [patient_label, wristband])
def test_name_birth_date_sex_and_mrn_print_with_their_accents(make, tmp_path) -> None:
    text = " ".join(w[0] for w in _words(make(HELENE), tmp_path))
    for expected in ("LEFÈVRE-NGUYỄN,", "Hélène", "09 Mar 1984", "Female", "KQT000123"):
        assert expected in text, expected


def test_the_label_barcode_scans_as_the_mrn(tmp_path) -> None:
    assert _scanned(patient_label(HELENE), tmp_path) == {"KQT000123"}


def test_the_wristband_barcode_runs_along_the_band_and_scans_as_the_mrn(tmp_path) -> None:
    assert _scanned(wristband(HELENE), tmp_path, along=(140, 205)) == {"KQT000123"}
    assert _scanned(wristband(HELENE), tmp_path, along=(0, 140)) == set()  # text, no code


@pytest.mark.parametrize(("make", "size"), [(patient_label, LABEL_MM), (wristband, WRISTBAND_MM)])
def test_a_very_long_name_stays_on_the_label(make, size, tmp_path) -> None:
    words = _words(make(VERY_LONG), tmp_path)
    width, height = size[0] * MM, size[1] * MM
    for word, x0, y0, x1, y1 in words:
        assert x0 > 0 and x1 < width and y0 > 0 and y1 < height, word
    text = " ".join(w[0] for w in words)
    assert "WOLFESCHLEGELSTEINHAUSENBERGERDORFF-RAMÍREZ" in text  # wrapped, not cut mid-word
    assert "KQT004711" in text and "02 Jan 1950" in text


def test_a_long_name_is_shrunk_before_it_is_wrapped(tmp_path) -> None:
    medium = Patient(family="Papadopoulou-Christodoulopoulou", given="Anastasia",
                     birth_date=date(1990, 6, 1), sex="female", mrn="KQT000200")
    short_words = _words(patient_label(HELENE), tmp_path)
    medium_words = _words(patient_label(medium), tmp_path)

    def name_lines(words):
        return {round(y0) for word, _x0, y0, _x1, _y1 in words if y0 < 12 * MM}

    def name_height(words):
        return max(y1 - y0 for word, _x0, y0, _x1, y1 in words if y0 < 12 * MM)

    assert len(name_lines(medium_words)) == 1  # still one line, set smaller
    assert name_height(medium_words) < name_height(short_words)


def test_an_mrn_code_128_cannot_hold_prints_as_text_only(tmp_path) -> None:
    odd = Patient(family="Ng", given="Ana", mrn="ÅB-12")
    pdf = patient_label(odd)
    assert "ÅB-12" in " ".join(w[0] for w in _words(pdf, tmp_path))
    assert _scanned(pdf, tmp_path) == set()


def test_asking_for_too_many_copies_is_refused_in_plain_words() -> None:
    with pytest.raises(DeskError, match="between 1 and 50 labels"):
        patient_label(HELENE, copies=0)
