"""Every questionnaire of the shared corpus loads, fills, completes and gives a valid response."""

from __future__ import annotations

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from desk.forms import Form, bundled_forms, load_questionnaire, validate_response

from .helpers import corpus_files, fill_everything

FILES = corpus_files()


def test_corpus_is_there() -> None:
    assert len(FILES) == 31


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_form_fills_and_completes(path) -> None:
    form = Form.load(path, patient={"resourceType": "Patient", "id": "p1",
                                    "gender": "female", "birthDate": "1970-05-04",
                                    "name": [{"given": ["Ana"], "family": "Díaz"}]})
    fill_everything(form)
    assert form.validate() == {}
    assert form.is_complete()
    response = form.to_response(subject="Patient/p1")
    assert response["status"] == "completed"
    assert validate_response(response, form.definition) == []
    QuestionnaireResponse.model_validate(response)
    enabled_questions = [n for n in form.nodes() if n.enabled and n.definition.is_question
                         and n.answers]
    assert enabled_questions, "nothing was answered"

    again = Form.load(path)
    again.load_response(response)
    assert again.to_response(authored=response["authored"],
                             response_id=response["id"], subject="Patient/p1") == response


BUNDLED = sorted(bundled_forms().items())


@pytest.mark.parametrize(("name", "path"), BUNDLED, ids=[n for n, _ in BUNDLED])
def test_bundled_form_fills_and_completes(name, path) -> None:
    form = Form.load(path)
    fill_everything(form)
    assert form.validate() == {}
    response = form.to_response(subject="Patient/p1")
    assert response["status"] == "completed"
    assert validate_response(response, form.definition) == []
    QuestionnaireResponse.model_validate(response)


@pytest.mark.parametrize(("name", "path"), BUNDLED, ids=[n for n, _ in BUNDLED])
def test_bundled_form_speaks_english_french_and_spanish(name, path) -> None:
    definition = load_questionnaire(path)
    assert definition.title.languages == {"fr", "es"}
    for item in definition.walk():
        assert item.text.languages == {"fr", "es"}, item.link_id
        for option in item.options:
            assert option.label.languages == {"fr", "es"}, (item.link_id, option.value)
    french = Form(definition, language="fr")
    english = Form(definition, language="en")
    assert french.title != english.title
    assert all(f.text != e.text or len(f.text) < 10
               for f, e in zip(french.nodes(), english.nodes(), strict=True))
