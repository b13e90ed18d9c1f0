"""The printed form and the form author's command line."""

from __future__ import annotations

import argparse
import io
import json
import subprocess

from PIL import Image, ImageDraw

from desk.forms import Form, attachment, bundled_forms
from desk.forms.commands import register
from desk.forms.pdf import Clinic, PatientHeader, render_pdf
from tests.support.barcode import decode_code128

from .helpers import corpus_dir

CLINIC = Clinic("Clinique du Parc", ("12 rue des Tilleuls", "69003 Lyon"))
PATIENT = PatientHeader("Hélène Lefèvre-Nguyễn", "1984-03-09", "MRN-004217")


def _signature_png() -> bytes:
    image = Image.new("RGB", (300, 90), "white")
    ImageDraw.Draw(image).line([(10, 50), (60, 20), (120, 70), (200, 30), (290, 50)],
                               fill="navy", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


def _phq9() -> Form:
    form = Form.load(bundled_forms()["phq-9"], language="fr")
    for number in range(1, 10):
        form.set_answer(f"phq9-q{number}", "LA6570-1" if number < 6 else "LA6568-5")
    form.set_answer("phq9-difficulty", "LA6573-5")
    return form


def test_pdf_holds_header_questions_answers_score_and_band(tmp_path) -> None:
    out = tmp_path / "phq9.pdf"
    render_pdf(_phq9(), clinic=CLINIC, patient=PATIENT, out=out, authored="2026-11-23T10:00:00Z")
    text = _text(out)
    for expected in ("Clinique du Parc", "69003 Lyon", "Hélène Lefèvre-Nguyễn", "9 mars 1984",
                     "MRN-004217", "Questionnaire sur la santé du patient (PHQ-9)",
                     "Peu d'intérêt ou de plaisir à faire les choses",
                     "Plus de la moitié du temps", "Score total", "10", "Dépression modérée",
                     "Assez difficile", "23 novembre 2026", "Page 1 sur 1"):
        assert expected in text, expected
    assert "Merci. Signalez" not in text  # the item-9 alert is disabled, so not printed


def test_pdf_has_a_code128_barcode_of_the_identifier(tmp_path) -> None:
    out = tmp_path / "phq9.pdf"
    render_pdf(_phq9(), clinic=CLINIC, patient=PATIENT, out=out)
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = page.size
    region = page.crop((width // 2, 0, width, height // 6))
    decoded = {decode_code128(region, y) for y in range(0, region.size[1], 3)}
    assert "MRN-004217" in decoded


def test_pdf_of_consent_draws_the_signature_and_counts_pages(tmp_path) -> None:
    form = Form.load(bundled_forms()["consent"], language="es")
    form.set_answer("agree", True)
    form.set_answer("signer-name", "José Núñez")
    form.set_answer("signer-role", "self")
    form.set_answer("signature", attachment(_signature_png(), title="firma.png"))
    out = tmp_path / "consent.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) == 1 and " 300    90 " in images[0]
    assert "Página 1 de 1" in _text(out)


def test_long_form_numbers_every_page(tmp_path) -> None:
    form = Form.load(bundled_forms()["medical-history"])
    first = form.find("medications")[0]
    for number in range(25):
        node = first if number == 0 else form.add_instance(form.find("medications")[-1])
        form.set_answer(node.children[0], f"Médicament numéro {number + 1}")
    out = tmp_path / "history.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    pages = text.count("\f")
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert "Médicament numéro 25" in text


def _cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="desk")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


def test_cli_check_reports_ok_and_problems(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"resourceType": "Questionnaire", "item": [
        {"linkId": "a", "type": "string"}, {"linkId": "a", "type": "string"}]}))
    good = corpus_dir() / "rkof__gad-7.json"
    assert _cli("form", "check", str(good)) == 0
    assert capsys.readouterr().out == f"{good}: OK\n"
    assert _cli("form", "check", str(good), str(bad)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{good}: OK", f"{bad}: item a: linkId is used by more than one item"]


def test_cli_pdf_renders_a_stored_response(tmp_path, capsys) -> None:
    form = _phq9()
    response = tmp_path / "response.json"
    response.write_text(json.dumps(form.to_response(subject={
        "reference": "Patient/1", "display": "Ana Díaz",
        "identifier": {"value": "MRN-77"}})))
    patient = tmp_path / "patient.json"
    patient.write_text(json.dumps({"resourceType": "Patient", "birthDate": "1990-01-02",
                                   "name": [{"given": ["Ana"], "family": "Díaz"}],
                                   "identifier": [{"value": "MRN-77"}]}))
    out = tmp_path / "out.pdf"
    assert _cli("form", "pdf", str(bundled_forms()["phq-9"]), str(response), str(out),
                "--patient-json", str(patient), "--clinic", "Centro Salud") == 0
    text = _text(out)
    assert "Ana Díaz" in text and "2 janvier 1990" in text and "Centro Salud" in text
    assert "Dépression modérée" in text
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert _cli("form", "pdf", str(bundled_forms()["phq-9"]), str(broken), str(out)) == 1
    assert "cannot be read as JSON" in capsys.readouterr().err


def test_identifier_code128_cannot_hold_is_printed_without_a_barcode(tmp_path) -> None:
    out = tmp_path / "consent.pdf"
    render_pdf(Form.load(bundled_forms()["consent"]), clinic=Clinic(""),
               patient=PatientHeader("Zoë", None, "NÚM-é12"), out=out)
    assert "NÚM-é12" in _text(out)
