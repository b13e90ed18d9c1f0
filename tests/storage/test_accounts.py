from __future__ import annotations

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Workspace, accounts, audit
from desk.storage.schema import audit as audit_table

POLICY = accounts.LockoutPolicy(attempts=3, minutes=10)


def _make_admin(ws: Workspace) -> accounts.StaffUser:
    with ws.begin() as conn:
        return accounts.create_user(conn, "Admin", "Ada Admin", "administrator", "s3cret-pass")


def _outcomes(ws: Workspace) -> list[str]:
    with ws.read() as conn:
        return list(conn.execute(sa.select(audit_table.c.outcome)
                                 .where(audit_table.c.action == "sign-in")
                                 .order_by(audit_table.c.seq)).scalars())


def test_sign_in_and_wrong_password(workspace: Workspace) -> None:
    admin = _make_admin(workspace)
    assert accounts.sign_in(workspace.engine, "admin", "s3cret-pass", POLICY) == admin
    with pytest.raises(DeskError) as err:
        accounts.sign_in(workspace.engine, "admin", "nope", POLICY)
    assert err.value.kind == "auth"
    assert _outcomes(workspace) == ["ok", "failed"]


def test_lockout_after_repeated_failures_even_for_the_right_password(workspace: Workspace) -> None:
    _make_admin(workspace)
    for _ in range(2):
        with pytest.raises(DeskError):
            accounts.sign_in(workspace.engine, "admin", "bad", POLICY)
    with pytest.raises(DeskError) as err:
        accounts.sign_in(workspace.engine, "admin", "bad", POLICY)
    assert err.value.kind == "locked" and "locked for 10 minutes" in err.value.message
    with pytest.raises(DeskError) as err:
        accounts.sign_in(workspace.engine, "admin", "s3cret-pass", POLICY)
    assert err.value.kind == "locked"
    assert _outcomes(workspace) == ["failed", "failed", "locked out", "locked"]
    with workspace.read() as conn:
        assert audit.verify(conn).ok


def test_unknown_user_and_short_password(workspace: Workspace) -> None:
    with pytest.raises(DeskError, match="not right"):
        accounts.sign_in(workspace.engine, "ghost", "whatever", POLICY)
    with pytest.raises(DeskError, match="at least 8"), workspace.begin() as conn:
        accounts.create_user(conn, "bob", "Bob", "front desk", "short")
