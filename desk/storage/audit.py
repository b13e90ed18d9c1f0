"""The audit log: who viewed or changed which record, when; never the data itself.

Entries form a hash chain: each carries SHA-256 over its own fields and the previous
entry's hash, so an edited, inserted or deleted entry breaks every hash after it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.database import insert_rows
from desk.storage.schema import audit

GENESIS = "0" * 64
_FIELDS = ("at", "user_id", "username", "action", "record_type", "record_id", "outcome")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: a signed-in staff member, or the system itself."""

    user_id: str | None
    username: str


SYSTEM = Actor(None, "system")


def record(conn: sa.Connection, actor: Actor, action: str, record_type: str = "",
           record_id: str = "", outcome: str = "ok") -> None:
    """Append one entry in ``conn``'s transaction (the caller's change commits with it)."""
    record_many(conn, actor, [(action, record_type, record_id)], outcome=outcome)


def record_many(conn: sa.Connection, actor: Actor, entries: Iterable[tuple[str, str, str]],
                outcome: str = "ok") -> None:
    """Append entries (action, record type, record id) in ``conn``'s transaction."""
    prev_hash = conn.execute(sa.select(audit.c.hash).order_by(audit.c.seq.desc())
                             .limit(1)).scalar() or GENESIS
    at = stamp()
    who = [_text(at), _text(actor.user_id), _text(actor.username)]  # the same for each
    rows = []
    for action, record_type, record_id in entries:
        entry = {"at": at, "user_id": actor.user_id, "username": actor.username,
                 "action": action, "record_type": record_type, "record_id": record_id,
                 "outcome": outcome, "prev_hash": prev_hash}
        # the fields in _FIELDS order
        entry["hash"] = prev_hash = _chained(prev_hash, *who, _text(action),
                                             _text(record_type), _text(record_id),
                                             _text(outcome))
        rows.append(entry)
    insert_rows(conn, audit, rows)


def _digest(prev_hash: str, entry: Mapping[str, object]) -> str:
    return _chained(prev_hash, *(_text(entry[f]) for f in _FIELDS))


def _chained(prev_hash: str, *fields: str) -> str:
    return hashlib.sha256("\x1f".join((prev_hash, *fields)).encode()).hexdigest()


def _text(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None


def verify(conn: sa.Connection) -> ChainCheck:
    """Walk the chain; report the first entry whose hash or link does not hold."""
    prev_hash = GENESIS
    count = 0
    for row in conn.execute(sa.select(audit).order_by(audit.c.seq)):
        entry = row._asdict()
        if entry["prev_hash"] != prev_hash or entry["hash"] != _digest(prev_hash, entry):
            return ChainCheck(False, count, entry["seq"])
        prev_hash = entry["hash"]
        count += 1
    return ChainCheck(True, count)
