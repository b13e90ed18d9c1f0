"""Reading the audit log for administrators: filter, and check the chain."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from desk.storage.schema import audit


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    username: str
    action: str
    record_type: str
    record_id: str
    outcome: str


def entries(conn: sa.Connection, *, text: str = "", action: str = "",
            limit: int = 2000) -> list[AuditEntry]:
    """Newest first. ``text`` matches user, record id or record type; ``action`` its prefix."""
    query = sa.select(audit).order_by(audit.c.seq.desc()).limit(limit)
    if text:
        like = f"%{text.strip()}%"
        query = query.where(sa.or_(audit.c.username.ilike(like), audit.c.record_id.ilike(like),
                                   audit.c.record_type.ilike(like)))
    if action:
        query = query.where(audit.c.action.startswith(action))
    return [AuditEntry(r.seq, r.at, r.username, r.action, r.record_type, r.record_id, r.outcome)
            for r in conn.execute(query)]


def actions(conn: sa.Connection) -> list[str]:
    return list(conn.execute(sa.select(audit.c.action).distinct().order_by(audit.c.action))
                .scalars())
