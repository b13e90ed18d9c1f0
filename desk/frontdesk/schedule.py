"""The day's schedule: booking, check-in and the other moves of an appointment.

Like patient changes, every move is written with its outbox and audit entries in the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk.model import (
    APPOINTMENT_STATES,
    OPEN_STATES,
    VISIT_STATES,
    Appointment,
    derived_id,
)
from desk.storage import Actor, audit, outbox
from desk.storage.clock import stamp
from desk.storage.database import among
from desk.storage.schema import appointment
from desk.words import QT_TRANSLATE_NOOP, label, translate

RECORD = "Appointment"
ENCOUNTER = "Encounter"
_ENCOUNTER_MASK = "3e9d41c7-6a20-0b58-07f3-92c1e5a84d6f"  # see model.derived_id
COLUMNS = tuple(f.name for f in fields(Appointment))
"""The ``appointment`` columns that make an :class:`Appointment`."""
# Which moves the board allows from each state.
MOVES = {
    "scheduled": ("arrived", "no-show", "cancelled"),
    "arrived": ("in-room", "scheduled", "cancelled"),
    "in-room": ("done", "arrived"),
    "done": ("in-room",),
    "no-show": ("scheduled", "arrived"),
    "cancelled": ("scheduled",),
}

STATE_WORDS = {"scheduled": QT_TRANSLATE_NOOP("AppointmentState", "booked"),
               "arrived": QT_TRANSLATE_NOOP("AppointmentState", "checked in"),
               "in-room": QT_TRANSLATE_NOOP("AppointmentState", "in the room"),
               "done": QT_TRANSLATE_NOOP("AppointmentState", "done"),
               "no-show": QT_TRANSLATE_NOOP("AppointmentState", "a no-show"),
               "cancelled": QT_TRANSLATE_NOOP("AppointmentState", "cancelled")}
"""Each state as a sentence names it ("an appointment that is checked in")."""


def state_word(state: str) -> str:
    return label("AppointmentState", STATE_WORDS, state)


def book(conn: sa.Connection, appt: Appointment, actor: Actor) -> Appointment:
    if appt.state not in APPOINTMENT_STATES:
        raise DeskError(translate("DeskError", "Unknown appointment state {state!r}.")
                        .format(state=appt.state), kind="input")
    conn.execute(appointment.insert().values(**asdict(appt), updated_at=stamp()))
    outbox.enqueue(conn, RECORD, appt.id, "create")
    if appt.state in VISIT_STATES:
        outbox.enqueue(conn, ENCOUNTER, encounter_id(appt.id), "create")
    audit.record(conn, actor, "appointment.create", RECORD, appt.id)
    return appt


def walk_in(conn: sa.Connection, patient_id: str, actor: Actor, *, at: datetime,
            reason: str = "") -> Appointment:
    """A patient without a booking: added to the day as already arrived. Refused while
    the patient has an appointment that day still to come or under way (one visit, one
    row on the board)."""
    _refuse_second_visit(conn, patient_id, at.date())
    appt = Appointment(patient_id=patient_id, start=at, reason=reason or "Walk-in",
                       state="arrived", arrived_at=at, walk_in=True)
    return book(conn, appt, actor)


def visit_today(conn: sa.Connection, patient_id: str, when: date) -> Appointment | None:
    """The patient's appointment on ``when`` still to come or under way (the earliest), if
    any: the visit a patient at the desk is there for."""
    row = conn.execute(sa.select(appointment).where(
        appointment.c.patient_id == patient_id, *_on_day(when),
        appointment.c.state.in_(OPEN_STATES))
        .order_by(appointment.c.start).limit(1)).first()
    return _from_row(row) if row is not None else None


def _refuse_second_visit(conn: sa.Connection, patient_id: str, when: date) -> None:
    booked = visit_today(conn, patient_id, when)
    if booked is None:
        return
    at = booked.start.strftime("%H:%M")
    if booked.state == "scheduled":
        raise DeskError(translate("DeskError", "This patient has an appointment today at {at}: "
                                               "check them in on the Today board instead.")
                        .format(at=at), kind="input")
    raise DeskError(translate("DeskError", "This patient is already checked in today (the {at} "
                                           "visit).")
                    .format(at=at),
                    kind="input")


def move(conn: sa.Connection, appointment_id: str, state: str, actor: Actor, *,
         at: datetime) -> Appointment:
    """Move an appointment to ``state``; arriving records the time (check-in)."""
    appt = get(conn, appointment_id)
    was = appt.state
    if state not in MOVES.get(appt.state, ()):
        raise DeskError(translate("DeskError", "An appointment that is {was} cannot become "
                                               "{wanted}.")
                        .format(was=state_word(appt.state), wanted=state_word(state)),
                        kind="input")
    appt.state = state
    if state == "arrived":
        appt.arrived_at = appt.arrived_at if appt.walk_in else at
    elif state in ("scheduled", "no-show", "cancelled"):
        appt.arrived_at = None
    conn.execute(appointment.update().where(appointment.c.id == appt.id)
                 .values(state=appt.state, arrived_at=appt.arrived_at, updated_at=stamp()))
    outbox.enqueue(conn, RECORD, appt.id, "update")
    if state in VISIT_STATES or was in VISIT_STATES:
        outbox.enqueue(conn, ENCOUNTER, encounter_id(appt.id), "update")
    audit.record(conn, actor, f"appointment.{state}", RECORD, appt.id)
    return appt


def check_in(conn: sa.Connection, appointment_id: str, actor: Actor, *,
             at: datetime) -> Appointment:
    return move(conn, appointment_id, "arrived", actor, at=at)


def encounter_id(appointment_id: str) -> str:
    """The record id of the Encounter an appointment's arrival opens."""
    return derived_id(appointment_id, _ENCOUNTER_MASK)


def appointment_of(encounter_record_id: str) -> str:
    """The appointment an Encounter record belongs to (the inverse of encounter_id)."""
    return encounter_id(encounter_record_id)


def get(conn: sa.Connection, appointment_id: str) -> Appointment:
    row = conn.execute(sa.select(appointment).where(appointment.c.id == appointment_id)).first()
    if row is None:
        raise DeskError(translate("DeskError", "That appointment is not in the "
                                               "workspace."), kind="input")
    return _from_row(row)


def day(conn: sa.Connection, when: date) -> list[Appointment]:
    """The appointments of one day, in time order."""
    rows = conn.execute(sa.select(appointment).where(*_on_day(when))
                        .order_by(appointment.c.start, appointment.c.id))
    return [_from_row(row) for row in rows]


def _on_day(when: date) -> tuple[sa.ColumnElement[bool], ...]:
    start = datetime.combine(when, time.min)
    return appointment.c.start >= start, appointment.c.start < start + timedelta(days=1)


def for_patient(conn: sa.Connection, patient_id: str) -> list[Appointment]:
    rows = conn.execute(sa.select(appointment).where(appointment.c.patient_id == patient_id)
                        .order_by(appointment.c.start.desc()))
    return [_from_row(row) for row in rows]


def load(conn: sa.Connection, ids: Sequence[str]) -> dict[str, Appointment]:
    """Appointments by id (bulk work: sync)."""
    if not ids:
        return {}
    columns = [appointment.c[name] for name in COLUMNS]  # in field order: built positionally
    rows = conn.execute(sa.select(*columns).where(among(appointment.c.id, ids))).tuples()
    return {a.id: a for a in (Appointment(*row) for row in rows)}


def _from_row(row: sa.Row) -> Appointment:
    return Appointment(**{name: getattr(row, name) for name in COLUMNS})
