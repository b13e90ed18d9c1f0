"""desk.forms: the Qt-free FHIR R4 intake forms engine.

A view works from a :class:`Form` and its :class:`Node` tree::

    form = Form.load(bundled_forms()["phq-9"], language="fr", patient=patient_dict)
    unsubscribe = form.subscribe(lambda change: view.refresh(change.nodes))
    for node in form.nodes():          # form order; node.children for nesting
        node.visible, node.text, node.type, node.required, node.read_only
        node.options, node.option_labels(), node.answers, node.answer_texts()
        node.messages, node.item_control, node.unit, node.entry_format
    form.set_answer("phq9-q1", "LA6570-1")   # False + node.messages if it does not fit
    form.add_instance(node)                  # a new instance of a repeating group
    form.set_language("es")                  # answers are kept
    draft = form.to_draft()                  # bytes for the encrypted draft store
    problems = form.validate()               # shows "required" messages from now on
    response = form.to_response(subject="Patient/123")
    pdf = render_pdf(form, clinic=Clinic(...), patient=PatientHeader(...))

A form that cannot be used raises :class:`FormDefinitionError` (kind ``"input"``)
listing every :class:`Problem` with its linkId. How desk decides the cases where
engines disagree is written in :mod:`desk.forms.engine`.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.forms.conditions import evaluate_condition
    from desk.forms.engine import Form, FormChange
    from desk.forms.loading import load_questionnaire
    from desk.forms.model import (
        FormDefinitionError,
        ItemDef,
        Option,
        Problem,
        QuestionnaireDef,
        Text,
    )
    from desk.forms.node import Node, NodeKey
    from desk.forms.pdf import Clinic, PatientHeader, render_pdf, render_response_pdf
    from desk.forms.response import build_response, validate_response
    from desk.forms.values import attachment

# Names load on first use (PEP 562): the ``desk form`` command registers at every start-up
# and must not pull in the engine, fhirpathpy and reportlab.
_WHERE = {
    "Form": "engine", "FormChange": "engine", "Node": "node", "NodeKey": "node",
    "evaluate_condition": "conditions",
    "FormDefinitionError": "model", "ItemDef": "model", "Option": "model", "Problem": "model",
    "QuestionnaireDef": "model", "Text": "model", "load_questionnaire": "loading",
    "Clinic": "pdf", "PatientHeader": "pdf", "render_pdf": "pdf", "render_response_pdf": "pdf",
    "build_response": "response", "validate_response": "response",
    "attachment": "values",
}

__all__ = [
    "Clinic", "Form", "FormChange", "FormDefinitionError", "ItemDef", "Node", "NodeKey",
    "Option", "PatientHeader", "Problem", "QuestionnaireDef", "Text", "attachment",
    "build_response", "bundled_forms", "evaluate_condition", "load_questionnaire", "render_pdf",
    "render_response_pdf", "validate_response",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'desk.forms' has no attribute {name!r}")
    return getattr(importlib.import_module(f"desk.forms.{module}"), name)


def bundled_forms() -> dict[str, Path]:
    """The forms shipped with desk: name -> path of the Questionnaire JSON."""
    from desk.paths import resource

    folder = resource("questionnaires")
    return {p.stem: p for p in sorted(folder.glob("*.json"))}
