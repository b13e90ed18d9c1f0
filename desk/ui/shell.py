"""The main window: access screens, navigation between working screens, status bar, idle
lock, and the staff screens' language (each account's own, else this computer's default)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk.ui import translation
from desk.ui.access import SetupWidget, SignInWidget
from desk.ui.idle import IdleWatcher
from desk.ui.session import Session
from desk.ui.widgets import ElidedLabel, focus_first_field, message_for

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from desk.storage import Workspace
    from desk.storage.accounts import StaffUser
    from desk.ui.kiosk import KioskWidget, Lockdown
    from desk.ui.pacs_send import PacsSender
    from desk.ui.sync_status import SyncService, SyncStatusBar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenSpec:
    """A working screen: ``title`` in English, marked for translation in the context
    ``"Screens"`` (the toolbar shows it translated; code names the screen by it)."""

    title: str
    shortcut: str
    make: Callable[[Session], QWidget]
    admin_only: bool = False

    @property
    def shown_title(self) -> str:
        """The title in the staff screens' language."""
        return QCoreApplication.translate("Screens", self.title)


def _show_screen(stack: QStackedWidget, screen: QWidget) -> None:
    """Show a working screen with the keyboard focus where its work is (its focus proxy)."""
    stack.setCurrentWidget(screen)
    body = stack.parentWidget()
    if body is not None:
        body.setFocusProxy(screen)
    if screen.focusProxy() is not None:
        screen.setFocus()
    else:
        focus_first_field(screen)  # its first control, in tab order


class MainWindow(QMainWindow):
    """The whole application window. Screens are built once per signed-in user, in their
    language, and built again when they choose another (:meth:`apply_language`)."""

    sig_locked = Signal()
    """The session was locked (idle timeout or the Lock action)."""

    def __init__(self, session: Session, screens: list[ScreenSpec]) -> None:
        translation.set_language(session.settings.ui.language)  # sign-in: this computer's
        super().__init__()
        self.session = session
        self.screens = screens
        ui = session.settings.ui
        if ui.large_text or ui.high_contrast:
            from desk.ui import style

            app = QApplication.instance()
            assert isinstance(app, QApplication), "create the QApplication first"
            style.apply_settings(app, ui)
        self.setWindowTitle(self._title())
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.sign_in = SignInWidget(session)
        self.sign_in.sig_signed_in.connect(self._signed_in)
        self.pages.addWidget(self.sign_in)
        self.work: QWidget | None = None
        self.kiosk: KioskWidget | None = None  # the work, when it is the kiosk
        self.lockdown: Lockdown | None = None
        self.nav: dict[str, QAction] = {}
        self._hidden: list[QWidget] = []  # other windows, while locked
        self.sync: SyncService | None = None  # made with the workspace, after the window shows
        self.sync_bar: SyncStatusBar | None = None
        self.pacs_send: PacsSender | None = None  # made with the sync
        self.access_shown = False  # sign-in (or the first-administrator form) is live
        self.idle = IdleWatcher(session.settings.security.idle_lock_minutes, self)
        self.idle.sig_idle.connect(self.lock)
        self._build_status_bar()
        if session.workspace is not None:
            self.set_workspace(session.workspace)

    def set_unlocked(self, *, demo: bool) -> None:
        """The workspace is unlocked and has staff accounts: sign-in is live while its
        database opens behind it (a sign-in asked for sooner waits for it)."""
        self.access_shown = True
        self.sign_in.set_ready(demo=demo)

    def set_workspace(self, workspace: Workspace) -> None:
        """The workspace is open: show sign-in, or the first-administrator form."""
        self.session.workspace = workspace
        self._show_workspace_label()
        if self.sync is None:
            self._build_sync()
        if self.access_shown:
            self._update_status()
            self.sign_in.workspace_open()
        else:
            self.sign_in.set_ready(demo=workspace.is_demo)
            self._show_access()

    def _build_sync(self) -> None:
        """Background sync and its part of the status bar (before the lock state)."""
        from desk.ui.pacs_send import PacsSender
        from desk.ui.sync_status import SyncService, SyncStatusBar

        self.sync = self.session.sync = SyncService(self.session, self)
        self.pacs_send = self.session.pacs_send = PacsSender(self.session, self)
        self.sync_bar = SyncStatusBar(self.session)
        self.sync.sig_state.connect(self.sync_bar.show_state)
        self.sync.sig_failed.connect(self.show_failure)
        self.sync_bar.sig_attention_clicked.connect(lambda: self.show_screen("Sync"))
        bar = self.statusBar()
        bar.removeWidget(self.lock_label)
        bar.addPermanentWidget(self.sync_bar)
        bar.addPermanentWidget(self.lock_label)
        self.lock_label.show()

    def _title(self) -> str:
        workspace = self.session.workspace
        clinic = self.session.settings.clinic.name
        if workspace is not None and workspace.is_demo:
            return self.tr("desk — {clinic} (demo)").format(clinic=clinic)
        return self.tr("desk — {clinic}").format(clinic=clinic)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.workspace_label = ElidedLabel("")
        self._show_workspace_label()
        self.lock_label = QLabel()
        bar.addWidget(self.user_label)
        bar.addWidget(self.workspace_label, 1)  # the room left; shortened when too little
        bar.addPermanentWidget(self.lock_label)
        self._update_status()

    def _show_workspace_label(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            self.workspace_label.set_full_text(self.tr("Opening the workspace…"))
        elif workspace.is_demo:
            self.workspace_label.set_full_text(
                self.tr("{folder}  ·  demo").format(folder=workspace.path))
        else:
            self.workspace_label.set_full_text(str(workspace.path))

    def _show_access(self) -> None:
        from desk.storage import accounts

        with self.session.ws.read() as conn:
            first_run = not accounts.has_users(conn)
        if first_run:
            setup = SetupWidget(self.session)
            setup.sig_created.connect(self._signed_in)
            self.pages.addWidget(setup)
            self.pages.setCurrentWidget(setup)
        else:
            self.pages.setCurrentWidget(self.sign_in)
            self.sign_in.show_sign_in()
        self.access_shown = True
        self._update_status()

    def _signed_in(self, user: StaffUser) -> None:
        resumed = self.work is not None and self.session.user == user
        self._show_windows(again=resumed)
        if not resumed:
            self._discard_work()
            self.session.user = user
            if self.is_kiosk_for(user):
                self.work = self._build_kiosk(user)
            else:
                translation.set_language(self.session.staff_language)
                self.work = self._build_work()
            self.pages.addWidget(self.work)
        assert self.work is not None
        self.pages.setCurrentWidget(self.work)
        if self.kiosk is not None:
            self._enter_kiosk()
        else:
            self.idle.start()
            self.work.setFocus()  # the screen's own place for the work (the board, a search)
        assert self.sync is not None, "sign-in comes after the workspace opened"
        self.sync.start()
        assert self.pacs_send is not None
        self.pacs_send.start()
        self._update_status()

    def is_kiosk_for(self, user: StaffUser) -> bool:
        """A kiosk account only ever gets the kiosk; so does anyone on a kiosk machine."""
        return user.role == "kiosk" or self.session.settings.kiosk.enabled

    def _build_kiosk(self, user: StaffUser) -> QWidget:
        from desk.ui.kiosk import KioskWidget, Lockdown

        self.kiosk = KioskWidget(self.session, user.actor)
        self.kiosk.sig_exit_requested.connect(self._ask_to_leave_kiosk)
        self.lockdown = self.lockdown or Lockdown(self)
        return self.kiosk

    def _enter_kiosk(self) -> None:
        assert self.lockdown is not None
        self.lockdown.engage()
        self.statusBar().hide()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.showFullScreen()

    def _ask_to_leave_kiosk(self) -> None:
        from desk.ui.kiosk import KioskPinDialog

        dialog = KioskPinDialog(self._kiosk_pin_hash(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        assert self.lockdown is not None
        self.lockdown.release()
        if self.session.settings.kiosk.enabled:
            self.close()  # a kiosk machine: the PIN closes desk
            return
        self.sign_out()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.statusBar().show()
        self.showNormal()

    def _kiosk_pin_hash(self) -> str:
        """The staff PIN's hash; a demo workspace without one takes the published demo PIN."""
        pin_hash = self.session.settings.kiosk.pin_hash
        if not pin_hash and self.session.ws.is_demo:
            from desk.frontdesk.kiosk import DEMO_PIN, hash_pin

            pin_hash = hash_pin(DEMO_PIN)
        return pin_hash

    def show_screen(self, title: str) -> None:
        """Switch to a working screen by its navigation title, in English (when this user
        has it)."""
        action = self.nav.get(title)
        if action is not None and self.pages.currentWidget() is self.work:
            action.trigger()

    @property
    def current_screen(self) -> str | None:
        """The English title of the working screen shown, if any."""
        return next((title for title, action in self.nav.items() if action.isChecked()), None)

    def apply_language(self) -> None:
        """Show the staff screens in the signed-in user's language now (their account's,
        else this computer's default), without a restart: the working screens are built
        again in it, on the screen shown before (a chart open on the Patients screen opens
        again), with the status bar and the window's title. Background sync and the PACS
        sending carry on. Other open windows (a form, the image viewer, a record's details)
        stay open as they are, in the language they were opened in, until opened again."""
        before = translation.current_language()
        translation.set_language(self.session.staff_language)
        if translation.current_language() != before and self.work is not None \
                and self.kiosk is None:
            self._rebuild_work()
        self._update_status()

    def _rebuild_work(self) -> None:
        assert self.work is not None
        shown, chart = self.current_screen, _open_chart(self.work)
        was_current = self.pages.currentWidget() is self.work
        self._keep_windows(self.work)
        self._discard_work()
        self.work = self._build_work()
        self.pages.addWidget(self.work)
        if was_current:
            self.pages.setCurrentWidget(self.work)
        if shown is not None:
            self.show_screen(shown)
        if chart is not None:
            screen, patient_id = chart
            reopened = self.work.findChild(type(screen))
            if reopened is not None:
                reopened.open_chart(patient_id)

    def _keep_windows(self, work: QWidget) -> None:
        """The open windows made from the work (a form, the viewer) are kept open, under
        the main window, when the work is discarded."""
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible() and _made_from(window, work):
                window.setParent(self, window.windowFlags())
                window.show()

    def _hide_windows(self) -> None:
        """Every other window (a viewer, a chart's details, a dialog) goes with the lock:
        it may show the patient. One waiting for an answer is cancelled; the others come
        back when the same person signs in again."""
        for window in QApplication.topLevelWidgets():
            if window is self or not window.isVisible():
                continue
            if window.windowModality() == Qt.WindowModality.ApplicationModal and \
                    isinstance(window, QDialog):
                window.reject()
            else:
                window.hide()
                self._hidden.append(window)

    def _show_windows(self, again: bool) -> None:
        """The windows the lock hid: shown ``again`` to the same person, else closed."""
        import shiboken6

        hidden, self._hidden = self._hidden, []
        for window in hidden:
            if shiboken6.isValid(window):
                window.show() if again else window.close()

    def _discard_work(self) -> None:
        self.nav.clear()
        if self.kiosk is not None:
            self.kiosk.stop()
            self.kiosk = None
        if self.work is not None:
            self.pages.removeWidget(self.work)
            self.work.deleteLater()
            self.work = None

    def _build_work(self) -> QWidget:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence
        from PySide6.QtWidgets import QSizePolicy, QToolBar, QVBoxLayout

        user = self.session.user
        assert user is not None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("nav")
        toolbar.setMovable(False)
        stack = QStackedWidget()
        group = QActionGroup(body)
        for n, spec in enumerate(s for s in self.screens if user.is_admin or not s.admin_only):
            screen = spec.make(self.session)
            stack.addWidget(screen)
            action = QAction(spec.shown_title, body, checkable=True)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(self.tr("{screen} ({shortcut})").format(
                screen=spec.shown_title, shortcut=action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)))
            action.triggered.connect(lambda _=False, w=screen: _show_screen(stack, w))
            self.nav[spec.title] = action
            group.addAction(action)
            toolbar.addAction(action)
            action.setChecked(n == 0)
            if n == 0:
                body.setFocusProxy(screen)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self._account_buttons())
        layout.addWidget(toolbar)
        layout.addWidget(stack, 1)
        return body

    def _account_buttons(self) -> QWidget:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QHBoxLayout, QToolButton

        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 8, 0)
        lock = QToolButton()
        lock.setText(self.tr("Lock"))
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setToolTip(self.tr("Lock the screen ({shortcut})").format(
            shortcut=lock.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        lock.clicked.connect(self.lock)
        sign_out = QToolButton()
        sign_out.setText(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out)
        from desk.ui.style import display_button

        row.addWidget(display_button(self.session, on_language=self.apply_language))
        row.addWidget(lock)
        row.addWidget(sign_out)
        return box

    def lock(self) -> None:
        """Hide the work behind the sign-in screen; it stays as it was for the same user."""
        user = self.session.user
        if user is None or self.pages.currentWidget() is not self.work:
            return
        self.idle.stop()
        self._audit(user, "session.lock")
        self._hide_windows()
        self.sign_in.show_locked(user)
        self.pages.setCurrentWidget(self.sign_in)
        self._update_status()
        self.sig_locked.emit()

    def sign_out(self) -> None:
        user = self.session.user
        if user is not None:
            self._audit(user, "sign-out")
        self.idle.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.pacs_send is not None:
            self.pacs_send.stop()
        self.session.user = None
        self._show_windows(again=False)
        self._discard_work()
        translation.set_language(self.session.staff_language)  # this computer's default
        self.sign_in.show_sign_in()
        self.pages.setCurrentWidget(self.sign_in)
        self._update_status()

    def show_failure_of(self, error: BaseException) -> None:
        self.show_failure(message_for(error))

    def show_failure(self, text: str) -> None:
        """A non-blocking message for something that failed outside any screen's control."""
        self.statusBar().showMessage(text, 20_000)

    def _audit(self, user: StaffUser, action: str) -> None:
        """Record ``action`` on the database worker: the UI never waits for a write."""
        workspace = self.session.ws

        def work() -> None:
            from desk.storage import audit

            with workspace.begin() as conn:
                audit.record(conn, user.actor, action)
            if action in ("session.lock", "sign-out"):
                workspace.keep_audit_head()  # the log's end, outside the database

        self.session.runner.submit(work, on_error=self.show_failure_of)

    @property
    def is_locked(self) -> bool:
        return self.session.user is not None and self.pages.currentWidget() is self.sign_in

    def _update_status(self) -> None:
        user = self.session.user
        if user is None:
            self.user_label.setText(self.tr("Not signed in"))
        else:
            from desk.ui.staff import role_text

            self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
                name=user.display_name, role=role_text(user.role)))
        self.lock_label.setText(self.tr("Locked") if self.is_locked
                                else (self.tr("Unlocked") if user else ""))
        self.setWindowTitle(self._title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # the status bar and title follow
            self._show_workspace_label()
            self._update_status()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.idle.stop()
        if self.sync is not None:
            self.sync.shutdown()
        self.session.runner.shutdown()
        super().closeEvent(event)


def _made_from(window: QWidget, work: QWidget) -> bool:
    parent = window.parentWidget()
    while parent is not None and parent is not work:
        parent = parent.parentWidget()
    return parent is work


def _open_chart(work: QWidget) -> tuple[QWidget, str] | None:
    """The screen in ``work`` showing a patient's chart, and whose (the Patients screen's
    ``chart``), to open it again on the rebuilt screen."""
    for screen in work.findChildren(QWidget):
        chart = getattr(screen, "chart", None)
        if chart is not None and hasattr(screen, "open_chart"):
            patient_id = getattr(chart, "patient_id", None)
            if isinstance(patient_id, str):
                return screen, patient_id
    return None
