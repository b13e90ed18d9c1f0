"""Today's board: the day's appointments with their patients, states and waiting times."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from desk.frontdesk import patients, schedule
from desk.frontdesk.model import OPEN_STATES, Appointment, Patient
from desk.storage.schema import appointment
from desk.words import QT_TRANSLATE_NOOP, label, translate

# The one-click next step offered for each state, with its button text (see step_label).
NEXT_STEP = {"scheduled": ("arrived", QT_TRANSLATE_NOOP("BoardStep", "Check in")),
             "arrived": ("in-room", QT_TRANSLATE_NOOP("BoardStep", "To room")),
             "in-room": ("done", QT_TRANSLATE_NOOP("BoardStep", "Done"))}
# An appointment's state as staff read it (see state_label).
STATE_LABELS = {"scheduled": QT_TRANSLATE_NOOP("BoardState", "Scheduled"),
                "arrived": QT_TRANSLATE_NOOP("BoardState", "Arrived"),
                "in-room": QT_TRANSLATE_NOOP("BoardState", "In room"),
                "done": QT_TRANSLATE_NOOP("BoardState", "Done"),
                "no-show": QT_TRANSLATE_NOOP("BoardState", "No-show"),
                "cancelled": QT_TRANSLATE_NOOP("BoardState", "Cancelled")}


def state_label(state: str) -> str:
    """An appointment's state in the staff's language ("Arrived", "Arrivé")."""
    return label("BoardState", STATE_LABELS, state)


def step_label(state: str) -> str:
    """The button text of the next step from ``state`` ("Check in"), in the staff's language."""
    return translate("BoardStep", NEXT_STEP[state][1])


@dataclass(frozen=True, slots=True)
class BoardRow:
    appointment: Appointment
    patient: Patient
    intake_status: str = "none"  # none, sent, partial or done (desk.frontdesk.intake)

    @property
    def forms(self) -> str:
        """The intake status as the front desk reads it: forms sent are no longer waiting
        at the kiosk while the appointment is cancelled or a no-show (the kiosk refuses
        their code)."""
        if self.intake_status == "sent" and self.appointment.state not in OPEN_STATES:
            return "none"
        return self.intake_status

    def waiting_minutes(self, now: datetime) -> int | None:
        """Minutes since arrival, while the patient waits to be seen."""
        appt = self.appointment
        if appt.state != "arrived" or appt.arrived_at is None:
            return None
        return max(0, int((now - appt.arrived_at).total_seconds() // 60))


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class DayBoard:
    """The rows of one day. ``subscribe`` to hear when they change."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.rows: list[BoardRow] = []
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def load(self, conn: sa.Connection) -> None:
        appts = schedule.day(conn, self.day)
        people = patients.get_many(conn, {a.patient_id for a in appts})
        forms: dict[str, str] = {row.id: row.intake_status for row in conn.execute(
            sa.select(appointment.c.id, appointment.c.intake_status)
            .where(appointment.c.id.in_([a.id for a in appts])))}
        self.set_rows([BoardRow(a, people[a.patient_id], forms.get(a.id, "none"))
                       for a in appts if a.patient_id in people])

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.rows = rows
        for listener in self._listeners:
            listener()

    def counts(self) -> Counter[str]:
        return Counter(row.appointment.state for row in self.rows)
