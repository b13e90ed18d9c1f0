"""What the printed form looks like for answers and items that do not fit a plain table row."""

from __future__ import annotations

import argparse
import json
import subprocess

from desk.forms import Form
from desk.forms.commands import register
from desk.forms.pdf import Clinic, PatientHeader, render_pdf

CLINIC = Clinic("Clinique du Parc")
PATIENT = PatientHeader("Ana Díaz", "1990-01-02", "MRN-77")


def questionnaire(*items: dict, **extra) -> dict:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), **extra}


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def _story(words: int) -> str:
    """Numbered words, several paragraphs, so the PDF text can be checked word by word."""
    lines = [" ".join(f"w{n}" for n in range(start, min(start + 300, words)))
             for start in range(0, words, 300)]
    return "\n".join(lines)


def _history_form(answer: str) -> Form:
    form = Form.load(questionnaire(
        {"linkId": "history", "type": "text", "text": "Describe your medical history"},
        {"linkId": "after", "type": "string", "text": "Anything else"}))
    assert form.set_answer("history", answer)
    form.set_answer("after", "nothing more")
    return form


def test_a_two_thousand_character_answer_prints(tmp_path) -> None:
    answer = "x" * 1000 + " " + "y" * 999
    out = tmp_path / "history.pdf"
    render_pdf(_history_form(answer), clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    assert text.count("x") >= 1000 and text.count("y") >= 999
    assert "nothing more" in text


def test_a_very_long_answer_splits_across_pages_and_keeps_every_word(tmp_path) -> None:
    words = 60_000  # about 400 kB: hundreds of pages
    out = tmp_path / "history.pdf"
    render_pdf(_history_form(_story(words)), clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    pages = text.count("\f")
    assert pages > 50
    assert f"Page {pages} of {pages}" in text
    printed = [w for w in text.split() if w.startswith("w") and w[1:].isdigit()]
    assert printed == [f"w{n}" for n in range(words)]
    assert text.index("nothing more") > text.index(f"w{words - 1}")


def test_a_long_answer_without_spaces_prints(tmp_path) -> None:
    out = tmp_path / "history.pdf"
    render_pdf(_history_form("k" * 20_000), clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    assert sum(len(line) for line in text.split() if set(line) == {"k"}) == 20_000
    assert text.count("\f") >= 2


def test_cli_prints_a_stored_response_with_a_long_answer(tmp_path) -> None:
    form = _history_form(_story(3000))
    (tmp_path / "q.json").write_text(json.dumps(questionnaire(
        {"linkId": "history", "type": "text", "text": "Describe your medical history"},
        {"linkId": "after", "type": "string", "text": "Anything else"})))
    (tmp_path / "r.json").write_text(json.dumps(form.to_response()))
    parser = argparse.ArgumentParser(prog="desk")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["form", "pdf", str(tmp_path / "q.json"), str(tmp_path / "r.json"),
                              str(tmp_path / "out.pdf")])
    assert args.handler(args) == 0
    text = _text(tmp_path / "out.pdf")
    assert "w2999" in text and text.count("\f") >= 2
