"""Answers, validation messages, languages, pre-population, responses and drafts."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.errors import DeskError
from desk.forms import Form, attachment, bundled_forms, validate_response

from .helpers import corpus_dir

pytestmark = pytest.mark.clock

PATIENT = {"resourceType": "Patient", "id": "p-7", "gender": "female", "birthDate": "1984-03-09",
           "name": [{"family": "Lefèvre", "given": ["Hélène", "Marie"]}]}


def test_prepopulation_from_patient() -> None:
    form = Form.load(bundled_forms()["new-patient-registration"], patient=PATIENT)
    assert form.node("given-name").answer == "Hélène"
    assert form.node("family-name").answer == "Lefèvre"
    assert form.node("birth-date").answer == "1984-03-09"
    assert form.node("sex").answer_texts() == ["Female"]


def test_corpus_initial_expression_with_launch_context() -> None:
    form = Form.load(corpus_dir() / "androidfhir__new-patient-registration-paginated.json",
                     patient=PATIENT)
    answers = {n.link_id: n.answer for n in form.nodes() if n.answers}
    assert "Hélène" in answers.values()
    assert "1984-03-09" in answers.values()


def test_without_patient_nothing_is_prefilled() -> None:
    form = Form.load(bundled_forms()["new-patient-registration"])
    assert form.node("given-name").answers == []


def test_language_switch_keeps_answers() -> None:
    form = Form.load(bundled_forms()["medical-history"], language="en")
    assert form.languages == ["en", "es", "fr"]
    form.set_answer("has-allergies", True)
    form.set_answer("allergy-substance", "Pénicilline")
    form.set_answer("allergy-severity", "severe")
    events = []
    form.subscribe(events.append)
    form.set_language("fr")
    assert events[-1].language
    assert form.title == "Antécédents médicaux"
    assert form.node("has-allergies").text == "Avez-vous des allergies ?"
    assert form.node("allergy-severity").answer_texts() == ["Sévère"]
    form.set_language("es")
    assert form.node("allergy-severity").answer_texts() == ["Grave"]
    assert form.node("allergy-substance").answer == "Pénicilline"
    assert form.node("has-allergies").answer_texts() == ["Sí"]


def test_unknown_language_falls_back_to_base_text() -> None:
    form = Form.load(bundled_forms()["consent"], language="de")
    assert form.node("agree").text == "I have read and I agree"


def test_value_that_does_not_fit_gives_a_message_and_is_not_stored() -> None:
    form = Form.load(bundled_forms()["medical-history"], language="fr")
    form.set_answer("smoking", "77176002")
    assert not form.set_answer("cigarettes-per-day", "beaucoup")
    assert form.node("cigarettes-per-day").messages == ["Saisissez un nombre entier."]
    assert form.node("cigarettes-per-day").answers == []
    assert form.set_answer("cigarettes-per-day", "12")
    assert form.node("cigarettes-per-day").messages == []
    assert form.node("cigarettes-per-day").answer == 12


@pytest.mark.parametrize(("link_id", "value", "expected"), [
    ("phone", "call me", "Enter a phone number, digits only (e.g. +1 555 123 4567)."),
    ("email", "not-an-address", "Enter an e-mail address such as name@example.org."),
    ("address-city", "x" * 81, "Use at most 80 characters."),
])
def test_registration_checks(link_id, value, expected) -> None:
    form = Form.load(bundled_forms()["new-patient-registration"])
    form.set_answer(link_id, value)
    assert form.node(link_id).messages == [expected]


def test_min_and_max_value_and_min_length() -> None:
    history = Form.load(bundled_forms()["medical-history"])
    history.set_answer("family-onset-age", 130)
    assert history.node("family-onset-age").messages == ["The value must be 120 or less."]
    history.set_answer("family-onset-age", -1)
    assert history.node("family-onset-age").messages == ["The value must be 0 or more."]
    consent = Form.load(bundled_forms()["consent"], language="es")
    consent.set_answer("signer-name", "J")
    assert consent.node("signer-name").messages == ["Use al menos 2 caracteres."]


def test_corpus_validation_form_messages() -> None:
    form = Form.load(corpus_dir() / "rkof__number-validation.json")
    integer = next(n for n in form.nodes() if n.type == "integer")
    low = integer.definition.min_value[1]
    form.set_answer(integer, low - 1)
    assert integer.messages == [f"The value must be {low} or more."]


def test_min_occurs_and_max_occurs() -> None:
    form = Form.load(corpus_dir() / "lforms__min-max-occurs.json")
    node = form.find("1.1")[0]
    assert node.definition.min_occurs == 2
    problems = form.validate()
    assert "Give at least 2 answers." in problems[node.key] or \
        "This question needs an answer." in problems[node.key]
    options = node.options
    form.set_answers(node, options[:1])
    assert "Give at least 2 answers." in node.messages


def test_required_messages_appear_only_after_validate() -> None:
    form = Form.load(bundled_forms()["consent"])
    assert all(not n.messages for n in form.nodes())
    problems = form.validate()
    assert problems[(("agree", 0),)] == ["This question needs an answer."]
    assert not form.is_complete()
    with pytest.raises(DeskError):
        form.to_response(status="completed")


def test_consent_with_signature_completes() -> None:
    form = Form.load(bundled_forms()["consent"])
    assert form.node("signed-on").answer == dt.date.today().isoformat()
    form.set_answer("agree", True)
    form.set_answer("signer-name", "Hélène Lefèvre")
    form.set_answer("signer-role", "self")
    form.set_answer("signature", attachment(b"\x89PNG fake", title="signature.png"))
    response = form.to_response(subject="Patient/p-7", source="Patient/p-7")
    assert response["status"] == "completed"
    assert validate_response(response, form.definition) == []


def test_repeating_groups_each_instance_its_own_answers_in_the_response() -> None:
    form = Form.load(bundled_forms()["medical-history"])
    first = form.find("medications")[0]
    form.set_answer(form.find("medication-name")[0], "Metformin")
    second = form.add_instance(first)
    form.set_answer(second.children[0], "Ramipril")
    response = form.to_response(status="in-progress")
    groups = [i for i in response["item"] if i["linkId"] == "medications"]
    assert [g["item"][0]["answer"][0]["valueString"] for g in groups] == ["Metformin", "Ramipril"]
    form.remove_instance(form.find("medications")[0])
    assert [n.answer for n in form.find("medication-name")] == ["Ramipril"]


def test_round_trip_restores_every_answer() -> None:
    form = Form.load(bundled_forms()["medical-history"], language="es")
    form.set_answer("has-allergies", True)
    form.set_answer("allergy-substance", "Látex")
    form.set_answer("allergy-reaction", "Picor en los ojos")  # free text in open-choice
    form.add_instance(form.find("allergies")[0])
    form.set_answer(form.find("allergy-substance")[1], "Nueces")
    form.set_answer(form.find("allergy-reaction")[1], "anaphylaxis")
    response = form.to_response(status="in-progress")
    again = Form.load(bundled_forms()["medical-history"], language="es")
    again.load_response(response)
    assert [n.answer for n in again.find("allergy-substance")] == ["Látex", "Nueces"]
    assert again.to_response(status="in-progress", authored=response["authored"],
                             response_id=response["id"]) == response


def test_a_unit_is_shown_in_the_forms_language() -> None:
    units = {language: Form.load(bundled_forms()["medical-history"], language=language)
             .node("family-onset-age").unit for language in ("en", "fr", "es", "de")}
    assert units == {"en": "years", "fr": "ans", "es": "años", "de": "years"}


def test_draft_round_trip_is_compact_and_complete() -> None:
    form = Form.load(bundled_forms()["medical-history"], language="fr")
    form.set_answer("condition-name", "Asthme")
    form.add_instance(form.find("conditions")[0])
    form.set_answer(form.find("condition-name")[1], "Diabète")
    form.set_answer("has-allergies", False)
    draft = form.to_draft()
    assert isinstance(draft, bytes) and len(draft) < 400
    restored = Form.from_draft(form.definition, draft)
    assert restored.language == "fr"
    assert [n.answer for n in restored.find("condition-name")] == ["Asthme", "Diabète"]
    assert restored.to_response(status="in-progress", authored="2026-01-01T00:00:00+00:00",
                                response_id="x") == form.to_response(
        status="in-progress", authored="2026-01-01T00:00:00+00:00", response_id="x")


def test_draft_of_another_form_is_refused() -> None:
    draft = Form.load(bundled_forms()["phq-9"]).to_draft()
    with pytest.raises(DeskError) as caught:
        Form.from_draft(Form.load(bundled_forms()["gad-7"]), draft)
    assert caught.value.kind == "input"
    with pytest.raises(DeskError):
        Form.from_draft(Form.load(bundled_forms()["gad-7"]), b"\x00garbage")


def test_response_that_does_not_fit_is_refused() -> None:
    form = Form.load(bundled_forms()["gad-7"])
    with pytest.raises(DeskError):
        form.load_response({"resourceType": "QuestionnaireResponse", "status": "completed",
                            "item": [{"linkId": "unknown", "answer": [{"valueString": "x"}]}]})


def test_validate_response_finds_structural_errors() -> None:
    form = Form.load(bundled_forms()["gad-7"])
    bad = {"resourceType": "QuestionnaireResponse", "status": "done", "item": [
        {"linkId": "gad7-q1", "answer": [{"valueString": "x", "valueInteger": 1}]},
        {"linkId": "gad7-q2", "answer": [{"valueInteger": 1}]},
        {"linkId": "gad7-q3"}]}
    problems = validate_response(bad, form.definition)
    assert "status 'done' is not valid" in problems
    assert "item gad7-q1: an answer must hold exactly one value[x]" in problems
    assert "item gad7-q2: the answer is not one of the item's options" in problems
    assert "item gad7-q3: has neither answers nor child items" in problems


def test_reset_forgets_every_answer_and_the_patient() -> None:
    form = Form.load(bundled_forms()["new-patient-registration"], patient=PATIENT)
    form.set_answer("phone", "+33 6 12 34 56 78")
    form.validate()
    changes = []
    form.subscribe(changes.append)
    form.reset()
    assert changes and changes[-1].structure
    assert all(not n.answers and not n.messages for n in form.nodes())
    assert form.patient is None
    assert "Hélène" not in form.to_draft().decode("utf-8")


def test_draft_keeps_an_emptied_prefilled_answer_empty() -> None:
    form = Form.load(bundled_forms()["consent"])
    assert form.node("signed-on").answers
    form.set_answer("signed-on", None)
    restored = Form.from_draft(form.definition, form.to_draft())
    assert restored.node("signed-on").answers == []


def test_damaged_draft_is_refused_or_loses_only_bad_answers() -> None:
    form = Form.load(bundled_forms()["gad-7"])
    bad_shape = b'{"v":1,"form":"urn:desk:questionnaire:gad-7|1.0.0","groups":5,"answers":[]}'
    with pytest.raises(DeskError):
        Form.from_draft(form.definition, bad_shape)
    wrong_value = (b'{"v":1,"form":"urn:desk:questionnaire:gad-7|1.0.0","answers":'
                   b'[[[["gad7-q1",0]],[["valueInteger","x"]]]]}')
    restored = Form.from_draft(form.definition, wrong_value)
    assert restored.node("gad7-q1").answers == []
