"""What sync tells: a round's progress, what a push and a pull did, and the stored state
(online or not, changes waiting, the last success, records needing attention)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.database import reading, transaction
from desk.storage.schema import outbox
from desk.sync import records
from desk.sync.errors import FhirError
from desk.sync.tables import conflict, get_state, put_state
from desk.words import QT_TRANSLATE_NOOP, translate

# The steps a round reports its progress with (Progress.message, in English; see step_text).
SENDING = QT_TRANSLATE_NOOP("SyncProgress", "Sending changes")
RECEIVING = {"Appointment": QT_TRANSLATE_NOOP("SyncProgress", "Receiving appointments"),
             "Patient": QT_TRANSLATE_NOOP("SyncProgress", "Receiving patients"),
             "Questionnaire": QT_TRANSLATE_NOOP("SyncProgress", "Receiving questionnaires")}


class ProgressLike(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


def step_text(message: str) -> str:
    """A round's progress step (:attr:`Progress.message`) in the staff's language."""
    return translate("SyncProgress", message) if message else ""


@dataclass(slots=True)
class Progress:
    """A plain progress/cancel object (tests, the CLI). The UI passes a Qt-backed one."""

    done: int = 0
    total: int = 0
    message: str = ""
    cancelled: bool = False

    def report(self, done: int, total: int, message: str = "") -> None:
        self.done, self.total, self.message = done, total, message

    def cancel(self) -> None:
        self.cancelled = True


@dataclass(slots=True)
class PushReport:
    sent: int = 0
    quarantined: int = 0
    conflicts: int = 0
    merged: int = 0
    waiting: int = 0
    bundles: int = 0
    audit_events: int = 0  # audit entries sent (not counted in ``sent``)


@dataclass(slots=True)
class PullReport:
    transferred: int = 0
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    merged: int = 0  # merges made at another desk, applied here
    removed: int = 0  # clinic forms the server no longer has
    withdrawn: int = 0  # appointments the server no longer has, cancelled here
    deleted: int = 0  # history of charts in view the server no longer has, hidden here


@dataclass(frozen=True, slots=True)
class Attention:
    """A record staff must look at: refused by the server, or in conflict."""

    record_type: str
    record_id: str
    reason: str  # "refused" or "conflict"
    message: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool | None  # None: never tried
    waiting: int
    last_success: datetime | None
    attention: tuple[Attention, ...] = ()


def status(db: sa.Engine) -> SyncStatus:
    """The sync state of a workspace database (cheap: no network)."""
    with reading(db) as conn:
        online = get_state(conn, "online")
        last = get_state(conn, "last_success")
        attention = [Attention(r.record_type, r.record_id, "refused", r.last_error or "")
                     for r in conn.execute(sa.select(outbox).where(
                         outbox.c.state == "quarantined").order_by(outbox.c.seq))]
        seen = {(a.record_type, a.record_id) for a in attention}
        for r in conn.execute(sa.select(conflict).where(conflict.c.resolved_at.is_(None))
                              .order_by(conflict.c.id)):
            if (r.record_type, r.record_id) not in seen:
                seen.add((r.record_type, r.record_id))
                attention.append(Attention(r.record_type, r.record_id, "conflict",
                                           "Changed here and on the server: choose which "
                                           "to keep."))
        return SyncStatus(online=None if online is None else online == "1",
                          waiting=waiting(conn),
                          last_success=datetime.fromisoformat(last) if last else None,
                          attention=tuple(attention))


def waiting(conn: sa.Connection) -> int:
    """Records waiting to be sent (audit entries, which follow by themselves, aside)."""
    return int(conn.execute(sa.select(sa.func.count(sa.distinct(outbox.c.record_id)))
                            .where(outbox.c.state != "quarantined",
                                   outbox.c.record_type != records.AUDIT)).scalar_one())


def note_attempt(db: sa.Engine, *, reached: bool, success: bool = False) -> None:
    """Whether the server answered, and (``success``) whether the round went through:
    a refused sign-in reaches the server but is no success."""
    with transaction(db) as conn:
        put_state(conn, "online", "1" if reached else "0")
        if success:
            put_state(conn, "last_success", stamp())


@contextmanager
def failures_noted(db: sa.Engine) -> Iterator[None]:
    """Should the block raise FhirError, note whether the server was reached (a refused
    sign-in reaches it; a network or server failure does not), and let it go on."""
    try:
        yield
    except FhirError as err:
        note_attempt(db, reached=err.kind not in ("network", "server"))
        raise
