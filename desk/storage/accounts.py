"""Staff accounts: roles, scrypt password hashes, lockout after repeated failures.

Every sign-in, failure and lockout is written to the audit log, and so is every change
to an account (its creation, an unlock, its language).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import audit, crypto
from desk.storage.clock import now, parse, stamp
from desk.storage.database import transaction
from desk.storage.schema import staff_user
from desk.words import translate

ROLES = ("administrator", "front desk", "kiosk")
LANGUAGES = ("en", "fr", "es")
"""The languages of the staff screens; an account without one has the machine's default."""
MIN_PASSWORD = 8


@dataclass(frozen=True, slots=True)
class StaffUser:
    id: str
    username: str
    display_name: str
    role: str
    locked: bool = field(default=False, compare=False)
    language: str | None = field(default=None, compare=False)
    """The staff screens' language for this account; None: the machine's default."""

    @property
    def actor(self) -> audit.Actor:
        return audit.Actor(self.id, self.username)

    @property
    def is_admin(self) -> bool:
        return self.role == "administrator"


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    attempts: int = 5
    minutes: float = 15.0


def has_users(conn: sa.Connection) -> bool:
    return conn.execute(sa.select(sa.func.count()).select_from(staff_user)).scalar_one() > 0


def create_user(conn: sa.Connection, username: str, display_name: str, role: str,
                password: str, *, by: audit.Actor = audit.SYSTEM,
                language: str | None = None) -> StaffUser:
    """A new account; ``language`` None: the machine's default."""
    username = username.strip().lower()
    if not username:
        raise DeskError(translate("DeskError", "Enter a user name."), kind="input")
    if role not in ROLES:
        raise DeskError(translate("DeskError", "Unknown role {role!r}.")
                        .format(role=role), kind="input")
    _check_language(language)
    if len(password) < MIN_PASSWORD:
        raise DeskError(translate("DeskError", "The password must be at least {min_password} "
                                               "characters long.")
                        .format(min_password=MIN_PASSWORD),
                        kind="input")
    exists = conn.execute(sa.select(staff_user.c.id).where(staff_user.c.username == username))
    if exists.first():
        raise DeskError(translate("DeskError", "That user name is taken."), kind="input")
    user = StaffUser(str(uuid.uuid4()), username, display_name.strip() or username, role,
                     language=language)
    conn.execute(staff_user.insert().values(
        id=user.id, username=user.username, display_name=user.display_name, role=role,
        password_hash=crypto.hash_password(password), created_at=stamp(), language=language))
    audit.record(conn, by, "user.create", "staff_user", user.id)
    return user


def sign_in(engine: sa.Engine, username: str, password: str,
            policy: LockoutPolicy = LockoutPolicy()) -> StaffUser:
    """Check the password; raise DeskError (kind auth or locked) on refusal.

    The attempt, its failure count and its audit entry are committed before any refusal is
    raised, so a wrong password is always counted.
    """
    with transaction(engine) as conn:
        outcome = _attempt(conn, username.strip().lower(), password, policy)
    if isinstance(outcome, DeskError):
        raise outcome
    return outcome


def _attempt(conn: sa.Connection, username: str, password: str,
             policy: LockoutPolicy) -> StaffUser | DeskError:
    row = conn.execute(sa.select(staff_user).where(staff_user.c.username == username)).first()
    if row is None or not row.active:
        crypto.hash_password(password)  # spend the same time as a real check
        audit.record(conn, audit.Actor(None, "unknown"), "sign-in", outcome="failed")
        return DeskError(_wrong(), kind="auth")
    actor = audit.Actor(row.id, row.username)
    if row.locked_until and parse(row.locked_until) > now():
        audit.record(conn, actor, "sign-in", "staff_user", row.id, outcome="locked")
        return DeskError(_locked_message(parse(row.locked_until) - now()), kind="locked")
    if not crypto.check_password(password, row.password_hash):
        return _fail(conn, row, actor, policy)
    conn.execute(staff_user.update().where(staff_user.c.id == row.id)
                 .values(failed_attempts=0, locked_until=None))
    audit.record(conn, actor, "sign-in", "staff_user", row.id)
    return StaffUser(row.id, row.username, row.display_name, row.role, language=row.language)


def _fail(conn: sa.Connection, row: sa.Row, actor: audit.Actor,
          policy: LockoutPolicy) -> DeskError:
    failures = row.failed_attempts + 1
    locked_until = None
    if failures >= policy.attempts:
        locked_until = stamp(now() + timedelta(minutes=policy.minutes))
        failures = 0
    conn.execute(staff_user.update().where(staff_user.c.id == row.id)
                 .values(failed_attempts=failures, locked_until=locked_until))
    if locked_until:
        audit.record(conn, actor, "sign-in", "staff_user", row.id, outcome="locked out")
        return DeskError(_locked_message(timedelta(minutes=policy.minutes)), kind="locked")
    audit.record(conn, actor, "sign-in", "staff_user", row.id, outcome="failed")
    return DeskError(_wrong(), kind="auth")


def _wrong() -> str:
    return translate("DeskError", "The user name or password is not right.")


def _locked_message(left: timedelta) -> str:
    minutes = max(1, round(left.total_seconds() / 60))
    return translate("DeskError", "Too many wrong passwords: this account is locked for %n "
                                  "minute(s). An administrator can unlock it sooner.", "", minutes)


def unlock(conn: sa.Connection, user_id: str, *, by: audit.Actor) -> None:
    conn.execute(staff_user.update().where(staff_user.c.id == user_id)
                 .values(failed_attempts=0, locked_until=None))
    audit.record(conn, by, "user.unlock", "staff_user", user_id)


def set_language(conn: sa.Connection, user_id: str, language: str | None, *,
                 by: audit.Actor) -> None:
    """The staff screens' language for this account from its next sign-in (None: the
    machine's default)."""
    _check_language(language)
    conn.execute(staff_user.update().where(staff_user.c.id == user_id)
                 .values(language=language))
    audit.record(conn, by, "user.language", "staff_user", user_id)


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise DeskError(translate("DeskError", "Unknown language {language!r}.")
                        .format(language=language), kind="input")


def list_users(conn: sa.Connection) -> list[StaffUser]:
    """Every account, with whether it is locked out right now."""
    rows = conn.execute(sa.select(staff_user).order_by(staff_user.c.username))
    moment = now()
    return [StaffUser(r.id, r.username, r.display_name, r.role,
                      bool(r.locked_until and parse(r.locked_until) > moment), r.language)
            for r in rows]
