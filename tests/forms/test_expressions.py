"""Expressions: dependency-driven recalculation, per-instance scope, options, initial values."""

from __future__ import annotations

from desk.forms import Form, bundled_forms
from desk.forms.expressions import Expression

from .helpers import corpus_dir

SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"


def _expr(kind: str, text: str) -> dict:
    return {"url": SDC + f"sdc-questionnaire-{kind}",
            "valueExpression": {"language": "text/fhirpath", "expression": text}}


def test_an_unrelated_answer_runs_no_expression(monkeypatch) -> None:
    form = Form.load(bundled_forms()["phq-9"])
    form.set_answer("phq9-q1", "LA6570-1")
    calls: list[str] = []
    original = Expression.evaluate

    def counting(self, resource, env, **options):
        calls.append(self.source)
        return original(self, resource, env, **options)

    monkeypatch.setattr(Expression, "evaluate", counting)
    form.set_answer("phq9-difficulty", "LA6573-5")
    assert calls == []
    form.set_answer("phq9-q2", "LA6569-3")
    assert any("answerOption" in c for c in calls)  # the severity band was recomputed
    assert form.node("phq9-total").answer == 3


def test_calculation_inside_each_repeating_group_instance() -> None:
    variable = "http://hl7.org/fhir/StructureDefinition/variable"
    questionnaire = {"resourceType": "Questionnaire", "status": "active", "item": [{
        "linkId": "line", "type": "group", "text": "Line", "repeats": True,
        "extension": [  # group variables: their context is this group instance
            {"url": variable, "valueExpression": {
                "name": "qty", "language": "text/fhirpath",
                "expression": "item.where(linkId='qty').answer.value"}},
            {"url": variable, "valueExpression": {
                "name": "price", "language": "text/fhirpath",
                "expression": "item.where(linkId='price').answer.value"}}],
        "item": [
            {"linkId": "qty", "type": "integer", "text": "Quantity"},
            {"linkId": "price", "type": "decimal", "text": "Price"},
            {"linkId": "amount", "type": "decimal", "text": "Amount",
             "extension": [_expr("calculatedExpression", "%qty * %price")]}]}]}
    form = Form.load(questionnaire)
    second = form.add_instance(form.find("line")[0])
    form.set_answer(form.find("qty")[0], 2)
    form.set_answer(form.find("price")[0], 1.5)
    form.set_answer(second.children[0], 3)
    form.set_answer(second.children[1], 10.0)
    assert [n.answer for n in form.find("amount")] == [3.0, 30.0]


def test_answer_expression_supplies_the_options() -> None:
    questionnaire = {"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "kind", "type": "boolean", "text": "Child?"},
        {"linkId": "dose", "type": "choice", "text": "Dose", "extension": [_expr(
            "answerExpression",
            "iif(%resource.item.where(linkId='kind').answer.value = true, "
            "'5 ml' | '10 ml', '10 ml' | '20 ml')")]}]}
    form = Form.load(questionnaire)
    assert form.node("dose").option_labels() == ["10 ml", "20 ml"]
    form.set_answer("kind", True)
    assert form.node("dose").option_labels() == ["5 ml", "10 ml"]
    assert form.set_answer("dose", "5 ml")
    assert not form.set_answer("dose", "50 ml")


def test_corpus_initial_expressions() -> None:
    form = Form.load(corpus_dir() / "lforms__initial-expression.json")
    answers = {n.link_id: [v for _, v in n.answers] for n in form.nodes()}
    assert [123] in answers.values()
    assert ["abc123"] in answers.values()
    assert ["aaa", "bbb"] in answers.values()


def test_initial_expression_runs_for_a_new_instance() -> None:
    questionnaire = {"resourceType": "Questionnaire", "status": "active", "item": [{
        "linkId": "visit", "type": "group", "text": "Visit", "repeats": True, "item": [
            {"linkId": "who", "type": "string", "text": "Who",
             "extension": [_expr("initialExpression", "%patient.name.first().family")]}]}]}
    form = Form.load(questionnaire, patient={"resourceType": "Patient",
                                             "name": [{"family": "Ørsted"}]})
    second = form.add_instance(form.find("visit")[0])
    assert second.children[0].answer == "Ørsted"


def test_renderer_hints_reach_the_view() -> None:
    entry = Form.load(corpus_dir() / "lforms__entry-format.json")
    assert any(n.entry_format for n in entry.nodes())
    assert any(n.item_control for n in entry.nodes())
    vitals = Form.load(corpus_dir() / "lformsfhirapp__weight-height.json")
    assert vitals.node("/29463-7").unit == "kg"
    framingham = Form.load(corpus_dir() / "lformsfhirapp__framingham-hchd.json")
    hidden = [n for n in framingham.nodes() if n.hidden]
    assert hidden and all(not n.visible for n in hidden)
    expression_form = Form.load(corpus_dir() / "androidfhir__enablewhen-expression.json")
    assert {n.display_category for n in expression_form.nodes()} - {None}


def test_sum_of_answers_adds_integers_and_decimals() -> None:
    calc = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
    form = Form.load({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "a", "type": "integer", "text": "A"},
        {"linkId": "b", "type": "decimal", "text": "B"},
        {"linkId": "total", "type": "decimal", "text": "Total", "readOnly": True,
         "extension": [{"url": calc, "valueExpression": {
             "language": "text/fhirpath",
             "expression": "%resource.repeat(item).where(linkId = 'a' or linkId = 'b')"
                           ".answer.value.sum()"}}]}]})
    form.set_answer("a", 2)
    assert form.node("total").answer == 2 and not form.node("total").messages
    form.set_answer("b", 1.5)
    assert float(form.node("total").answer) == 3.5
