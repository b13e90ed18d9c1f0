"""Helpers for the renderer's tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QWidget

from desk.forms import Form


def small_form(*items: dict[str, Any], **extra: Any) -> Form:
    """A form made of ``items`` (plain FHIR JSON)."""
    return Form.load({"resourceType": "Questionnaire", "status": "active",
                      "item": list(items), **extra})


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one visible button under ``root`` whose text or accessible name is ``text``."""
    found = [b for b in root.findChildren(QAbstractButton)
             if (b.text() == text or b.accessibleName() == text) and b.isVisible()]
    assert len(found) == 1, f"{len(found)} buttons named {text!r}"
    return found[0]
