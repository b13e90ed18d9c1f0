"""Drafts of forms being filled in: every change is kept in the encrypted workspace.

A draft is keyed by its intake, holds the engine's :meth:`desk.forms.Form.to_draft` bytes
and the page the form was on, and is dropped when the form is completed. Saving after every
change means a crash, a power cut or a kill loses at most the field being typed.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.schema import draft, intake


@dataclass(frozen=True, slots=True)
class Draft:
    """A saved draft: the engine's bytes and the page to resume on."""

    data: bytes
    page: int


def save(conn: sa.Connection, intake_id: str, data: bytes, *, page: int) -> None:
    """Keep ``data`` (``Form.to_draft()``) and ``page`` as the intake's draft."""
    row = conn.execute(sa.select(intake.c.patient_id, intake.c.appointment_id,
                                 intake.c.questionnaire).where(intake.c.id == intake_id)).one()
    values = {"data": data, "page": page, "updated_at": stamp()}
    done = conn.execute(draft.update().where(draft.c.id == intake_id).values(**values))
    if not done.rowcount:
        conn.execute(draft.insert().values(id=intake_id, patient_id=row.patient_id,
                                           appointment_id=row.appointment_id,
                                           questionnaire=row.questionnaire, **values))


def load(conn: sa.Connection, intake_id: str) -> Draft | None:
    """The intake's draft, if one was saved."""
    row = conn.execute(sa.select(draft.c.data, draft.c.page)
                       .where(draft.c.id == intake_id)).first()
    return Draft(bytes(row.data), int(row.page)) if row is not None else None


def drop(conn: sa.Connection, intake_id: str) -> None:
    """Forget the intake's draft (completed, or started over)."""
    conn.execute(draft.delete().where(draft.c.id == intake_id))
