from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.errors import DeskError
from desk.storage import accounts
from desk.ui.staff import StaffWidget
from tests.ui.conftest import PASSWORD, signed_in_session


def _staff(qtbot, staffed) -> StaffWidget:
    widget = StaffWidget(signed_in_session(staffed, "admin"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    return widget


def test_administrator_adds_a_receptionist_who_can_sign_in(qtbot, staffed) -> None:
    widget = _staff(qtbot, staffed)
    widget.username.setText("Nadia")
    widget.name.setText("Nadia Benali")
    widget.role.setCurrentText("front desk")
    widget.password.setText("first-pass-1")
    qtbot.mouseClick(widget.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    assert "Nadia Benali can now sign in as nadia" in widget.banner.label.text()
    assert accounts.sign_in(staffed.engine, "nadia", "first-pass-1").role == "front desk"


def test_duplicate_user_name_is_refused_inline(qtbot, staffed) -> None:
    widget = _staff(qtbot, staffed)
    widget.username.setText("remi")
    widget.name.setText("Another Rémi")
    widget.password.setText("first-pass-1")
    qtbot.mouseClick(widget.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.banner.isVisible())
    assert "taken" in widget.banner.label.text()
    assert widget.model.rowCount() == 2


def test_unlocking_a_locked_out_account(qtbot, staffed) -> None:
    policy = accounts.LockoutPolicy(attempts=2, minutes=30)
    for _ in range(2):
        with pytest.raises(DeskError):
            accounts.sign_in(staffed.engine, "remi", "wrong", policy)
    widget = _staff(qtbot, staffed)
    remi = next(n for n in range(2) if widget.model.row_at(n).username == "remi")
    assert widget.model.index(remi, 3).data() == "Locked out"
    widget.table.selectRow(remi)
    qtbot.mouseClick(widget.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.model.index(remi, 3).data() == "Active")
    assert accounts.sign_in(staffed.engine, "remi", PASSWORD, policy).username == "remi"
