"""The questionnaire loader: ``Form.load`` on JSON bytes; a form that loads is walked.

Walking it sets an answer on each question (its first option, or a value of its type)
and builds the QuestionnaireResponse, as the kiosk does. Refusal: ``DeskError`` (a form
that cannot be used is a ``FormDefinitionError``; an answer that does not fit is a
``DeskError`` of kind ``"input"``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from desk.errors import DeskError

REFUSED = (DeskError,)
INSTRUMENT = ("fhirpathpy",)
ROOT = Path(__file__).resolve().parents[2]
SEED_BYTES = 160_000
"""How much of desk's own forms goes into the corpus (the smallest first)."""

# what a person might type into each kind of question
SAMPLES = {"boolean": True, "decimal": "1.5", "integer": "3", "date": "2020-01-02",
           "dateTime": "2020-01-02T10:30:00", "time": "10:30", "string": "a", "text": "a b",
           "url": "https://example.org", "quantity": "2", "reference": "Patient/1"}
PATIENT = {"resourceType": "Patient", "id": "1", "gender": "female", "birthDate": "1980-02-03",
           "name": [{"family": "Fuzz", "given": ["Test"]}]}


def mutator() -> Callable[[bytes, int, int], bytes]:
    from bench.fuzz.mutate import json_mutator

    return json_mutator()


def prepare() -> Callable[[bytes], None]:
    from desk.forms import Form

    def one(data: bytes) -> None:
        form = Form.load(data, language="en", patient=PATIENT)
        walk(form)

    return one


def walk(form: object) -> None:
    """Answer every question of ``form`` once, then build its response."""
    from desk.forms import Form

    assert isinstance(form, Form)
    for node in list(form.nodes()):
        if not node.definition.is_question or node.read_only:
            continue
        value = node.options[0] if node.options else SAMPLES.get(node.type, "a")
        form.set_answer(node, value)
    form.set_language("fr")
    form.validate()
    form.to_response(subject="Patient/1", response_id="fuzz")


def seeds() -> dict[str, bytes]:
    """desk's bundled forms and its test forms, the smallest first, compacted."""
    files = [*sorted((ROOT / "resources" / "questionnaires").glob("*.json")),
             *sorted((ROOT / "tests" / "data" / "questionnaires").glob("*.json"))]
    compact = {p.name: json.dumps(json.loads(p.read_bytes()), separators=(",", ":"),
                                  ensure_ascii=False).encode() for p in files}
    out: dict[str, bytes] = {}
    total = 0
    for name, data in sorted(compact.items(), key=lambda kv: len(kv[1])):
        if total + len(data) > SEED_BYTES:
            break
        out[name] = data
        total += len(data)
    return out
