"""Filling intake forms in tests, as a patient at the kiosk would."""

from __future__ import annotations

from typing import Any

from desk.forms import Form, bundled_forms
from desk.frontdesk.catalog import FormInfo
from tests.forms.helpers import fill_everything


def filled_response(form: str | FormInfo, *, language: str = "en",
                    answers: dict[str, Any] | None = None) -> dict[str, Any]:
    """A completed QuestionnaireResponse for ``form``: a bundled form's name, or any form."""
    source = bundled_forms()[form] if isinstance(form, str) else form.source
    filling = Form.load(source, language=language)
    for link_id, value in (answers or {}).items():
        assert filling.set_answer(link_id, value), filling.find(link_id)[0].messages
    fill_everything(filling)
    return filling.to_response(status="completed")


CLINIC_URL = "http://clinic.example/fhir/Questionnaire/travel"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"


def clinic_form(**changes: Any) -> dict[str, Any]:
    """A form of the clinic's own as its server keeps it: a travel screening, with a French
    title and question. A change to None leaves the element out."""
    form = {
        "resourceType": "Questionnaire", "url": CLINIC_URL, "version": "2", "status": "active",
        "title": "Travel screening", "_title": _french("Dépistage voyage"),
        "item": [
            {"linkId": "travelled", "type": "boolean", "required": True,
             "text": "Have you travelled abroad in the last 30 days?",
             "_text": _french("Avez-vous voyagé à l'étranger ces 30 derniers jours ?")},
            {"linkId": "where", "type": "string", "text": "Where did you go?",
             "enableWhen": [{"question": "travelled", "operator": "=",
                             "answerBoolean": True}]},
        ],
    }
    return {key: value for key, value in (form | changes).items() if value is not None}


def as_pulled(form: dict[str, Any], server_id: str, *, version: str = "1",
              updated: str = "2026-03-01T08:00:00Z") -> dict[str, Any]:
    """``form`` as a search on the server returns it: with its id and meta."""
    return form | {"id": server_id, "meta": {"versionId": version, "lastUpdated": updated}}


def keep_pulled(workspace, *resources: dict[str, Any]) -> None:
    """Keep Questionnaires the way a pull from the clinic's server does."""
    from desk.sync.history import store
    from desk.sync.status import PullReport

    store(workspace.engine, "Questionnaire", list(resources), {}, PullReport())


def _french(text: str) -> dict[str, Any]:
    return {"extension": [{"url": TRANSLATION, "extension": [
        {"url": "lang", "valueCode": "fr"}, {"url": "content", "valueString": text}]}]}
