"""Forms engine speed: time per answer (recalculation + enablement) and PDF time per page.

``python -m bench.forms`` (``--json`` for one JSON object).

Per answer: 200 single answers are applied to each form (the largest corpus form, the
bundled registration and PHQ-9 forms, and a generated 200-item scored form); desk's
median and p95 are set against the peer, fhirpathpy alone evaluating the same form's
expressions once on the same response. PDF: desk's rendering time per page against a
bare reportlab canvas drawing the same question/answer text with the same font, for the
scored form and plain forms of 10, 100 and 1,000 items (a flat time per page is linear).
"""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Any

from bench.report import emit, median, parser, percentile

ANSWERS = 200
EXT = "http://hl7.org/fhir/StructureDefinition/"
CALC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"


def corpus_dir() -> Path:
    """The real questionnaires kept with the tests."""
    return Path(__file__).resolve().parents[1] / "tests" / "data" / "questionnaires"


def scored_form(groups: int = 10) -> dict[str, Any]:
    """A 200-item questionnaire: scored choice questions, enableWhen, subtotals and a total."""
    codes = [("never", 0), ("sometimes", 1), ("often", 2), ("always", 3)]
    options = [{"valueCoding": {"system": "urn:bench", "code": c, "display": c},
                "extension": [{"url": EXT + "ordinalValue", "valueDecimal": w}]}
               for c, w in codes]
    items, variables, subtotal_ids = [], [], []
    for g in range(groups):
        qids = [f"g{g}-q{i}" for i in range(15)]
        children: list[dict[str, Any]] = [
            {"linkId": q, "type": "choice", "text": f"Question {q}", "required": True,
             "answerOption": options} for q in qids]
        children += [{"linkId": f"g{g}-n{i}", "type": "integer", "text": f"Count {g}.{i}",
                      "extension": [{"url": EXT + "minValue", "valueInteger": 0},
                                    {"url": EXT + "maxValue", "valueInteger": 99}]}
                     for i in range(2)]
        children.append({"linkId": f"g{g}-why", "type": "string", "text": "Why?",
                         "enableWhen": [{"question": qids[0], "operator": "=",
                                         "answerCoding": {"system": "urn:bench",
                                                          "code": "always"}}]})
        children.append({"linkId": f"g{g}-sub", "type": "integer", "text": "Subtotal",
                         "readOnly": True, "extension": [{"url": CALC, "valueExpression": {
                             "language": "text/fhirpath",
                             "expression": f"%resource.repeat(item).where(linkId in %g{g})"
                                           ".answer.value.weight().sum()"}}]})
        variables.append({"url": EXT + "variable", "valueExpression": {
            "name": f"g{g}", "language": "text/fhirpath",
            "expression": " | ".join(f"'{q}'" for q in qids)}})
        subtotal_ids.append(f"g{g}-sub")
        items.append({"linkId": f"g{g}", "type": "group", "text": f"Section {g}",
                      "item": children})
    variables.append({"url": EXT + "variable", "valueExpression": {
        "name": "subs", "language": "text/fhirpath",
        "expression": " | ".join(f"'{s}'" for s in subtotal_ids)}})
    items[-1]["item"].append({"linkId": "total", "type": "integer", "text": "Total",
                              "readOnly": True, "extension": [{"url": CALC, "valueExpression": {
                                  "language": "text/fhirpath",
                                  "expression": "%resource.repeat(item).where(linkId in %subs)"
                                                ".answer.value.sum()"}}]})
    return {"resourceType": "Questionnaire", "status": "active", "title": "Bench 200",
            "extension": variables, "item": items}


def _values(node: Any, round_: int) -> Any:
    """A plausible answer for ``node`` that changes from round to round."""
    if node.options:
        return node.options[round_ % len(node.options)]
    simple = {"boolean": round_ % 2 == 0, "integer": round_ % 50, "decimal": 1.5 + round_,
              "quantity": 60.0 + round_, "date": f"2000-01-{1 + round_ % 28:02d}",
              "dateTime": f"2000-01-{1 + round_ % 28:02d}T10:30:00+01:00",
              "time": "10:30:00", "url": "https://example.org/", "reference": "Patient/1",
              "attachment": b"\x89PNG\r\n", "choice": {"code": f"c{round_}"},
              "open-choice": f"text {round_}"}
    if node.type in simple:
        return simple[node.type]
    return "someone@example.org" if node.definition.regex else f"text {round_}"


def time_answers(form: Any, answers: int = ANSWERS) -> list[float]:
    """Apply ``answers`` single answers round-robin over the editable questions; ms each."""
    timings: list[float] = []
    round_ = 0
    while len(timings) < answers:
        questions = [n for n in form.nodes() if n.enabled and n.definition.is_question
                     and not n.read_only]
        for node in questions:
            value = _values(node, round_)
            start = time.perf_counter()
            form.set_answer(node, value)
            timings.append((time.perf_counter() - start) * 1000)
            if len(timings) == answers:
                break
        round_ += 1
    return timings


def runtime_expressions(form: Any) -> list[Any]:
    """The FHIRPath expressions a form re-evaluates while it is filled in."""
    exprs = [e for e in form.definition.variables if e.is_fhirpath]
    for item in form.definition.walk():
        exprs += [e for e in item.expressions() if e.is_fhirpath]
    return exprs


def peer_once(form: Any) -> float:
    """ms for fhirpathpy alone to evaluate every expression of the form once."""
    import fhirpathpy
    from fhirpathpy.models import models

    from desk.forms.calculation import weight_table
    from desk.forms.expressions import FUNCTIONS, use_weights

    response = form.to_response(status="in-progress")
    env: dict[str, Any] = {"resource": response, "questionnaire": form.definition.raw}
    exprs = runtime_expressions(form)
    compiled = [(e.name, fhirpathpy.compile(e.source.replace("%has-fever", "%`has-fever`"),
                                            models["r4"], {"userInvocationTable": FUNCTIONS}))
                for e in exprs]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        with use_weights(weight_table(form.definition)):
            for name, fn in compiled:
                try:
                    result = fn(response, dict(env))
                except Exception:
                    result = []
                if name:
                    env[name] = result
        runs.append((time.perf_counter() - start) * 1000)
    return median(runs)


def bench_answers(answers: int = ANSWERS) -> tuple[list[list[Any]], dict[str, float]]:
    from desk.forms import Form, bundled_forms

    largest = max(corpus_dir().glob("*.json"), key=lambda p: p.stat().st_size)
    forms = {"corpus_largest": largest, "registration": bundled_forms()["new-patient-registration"],
             "phq9": bundled_forms()["phq-9"], "scored200": scored_form()}
    rows: list[list[Any]] = []
    figures: dict[str, float] = {}
    for name, source in forms.items():
        start = time.perf_counter()
        form = Form.load(source)
        load_ms = (time.perf_counter() - start) * 1000
        items = sum(1 for _ in form.nodes())
        timings = time_answers(form, answers)
        count = len(runtime_expressions(form))
        peer = peer_once(form) if count else 0.0
        p95 = percentile(timings, 95)
        figures[f"{name}_items"] = items
        figures[f"{name}_expressions"] = count
        figures[f"{name}_load_ms"] = load_ms
        figures[f"{name}_answer_median_ms"] = median(timings)
        figures[f"{name}_answer_p95_ms"] = p95
        if count:  # without expressions there is nothing for the peer to do
            figures[f"peer_{name}_all_expressions_ms"] = peer
            figures[f"ratio_{name}_answer_p95"] = p95 / peer
        rows.append([f"{name} ({items} items, {count} expr) answer p95 ms", p95,
                     peer if count else "-", p95 / peer if count else "-"])
        rows.append([f"{name} answer median ms", median(timings), "", ""])
    return rows, figures


PDF_SIZES = (10, 100, 1000)


def plain_form(items: int) -> dict[str, Any]:
    """A form of ``items`` questions (text, numbers, choices) in groups of ten."""
    kinds = ("string", "integer", "boolean", "text", "date")
    groups = [{"linkId": f"g{g}", "type": "group", "text": f"Section {g}",
               "item": [{"linkId": f"q{g}-{i}", "type": kinds[i % len(kinds)],
                         "text": f"Question {g}.{i} about the patient's history"}
                        for i in range(min(10, items - g * 10))]}
              for g in range((items + 9) // 10)]
    return {"resourceType": "Questionnaire", "status": "active", "title": f"Bench {items}",
            "item": groups}


def _filled(source: dict[str, Any]) -> Any:
    from desk.forms import Form

    form = Form.load(source)
    for _ in range(2):  # answers can enable further items
        for node in form.nodes():
            if node.enabled and node.definition.is_question and not node.read_only \
                    and not node.answers:
                form.set_answer(node, _values(node, 0))
    return form


def _pdf_row(form: Any, label: str, runs_wanted: int) -> tuple[list[Any], dict[str, float]]:
    """desk's PDF time per page for ``form`` against bare reportlab drawing its lines."""
    from desk.forms.pdf import Clinic, PatientHeader, render_pdf
    from desk.forms.pdf_page import pdf_fonts

    clinic = Clinic("Clinique du Parc", ("12 rue des Tilleuls", "69003 Lyon"))
    patient = PatientHeader("Hélène Lefèvre", "1984-03-09", "MRN-004217")
    render_pdf(form, clinic=clinic, patient=patient)  # warm fonts and imports
    runs, pages = [], 0
    for _ in range(runs_wanted):
        start = time.perf_counter()
        data = render_pdf(form, clinic=clinic, patient=patient)
        runs.append((time.perf_counter() - start) * 1000)
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    lines = [f"{n.text}: {' '.join(n.answer_texts())}" for n in form.nodes()
             if n.enabled and n.answers]
    peer_runs = []
    for _ in range(runs_wanted):
        start = time.perf_counter()
        _bare_pdf(lines, pdf_fonts()[0])
        peer_runs.append((time.perf_counter() - start) * 1000)
    desk_page = median(runs) / max(pages, 1)
    peer_page = median(peer_runs) / max(pages, 1)
    figures = {f"pdf_{label}_pages": pages, f"pdf_{label}_ms_per_page": desk_page,
               f"peer_pdf_{label}_ms_per_page": peer_page,
               f"ratio_pdf_{label}_ms_per_page": desk_page / peer_page}
    return [f"PDF {label} ms per page ({pages} pages)", desk_page, peer_page,
            desk_page / peer_page], figures


def bench_pdf(runs_wanted: int = 3) -> tuple[list[list[Any]], dict[str, float]]:
    """PDF time per page: the scored 200-item form, and plain forms of PDF_SIZES items
    (linear when the time per page stays flat as the form grows)."""
    scored = _filled(scored_form())
    time_answers(scored)
    rows, figures = [], {}
    for form, label in [(scored, "scored200"),
                        *((_filled(plain_form(n)), f"{n}_items") for n in PDF_SIZES)]:
        row, more = _pdf_row(form, label, runs_wanted)
        rows.append(row)
        figures.update(more)
    return rows, figures


def _bare_pdf(lines: list[str], font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in lines:
        c.setFont(font, 9.5)
        c.drawString(50, y, line)
        y -= 16
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return out.getvalue()


def main() -> None:
    args = parser("desk forms engine: time per answer and PDF time per page").parse_args()
    rows, figures = bench_answers(10 if args.smoke else ANSWERS)
    pdf_rows, pdf_figures = bench_pdf(1 if args.smoke else 3)
    emit("desk.forms (peer: fhirpathpy evaluating all expressions once; bare reportlab)",
         rows + pdf_rows, {**figures, **pdf_figures}, as_json=args.json)


if __name__ == "__main__":
    main()
