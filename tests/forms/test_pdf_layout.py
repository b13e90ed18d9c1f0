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


EXT = "http://hl7.org/fhir/StructureDefinition/"


def _words(path) -> list[tuple[str, float, float]]:
    """Every printed word with its left and right edge, in reading order."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
    return [(m[3], float(m[1]), float(m[2])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        html)]


def _line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def _layout(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


def test_numbers_print_with_their_unit(tmp_path) -> None:
    form = Form.load(questionnaire(
        {"linkId": "weight", "type": "decimal", "text": "Weight", "extension": [
            {"url": EXT + "questionnaire-unit",
             "valueCoding": {"system": "http://unitsofmeasure.org", "code": "kg",
                             "display": "kg"}}]},
        {"linkId": "pulse", "type": "integer", "text": "Pulse", "extension": [
            {"url": EXT + "questionnaire-unit", "valueCoding": {"code": "/min"}}]},
        {"linkId": "children", "type": "integer", "text": "Children"}))
    form.set_answer("weight", 72.5)
    form.set_answer("pulse", 64)
    form.set_answer("children", 2)
    out = tmp_path / "units.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    text = _layout(out)
    assert _line_with(text, "Weight").split()[-2:] == ["72.5", "kg"]
    assert _line_with(text, "Pulse").split()[-2:] == ["64", "/min"]
    assert _line_with(text, "Children").split()[-1] == "2"


def _help(kind: str, text: str) -> dict:
    if kind == "category":
        ext = {"url": EXT + "questionnaire-displayCategory", "valueCodeableConcept": {
            "coding": [{"code": "help"}]}}
    else:
        ext = {"url": EXT + "questionnaire-itemControl", "valueCodeableConcept": {
            "coding": [{"code": kind}]}}
    return {"linkId": f"help-{kind}", "type": "display", "text": text, "extension": [ext]}


def test_help_prints_as_a_note_beside_its_question(tmp_path) -> None:
    long_help = ("Count the beats for a full minute while sitting quietly, with two fingers "
                 "on the wrist, and write the number you counted here")
    form = Form.load(questionnaire(
        {"linkId": "pulse", "type": "integer", "text": "Pulse",
         "item": [_help("category", long_help)]},
        {"linkId": "smoker", "type": "boolean", "text": "Do you smoke",
         "item": [_help("flyover", "Cigarettes, cigars or a pipe")]},
        {"linkId": "drinks", "type": "integer", "text": "Drinks a week",
         "item": [_help("help", "Count a glass of wine as one")]}))
    form.set_answer("pulse", 64)
    form.set_answer("smoker", False)
    form.set_answer("drinks", 3)
    out = tmp_path / "help.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    words = _words(out)
    answer_left = next(left for word, left, _ in words if word == "64")
    for note in ("beats", "wrist", "counted", "Cigarettes", "pipe", "wine"):
        right = next(r for word, _, r in words if word.strip(",") == note)
        assert right < answer_left, note  # in the question's column, not across the page
    order = [w for w, _, _ in words]
    assert order.index("Pulse") < order.index("beats") < order.index("Do")
    assert order.index("smoke") < order.index("pipe") < order.index("Drinks")


def test_repeat_counters_count_only_answered_instances(tmp_path) -> None:
    form = Form.load(questionnaire({
        "linkId": "med", "type": "group", "text": "Medicine", "repeats": True,
        "item": [{"linkId": "name", "type": "string", "text": "Name"}]}))
    first = form.node("med")
    second = form.add_instance(first)
    third = form.add_instance(second)
    form.set_answer(first.children[0], "Aspirin")
    form.set_answer(third.children[0], "Insulin")
    out = tmp_path / "meds.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    assert "Medicine (1/2)" in text and "Medicine (2/2)" in text
    assert "/3)" not in text


def _dated(language: str) -> Form:
    form = Form.load(questionnaire(
        {"linkId": "born", "type": "date", "text": "Born"},
        {"linkId": "since", "type": "date", "text": "Since"},
        {"linkId": "first", "type": "date", "text": "First"},
        {"linkId": "at", "type": "time", "text": "At"},
        {"linkId": "seen", "type": "dateTime", "text": "Seen"}), language=language)
    form.set_answer("born", "1984-03-09")
    form.set_answer("since", "2019-11")
    form.set_answer("first", "2020-05-01")
    form.set_answer("at", "14:30")
    form.set_answer("seen", "2024-02-01T09:05:00+01:00")
    return form


def test_dates_and_times_print_in_the_forms_language(tmp_path) -> None:
    expected = {
        "en": ("9 March 1984", "November 2019", "1 May 2020", "14:30", "1 February 2024, 09:05"),
        "fr": ("9 mars 1984", "novembre 2019", "1er mai 2020", "14 h 30",
               "1er février 2024 à 9 h 05"),
        "es": ("9 de marzo de 1984", "noviembre de 2019", "1 de mayo de 2020", "14:30",
               "1 de febrero de 2024, 09:05"),
    }
    for language, words in expected.items():
        out = tmp_path / f"{language}.pdf"
        render_pdf(_dated(language), clinic=CLINIC, patient=PATIENT, out=out)
        text = _layout(out)
        for label, printed in zip(("Born", "Since", "First", "At", "Seen"), words, strict=True):
            assert _line_with(text, label).split(label, 1)[1].strip() == printed, (language,
                                                                                   label)
        assert "1984-03-09" not in text


def test_a_stored_response_prints_dates_in_its_language(tmp_path) -> None:
    from desk.forms.pdf import render_response_pdf

    source = questionnaire({"linkId": "born", "type": "date", "text": "Born"})
    form = Form.load(source, language="es")
    form.set_answer("born", "1984-03-09")
    out = tmp_path / "es.pdf"
    render_response_pdf(source, form.to_response(), clinic=CLINIC, patient=PATIENT, out=out)
    assert "9 de marzo de 1984" in _text(out)


def test_a_question_with_hundreds_of_answers_prints_them_all(tmp_path) -> None:
    form = Form.load(questionnaire(
        {"linkId": "meds", "type": "string", "text": "Medicines", "repeats": True},
        {"linkId": "after", "type": "string", "text": "Anything else"}))
    assert form.set_answers("meds", [f"medicine-{n}" for n in range(400)])
    form.set_answer("after", "nothing more")
    out = tmp_path / "meds.pdf"
    render_pdf(form, clinic=CLINIC, patient=PATIENT, out=out)
    text = _text(out)
    assert [w for w in text.split() if w.startswith("medicine-")] == [
        f"medicine-{n}" for n in range(400)]
    assert text.count("\f") >= 3 and "nothing more" in text
