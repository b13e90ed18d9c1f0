"""enableWhen: every operator, any/all, repeats, cycles, and the cases engines disagree on."""

from __future__ import annotations

import pytest

from desk.forms import Form, evaluate_condition
from desk.forms.model import EnableWhen


def questionnaire(*items: dict, **extra) -> dict:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), **extra}


def question(link_id: str, kind: str = "integer", **extra) -> dict:
    return {"linkId": link_id, "type": kind, "text": link_id, **extra}


def when(question_id: str, operator: str, key: str, value) -> dict:
    return {"question": question_id, "operator": operator, key: value}


# operator, condition value, answers, expected
TABLE = [
    ("exists", True, [], False), ("exists", True, [5], True),
    ("exists", False, [], True), ("exists", False, [5], False),
    ("=", 5, [5], True), ("=", 5, [4], False), ("=", 5, [], False),
    ("!=", 5, [4], True), ("!=", 5, [5], False), ("!=", 5, [], True),
    (">", 5, [6], True), (">", 5, [5], False), (">", 5, [], False),
    ("<", 5, [4], True), ("<", 5, [5], False),
    (">=", 5, [5], True), (">=", 5, [4], False),
    ("<=", 5, [5], True), ("<=", 5, [6], False),
]


@pytest.mark.parametrize(("operator", "value", "answers", "expected"), TABLE)
def test_operator_table_in_a_form(operator, value, answers, expected) -> None:
    key = "answerBoolean" if operator == "exists" else "answerInteger"
    form = Form.load(questionnaire(question("a"), question("b", "string", enableWhen=[
        when("a", operator, key, value)])))
    if answers:
        form.set_answer("a", answers[0])
    assert form.node("b").enabled is expected


@pytest.mark.parametrize(("key", "operator", "value", "answer", "expected"), [
    ("answerDate", ">", "2000-01-01", ("valueDate", "2001-05-01"), True),
    ("answerDate", "<", "2000-01-01", ("valueDate", "2001-05-01"), False),
    ("answerDecimal", ">=", 37.5, ("valueDecimal", 38.0), True),
    ("answerString", "=", "yes", ("valueString", "yes"), True),
    ("answerCoding", "=", {"system": "s", "code": "c"},
     ("valueCoding", {"system": "s", "code": "c"}), True),
    ("answerCoding", "!=", {"system": "s", "code": "c"},
     ("valueCoding", {"system": "s", "code": "d"}), True),
    ("answerBoolean", "=", False, ("valueBoolean", False), True),
    ("answerQuantity", ">", {"value": 80, "unit": "kg"},
     ("valueQuantity", {"value": 81, "unit": "kg"}), True),
    ("answerTime", "<", "12:00:00", ("valueTime", "09:30:00"), True),
])
def test_operators_on_other_answer_types(key, operator, value, answer, expected) -> None:
    assert evaluate_condition(EnableWhen("q", operator, key, value), [answer]) is expected


def test_not_equal_shows_the_item_until_the_excluded_answer_is_given() -> None:
    form = Form.load(questionnaire(
        question("smoker", "choice", answerOption=[
            {"valueCoding": {"system": "s", "code": "never", "display": "Never"}},
            {"valueCoding": {"system": "s", "code": "daily", "display": "Daily"}}]),
        question("advice", "string", enableWhen=[
            when("smoker", "!=", "answerCoding", {"system": "s", "code": "never"})])))
    assert form.node("advice").enabled  # R4: no answer equals "never"
    form.set_answer("smoker", "never")
    assert not form.node("advice").enabled
    form.set_answer("smoker", "daily")
    assert form.node("advice").enabled
    form.set_answer("smoker", None)
    assert form.node("advice").enabled


@pytest.mark.parametrize(("key", "operator", "value", "answer", "expected"), [
    ("answerDate", "=", "2022-09", ("valueDate", "2022"), False),
    ("answerDate", "!=", "2022-09", ("valueDate", "2022"), False),
    ("answerDate", "=", "2022", ("valueDate", "2022-09-14"), False),
    ("answerDate", "!=", "2022", ("valueDate", "2022-09-14"), False),
    ("answerDate", ">", "2022-09", ("valueDate", "2022"), False),
    ("answerDate", "!=", "2021", ("valueDate", "2022-09"), True),
    ("answerDate", ">", "2021", ("valueDate", "2022-09"), True),
    ("answerDate", "=", "2022-09", ("valueDate", "2022-09"), True),
    ("answerDateTime", "=", "2022-09-14", ("valueDateTime", "2022-09-14T10:00:00Z"), False),
    ("answerDateTime", "!=", "2022-09-14", ("valueDateTime", "2022-09-14T10:00:00Z"), False),
    ("answerDateTime", "=", "2022-09-14T12:00:00+02:00",
     ("valueDateTime", "2022-09-14T10:00:00Z"), True),
    ("answerDateTime", "<", "2022-09-14T00:30:00+02:00",
     ("valueDateTime", "2022-09-13T23:00:00Z"), False),
])
def test_dates_of_different_precision_are_neither_equal_nor_unequal(
        key, operator, value, answer, expected) -> None:
    assert evaluate_condition(EnableWhen("q", operator, key, value), [answer]) is expected


def test_date_precision_in_a_form_enables_neither_equal_nor_unequal() -> None:
    form = Form.load(questionnaire(
        question("year", "date"),
        question("same", "string", enableWhen=[when("year", "=", "answerDate", "2022-09")]),
        question("other", "string", enableWhen=[when("year", "!=", "answerDate", "2022-09")])))
    form.set_answer("year", "2022")
    assert not form.node("same").enabled and not form.node("other").enabled
    form.set_answer("year", "2021")
    assert not form.node("same").enabled and form.node("other").enabled


def test_repeating_question_any_answer_satisfies_and_not_equal_needs_all() -> None:
    cond_eq = EnableWhen("q", "=", "answerInteger", 2)
    cond_ne = EnableWhen("q", "!=", "answerInteger", 2)
    answers = [("valueInteger", 1), ("valueInteger", 2)]
    assert evaluate_condition(cond_eq, answers)
    assert not evaluate_condition(cond_ne, answers)


def test_enable_behavior_all_and_any() -> None:
    items = [question("a"), question("b"),
             question("all", "string", enableBehavior="all",
                      enableWhen=[when("a", "=", "answerInteger", 1),
                                  when("b", "=", "answerInteger", 1)]),
             question("any", "string", enableBehavior="any",
                      enableWhen=[when("a", "=", "answerInteger", 1),
                                  when("b", "=", "answerInteger", 1)])]
    form = Form.load(questionnaire(*items))
    assert not form.node("all").enabled and not form.node("any").enabled
    form.set_answer("a", 1)
    assert not form.node("all").enabled and form.node("any").enabled
    form.set_answer("b", 1)
    assert form.node("all").enabled and form.node("any").enabled


def test_item_depending_on_a_disabled_item_sees_it_unanswered() -> None:
    form = Form.load(questionnaire(
        question("gate", "boolean"),
        question("middle", enableWhen=[when("gate", "=", "answerBoolean", True)]),
        question("needs-middle", "string", enableWhen=[when("middle", "exists", "answerBoolean",
                                                             True)]),
        question("middle-empty", "string", enableWhen=[when("middle", "exists", "answerBoolean",
                                                             False)])))
    form.set_answer("gate", True)
    form.set_answer("middle", 3)
    assert form.node("needs-middle").enabled and not form.node("middle-empty").enabled
    form.set_answer("gate", False)
    assert not form.node("middle").enabled
    assert form.node("middle").answers == [("valueInteger", 3)]  # kept while hidden
    assert not form.node("needs-middle").enabled
    assert form.node("middle-empty").enabled
    linkids = _response_ids(form.to_response(status="in-progress"))
    assert "middle" not in linkids
    form.set_answer("gate", True)
    assert form.node("middle").answer == 3 and "middle" in _response_ids(
        form.to_response(status="in-progress"))


def test_children_of_a_disabled_group_are_disabled() -> None:
    form = Form.load(questionnaire(
        question("gate", "boolean"),
        {"linkId": "g", "type": "group", "text": "g",
         "enableWhen": [when("gate", "=", "answerBoolean", True)],
         "item": [question("inner", "string")]}))
    assert not form.node("inner").enabled
    form.set_answer("gate", True)
    assert form.node("inner").enabled


def test_cycle_terminates_and_leaves_items_disabled() -> None:
    form = Form.load(questionnaire(
        question("a", "string", enableWhen=[when("b", "exists", "answerBoolean", True)]),
        question("b", "string", enableWhen=[when("a", "exists", "answerBoolean", True)]),
        question("c", "string")))
    assert any("cycle" in str(w) for w in form.definition.warnings)
    assert not form.node("a").enabled and not form.node("b").enabled
    assert form.node("c").enabled
    form.set_answer("c", "x")
    assert form.is_complete()


def test_items_enabling_one_another_through_not_equal_show_until_ruled_out() -> None:
    form = Form.load(questionnaire(
        question("a", "integer", enableWhen=[when("b", "!=", "answerInteger", 1)]),
        question("b", "integer", enableWhen=[when("a", "!=", "answerInteger", 1)])))
    assert any("cycle" in str(w) for w in form.definition.warnings)
    assert form.node("a").enabled and form.node("b").enabled
    form.set_answer("a", 1)
    assert form.node("a").enabled and not form.node("b").enabled
    form.set_answer("a", 2)
    assert form.node("a").enabled and form.node("b").enabled
    form.set_answer("b", 1)
    assert not form.node("a").enabled and form.node("b").enabled
    form.set_answer("b", None)
    assert form.node("a").enabled and form.node("b").enabled


def test_required_but_disabled_item_does_not_block_completion() -> None:
    form = Form.load(questionnaire(
        question("gate", "boolean", required=True),
        question("why", "string", required=True,
                 enableWhen=[when("gate", "=", "answerBoolean", True)])))
    form.set_answer("gate", False)
    assert form.validate() == {}
    assert form.to_response()["status"] == "completed"
    form.set_answer("gate", True)
    assert not form.is_complete()
    assert form.validate() == {(("why", 0),): ["This question needs an answer."]}


def test_nearest_answer_rule_in_repeating_groups() -> None:
    form = Form.load(questionnaire({
        "linkId": "child", "type": "group", "text": "Child", "repeats": True,
        "item": [question("age"),
                 question("school", "string",
                          enableWhen=[when("age", ">=", "answerInteger", 6)])]}))
    first = form.find("child")[0]
    second = form.add_instance(first)
    first_age, second_age = form.find("age")
    first_school, second_school = form.find("school")
    form.set_answer(first_age, 8)
    form.set_answer(second_age, 3)
    assert first_school.enabled and not second_school.enabled
    form.set_answer(second_age, 7)
    form.set_answer(first_age, 2)
    assert not first_school.enabled and second_school.enabled
    assert second.index == 1


def test_enable_when_expression() -> None:
    items = [question("temp", "decimal"),
             question("fever-days", "integer", extension=[{
                 "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                        "sdc-questionnaire-enableWhenExpression",
                 "valueExpression": {"language": "text/fhirpath",
                                     "expression": "%resource.item.where(linkId='temp')"
                                                   ".answer.value > 38"}}])]
    form = Form.load(questionnaire(*items))
    assert not form.node("fever-days").enabled
    form.set_answer("temp", 39.2)
    assert form.node("fever-days").enabled
    form.set_answer("temp", 37.0)
    assert not form.node("fever-days").enabled


def test_corpus_enable_when_expression_form(tmp_path) -> None:
    from .helpers import corpus_dir

    form = Form.load(corpus_dir() / "androidfhir__enablewhen-expression.json")
    dependent = form.find("2")[0]
    assert not dependent.enabled
    form.set_answer("1", True)
    assert dependent.enabled


def test_change_events_name_only_what_changed() -> None:
    form = Form.load(questionnaire(question("a"), question("b"),
                                   question("c", enableWhen=[when("a", "=", "answerInteger", 1)])))
    seen = []
    unsubscribe = form.subscribe(seen.append)
    form.set_answer("b", 4)
    assert [n.link_id for n in seen[-1].nodes] == ["b"]
    form.set_answer("a", 1)
    assert sorted(n.link_id for n in seen[-1].nodes) == ["a", "c"]
    unsubscribe()
    form.set_answer("a", 2)
    assert len(seen) == 2


def _response_ids(response: dict) -> set[str]:
    found = set()

    def walk(items):
        for item in items or []:
            found.add(item["linkId"])
            walk(item.get("item"))
            for answer in item.get("answer", []):
                walk(answer.get("item"))

    walk(response.get("item"))
    return found


def test_required_but_hidden_item_does_not_block_completion() -> None:
    hidden = {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
              "valueBoolean": True}
    form = Form.load(questionnaire(question("shown", "string", required=True),
                                   question("internal", "string", required=True,
                                            extension=[hidden])))
    form.set_answer("shown", "x")
    assert form.node("internal").enabled and not form.node("internal").visible
    assert form.validate() == {}


HIDDEN = {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
          "valueBoolean": True}


@pytest.mark.parametrize("group_extra", [
    {"extension": [HIDDEN]},
    {"enableWhen": [when("shown", "=", "answerString", "more")]},
], ids=["hidden group", "disabled group"])
@pytest.mark.parametrize("group_required", [False, True])
def test_required_items_in_a_group_nobody_sees_do_not_block_submission(
        group_extra, group_required) -> None:
    form = Form.load(questionnaire(
        question("shown", "string", required=True),
        {"linkId": "details", "type": "group", "text": "Details", "required": group_required,
         **group_extra,
         "item": [question("inner", "string", required=True),
                  {"linkId": "deeper", "type": "group", "text": "Deeper",
                   "item": [question("innermost", "integer", required=True)]}]}))
    assert not form.is_complete()  # "shown" is still empty
    form.set_answer("shown", "done")
    assert form.is_complete()
    assert form.validate() == {}
    assert form.to_response()["status"] == "completed"
    assert _response_ids(form.to_response()) == {"shown"}


def test_a_required_item_in_a_shown_group_still_blocks_submission() -> None:
    form = Form.load(questionnaire(
        question("shown", "string"),
        {"linkId": "details", "type": "group", "text": "Details",
         "item": [question("inner", "string", required=True)]}))
    assert not form.is_complete()
    form.set_answer("inner", "x")
    assert form.is_complete()


def test_corpus_not_equal_form_shows_its_item_before_any_answer() -> None:
    from .helpers import corpus_dir

    form = Form.load(corpus_dir() / "lforms__tab-layout-enablewhen.json")
    assert form.node("Q1-not-true").enabled and form.node("Q1-not-exists").enabled
    form.set_answer("Q1", True)
    assert not form.node("Q1-not-true").enabled
    form.set_answer("Q1", False)
    assert form.node("Q1-not-true").enabled and form.node("Q1-false").enabled
