"""What a kiosk may ask of the records, and no more.

A patient opens their forms with the check-in code, or with their name and birth date,
matched only against today's open appointments with forms waiting: only an unambiguous
match opens, and no message ever names another patient. Wrong codes are limited
(:class:`CodeGuard`). The staff PIN that closes the kiosk is kept only as a scrypt hash
(the setting ``kiosk.pin_hash``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from desk import errors
from desk.errors import DeskError
from desk.frontdesk import intake, patients
from desk.frontdesk.intake import Handoff
from desk.frontdesk.model import OPEN_STATES
from desk.frontdesk.normalize import fold
from desk.frontdesk.schedule import day
from desk.storage import crypto
from desk.words import translate

WRONG_IN_A_ROW = 5
FIRST_WAIT = timedelta(seconds=30)
PIN_DIGITS = (4, 8)
DEMO_PIN = "1234"  # published, like the demo passphrase: demo workspaces hold no real data


def find_by_name(conn: sa.Connection, family: str, given: str, birth_date: date, *,
                 today: date) -> Handoff:
    """The forms waiting for the one patient booked ``today`` with this name and birth
    date. Refuses when nobody, or more than one patient, matches."""
    wanted = (fold(family).strip(), fold(given).strip())
    booked = [a for a in day(conn, today) if a.state in OPEN_STATES]
    people = patients.load(conn, list({a.patient_id for a in booked}))
    found: list[Handoff] = []
    for appt in booked:
        p = people.get(appt.patient_id)
        if p is None or p.birth_date != birth_date or (
                (fold(p.family).strip(), fold(p.given).strip()) != wanted):
            continue
        handoff = intake.waiting_for(conn, appt.id)
        if handoff is not None:
            found.append(handoff)
    if len({h.patient_id for h in found}) != 1:
        raise DeskError(translate("DeskError", "We could not find forms for you today. Please "
                                               "check what you typed, or ask at the front "
                                               "desk."), kind="input", code=errors.NAME_NOT_FOUND)
    return found[0]


@dataclass
class CodeGuard:
    """Limits guessing: after ``WRONG_IN_A_ROW`` wrong codes in a row the kiosk waits,
    twice as long each time it happens again. A right code starts the count over."""

    wrong: int = 0
    lockouts: int = 0
    until: datetime | None = field(default=None)

    def wait_left(self, now: datetime) -> timedelta:
        """How long the kiosk still refuses codes (zero when it takes them)."""
        if self.until is None or now >= self.until:
            return timedelta(0)
        return self.until - now

    def check(self, now: datetime) -> None:
        """Refuse, saying how many seconds are left, while the kiosk waits."""
        left = self.wait_left(now)
        if left:
            seconds = math.ceil(left.total_seconds())
            raise DeskError(translate("DeskError", "Too many codes were not right. Please wait "
                                                   "{seconds} seconds, or ask at the front desk.")
                            .format(seconds=seconds), kind="input", code=errors.CODE_WAIT,
                            values={"seconds": seconds})

    def failed(self, now: datetime) -> bool:
        """Count a wrong code; True when this one starts a wait."""
        self.wrong += 1
        if self.wrong < WRONG_IN_A_ROW:
            return False
        self.wrong = 0
        self.lockouts += 1
        self.until = now + FIRST_WAIT * 2 ** (self.lockouts - 1)
        return True

    def succeeded(self) -> None:
        self.wrong = self.lockouts = 0
        self.until = None


def check_pin_format(pin: str) -> None:
    """Refuse a PIN that is not 4 to 8 digits."""
    low, high = PIN_DIGITS
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise DeskError(translate("DeskError", "The kiosk PIN must be {low} to {high} digits.")
                        .format(low=low, high=high), kind="input")


def hash_pin(pin: str) -> str:
    """The value kept in ``kiosk.pin_hash`` for ``pin`` (scrypt, salted)."""
    check_pin_format(pin)
    return crypto.hash_password(pin)


def pin_matches(pin: str, pin_hash: str) -> bool:
    """Whether ``pin`` is the staff PIN; never true while no PIN is set."""
    return bool(pin_hash) and crypto.check_password(pin, pin_hash)
