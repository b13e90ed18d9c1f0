"""FHIRPath expressions as desk evaluates them: inside a form, loaded with ``Form.load``.

The input is the text of one expression. It becomes a form-level variable, an item's
``calculatedExpression``, ``initialExpression`` and ``enableWhenExpression``, and the
form is then answered (each answer re-runs what depends on it) and its response built.
Refusal: ``DeskError`` (an expression that does not parse makes the form a
``FormDefinitionError``); an expression that fails while running must leave the form
usable (desk notes it on the item), so any exception there is a crash finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from bench.fuzz.forms import PATIENT, walk
from desk.errors import DeskError

REFUSED = (DeskError,)
INSTRUMENT = ("fhirpathpy", "antlr4")
ROOT = Path(__file__).resolve().parents[2]
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-"
VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"


def _expression(name: str, text: str) -> dict[str, object]:
    return {"url": SDC + name,
            "valueExpression": {"language": "text/fhirpath", "expression": text}}


def form_with(text: str) -> dict[str, object]:
    """A small form in which ``text`` is read everywhere an expression may be."""
    return {
        "resourceType": "Questionnaire", "status": "active", "title": "fuzz",
        "extension": [{"url": VARIABLE, "valueExpression": {
            "name": "fuzz", "language": "text/fhirpath", "expression": text}}],
        "item": [
            {"linkId": "weight", "type": "decimal", "text": "Weight"},
            {"linkId": "count", "type": "integer", "text": "Count"},
            {"linkId": "name", "type": "string", "text": "Name"},
            {"linkId": "sure", "type": "boolean", "text": "Sure"},
            {"linkId": "pick", "type": "choice", "text": "Pick", "answerOption": [
                {"valueCoding": {"code": "a", "display": "A"},
                 "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight",
                                "valueDecimal": 1}]},
                {"valueCoding": {"code": "b", "display": "B"}}]},
            {"linkId": "group", "type": "group", "text": "Group", "repeats": True, "item": [
                {"linkId": "inner", "type": "string", "text": "Inner"}]},
            {"linkId": "calculated", "type": "string", "text": "Calculated", "readOnly": True,
             "extension": [_expression("calculatedExpression", text)]},
            {"linkId": "total", "type": "decimal", "text": "Total", "readOnly": True,
             "extension": [_expression("calculatedExpression", "%fuzz")]},
            {"linkId": "initial", "type": "string", "text": "Initial",
             "extension": [_expression("initialExpression", text)]},
            {"linkId": "shown", "type": "string", "text": "Shown",
             "extension": [_expression("enableWhenExpression", text)]},
        ],
    }


def prepare() -> Callable[[bytes], None]:
    from desk.forms import Form

    def one(data: bytes) -> None:
        text = data.decode("utf-8", "replace")
        form = Form.load(form_with(text), language="en", patient=PATIENT)
        walk(form)

    return one


def seeds() -> dict[str, bytes]:
    """Every expression in desk's bundled and test forms, one file each."""
    found: set[str] = set()
    files = [*(ROOT / "resources" / "questionnaires").glob("*.json"),
             *(ROOT / "tests" / "data" / "questionnaires").glob("*.json")]
    for path in files:
        stack = [json.loads(path.read_bytes())]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                text = value.get("expression")
                if isinstance(text, str) and value.get("language", "text/fhirpath") \
                        == "text/fhirpath":
                    found.add(text)
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    found |= {"%fuzz + 1", "%resource.item.where(linkId='weight').answer.value * 2",
              "%patient.birthDate", "today() - 1 year", "(1 | 2 | 3).count()",
              "%weight.toQuantity('kg')", "weight()", "(1.5).power(2.5)", "'a' & 'b'"}
    return {f"expr-{n:03d}.txt": text.encode() for n, text in enumerate(sorted(found))}
