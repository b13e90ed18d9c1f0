"""Getting in: the first administrator, signing in, unlocking, and the workspace passphrase.

Sign-in shows in this computer's default language (``ui.language``), and again after a
sign-out; a locked screen stays in the language of the one who locked it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.storage.keys import MIN_PASSPHRASE, check_passphrase
from desk.ui.session import Session
from desk.ui.widgets import MessageBanner, heading, message_for, muted

if TYPE_CHECKING:
    from desk.storage.accounts import StaffUser


def _card(title: str, subtitle: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame()
    card.setObjectName("card")
    card.setFixedWidth(420)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(12)
    heading_label = heading(title)
    heading_label.setWordWrap(True)  # a longer language's welcome takes two lines
    layout.addWidget(heading_label)
    sub = muted(subtitle)
    sub.setWordWrap(True)
    layout.addWidget(sub)
    return card, layout, sub


def _centered(card: QWidget, parent: QWidget) -> None:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def _row(form: QFormLayout, edit: QLineEdit) -> QLabel:
    """A labelled row of ``form``; its label, to retranslate."""
    label = QLabel()
    label.setBuddy(edit)
    form.addRow(label, edit)
    return label


def _field(name: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMinimumHeight(34)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SetupWidget(QWidget):
    """Creates the first administrator of a new workspace."""

    sig_created = Signal(object)
    """The administrator was created (a StaffUser); they are signed in."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        card, layout, _ = _card(self.tr("Welcome to desk"), self.tr(
            "Create the first administrator of this workspace. Administrators add the other "
            "staff accounts."))
        self.banner = MessageBanner()
        self.username, self.name = _field(self.tr("User name")), _field(self.tr("Full name"))
        self.password, self.confirm = _field(self.tr("Password"), secret=True), _field(
            self.tr("Repeat password"), secret=True)
        form = QFormLayout()
        for edit in (self.username, self.name, self.password, self.confirm):
            form.addRow(edit.accessibleName(), edit)
        self.create_button = QPushButton(self.tr("Create administrator"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._create)
        self.confirm.returnPressed.connect(self._create)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        _centered(card, self)

    def _create(self) -> None:
        if self.password.text() != self.confirm.text():
            self.banner.show_message(self.tr("The two passwords are not the same."))
            return
        username, name, password = self.username.text(), self.name.text(), self.password.text()

        def work() -> StaffUser:
            from desk.storage import accounts

            with self.session.ws.begin() as conn:
                return accounts.create_user(conn, username, name, "administrator", password)

        self.create_button.setEnabled(False)
        self.session.runner.submit(work, self._done, self._failed)

    def _done(self, user: StaffUser) -> None:
        self.create_button.setEnabled(True)
        self.sig_created.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.banner.show_error(error)


class SignInWidget(QWidget):
    """Sign in; when the session is locked, only the locked user's password is asked. Its
    words follow the language installed (:mod:`desk.ui.translation`) at once."""

    sig_signed_in = Signal(object)
    """Someone signed in (a StaffUser)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.locked_user: StaffUser | None = None
        self.waiting = False  # Sign in pressed before the database was open
        self.state = "opening"  # then "ready", or "failed"
        clinic = session.settings.clinic.name
        card, layout, self.subtitle = _card(clinic, "")
        self.banner = MessageBanner()
        self.username, self.password = _field(""), _field("", secret=True)
        form = QFormLayout()
        self.username_label = _row(form, self.username)
        self.password_label = _row(form, self.password)
        self.sign_in = QPushButton()
        self.sign_in.setObjectName("primary")
        self.sign_in.setDefault(True)
        self.sign_in.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.switch_user = QPushButton()
        self.switch_user.setFlat(True)
        self.switch_user.clicked.connect(self.show_sign_in)
        self.switch_user.hide()
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.switch_user)
        self.hint = muted("")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        _centered(card, self)
        self.set_opening()

    def retranslate(self) -> None:
        """Every word of the form in the language installed now."""
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.username_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.switch_user.setText(self.tr("Sign in as someone else"))
        self.hint.setText(self.tr("Demo workspace: sign in as <b>admin</b> or <b>reception</b>, "
                                  "password <b>demo1234</b>."))
        self.sign_in.setText({"opening": self.tr("Opening the workspace…"),
                              "failed": self.tr("Cannot open the workspace")}.get(
                                  self.state, self.tr("Sign in")))
        if self.locked_user is None:
            self.subtitle.setText(self.tr("Sign in to the front desk."))
        else:
            self.subtitle.setText(self.tr(
                "Locked after a period without use. {name}, enter your password to carry on "
                "where you left off.").format(name=self.locked_user.display_name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_opening(self) -> None:
        """The workspace is still opening: typing is allowed, signing in is not yet."""
        self.state = "opening"
        self.sign_in.setEnabled(False)
        self.retranslate()

    def set_ready(self, *, demo: bool) -> None:
        self.state = "ready"
        self.sign_in.setEnabled(True)
        self.retranslate()
        self.hint.setVisible(demo)

    def workspace_open(self) -> None:
        """The database is open: a sign-in asked for while it opened goes now."""
        if self.waiting:
            self.waiting = False
            self._submit()

    def set_failed(self, message: str) -> None:
        self.waiting = False
        self.state = "failed"
        self.sign_in.setEnabled(False)
        self.retranslate()
        self.banner.show_message(message)

    def show_sign_in(self) -> None:
        self.locked_user = None
        self.retranslate()
        self.username.setEnabled(True)
        self.username.clear()
        self.password.clear()
        self.switch_user.hide()
        self.banner.hide()
        self.username.setFocus()

    def show_locked(self, user: StaffUser) -> None:
        self.locked_user = user
        self.retranslate()
        self.username.setText(user.username)
        self.username.setEnabled(False)
        self.password.clear()
        self.switch_user.show()
        self.banner.hide()
        self.password.setFocus()

    def _submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username or not password:
            self.banner.show_message(self.tr("Enter your user name and password."), "warning")
            return
        self.sign_in.setEnabled(False)
        if self.session.workspace is None:  # unlocked, its database still opening
            self.waiting = True
            return
        security = self.session.settings.security
        engine = self.session.ws.engine

        def work() -> StaffUser:
            from desk.storage import accounts

            policy = accounts.LockoutPolicy(security.lockout_attempts, security.lockout_minutes)
            return accounts.sign_in(engine, username, password, policy)

        self.session.runner.submit(work, self._done, self._failed)

    def _done(self, user: StaffUser) -> None:
        self.sign_in.setEnabled(True)
        self.password.clear()
        self.banner.hide()
        self.sig_signed_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.sign_in.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.banner.show_message(message_for(error),
                                 "warning" if isinstance(error, DeskError) else "error")


class PassphraseDialog(QDialog):
    """Asks an administrator for the workspace passphrase (new: twice, to confirm)."""

    def __init__(self, *, new: bool, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace passphrase"))
        self.setMinimumWidth(480)  # the reason and a refusal read in full
        self.new = new
        layout = QVBoxLayout(self)
        text = reason or (self.tr("This computer has no usable key store. Choose a passphrase "
                                  "that protects the workspace; it is asked each time desk "
                                  "starts.")
                          if new else self.tr("Enter the workspace passphrase to open it."))
        if new:
            text += " " + self.tr("It needs at least %n character(s).", "", MIN_PASSPHRASE)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.passphrase = _field(self.tr("Passphrase"), secret=True)
        form.addRow(self.passphrase.accessibleName(), self.passphrase)
        self.confirm = _field(self.tr("Repeat passphrase"), secret=True)
        if new:
            form.addRow(self.confirm.accessibleName(), self.confirm)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.banner.show_message(text)
        self.adjustSize()  # the dialog grows to hold the message

    def _accept(self) -> None:
        if self.new and self.passphrase.text() != self.confirm.text():
            self.show_error(self.tr("The two passphrases are not the same."))
            return
        if self.new:
            try:
                check_passphrase(self.passphrase.text())
            except DeskError as err:
                self.show_error(err.message)
                return
        self.accept()
