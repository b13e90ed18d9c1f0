"""Filling the bundled forms in tests, as a patient at the kiosk would."""

from __future__ import annotations

from typing import Any

from desk.forms import Form
from desk.frontdesk.intake import form_info
from tests.forms.helpers import fill_everything


def filled_response(name: str, *, language: str = "en",
                    answers: dict[str, Any] | None = None) -> dict[str, Any]:
    """A completed QuestionnaireResponse for the bundled form ``name``."""
    form = Form.load(form_info(name).path, language=language)
    for link_id, value in (answers or {}).items():
        assert form.set_answer(link_id, value), form.find(link_id)[0].messages
    fill_everything(form)
    return form.to_response(status="completed")
