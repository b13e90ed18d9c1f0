"""The records an intake makes besides its response: the Task that hands it to a kiosk
tablet and the Consent of a consent form, each with an id derived from the intake's, so
that either leads back to it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk.frontdesk.model import derived_id

TASK = "Task"
_CONSENT_MASK = "5a3c9e71-b2d4-0f86-31a7-c4e2d8f69b05"  # see model.derived_id
_TASK_MASK = "c81f4a2e-7d39-06b5-22c4-59a0d3b7f168"  # see model.derived_id


def consent_id(intake_id: str) -> str:
    """The record id of the Consent made from a completed consent form."""
    return derived_id(intake_id, _CONSENT_MASK)


def task_id(intake_id: str) -> str:
    """The record id of the Task that hands an intake to a kiosk tablet (its own: record
    ids are unique across types, in a bundle too)."""
    return derived_id(intake_id, _TASK_MASK)


def intake_of_task(task_record_id: str) -> str:
    """The intake a Task record stands for (the inverse of :func:`task_id`)."""
    return task_id(task_record_id)


def intake_of_consent(consent_record_id: str) -> str:
    """The intake a Consent record was made from (the inverse of :func:`consent_id`)."""
    return consent_id(consent_record_id)


def consent_given(response: Mapping[str, Any]) -> bool:
    """Whether the consent form's "I agree" box was ticked."""
    for item in response.get("item") or []:
        if item.get("linkId") == "agree":
            return any(a.get("valueBoolean") is True for a in item.get("answer") or [])
    return False
