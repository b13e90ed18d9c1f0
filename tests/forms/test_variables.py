"""FHIRPath variables where forms need them: in initial expressions and in new instances."""

from __future__ import annotations

from desk.forms import Form

EXT = "http://hl7.org/fhir/StructureDefinition/"
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
PATIENT = {"resourceType": "Patient", "id": "p-1", "gender": "female"}


def questionnaire(*items: dict, **extra) -> dict:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), **extra}


def variable(name: str, expression: str) -> dict:
    return {"url": EXT + "variable",
            "valueExpression": {"name": name, "language": "text/fhirpath",
                                "expression": expression}}


def expression(kind: str, text: str) -> dict:
    return {"url": SDC + f"sdc-questionnaire-{kind}",
            "valueExpression": {"language": "text/fhirpath", "expression": text}}


HIDDEN = {"url": EXT + "questionnaire-hidden", "valueBoolean": True}


def test_an_initial_expression_reads_the_forms_variables() -> None:
    form = Form.load(questionnaire(
        {"linkId": "sex", "type": "string", "text": "Sex", "extension": [
            HIDDEN, expression("initialExpression", "%sex")]},
        {"linkId": "site", "type": "string", "text": "Site", "extension": [
            expression("initialExpression", "%site")]},
        {"linkId": "pick", "type": "choice", "text": "Pick", "extension": [
            expression("answerExpression",
                       "%resource.item.where(linkId='sex').answer.value")]},
        extension=[variable("sex", "%patient.gender"), variable("site", "'North wing'")]),
        patient=PATIENT)
    assert form.node("sex").answer == "female"
    assert form.node("site").answer == "North wing"
    assert form.node("pick").option_labels() == ["female"]


def test_an_initial_expression_reads_its_groups_variables() -> None:
    form = Form.load(questionnaire({
        "linkId": "vitals", "type": "group", "text": "Vitals", "repeats": True,
        "extension": [variable("unit", "'kg'")],
        "item": [{"linkId": "unit", "type": "string", "text": "Unit",
                  "extension": [expression("initialExpression", "%unit")]}]}))
    assert form.node("unit").answer == "kg"
    second = form.add_instance(form.node("vitals"))
    assert second.children[0].answer == "kg"


def _medicines() -> Form:
    return Form.load(questionnaire({
        "linkId": "med", "type": "group", "text": "Medicine", "repeats": True,
        "extension": [variable("Z", "1"),
                      variable("tabs", "item.where(linkId='tablets').answer.value")],
        "item": [
            {"linkId": "tablets", "type": "integer", "text": "Tablets a day"},
            {"linkId": "per-week", "type": "integer", "text": "Tablets a week", "readOnly": True,
             "extension": [variable("seven", "7"),
                           expression("calculatedExpression", "%tabs * %seven * %Z")]},
            {"linkId": "count", "type": "integer", "text": "Count", "readOnly": True,
             "extension": [expression("calculatedExpression", "%Z * 10")]}]}))


def test_a_new_instance_computes_its_constant_variables() -> None:
    form = _medicines()
    first = form.node("med")
    assert form.find("count")[0].answer == 10
    second = form.add_instance(first)
    assert form.find("count")[1].answer == 10
    form.set_answer(second.children[0], 2)
    assert form.find("per-week")[1].answer == 14
    third = form.add_instance(second)
    form.set_answer(third.children[0], 3)
    assert [n.answer for n in form.find("count")] == [10, 10, 10]
    assert [n.answer for n in form.find("per-week")] == [None, 14, 21]


def test_instances_restored_from_a_draft_compute_their_constants() -> None:
    form = _medicines()
    form.set_answer(form.add_instance(form.node("med")).children[0], 2)
    again = Form.from_draft(form, form.to_draft())
    assert [n.answer for n in again.find("count")] == [10, 10]
    assert [n.answer for n in again.find("per-week")] == [None, 14]
