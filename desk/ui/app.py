"""Starting the GUI: the Qt application, opening the workspace, the main window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk import __version__
from desk.errors import DeskError
from desk.paths import resource
from desk.storage import NeedPassphrase, Workspace
from desk.storage.settings import Settings
from desk.ui.access import PassphraseDialog
from desk.ui.session import Session
from desk.ui.shell import MainWindow, ScreenSpec
from desk.ui.widgets import message_for

log = logging.getLogger(__name__)


def screens() -> list[ScreenSpec]:
    """The working screens, in navigation order. Imported here to keep start-up lean."""
    from desk.ui.audit_view import AuditWidget
    from desk.ui.board import BoardWidget

    return [
        ScreenSpec("Today", "Ctrl+1", BoardWidget),
        ScreenSpec("Audit log", "Ctrl+9", AuditWidget, admin_only=True),
    ]


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("desk")
    style = resource("styles", "desk.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    families = QFontDatabase.families()
    for family in ("Inter", "Noto Sans", "DejaVu Sans"):
        if family in families:
            app.setFont(QFont(family, 10))
            break
    return app


def open_workspace(path: Path, parent: object = None) -> Workspace | None:
    """Open the workspace (making it on first start), asking for a passphrase if needed."""
    passphrase: str | None = None
    new = not Workspace.exists(path)
    while True:
        try:
            if new:
                return Workspace.create(path, passphrase=passphrase)
            return Workspace.open(path, passphrase=passphrase)
        except NeedPassphrase as need:
            dialog = PassphraseDialog(new=new, reason=need.message)
        except DeskError as err:
            if err.kind != "key" or passphrase is None:
                raise
            dialog = PassphraseDialog(new=new)
            dialog.show_error(err.message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.passphrase.text()


def run(settings: Settings) -> int:
    app = make_app()
    try:
        workspace = open_workspace(settings.workspace_path)
    except DeskError as err:
        QMessageBox.critical(None, "desk cannot start", message_for(err))
        return 1
    if workspace is None:
        return 1
    if workspace.is_demo:
        from desk.frontdesk import demo

        with workspace.begin() as conn:
            demo.ensure_today(conn, date.today())
    window = MainWindow(Session(workspace, settings), screens())
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
