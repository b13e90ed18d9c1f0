"""desk.forms: the Qt-free FHIR R4 intake forms engine.

Load a Questionnaire with :meth:`Form.load` (or :func:`load_questionnaire` and
``Form(definition)``), answer it through :meth:`Form.set_answer`, listen with
:meth:`Form.subscribe`, and produce a QuestionnaireResponse with
:meth:`Form.to_response`. :func:`render_pdf` prints a completed response.
"""

from __future__ import annotations

from pathlib import Path

from desk.forms.engine import Form, FormChange, Node, NodeKey, evaluate_condition
from desk.forms.model import (
    FormDefinitionError,
    ItemDef,
    Option,
    Problem,
    QuestionnaireDef,
    Text,
    load_questionnaire,
)
from desk.forms.pdf import Clinic, PatientHeader, render_pdf, render_response_pdf
from desk.forms.response import build_response, validate_response
from desk.forms.values import attachment

__all__ = [
    "Clinic",
    "Form",
    "FormChange",
    "FormDefinitionError",
    "ItemDef",
    "Node",
    "NodeKey",
    "Option",
    "PatientHeader",
    "Problem",
    "QuestionnaireDef",
    "Text",
    "attachment",
    "build_response",
    "bundled_forms",
    "evaluate_condition",
    "load_questionnaire",
    "render_pdf",
    "render_response_pdf",
    "validate_response",
]


def bundled_forms() -> dict[str, Path]:
    """The forms shipped with desk: name -> path of the Questionnaire JSON."""
    from desk.paths import resource

    folder = resource("questionnaires")
    return {p.stem: p for p in sorted(folder.glob("*.json"))}
