"""Changes to today's board made on the database worker: an appointment moved (a
check-in records the time) and a walk-in added. The screens showing the board, and
background sync, hear of each through ``session.changed``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from desk.frontdesk import schedule
from desk.ui.session import Session


def move_appointment(session: Session, appointment_id: str, state: str,
                     on_done: Callable[[], None], on_error: Callable[[BaseException], None],
                     *, owner: QObject) -> None:
    """Move one appointment to ``state``."""
    _on_board(session, lambda conn, actor, now: schedule.move(
        conn, appointment_id, state, actor, at=now), on_done, on_error, owner)


def add_walk_in(session: Session, patient_id: str, on_done: Callable[[], None],
                on_error: Callable[[BaseException], None], *, owner: QObject) -> None:
    """Put the patient on today's board as an arrived walk-in."""
    _on_board(session, lambda conn, actor, now: schedule.walk_in(
        conn, patient_id, actor, at=now), on_done, on_error, owner)


def _on_board(session: Session, change: Callable[..., object], on_done: Callable[[], None],
              on_error: Callable[[BaseException], None], owner: QObject) -> None:
    user = session.user
    assert user is not None
    workspace, now = session.ws, datetime.now().replace(microsecond=0)

    def work() -> None:
        with workspace.begin() as conn:
            change(conn, user.actor, now)

    def done(_: object) -> None:
        session.changed.notify()
        on_done()

    session.runner.submit(work, done, on_error, owner=owner)
