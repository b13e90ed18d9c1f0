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


@dataclass(frozen=True, slots=True)
class Head:
    """The last entry of the chain: its number and hash (kept outside the database as its
    anchor, see :mod:`desk.storage.audit_anchor`)."""

    seq: int
    hash: str


def head(conn: sa.Connection) -> Head | None:
    row = conn.execute(sa.select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc())
                       .limit(1)).first()
    return Head(row.seq, row.hash) if row is not None else None


def verify(conn: sa.Connection, anchor: Head | None = None) -> ChainCheck:
    """Walk the chain; report the first entry whose hash, link or number does not hold.

    Numbers are never given twice (``AUTOINCREMENT``), so a missing number is a deleted
    entry even when the ones after it were hashed again; the last number must be the last
    given (the end of the log cut off). ``anchor``, a head kept outside the database, must
    still be in the chain as it was (the end cut off and the numbers set back)."""
    prev_hash, prev_seq = GENESIS, 0
    count = 0
    for row in conn.execute(sa.select(audit).order_by(audit.c.seq)):
        entry = row._asdict()
        if entry["prev_hash"] != prev_hash or entry["hash"] != _digest(prev_hash, entry) \
                or entry["seq"] != prev_seq + 1:
            return ChainCheck(False, count, entry["seq"])
        if anchor is not None and entry["seq"] == anchor.seq and entry["hash"] != anchor.hash:
            return ChainCheck(False, count, entry["seq"])
        prev_hash, prev_seq = entry["hash"], entry["seq"]
        count += 1
    given = conn.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit'").scalar() or 0
    if prev_seq < max(given, anchor.seq if anchor is not None else 0):
        return ChainCheck(False, count, prev_seq + 1)
    return ChainCheck(True, count)
