"""A bad form is rejected with every problem named by linkId, and never crashes the caller."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk import words
from desk.errors import DeskError
from desk.forms import Form, FormDefinitionError, load_questionnaire

CALC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"


def rejected(source) -> FormDefinitionError:
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(source)
    error = caught.value
    assert isinstance(error, DeskError) and error.kind == "input"
    assert error.problems
    return error


def form(*items) -> dict:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items)}


def test_malformed_json() -> None:
    error = rejected('{"resourceType": "Questionnaire", "item": [')
    assert "not valid JSON" in error.message


def test_malformed_json_file_names_the_file(tmp_path) -> None:
    path = tmp_path / "intake.json"
    path.write_bytes(b"\xff\xfe not json")
    assert "intake.json" in rejected(path).message


def test_wrong_resource_type() -> None:
    error = rejected({"resourceType": "Patient"})
    assert "resourceType is 'Patient'" in error.message


def test_duplicate_link_ids() -> None:
    error = rejected(form({"linkId": "a", "type": "string"}, {"linkId": "g", "type": "group",
                          "item": [{"linkId": "a", "type": "integer"}]}))
    assert [(p.link_id, p.message) for p in error.problems] == [
        ("a", "linkId is used by more than one item")]


def test_enable_when_pointing_at_unknown_item() -> None:
    error = rejected(form({"linkId": "b", "type": "string", "enableWhen": [
        {"question": "nowhere", "operator": "exists", "answerBoolean": True}]}))
    assert str(error.problems[0]) == "item b: enableWhen refers to unknown item 'nowhere'"


@pytest.mark.parametrize(("item", "fragment"), [
    ({"linkId": "n", "type": "integer", "initial": [{"valueString": "three"}]},
     "initial value valueString does not fit an integer item"),
    ({"linkId": "n", "type": "boolean", "answerOption": [{"valueInteger": 1}]},
     "answerOption valueInteger does not fit a boolean item"),
    ({"linkId": "n", "type": "date", "initial": [{"valueDate": "2020-13-45"}]},
     "initial valueDate is not a valid date"),
])
def test_answer_type_that_does_not_fit_the_item(item, fragment) -> None:
    error = rejected(form(item))
    assert error.problems[0].link_id == "n"
    assert fragment in error.problems[0].message


def test_enable_when_answer_type_that_does_not_fit_the_question() -> None:
    error = rejected(form({"linkId": "q", "type": "boolean"}, {
        "linkId": "r", "type": "string",
        "enableWhen": [{"question": "q", "operator": "=", "answerInteger": 1}]}))
    assert error.problems[0].link_id == "r"
    assert "answerInteger cannot be compared with 'q', a boolean item" in error.problems[0].message


@pytest.mark.parametrize("expression", ["1 +* 2", "item.where(linkId = ", "foo(", "'abc"])
def test_expression_that_does_not_parse(expression) -> None:
    error = rejected(form({"linkId": "total", "type": "integer", "extension": [
        {"url": CALC, "valueExpression": {"language": "text/fhirpath",
                                          "expression": expression}}]}))
    assert error.problems[0].link_id == "total"
    assert "does not parse" in error.problems[0].message


def test_every_problem_is_listed() -> None:
    error = rejected(form({"linkId": "a", "type": "strnig"}, {"linkId": "a", "type": "string"},
                          {"linkId": "c", "type": "string", "enableWhen": [
                              {"question": "zz", "operator": "=", "answerString": "x"}]}))
    assert {p.link_id for p in error.problems} == {"a", "c"}
    assert len(error.problems) == 3
    assert "(and 2 more)" in error.message



def test_every_problem_reads_in_the_staff_s_language() -> None:
    """"Forms at the desk" shows a form's problems in the staff's language; English again
    after."""
    broken = form({"linkId": "a", "type": "strnig"}, {"linkId": "a", "type": "string"},
                  {"linkId": "q", "type": "boolean"},
                  {"linkId": "c", "type": "display", "required": True, "enableWhen": [
                      {"question": "q", "operator": "=", "answerInteger": 1}]})
    words.set_language("fr")
    try:
        error = rejected(broken)
        assert [str(p) for p in error.problems] == [
            "élément a\u00a0: le type 'strnig' n’est pas l’un des 16 types d’élément de FHIR R4",
            "élément a\u00a0: ce linkId est utilisé par plusieurs éléments",
            "élément c\u00a0: un élément display ne peut être ni obligatoire ni répété",
            "élément c\u00a0: enableWhen answerInteger ne peut pas être comparé à 'q', un "
            "élément de type boolean"]
        assert error.message == ("ce formulaire ne peut pas être utilisé\u00a0: élément a\u00a0: "
                                 "le type 'strnig' n’est pas l’un des 16 types d’élément de "
                                 "FHIR R4 (et 3 autres problèmes)")
        words.set_language("es")
        assert rejected(form({"linkId": "b", "type": "string", "enableWhen": [
            {"question": "nowhere", "operator": "exists", "answerBoolean": True}]})).message == \
            "este formulario no se puede usar: elemento b: enableWhen remite a un elemento " \
            "desconocido, 'nowhere'"
    finally:
        words.set_language("en")
    assert rejected(broken).message == ("this form cannot be used: item a: type 'strnig' is not "
                                        "one of the 16 FHIR R4 item types (and 3 more)")


def test_an_item_s_limits_answers_and_conditions_read_in_french() -> None:
    """The problems found in an item's own fields, with why a value is refused ("is not a
    valid date"), in the staff's language; English again after."""
    broken = form({"linkId": "d", "type": "date", "maxLength": 0,
                   "initial": [{"valueDate": "2020-13-45"}]},
                  {"linkId": "c", "type": "choice",
                   "answerOption": [{"valueCoding": {"code": "x", "bogus": 1}}]},
                  {"linkId": "e", "type": "string", "enableWhen": [
                      {"question": "d", "operator": "~", "answerDate": "2020-01-01"}]})
    words.set_language("fr")
    try:
        assert [str(p) for p in rejected(broken).problems] == [
            "élément d\u00a0: maxLength doit être un nombre entier positif",
            "élément d\u00a0: la valeur initiale valueDate n’est pas une date valide",
            "élément c\u00a0: answerOption valueCoding n’est pas un Coding (élément inconnu "
            "'bogus')",
            "élément e\u00a0: l’opérateur enableWhen '~' est inconnu"]
    finally:
        words.set_language("en")
    assert str(rejected(broken).problems[1]) == "item d: initial valueDate is not a valid date"


def test_elements_of_the_wrong_json_type_read_in_spanish() -> None:
    misshapen = form({"type": "string"}, {"linkId": "g", "type": "group", "extension": {},
                                          "item": [{"linkId": 5, "type": "string"}]})
    words.set_language("es")
    try:
        assert [str(p) for p in rejected(misshapen).problems] == [
            "elemento g: 'extension' debe ser una lista",
            "elemento 1 dentro de 'g' tiene un linkId que no es un texto",
            "elemento 1 no tiene linkId"]
    finally:
        words.set_language("en")
    assert str(rejected(misshapen).problems[1]) == \
        "item 1 under 'g' has a linkId that is not text"


def test_problem_messages_hold_no_answers_or_patient_data() -> None:
    secret = "Zelda-Canary-1234"
    error = rejected(form({"linkId": "n", "type": "integer", "initial": [{"valueString": secret}]}))
    assert secret not in error.message and all(secret not in str(p) for p in error.problems)


def test_a_valid_form_still_loads_after_rejections() -> None:
    rejected("[]")
    loaded = Form.load(json.dumps(form({"linkId": "a", "type": "string"})))
    assert [n.link_id for n in loaded.nodes()] == ["a"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def test_a_form_whose_extension_is_not_a_list_is_refused_plainly() -> None:
    # found by the property test below: a raw TypeError before
    with pytest.raises(FormDefinitionError, match="'extension' must be a list"):
        Form.load({"resourceType": "Questionnaire", "status": "active", "extension": 1,
                   "item": [{"linkId": "a", "type": "string", "text": "A"}]})


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_damaged_form_is_rejected_cleanly_or_still_works(data) -> None:
    import copy

    from desk.forms import bundled_forms

    name = data.draw(st.sampled_from(["new-patient-registration", "phq-9", "medical-history"]))
    original = json.loads(bundled_forms()[name].read_text(encoding="utf-8"))
    damaged = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(damaged) if p]
        path = data.draw(st.sampled_from(paths))
        parent = damaged
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = data.draw(JSON_VALUES)
    try:
        form = Form.load(damaged)
    except FormDefinitionError:
        return
    for node in list(form.nodes()):
        if node.definition.is_question and node.options:
            form.set_answer(node, node.options[0])
    form.to_response(status="in-progress")


LEGACY = "http://hl7.org/fhir/StructureDefinition/"


def test_legacy_initial_and_calculated_expressions_are_used() -> None:
    loaded = Form.load(form(
        {"linkId": "weight", "type": "decimal", "text": "Weight", "extension": [
            {"url": LEGACY + "questionnaire-initialExpression",
             "valueExpression": {"language": "text/fhirpath", "expression": "70.5"}}]},
        {"linkId": "double", "type": "decimal", "text": "Double", "readOnly": True,
         "extension": [{"url": LEGACY + "questionnaire-calculatedExpression",
                        "valueExpression": {"language": "text/fhirpath", "expression":
                                            "%resource.item.where(linkId='weight')"
                                            ".answer.value * 2"}}]}))
    assert loaded.node("weight").answer == 70.5
    assert loaded.node("double").answer == 141.0


def test_legacy_answer_repeats_lets_a_question_take_several_answers() -> None:
    options = [{"valueCoding": {"system": "urn:x", "code": c, "display": c}}
               for c in ("cough", "fever", "rash")]
    loaded = Form.load(form({
        "linkId": "symptoms", "type": "choice", "text": "Symptoms", "answerOption": options,
        "extension": [{"url": LEGACY + "questionnaire-answerRepeats", "valueBoolean": True}]}))
    assert loaded.node("symptoms").repeats
    assert loaded.set_answers("symptoms", ["cough", "rash"])
    assert loaded.node("symptoms").answer_texts() == ["cough", "rash"]
    response = loaded.to_response(status="in-progress")
    assert len(response["item"][0]["answer"]) == 2
