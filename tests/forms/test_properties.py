"""Random answer sequences never raise and always give a response that validates."""

from __future__ import annotations

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.forms import Form, bundled_forms, load_questionnaire, validate_response

from .helpers import corpus_files, valid_value

FORMS = {**dict(bundled_forms()), **{p.stem: p for p in corpus_files()}}
DEFINITIONS = {name: load_questionnaire(path) for name, path in FORMS.items()}

ODD_VALUES = st.one_of(
    st.none(), st.just(""), st.text(max_size=30), st.integers(-10**6, 10**6),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates().map(lambda d: d.isoformat()), st.sampled_from(["12:30", "25:99", "2020-02-30"]),
    st.dictionaries(st.sampled_from(["code", "value", "display"]), st.text(max_size=5),
                    max_size=2))


def _step(form: Form, data: st.DataObject) -> None:
    nodes = [n for n in form.nodes() if n.definition.is_question or
             (n.type == "group" and n.repeats)]
    node = data.draw(st.sampled_from(nodes))
    action = data.draw(st.sampled_from(["valid", "odd", "option", "clear", "add", "remove",
                                        "language"]))
    if node.type == "group":
        if action == "remove" and len(node.instances()) > 1:
            form.remove_instance(node)
        else:
            form.add_instance(node)
        return
    if action == "valid":
        form.set_answer(node, valid_value(node))
    elif action == "option" and node.options:
        form.set_answer(node, data.draw(st.sampled_from(node.options)))
    elif action == "clear":
        form.set_answer(node, None)
    elif action == "language":
        form.set_language(data.draw(st.sampled_from(["en", "fr", "es", "nb-NO", None])))
    else:
        form.set_answer(node, data.draw(ODD_VALUES))


@pytest.mark.parametrize("name", sorted(FORMS))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_answers_always_give_a_valid_response(name, data) -> None:
    form = Form(DEFINITIONS[name])
    for _ in range(data.draw(st.integers(1, 25))):
        _step(form, data)
    response = form.to_response(status="in-progress", subject="Patient/1")
    assert validate_response(response, form.definition) == []
    QuestionnaireResponse.model_validate(response)
    if form.is_complete():
        completed = form.to_response(subject="Patient/1")
        assert completed["status"] == "completed"
        assert validate_response(completed, form.definition) == []
    restored = Form(DEFINITIONS[name])
    restored.load_response(response)
    assert restored.to_response(status="in-progress", subject="Patient/1",
                                authored=response["authored"],
                                response_id=response["id"]) == response


def test_infinity_and_nan_are_not_numbers() -> None:
    from desk.forms import Form

    form = Form.load({"resourceType": "Questionnaire", "status": "active",
                      "item": [{"linkId": "w", "text": "Weight", "type": "decimal"}]})
    weight = form.node("w")
    for text in ("INF", "-inf", "nan", "Infinity"):
        assert form.set_answer(weight, text) is False
        assert weight.answer is None and weight.messages
    assert form.set_answer(weight, "72,5") is True
    assert weight.answer == 72.5
