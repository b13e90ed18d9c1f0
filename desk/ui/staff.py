"""The Staff screen (administrators): accounts, their roles and languages, adding one,
lifting a lockout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from desk.ui.style import LANGUAGES
from desk.ui.tables import ListTableModel
from desk.ui.widgets import MessageBanner, heading

if TYPE_CHECKING:
    from desk.storage.accounts import StaffUser
    from desk.storage.audit import Actor

ROLES = ("front desk", "administrator", "kiosk")
ROLE_TEXT = {"front desk": QT_TRANSLATE_NOOP("StaffRoles", "front desk"),
             "administrator": QT_TRANSLATE_NOOP("StaffRoles", "administrator"),
             "kiosk": QT_TRANSLATE_NOOP("StaffRoles", "kiosk")}


def role_text(role: str) -> str:
    """A role as staff read it, in their language (``front desk``)."""
    return QCoreApplication.translate("StaffRoles", ROLE_TEXT.get(role, role))


def language_text(language: str | None) -> str:
    """An account's language, named in itself; None: this computer's default."""
    names = dict(LANGUAGES)
    if language in names:
        return names[language]
    return QCoreApplication.translate("StaffWidget", "This computer's default")


def language_choices(combo: QComboBox) -> None:
    """Fill ``combo`` with the staff screens' languages, this computer's default first
    (each entry's data: the language, or None)."""
    combo.addItem(language_text(None), None)
    for language, name in LANGUAGES:
        combo.addItem(name, language)


class StaffModel(ListTableModel["StaffUser"]):
    columns = (QT_TRANSLATE_NOOP("StaffModel", "User name"),
               QT_TRANSLATE_NOOP("StaffModel", "Name"), QT_TRANSLATE_NOOP("StaffModel", "Role"),
               QT_TRANSLATE_NOOP("StaffModel", "State"),
               QT_TRANSLATE_NOOP("StaffModel", "Language"))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StaffModel", self.columns[section])
        return super().headerData(section, orientation, role)

    def text(self, user: StaffUser, column: str) -> str:
        if column == "User name":
            return user.username
        if column == "Name":
            return user.display_name
        if column == "Role":
            return role_text(user.role)
        if column == "State":
            return self.tr("Locked out") if user.locked else self.tr("Active")
        return language_text(user.language)


def narrow_choices(box: QComboBox) -> None:
    """A choice list as wide as a dozen letters: a long choice in a longer language does
    not push the screen wider than the window (the open list shows it whole)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)


class StaffWidget(QWidget):
    """Lists accounts; an administrator adds staff, sets an account's language and unlocks
    locked-out accounts. A language set here takes effect at the account's next sign-in."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = StaffModel()
        self.banner = MessageBanner()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # each column as wide as its title and values, the last one taking the rest
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.unlock = QPushButton(self.tr("Unlock account"))
        self.unlock.clicked.connect(self._unlock)
        self.account_language = QComboBox()
        self.account_language.setAccessibleName(self.tr("The chosen account's language"))
        language_choices(self.account_language)
        narrow_choices(self.account_language)
        self.set_language = QPushButton(self.tr("Set language"))
        self.set_language.clicked.connect(self._set_language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Staff")))
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.unlock)
        actions.addStretch(1)
        actions.addWidget(self.account_language)
        actions.addWidget(self.set_language)
        left.addLayout(actions)
        row.addLayout(left, 3)
        row.addWidget(self._add_form(), 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
        self.reload()

    def _add_form(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("Add a staff member"), 2))
        form = QFormLayout()
        self.username, self.name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.language = QComboBox()
        language_choices(self.language)
        narrow_choices(self.role)
        narrow_choices(self.language)
        for label, widget in ((self.tr("User name"), self.username),
                              (self.tr("Full name"), self.name), (self.tr("Role"), self.role),
                              (self.tr("Language"), self.language),
                              (self.tr("First password"), self.password)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        box.addLayout(form)
        self.add = QPushButton(self.tr("Add staff member"))
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
        values = (self.username.text(), self.name.text(), self.role.currentData(),
                  self.password.text())
        language = self.language.currentData()

        def work() -> StaffUser:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                return accounts.create_user(conn, *values, by=actor, language=language)

        self.session.runner.submit(work, self._added, self.banner.show_error)

    def _added(self, user: StaffUser) -> None:
        for edit in (self.username, self.name, self.password):
            edit.clear()
        self.language.setCurrentIndex(0)
        self.banner.show_message(self.tr("{name} can now sign in as {username}.").format(
            name=user.display_name, username=user.username), "info")
        self.reload()

    def _chosen(self) -> StaffUser | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choose an account first."), "warning")
            return None
        return self.model.row_at(rows[0].row())

    def _unlock(self) -> None:
        user = self._chosen()
        if user is None:
            return
        actor = self._actor()

        def work() -> None:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                accounts.unlock(conn, user.id, by=actor)

        self.session.runner.submit(work, lambda _: self.reload(), self.banner.show_error)

    def _set_language(self) -> None:
        """The chosen account's language, from its next sign-in."""
        user = self._chosen()
        if user is None:
            return
        actor, language = self._actor(), self.account_language.currentData()

        def work() -> None:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                accounts.set_language(conn, user.id, language, by=actor)

        def done(_: None) -> None:
            if language is None:
                text = self.tr("{name}'s screens will be in this computer's language from "
                               "their next sign-in.").format(name=user.display_name)
            else:
                text = self.tr("{name}'s screens will be in {language} from their next "
                               "sign-in.").format(name=user.display_name,
                                                  language=language_text(language))
            self.banner.show_message(text, "info")
            self.reload()

        self.session.runner.submit(work, done, self.banner.show_error, owner=self)

    def _actor(self) -> Actor:
        assert self.session.user is not None
        return self.session.user.actor
