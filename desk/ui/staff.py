"""The Staff screen (administrators): accounts, their roles, adding one, lifting a lockout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.ui.session import Session
from desk.ui.tables import ListTableModel
from desk.ui.widgets import MessageBanner, heading

if TYPE_CHECKING:
    from desk.storage.accounts import StaffUser
    from desk.storage.audit import Actor

ROLES = ("front desk", "administrator", "kiosk")


class StaffModel(ListTableModel["StaffUser"]):
    columns = ("User name", "Name", "Role", "State")

    def text(self, user: StaffUser, column: str) -> str:
        return {"User name": user.username, "Name": user.display_name, "Role": user.role,
                "State": "Locked out" if user.locked else "Active"}[column]


class StaffWidget(QWidget):
    """Lists accounts; an administrator adds staff and unlocks locked-out accounts."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = StaffModel()
        self.banner = MessageBanner()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Staff accounts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unlock = QPushButton("Unlock account")
        self.unlock.clicked.connect(self._unlock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading("Staff"))
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.unlock)
        row.addLayout(left, 3)
        row.addWidget(self._add_form(), 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
        self.reload()

    def _add_form(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.addWidget(heading("Add a staff member", 2))
        form = QFormLayout()
        self.username, self.name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItems(ROLES)
        for label, widget in (("User name", self.username), ("Full name", self.name),
                              ("Role", self.role), ("First password", self.password)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        box.addLayout(form)
        self.add = QPushButton("Add staff member")
        self.add.setObjectName("primary")
        self.add.clicked.connect(self._add)
        box.addWidget(self.add)
        return card

    def reload(self) -> None:
        def work() -> list[StaffUser]:
            from desk.storage import accounts

            with self.session.ws.read() as conn:
                return accounts.list_users(conn)

        self.session.runner.submit(work, self.model.set_rows, self.banner.show_error)

    def _add(self) -> None:
        actor = self._actor()
        values = (self.username.text(), self.name.text(), self.role.currentText(),
                  self.password.text())

        def work() -> StaffUser:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                return accounts.create_user(conn, *values, by=actor)

        self.session.runner.submit(work, self._added, self.banner.show_error)

    def _added(self, user: StaffUser) -> None:
        for edit in (self.username, self.name, self.password):
            edit.clear()
        self.banner.show_message(f"{user.display_name} can now sign in as {user.username}.",
                                 "info")
        self.reload()

    def _unlock(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message("Choose an account first.", "warning")
            return
        user, actor = self.model.row_at(rows[0].row()), self._actor()

        def work() -> None:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                accounts.unlock(conn, user.id, by=actor)

        self.session.runner.submit(work, lambda _: self.reload(), self.banner.show_error)

    def _actor(self) -> Actor:
        assert self.session.user is not None
        return self.session.user.actor
