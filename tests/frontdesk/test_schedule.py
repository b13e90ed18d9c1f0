"""The day's schedule: one visit per patient on the board."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desk.errors import DeskError
from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM

pytestmark = pytest.mark.clock

TODAY = date(2026, 11, 24)
NOON = datetime.combine(TODAY, time(12))


def test_a_walk_in_is_refused_while_the_patient_has_a_visit_that_day(workspace) -> None:
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Durand", given="Élise"), SYSTEM)
        booked = schedule.book(conn, Appointment(
            patient_id=p.id, start=datetime.combine(TODAY, time(15, 30))), SYSTEM)
        schedule.book(conn, Appointment(patient_id=p.id, start=NOON + timedelta(days=1)),
                      SYSTEM)  # tomorrow's does not count
        with pytest.raises(DeskError, match="appointment today at 15:30"):
            schedule.walk_in(conn, p.id, SYSTEM, at=NOON)
        schedule.check_in(conn, booked.id, SYSTEM, at=NOON)
        with pytest.raises(DeskError, match="already checked in today"):
            schedule.walk_in(conn, p.id, SYSTEM, at=NOON)
        schedule.move(conn, booked.id, "in-room", SYSTEM, at=NOON)
        schedule.move(conn, booked.id, "done", SYSTEM, at=NOON)
        again = schedule.walk_in(conn, p.id, SYSTEM, at=NOON + timedelta(hours=2))
        assert again.walk_in and again.state == "arrived"
        assert [(a.start.time(), a.walk_in) for a in schedule.day(conn, TODAY)] == [
            (time(14), True), (time(15, 30), False)]
