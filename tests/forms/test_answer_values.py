"""Answers as the person gives them: zero weights, typed times, codeless options, one answer."""

from __future__ import annotations

from desk.forms import Form

EXT = "http://hl7.org/fhir/StructureDefinition/"
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"


def questionnaire(*items: dict, **extra) -> dict:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), **extra}


def scored(code: str, weight: int, *, on_coding: bool = False) -> dict:
    """An answerOption weighted with ordinalValue, on the option or on its coding."""
    weight_ext = [{"url": EXT + "ordinalValue", "valueDecimal": weight}]
    coding = {"system": "http://loinc.org", "code": code, "display": code}
    if on_coding:
        return {"valueCoding": {**coding, "extension": weight_ext}}
    return {"valueCoding": coding, "extension": weight_ext}


def _scored_form() -> Form:
    options_a = [scored("a0", 0), scored("a2", 2)]
    options_b = [scored("b0", 0, on_coding=True), scored("b3", 3, on_coding=True)]
    total = "%resource.item.where(linkId='a').answer.value.weight() + " \
            "%resource.item.where(linkId='b').answer.value.weight()"
    return Form.load(questionnaire(
        {"linkId": "a", "type": "choice", "text": "A", "answerOption": options_a},
        {"linkId": "b", "type": "choice", "text": "B", "answerOption": options_b},
        {"linkId": "total", "type": "decimal", "text": "Total", "readOnly": True,
         "extension": [{"url": SDC + "sdc-questionnaire-calculatedExpression",
                        "valueExpression": {"language": "text/fhirpath",
                                            "expression": total}}]}))


def test_an_option_weighted_zero_scores_zero() -> None:
    form = _scored_form()
    form.set_answer("a", "a0")
    form.set_answer("b", "b0")
    assert form.node("a").score == 0 and form.node("b").score == 0
    assert form.total_score() == 0
    assert form.node("total").answer == 0


def test_a_sum_with_a_zero_weighted_answer_is_the_other_weight() -> None:
    form = _scored_form()
    form.set_answer("a", "a0")
    form.set_answer("b", "b3")
    assert form.node("total").answer == 3
    assert form.total_score() == 3
    form.set_answer("a", "a2")
    form.set_answer("b", "b0")
    assert form.node("total").answer == 2


def test_a_time_typed_without_seconds_is_accepted() -> None:
    form = Form.load(questionnaire({"linkId": "t", "type": "time", "text": "When"}))
    assert form.set_answer("t", "14:30")
    assert form.node("t").answer == "14:30:00" and form.node("t").messages == []
    assert form.set_answer("t", "9:05")
    assert form.node("t").answer == "09:05:00"
    assert form.set_answer("t", "14:30:15")
    assert form.node("t").answer == "14:30:15"
    assert not form.set_answer("t", "25:00")
    assert form.node("t").messages == ["Enter a time (HH:MM)."]


def _codeless_form() -> Form:
    return Form.load(questionnaire(
        {"linkId": "q", "type": "choice", "text": "Do you smoke?", "answerOption": [
            {"valueCoding": {"display": "Yes"}}, {"valueCoding": {"display": "No"}}]},
        {"linkId": "s", "type": "choice", "text": "Sure?", "answerOption": [
            {"valueCoding": {"system": "urn:x", "display": "Yes"}},
            {"valueCoding": {"system": "urn:x", "display": "No"}}]},
        {"linkId": "why", "type": "string", "text": "Why not?", "enableWhen": [
            {"question": "q", "operator": "=", "answerCoding": {"display": "No"}}]}))


def test_codeless_options_keep_the_answer_that_was_picked() -> None:
    form = _codeless_form()
    no, sure_no = form.node("q").options[1], form.node("s").options[1]
    assert form.set_answer("q", no)
    assert form.set_answer("s", sure_no)
    assert form.node("q").answer_texts() == ["No"]
    assert form.node("s").answer_texts() == ["No"]
    assert form.node("why").enabled
    form.set_answer("q", form.node("q").options[0])
    assert form.node("q").answer_texts() == ["Yes"]
    assert not form.node("why").enabled


def test_codeless_options_are_picked_by_their_display() -> None:
    form = _codeless_form()
    assert form.set_answer("q", "No")
    assert form.node("q").answer_texts() == ["No"]
    assert form.set_answer("s", {"system": "urn:x", "display": "No"})
    assert form.node("s").answer_texts() == ["No"]
    assert not form.set_answer("q", "Maybe")


def test_codeless_answers_print_as_picked(tmp_path) -> None:
    import subprocess

    from desk.forms.pdf import Clinic, PatientHeader, render_pdf

    form = _codeless_form()
    form.set_answer("q", form.node("q").options[1])
    out = tmp_path / "smoke.pdf"
    render_pdf(form, clinic=Clinic("C"), patient=PatientHeader("P"), out=out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True, text=True).stdout
    line = next(line for line in text.splitlines() if "Do you smoke?" in line)
    assert "No" in line and "Yes" not in line


def test_several_values_on_a_question_that_does_not_repeat_are_refused() -> None:
    form = Form.load(questionnaire(
        {"linkId": "age", "type": "integer", "text": "Age"},
        {"linkId": "names", "type": "string", "text": "Names", "repeats": True}))
    form.set_answer("age", 30)
    seen = []
    form.subscribe(seen.append)
    assert not form.set_answers("age", [41, 42])
    assert form.node("age").answers == [("valueInteger", 30)]
    assert form.node("age").messages == ["This question takes only one answer."]
    assert seen and form.node("age") in seen[-1].nodes
    assert form.set_answers("age", [41])
    assert form.node("age").answers == [("valueInteger", 41)]
    assert form.node("age").messages == []
    assert form.set_answers("names", ["Ana", "Bea"])
    assert form.node("names").answer_texts() == ["Ana", "Bea"]
