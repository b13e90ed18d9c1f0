"""The main window: access screens, navigation between working screens, status bar, idle lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk.ui.access import SetupWidget, SignInWidget
from desk.ui.session import Session
from desk.ui.widgets import ElidedLabel, focus_first_field, message_for

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QCloseEvent

    from desk.storage import Workspace
    from desk.storage.accounts import StaffUser
    from desk.ui.kiosk import KioskWidget, Lockdown
    from desk.ui.pacs_send import PacsSender
    from desk.ui.sync_status import SyncService, SyncStatusBar

log = logging.getLogger(__name__)


class IdleWatcher(QObject):
    """Emits ``sig_idle`` after ``minutes`` without keyboard, mouse or touch input.

    It watches the application's events only from the first :meth:`start` (a sign-in), so
    the sign-in window shows without paying for Qt's event-type enum.
    """

    sig_idle = Signal()
    """No input arrived for the whole idle period."""

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.sig_idle)
        self.input_events: set[QEvent.Type] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.timer.isActive() and self.input_events is not None \
                and event.type() in self.input_events:
            self.timer.start()
        return False

    def start(self) -> None:
        if self.input_events is None:
            from PySide6.QtCore import QEvent

            kinds = QEvent.Type
            self.input_events = {kinds.KeyPress, kinds.MouseButtonPress, kinds.MouseMove,
                                 kinds.Wheel, kinds.TouchBegin, kinds.TouchUpdate}
            app = QApplication.instance()
            assert app is not None, "create the QApplication first"
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


@dataclass(frozen=True)
class ScreenSpec:
    title: str
    shortcut: str
    make: Callable[[Session], QWidget]
    admin_only: bool = False


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
    """The whole application window. Screens are built once per signed-in user."""

    sig_locked = Signal()
    """The session was locked (idle timeout or the Lock action)."""

    def __init__(self, session: Session, screens: list[ScreenSpec]) -> None:
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
        self.workspace_label.set_full_text(str(workspace.path) + ("  ·  demo" if workspace.is_demo
                                                                  else ""))
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
        demo = " (demo)" if workspace is not None and workspace.is_demo else ""
        return f"desk — {self.session.settings.clinic.name}{demo}"

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel("Not signed in")
        self.workspace_label = ElidedLabel("Opening the workspace…")
        self.lock_label = QLabel()
        bar.addWidget(self.user_label)
        bar.addWidget(self.workspace_label, 1)  # the room left; shortened when too little
        bar.addPermanentWidget(self.lock_label)

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
            self.work = self._build_kiosk(user) if self.is_kiosk_for(user) else \
                self._build_work()
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
        """Switch to a working screen by its navigation title (when this user has it)."""
        action = self.nav.get(title)
        if action is not None and self.pages.currentWidget() is self.work:
            action.trigger()

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
        toolbar = QToolBar("Navigation")
        toolbar.setObjectName("nav")
        toolbar.setMovable(False)
        stack = QStackedWidget()
        group = QActionGroup(body)
        for n, spec in enumerate(s for s in self.screens if user.is_admin or not s.admin_only):
            screen = spec.make(self.session)
            stack.addWidget(screen)
            action = QAction(spec.title, body, checkable=True)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(f"{spec.title} ({spec.shortcut})")
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
        lock.setText("Lock")
        lock.setToolTip("Lock the screen (Ctrl+L)")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.clicked.connect(self.lock)
        sign_out = QToolButton()
        sign_out.setText("Sign out")
        sign_out.clicked.connect(self.sign_out)
        from desk.ui.style import display_button

        row.addWidget(display_button(self.session))
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
        self.user_label.setText(f"Signed in: {user.display_name} ({user.role})" if user
                                else "Not signed in")
        self.lock_label.setText("Locked" if self.is_locked else ("Unlocked" if user else ""))
        self.setWindowTitle(self._title())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.idle.stop()
        if self.sync is not None:
            self.sync.shutdown()
        self.session.runner.shutdown()
        super().closeEvent(event)
