"""Starting the GUI: the window first, then the workspace opened off the UI thread.

The sign-in window is on screen before the database layer is even imported. On the
database worker the workspace is unlocked (its key, a first look at its database with the
bare driver: :mod:`desk.storage.unlock`) and the Sign in button comes alive; the database is
then opened in full behind it (SQLAlchemy, the search index), and a sign-in asked for
sooner waits for that. A workspace that needs more (a first account, an upgrade, a
passphrase, a damaged file) is opened in full before anyone signs in. A passphrase, when
needed, is asked for on the main thread.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desk import __version__, logs, process
from desk.errors import DeskError
from desk.storage.settings import Settings
from desk.ui import style
from desk.ui.access import PassphraseDialog
from desk.ui.session import Session
from desk.ui.shell import MainWindow, ScreenSpec
from desk.ui.widgets import message_for

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.storage.key_ahead import KeyAhead
    from desk.storage.unlock import Unlocked

log = logging.getLogger(__name__)


def _board(session: Session) -> QWidget:
    from desk.ui.board import BoardWidget

    return BoardWidget(session)


def _patients(session: Session) -> QWidget:
    from desk.ui.patients_screen import PatientsScreen

    return PatientsScreen(session)


def _audit(session: Session) -> QWidget:
    from desk.ui.audit_view import AuditWidget

    return AuditWidget(session)


def _staff(session: Session) -> QWidget:
    from desk.ui.staff import StaffWidget

    return StaffWidget(session)


def _sync(session: Session) -> QWidget:
    from desk.ui.sync_issues import SyncIssuesWidget

    return SyncIssuesWidget(session)


def screens() -> list[ScreenSpec]:
    """The working screens, in navigation order; each module is imported when first built.
    Their titles are English here (code names a screen by it) and shown translated."""
    return [
        ScreenSpec(QT_TRANSLATE_NOOP("Screens", "Today"), "Ctrl+1", _board),
        ScreenSpec(QT_TRANSLATE_NOOP("Screens", "Patients"), "Ctrl+2", _patients),
        ScreenSpec(QT_TRANSLATE_NOOP("Screens", "Sync"), "Ctrl+7", _sync),
        ScreenSpec(QT_TRANSLATE_NOOP("Screens", "Staff"), "Ctrl+8", _staff, admin_only=True),
        ScreenSpec(QT_TRANSLATE_NOOP("Screens", "Audit log"), "Ctrl+9", _audit,
                   admin_only=True),
    ]


COLLECT_EVERY_MS = 500


def collect_on_gui_thread(app: QApplication) -> None:
    """Run Python's garbage collector on the GUI thread only, every COLLECT_EVERY_MS
    (see :mod:`desk.process`: a Qt object must not be destroyed on a worker thread)."""
    if app.findChild(QTimer, "desk-gc") is not None:
        return
    process.collect_when_asked()
    timer = QTimer(app)
    timer.setObjectName("desk-gc")
    timer.timeout.connect(process.collect_due)
    timer.start(COLLECT_EVERY_MS)


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    collect_on_gui_thread(app)
    app.setApplicationName("desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("desk")
    style.apply(app)
    return app


def unlock_workspace(path: Path, passphrase: str | None,
                     key_ahead: KeyAhead | None = None) -> Unlocked | Workspace:
    """On the database worker: the workspace unlocked, when staff can sign in before its
    database is open; else opened in full (or made, on first start)."""
    from desk.storage import unlock

    if not unlock.has_workspace(path):
        from desk.storage import Workspace

        return Workspace.create(path, passphrase=passphrase)
    unlocked = unlock.unlock(path, passphrase, key_ahead)
    looked = key_ahead.ready_of(unlocked) if key_ahead is not None else None  # while Qt started
    ready = unlocked.ready() if looked is None else looked
    return unlocked if ready else open_workspace(unlocked)


def open_workspace(unlocked: Unlocked) -> Workspace:
    """The unlocked workspace opened in full, ready to search (on the database worker)."""
    from desk.storage import Workspace

    workspace = Workspace.opened(unlocked)
    from desk.frontdesk import patients

    with workspace.begin() as conn:
        patients.index(conn)  # built here once, so searches only read
        if workspace.is_demo:
            from desk.frontdesk import demo

            demo.ensure_today(conn, date.today())
    return workspace


class WorkspaceOpener:
    """Opens the workspace in the background and hands it to the window."""

    def __init__(self, window: MainWindow, path: Path,
                 key_ahead: KeyAhead | None = None) -> None:
        self.window = window
        self.path = path
        self.key_ahead = key_ahead  # for the first try only

    def start(self, passphrase: str | None = None) -> None:
        self.passphrase = passphrase
        ahead, self.key_ahead = self.key_ahead, None
        self.window.session.runner.submit(
            lambda: unlock_workspace(self.path, passphrase, ahead), self._unlocked, self._failed)

    def _unlocked(self, result: Unlocked | Workspace) -> None:
        from desk.storage.unlock import Unlocked

        if not isinstance(result, Unlocked):
            self._opened(result)
            return
        self.window.set_unlocked(demo=result.demo)
        self.window.session.runner.submit(lambda: open_workspace(result), self._opened,
                                          self._failed)

    def _opened(self, workspace: Workspace) -> None:
        self.window.set_workspace(workspace)
        from concurrent.futures import ThreadPoolExecutor

        # every page and audit entry is read: after sign-in is up, and on a thread of its
        # own, so that the board's reads on the database worker do not wait for it
        checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-check")
        self.window.session.runner.submit(workspace.check, self._checked, lambda err: log.error(
            "the workspace check failed: %s", type(err).__name__), executor=checker)
        checker.shutdown(wait=False)  # its thread ends with the check

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.damaged = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("WorkspaceOpener", "The workspace is damaged"),
                "\n\n".join(problems), parent=self.window)
            self.damaged.open()

    def _failed(self, error: BaseException) -> None:
        from desk.storage import NeedPassphrase, Workspace

        if isinstance(error, NeedPassphrase):
            dialog = PassphraseDialog(new=not Workspace.exists(self.path),
                                      reason=error.message, parent=self.window)
        elif isinstance(error, DeskError) and error.kind == "key" and self.passphrase:
            dialog = PassphraseDialog(new=False, parent=self.window)
            dialog.show_error(error.message)
        else:
            log.error("workspace did not open: %s", type(error).__name__)
            self.window.sign_in.set_failed(message_for(error))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.passphrase.text())
        else:
            self.window.close()


class ErrorReporter(QObject):
    """Carries uncaught errors from any thread to the window, as a message on the main thread."""

    sig_error = Signal(str)
    """An uncaught error happened; the text is safe to show."""

    def report(self, error: BaseException) -> None:
        self.sig_error.emit(message_for(error))


def run(settings: Settings, key_ahead: KeyAhead | None = None) -> int:
    """The application, until its window closes; ``key_ahead``: the workspace key, being
    read already."""
    if settings.kiosk.enabled:  # before the QApplication: Qt picks its input method then
        from desk.ui.kiosk.keyboard import use_virtual_keyboard

        use_virtual_keyboard()
    app = make_app()
    session = Session(None, settings)
    window = MainWindow(session, screens())
    reporter = ErrorReporter(window)
    reporter.sig_error.connect(window.show_failure)
    logs.install_excepthooks(reporter.report)
    window.show()
    process.settle()
    WorkspaceOpener(window, settings.workspace_path, key_ahead).start()
    try:
        return app.exec()
    finally:
        if session.workspace is not None:
            session.workspace.close()
