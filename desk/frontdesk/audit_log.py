"""Reading the audit log for administrators: filter, and check the chain."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from desk.storage.schema import appointment, audit, intake, patient


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    username: str
    action: str
    record_type: str
    record_id: str
    outcome: str
    patient: str = ""
    """Whose record it is, looked up now from the encrypted store (the log holds ids only)."""


def entries(conn: sa.Connection, *, text: str = "", action: str = "",
            limit: int = 2000) -> list[AuditEntry]:
    """Newest first. ``text`` matches user, record id, record type or the patient's name;
    ``action`` the start of the action."""
    booked = appointment.alias("booked")
    form = intake.alias("form")
    whose = patient.alias("whose")
    owner = sa.case((audit.c.record_type == "Patient", audit.c.record_id),
                    (audit.c.record_type == "Appointment", booked.c.patient_id),
                    (audit.c.record_type == "Intake", form.c.patient_id))
    query = (sa.select(audit, whose.c.family, whose.c.given)
             .outerjoin(booked, sa.and_(audit.c.record_type == "Appointment",
                                        booked.c.id == audit.c.record_id))
             .outerjoin(form, sa.and_(audit.c.record_type == "Intake",
                                      form.c.id == audit.c.record_id))
             .outerjoin(whose, whose.c.id == owner)
             .order_by(audit.c.seq.desc()).limit(limit))
    if text:
        like = f"%{text.strip()}%"
        query = query.where(sa.or_(audit.c.username.ilike(like), audit.c.record_id.ilike(like),
                                   audit.c.record_type.ilike(like), whose.c.family.ilike(like),
                                   whose.c.given.ilike(like)))
    if action:
        query = query.where(audit.c.action.startswith(action))
    return [AuditEntry(r.seq, r.at, r.username, r.action, r.record_type, r.record_id, r.outcome,
                       f"{r.family.upper()}, {r.given}" if r.family else "")
            for r in conn.execute(query)]


def actions(conn: sa.Connection) -> list[str]:
    return list(conn.execute(sa.select(audit.c.action).distinct().order_by(audit.c.action))
                .scalars())
