"""What the kiosk may find: a patient's own forms by name and birth date, codes guessed
no faster than the guard allows, the staff PIN kept only as a hash."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desk.errors import DeskError
from desk.frontdesk import intake, kiosk, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM

DAY = date(2026, 11, 24)  # the day the kiosk runs, pinned: the schedule is about it
BORN = date(1970, 3, 4)


def booked(ws, family: str, given: str = "Élise", *, born: date = BORN, on: date = DAY,
           forms: bool = True) -> Appointment:
    with ws.begin() as conn:
        p = patients.register(conn, Patient(family=family, given=given, birth_date=born),
                              SYSTEM)
        appt = schedule.book(conn, Appointment(patient_id=p.id,
                                               start=datetime.combine(on, time(10))), SYSTEM)
        if forms:
            intake.send_forms(conn, appt.id, ["phq-9"], SYSTEM, language="en")
        return appt


def find(ws, family: str, given: str = "Élise", born: date = BORN) -> intake.Handoff:
    with ws.read() as conn:
        return kiosk.find_by_name(conn, family, given, born, today=DAY)


def test_name_and_birth_date_open_the_patients_own_forms(workspace) -> None:
    mine = booked(workspace, "Durand")
    booked(workspace, "Martin")
    handoff = find(workspace, "  DURAND ", "elise")  # any case, accents or spaces
    assert handoff.appointment_id == mine.id and handoff.titles


@pytest.mark.parametrize("why", ["other birth date", "other day", "no forms", "cancelled",
                                 "two alike"])
def test_anything_but_one_clear_match_is_refused_without_naming_anyone(workspace, why) -> None:
    if why == "other birth date":
        booked(workspace, "Durand", born=date(1971, 3, 4))
    elif why == "other day":
        booked(workspace, "Durand", on=DAY + timedelta(days=1))
    elif why == "no forms":
        booked(workspace, "Durand", forms=False)
    elif why == "cancelled":
        appt = booked(workspace, "Durand")
        with workspace.begin() as conn:
            schedule.move(conn, appt.id, "cancelled", SYSTEM, at=datetime.combine(DAY, time(8)))
    else:  # two patients with the same name and birth date: neither opens
        booked(workspace, "Durand")
        booked(workspace, "Durand")
    with pytest.raises(DeskError) as refused:
        find(workspace, "Durand")
    assert "Durand" not in str(refused.value) and "ask at the front desk" in str(refused.value)


def test_five_wrong_codes_in_a_row_make_the_kiosk_wait_longer_each_time() -> None:
    guard, now = kiosk.CodeGuard(), datetime(2026, 11, 24, 9, 0)
    assert [guard.failed(now) for _ in range(5)] == [False] * 4 + [True]
    assert guard.wait_left(now) == timedelta(seconds=30)
    assert guard.wait_left(now + timedelta(seconds=30)) == timedelta(0)
    later = now + timedelta(minutes=1)
    assert [guard.failed(later) for _ in range(5)][-1]
    assert guard.wait_left(later) == timedelta(seconds=60)
    guard.succeeded()  # a right code: the count starts over
    assert guard.wait_left(later) == timedelta(0)
    assert not any(guard.failed(later) for _ in range(4))


def test_the_pin_is_kept_as_a_salted_hash_and_only_it_matches() -> None:
    stored = kiosk.hash_pin("2468")
    assert "2468" not in stored and stored != kiosk.hash_pin("2468")
    assert kiosk.pin_matches("2468", stored)
    assert not kiosk.pin_matches("2469", stored)
    assert not kiosk.pin_matches("", "")  # no PIN set: nothing opens
    for bad in ("12", "abcd", "123456789"):
        with pytest.raises(DeskError, match="4 to 8 digits"):
            kiosk.hash_pin(bad)
