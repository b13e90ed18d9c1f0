"""Hostile or broken forms fail with a clear FormDefinitionError, never a traceback or a hang."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from desk import words
from desk.errors import DeskError
from desk.forms import Form, FormDefinitionError, load_questionnaire
from desk.forms.commands import register
from desk.forms.response import validate_response


def _form(*items: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), **extra}


def _nested_groups(depth: int) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": "leaf", "type": "string", "text": "Name"}
    for level in range(depth):
        item = {"linkId": f"g{level}", "type": "group", "item": [item]}
    return _form(item)


def test_groups_nested_340_deep_are_refused_by_name() -> None:
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(_nested_groups(340))
    assert "nested more than 50 levels deep" in str(caught.value)


def test_groups_nested_within_the_limit_load() -> None:
    assert load_questionnaire(_nested_groups(30)).by_link_id["leaf"].type == "string"


def test_json_nested_5000_deep_is_refused() -> None:
    text = '{"resourceType": "Questionnaire", "status": "active", "x": ' \
        + "[" * 5000 + "]" * 5000 + "}"
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(text)
    assert "nested more than 200 levels deep" in str(caught.value)


def test_a_deep_dict_is_refused_too() -> None:
    deep: Any = []
    for _ in range(3000):
        deep = [deep]
    with pytest.raises(FormDefinitionError, match="nested more than 200"):
        load_questionnaire(_form(x=deep))


def _calculated(expression: str) -> dict[str, Any]:
    return {"linkId": "score", "type": "decimal", "text": "Score", "readOnly": True,
            "extension": [{
                "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                       "sdc-questionnaire-calculatedExpression",
                "valueExpression": {"language": "text/fhirpath", "expression": expression}}]}


def test_a_20000_term_sum_is_refused_by_length() -> None:
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(_form(_calculated("+".join(["1"] * 20000))))
    assert "longer than 10,000 characters" in str(caught.value)
    assert caught.value.problems[0].link_id == "score"


def test_deeply_bracketed_expression_is_refused() -> None:
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(_form(_calculated("(" * 4000 + "1" + ")" * 4000)))
    assert caught.value.problems[0].link_id == "score"


def test_nan_and_infinity_in_the_form_are_refused() -> None:
    for constant in ("NaN", "Infinity", "-Infinity"):
        text = json.dumps(_form(_calculated("1"))).replace(
            '"readOnly": true', f'"readOnly": true, "maxValue": {constant}')
        with pytest.raises(FormDefinitionError, match="NaN or Infinity"):
            load_questionnaire(text)
    with pytest.raises(FormDefinitionError, match="NaN or Infinity"):
        load_questionnaire(_form(_calculated("1"), x=float("nan")))


def test_a_sum_within_the_limit_still_calculates() -> None:
    form = Form.load(_form(_calculated("+".join(["1"] * 100))))
    assert form.node("score").answers


def _text_form() -> Form:
    return Form.load(_form({"linkId": "note", "type": "text", "text": "Note"},
                           {"linkId": "size", "type": "quantity", "text": "Size"},
                           {"linkId": "file", "type": "attachment", "text": "File"}))


@pytest.mark.parametrize("value", ["lone \ud800 half", "bell \x07 rings", "nul \x00"])
def test_unsavable_text_is_refused_with_a_message(value: str) -> None:
    form = _text_form()
    assert form.set_answer("note", value) is False
    assert form.node("note").messages == [
        "The answer holds characters that cannot be saved. Please type it again."]
    assert form.node("note").answers == []
    form.to_draft()


def test_text_with_line_breaks_and_tabs_is_kept() -> None:
    form = _text_form()
    assert form.set_answer("note", "first line\n\tsecond line")
    assert json.loads(form.to_draft())


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_nan_and_infinity_answers_are_refused(value: float) -> None:
    form = _text_form()
    assert form.set_answer("size", {"value": 3.0, "comparator": "<", "extra": value}) is False
    assert form.set_answer("file", {"data": "AA==", "size": value}) is False
    assert form.set_answer("size", ("valueQuantity", {"value": value})) is False
    json.loads(json.dumps(form.to_response(), allow_nan=False))


def _choice_form() -> Form:
    return Form.load(_form(
        {"linkId": "mood", "type": "choice", "text": "Mood",
         "answerOption": [{"valueCoding": {"code": "ok", "display": "OK"}}]},
        {"linkId": "name", "type": "string", "text": "Name"}))


def _response(items: Any) -> dict[str, Any]:
    return {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items}


@pytest.mark.parametrize(("items", "named"), [
    ("x", "'item' must be a list"),
    (["x"], "an item is not a JSON object"),
    ([{"linkId": "mood", "answer": [{"valueCoding": "x"}]}], "valueCoding"),
    ([{"linkId": "mood", "answer": "x"}], "'answer' must be a list"),
    ([{"linkId": "name", "answer": ["x"]}], "not a JSON object"),
    ([{"linkId": "mood", "item": "x"}], "'item' must be a list"),
])
def test_a_malformed_response_is_refused_naming_the_fault(items: Any, named: str) -> None:
    with pytest.raises(DeskError) as caught:
        _choice_form().load_response(_response(items))
    assert caught.value.kind == "input"
    assert named in caught.value.message


def _refused(items: Any) -> str:
    with pytest.raises(DeskError) as caught:
        _choice_form().load_response(_response(items))
    return caught.value.message


def test_saved_answers_that_do_not_fit_are_refused_in_the_staff_s_language() -> None:
    elsewhere = [{"linkId": "elsewhere", "answer": [{"valueString": "x"}]}]
    wrong_type = [{"linkId": "name", "answer": [{"valueInteger": 3}]}]
    words.set_language("fr")
    try:
        assert _refused(elsewhere) == (
            "les réponses enregistrées ne correspondent pas à ce formulaire\u00a0: l’élément "
            "'elsewhere' n’est pas à cet endroit de ce formulaire")
        words.set_language("es")
        assert _refused(wrong_type) == (
            "las respuestas guardadas no corresponden a este formulario: el elemento 'name' "
            "tiene una respuesta del tipo equivocado")
    finally:
        words.set_language("en")
    assert _refused(wrong_type) == ("the saved answers do not fit this form: item 'name' has "
                                    "an answer of the wrong type")


def test_a_response_s_problems_read_in_the_staff_s_language() -> None:
    response = {"resourceType": "QuestionnaireResponse", "status": "done",
                "item": [{"linkId": "name", "answer": [{"valueInteger": 1}]}]}
    definition = _choice_form().definition
    words.set_language("fr")
    try:
        assert validate_response(response, definition) == [
            "le statut 'done' n’est pas valide",
            "élément name\u00a0: valueInteger ne convient pas à un élément de type string"]
    finally:
        words.set_language("en")
    assert validate_response(response, definition)[1] == (
        "item name: valueInteger does not fit a string item")


def _refused_for_nan() -> str:
    response = _response([{"linkId": "name", "answer": [{"valueString": "Ana"}]}])
    response["x"] = float("nan")
    with pytest.raises(DeskError) as caught:
        _choice_form().load_response(response)
    return caught.value.message


def test_a_response_holding_nan_is_refused_in_a_sentence_of_each_language() -> None:
    assert _refused_for_nan() == ("the saved answers cannot be read: their JSON holds NaN or "
                                  "Infinity, which is not a number JSON allows")
    words.set_language("fr")
    try:
        assert _refused_for_nan() == ("les réponses enregistrées ne peuvent pas être "
                                      "lues\u00a0: leur JSON contient NaN ou Infinity, qui ne "
                                      "sont pas des nombres admis en JSON")
        words.set_language("es")
        assert _refused_for_nan() == ("las respuestas guardadas no se pueden leer: su JSON "
                                      "contiene NaN o Infinity, que no son números admitidos "
                                      "en JSON")
    finally:
        words.set_language("en")


def _cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="desk")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


def test_cli_pdf_refuses_a_malformed_response(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    questionnaire = tmp_path / "q.json"
    questionnaire.write_text(json.dumps(_choice_form().definition.raw))
    for number, body in enumerate([
            _response([{"linkId": "mood", "answer": [{"valueCoding": "x"}]}]),
            {**_response("x"), "subject": "x"}]):
        response = tmp_path / f"r{number}.json"
        response.write_text(json.dumps(body))
        assert _cli("form", "pdf", str(questionnaire), str(response),
                    str(tmp_path / "out.pdf")) == 1
        assert "the saved answers do not fit this form" in capsys.readouterr().err
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000)
    assert _cli("form", "pdf", str(questionnaire), str(deep), str(tmp_path / "out.pdf")) == 1
    assert "cannot be read as JSON" in capsys.readouterr().err


def test_pdf_of_groups_nested_20_deep_prints_the_answer(tmp_path: Path) -> None:
    import subprocess

    from desk.forms import Clinic, PatientHeader, render_pdf

    item: dict[str, Any] = {"linkId": "leaf", "type": "string", "text": "Deepest name"}
    for level in range(20):
        item = {"linkId": f"g{level}", "type": "group", "text": f"Part {level}",
                "item": [item]}
    form = Form.load(_form(item))
    assert form.set_answer("leaf", "Ana")
    out = tmp_path / "deep.pdf"
    render_pdf(form, clinic=Clinic("Clinic"), patient=PatientHeader("Ana", None, "MRN-1"),
               out=out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "Deepest name" in text and "Ana" in text


def _pattern_form(pattern: str) -> Form:
    return Form.load(_form({"linkId": "code", "type": "string", "text": "Code", "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": pattern}]}))


def test_a_backtracking_regex_refuses_40_characters_without_hanging() -> None:
    form = _pattern_form("(a+)+$")
    form.set_answer("code", "a" * 40 + "!")
    assert form.node("code").messages == ["The answer does not have the expected format."]


def test_a_regex_that_runs_too_long_is_stopped_and_says_so(
        caplog: pytest.LogCaptureFixture) -> None:
    form = _pattern_form("(a|aa)+$")
    form.set_answer("code", "a" * 40 + "!")
    assert form.node("code").messages == [
        "This answer could not be checked: the form's format rule is too slow. "
        "Please tell the staff."]
    assert "item code" in caplog.text


def _doubling(steps: int) -> dict[str, Any]:
    """An item whose variables double a list ``steps`` times (2**steps values)."""
    sdc = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
    variables = [{"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {
        "name": f"v{n}", "language": "text/fhirpath",
        "expression": "(1).combine(1)" if n == 0 else f"%v{n - 1}.combine(%v{n - 1})"}}
        for n in range(steps)]
    return {"linkId": "total", "type": "integer", "text": "Total", "readOnly": True,
            "extension": [*variables, {
                "url": sdc + "sdc-questionnaire-calculatedExpression",
                "valueExpression": {"language": "text/fhirpath",
                                    "expression": f"%v{steps - 1}.count()"}}]}


def test_an_expression_expanding_to_a_million_values_is_stopped_and_named(
        caplog: pytest.LogCaptureFixture) -> None:
    form = Form.load(_form(_doubling(20), {"linkId": "name", "type": "string", "text": "N"}))
    assert "This could not be calculated. Please tell the staff." in form.node("total").messages
    assert "item total could not be calculated: more than 10,000 values" in caplog.text
    assert form.set_answer("name", "Ana")


def test_a_small_doubling_still_calculates() -> None:
    form = Form.load(_form(_doubling(5)))
    assert form.node("total").answers == [("valueInteger", 32)]
    assert form.node("total").messages == []


def test_check_warns_of_unknown_functions_and_failing_expressions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.json"
    path.write_text(json.dumps(_form({**_calculated("1.frobnicate()"), "linkId": "a"},
                                     {**_calculated("'a' + 1"), "linkId": "b"})))
    assert _cli("form", "check", str(path)) == 0
    out = capsys.readouterr().out
    assert "item a: expression '1.frobnicate()' calls frobnicate, which desk does not know" \
        in out
    assert "warning: item b: an expression could not be calculated" in out


def test_a_failing_expression_says_so_on_its_item() -> None:
    form = Form.load(_form({**_calculated("'a' + 1"), "linkId": "b"}))
    assert form.node("b").messages == ["This could not be calculated. Please tell the staff."]
    form.set_language("fr")
    assert form.node("b").messages == ["Ceci n'a pas pu être calculé. Prévenez le personnel."]


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(FormDefinitionError) as caught:
        load_questionnaire(data)
    return [str(p) for p in caught.value.problems]


def test_an_extension_given_as_an_object_is_refused_not_dropped() -> None:
    score = _calculated("1 + 1")
    score["extension"] = score["extension"][0]
    assert _problems(_form(score)) == ["item score: 'extension' must be a list"]


def test_text_given_as_a_list_is_refused_not_emptied() -> None:
    assert _problems(_form({"linkId": "q", "type": "string", "text": ["Name"]})) == [
        "item q: 'text' must be text"]


def test_a_nested_extension_given_as_an_object_is_refused() -> None:
    item = {"linkId": "q", "type": "string", "text": "Name", "extension": [
        {"url": "http://example.org/x", "extension": {"url": "y", "valueString": "z"}}]}
    assert _problems(_form(item)) == [
        "item q: extension http://example.org/x has an 'extension' that is not a list"]


def test_an_integer_link_id_is_placed() -> None:
    group = {"linkId": "g", "type": "group", "text": "G", "item": [
        {"linkId": "a", "type": "string", "text": "A"}, {"linkId": 7, "type": "string"}]}
    assert _problems(_form(group)) == ["item 2 under 'g' has a linkId that is not text"]
    assert _problems(_form({"type": "string"})) == ["item 1 has no linkId"]


def test_answer_option_as_text_gives_one_message() -> None:
    assert _problems(_form({"linkId": "c", "type": "choice", "text": "C",
                            "answerOption": "none"})) == ["item c: 'answerOption' must be a list"]


def test_messages_say_an_integer() -> None:
    item = {"linkId": "n", "type": "integer", "text": "N", "initial": [{"valueString": "x"}]}
    assert _problems(_form(item)) == [
        "item n: initial value valueString does not fit an integer item"]


def test_check_lists_features_desk_does_not_run(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sdc = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
    query = {"url": sdc + "sdc-questionnaire-initialExpression", "valueExpression": {
        "language": "application/x-fhir-query", "expression": "Observation?code=1234-5"}}
    patient = {"url": sdc + "sdc-questionnaire-initialExpression", "valueExpression": {
        "language": "application/x-fhir-query", "expression": "Patient?_id={{%patient.id}}"}}
    form = _form(
        {"linkId": "sum", "type": "decimal", "text": "Sum", "readOnly": True,
         "code": [{"system": "http://ehelse.no/scoringFormulas", "code": "SCORE"}]},
        {"linkId": "last", "type": "string", "text": "Last", "extension": [query]},
        {"linkId": "me", "type": "string", "text": "Me", "extension": [patient]},
        extension=[{"url": sdc + "sdc-questionnaire-sourceQueries",
                    "valueReference": {"reference": "#q"}}])
    path = tmp_path / "q.json"
    path.write_text(json.dumps(form))
    assert _cli("form", "check", str(path)) == 0
    unsupported = [line for line in capsys.readouterr().out.splitlines() if "unsupported" in line]
    assert unsupported == [
        f"{path}: unsupported: sourceQueries are not run: no resources are fetched",
        f"{path}: unsupported: item sum: scoring by item code 'SCORE' "
        "(http://ehelse.no/scoringFormulas) is not calculated",
        f"{path}: unsupported: item last: the query 'Observation?code=1234-5' is not run: "
        "desk reads only the patient's own record"]


FOUND = Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "fhirpath"


@pytest.mark.parametrize("found", ["matches-backtracking.txt",
                                   "replace-matches-backtracking.txt"])
def test_a_backtracking_pattern_in_an_expression_is_stopped_within_a_second(
        found: str) -> None:
    # found with the fhirpath fuzz target: fhirpathpy's matches() ran for almost four minutes
    # on this, and the kiosk with it
    import time

    started = time.perf_counter()
    form = Form.load(_form({**_calculated((FOUND / found).read_text()), "linkId": "b"},
                           {"linkId": "name", "type": "string", "text": "N"}))
    assert form.set_answer("name", "Ana")
    assert time.perf_counter() - started < 1.0
    assert form.node("b").messages == ["This could not be calculated. Please tell the staff."]


def test_matches_and_replace_matches_still_work() -> None:
    form = Form.load(_form(
        {**_calculated("'abcabc'.replaceMatches('(b)c', '$1x')"), "linkId": "b",
         "type": "string"},
        {**_calculated("iif('ABC'.matches('^A.C$'), 'yes', 'no')"), "linkId": "c",
         "type": "string"}))
    assert form.node("b").answers == [("valueString", "abxabx")]
    assert form.node("c").answers == [("valueString", "yes")]
