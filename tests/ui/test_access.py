from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desk.storage import Workspace
from desk.storage import settings as settings_mod
from desk.storage.schema import audit
from tests.ui.conftest import PASSWORD, sign_in


def test_new_workspace_asks_for_the_first_administrator(qtbot, tmp_path: Path) -> None:
    from desk.ui.access import SetupWidget
    from desk.ui.app import make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    make_app()
    ws = Workspace.create(tmp_path / "new")
    window = MainWindow(Session(ws, settings_mod.load()), screens())
    qtbot.addWidget(window)
    window.show()
    setup = window.pages.currentWidget()
    assert isinstance(setup, SetupWidget)
    setup.username.setText("boss")
    setup.name.setText("Béatrice Boss")
    setup.password.setText("long enough")
    setup.confirm.setText("long enough!")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in setup.banner.label.text()
    setup.confirm.setText("long enough")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    assert "Béatrice Boss (administrator)" in window.user_label.text()
    ws.close()


def test_sign_in_shows_the_work_and_the_user(qtbot, make_window) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.sign_in
    assert window.user_label.text() == "Not signed in"
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.work is not None and window.pages.currentWidget() is window.work)
    assert "Rémi Reception (front desk)" in window.user_label.text()
    nav = [a.text() for a in window.work.findChildren(QAction)]
    assert "Today" in nav and "Audit log" not in nav  # the audit log is for administrators


def test_wrong_password_then_lockout(qtbot, make_window, staffed) -> None:
    window = make_window(**{"security.lockout_attempts": "3", "security.lockout_minutes": "20"})
    banner = window.sign_in.banner
    for _ in range(2):
        sign_in(qtbot, window, "remi", "not-it")
        qtbot.waitUntil(lambda: "not right" in banner.label.text() and banner.isVisible())
        banner.hide()
    sign_in(qtbot, window, "remi", "not-it")
    qtbot.waitUntil(lambda: "locked for 20 minutes" in banner.label.text())
    banner.hide()
    sign_in(qtbot, window, "remi", PASSWORD)
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "locked" in banner.label.text()
    assert window.pages.currentWidget() is window.sign_in
    with staffed.read() as conn:
        outcomes = conn.execute(sa.select(audit.c.outcome).where(audit.c.action == "sign-in")
                                .order_by(audit.c.seq)).scalars().all()
    assert outcomes == ["failed", "failed", "locked out", "locked"]


def _lock_entries(ws: Workspace) -> list[str]:
    with ws.read() as conn:
        return list(conn.execute(sa.select(audit.c.username)
                                 .where(audit.c.action == "session.lock")).scalars())


def test_idle_lock_keeps_the_work_for_the_same_user(qtbot, make_window) -> None:
    window = make_window(**{"security.idle_lock_minutes": "0.01"})  # 0.6 s
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    work = window.work
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert window.lock_label.text() == "Locked"
    qtbot.waitUntil(lambda: _lock_entries(window.session.ws) == ["remi"])
    assert window.sign_in.username.text() == "remi" and not window.sign_in.username.isEnabled()
    assert "carry on where you left off" in window.sign_in.subtitle.text()
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is work)
    assert window.work is work and not window.is_locked


def test_someone_else_after_a_lock_gets_a_fresh_session(qtbot, make_window) -> None:
    window = make_window()
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    first = window.work
    window.lock()
    qtbot.mouseClick(window.sign_in.switch_user, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "admin")
    qtbot.waitUntil(lambda: window.work is not first and window.pages.currentWidget() is window.work)
    assert "Ada Admin" in window.user_label.text()


def test_uncaught_worker_error_is_logged_and_shown(qtbot, make_window, caplog) -> None:
    import threading

    from desk import logs
    from desk.ui.app import ErrorReporter

    window = make_window()
    reporter = ErrorReporter(window)
    reporter.sig_error.connect(window.show_failure)
    saved = threading.excepthook
    logs.install_excepthooks(reporter.report)
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: "Something went wrong" in window.statusBar().currentMessage())
    finally:
        threading.excepthook = saved
        import sys

        sys.excepthook = sys.__excepthook__
    assert any("uncaught exception" in r.message for r in caplog.records)


def test_a_new_passphrase_too_short_is_refused_in_the_dialog(qtbot) -> None:
    from desk.ui.access import PassphraseDialog

    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    for field in (dialog.passphrase, dialog.confirm):
        qtbot.keyClicks(field, "short one")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible() and "at least 10 characters" in dialog.banner.label.text()
    for field in (dialog.passphrase, dialog.confirm):
        qtbot.keyClicks(field, "!")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_damaged_workspace_is_said_at_open_with_its_backups(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desk.ui.app import WorkspaceOpener, make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow
    from tests.storage.test_workspace import _flip_a_page_in_the_middle

    path = _flip_a_page_in_the_middle(Workspace.create(tmp_path / "ws"))
    make_app()
    window = MainWindow(Session(None, settings_mod.load(workspace=str(path))), screens())
    qtbot.addWidget(window)
    window.show()
    opener = WorkspaceOpener(window, path)
    opener.start()
    qtbot.waitUntil(lambda: isinstance(getattr(opener, "damaged", None), QMessageBox)
                    and opener.damaged.isVisible(), timeout=10_000)
    assert "holds no backup" in opener.damaged.text()
    assert window.session.workspace is not None  # still open: staff see what they can
    window.session.workspace.close()


def _visible_windows(window) -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_the_lock_hides_every_window_and_the_same_user_gets_them_back(qtbot, make_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLabel

    window = make_window()
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    details = QDialog(window)  # as the chart's details, the viewers: opened, not waited on
    QLabel("DURAND, Élise  MRN 000123", details)
    details.open()
    viewer = QLabel("DURAND, Élise: CT head")  # a window of its own
    qtbot.addWidget(viewer)
    viewer.show()
    asking = QDialog(window)  # a question waiting for its answer when the lock comes
    QTimer.singleShot(0, window.lock)
    assert asking.exec() == QDialog.DialogCode.Rejected
    assert window.is_locked and _visible_windows(window) == []
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: not window.is_locked)
    assert set(_visible_windows(window)) == {details, viewer}
    window.lock()
    assert _visible_windows(window) == []
    qtbot.mouseClick(window.sign_in.switch_user, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "admin")
    qtbot.waitUntil(lambda: not window.is_locked)
    assert _visible_windows(window) == []  # someone else: closed, not shown


def _opening_window(qtbot, path: Path):
    from desk.ui.app import WorkspaceOpener, make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    make_app()
    window = MainWindow(Session(None, settings_mod.load(workspace=str(path))), screens())
    qtbot.addWidget(window)
    window.show()
    WorkspaceOpener(window, path).start()
    return window


def test_sign_in_is_live_before_the_database_is_open_and_waits_for_it(qtbot, tmp_path: Path,
                                                                      monkeypatch) -> None:
    import threading

    from desk.storage import accounts
    from desk.ui import app

    with Workspace.create(tmp_path / "ws") as ws, ws.begin() as conn:
        accounts.create_user(conn, "remi", "Rémi Garnier", "front desk", PASSWORD)
    held = threading.Event()  # holds the full open on the database worker until released
    open_in_full = app.open_workspace
    monkeypatch.setattr(app, "open_workspace", lambda u: held.wait(30) and open_in_full(u))
    window = _opening_window(qtbot, tmp_path / "ws")
    form = window.sign_in
    qtbot.keyClicks(form.username, "re")  # typed while the workspace is still locked
    qtbot.waitUntil(form.sign_in.isEnabled, timeout=10_000)
    assert form.sign_in.text() == "Sign in" and window.session.workspace is None
    qtbot.keyClicks(form.username, "mi")
    qtbot.keyClicks(form.password, PASSWORD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)  # before the database is open
    assert not form.sign_in.isEnabled()
    held.set()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work, timeout=10_000)
    assert window.session.user is not None and window.session.user.username == "remi"
    window.session.workspace.close()


def test_a_workspace_without_staff_opens_in_full_for_the_first_administrator(
        qtbot, tmp_path: Path) -> None:
    from desk.ui.access import SetupWidget

    Workspace.create(tmp_path / "ws").close()
    window = _opening_window(qtbot, tmp_path / "ws")
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), SetupWidget),
                    timeout=10_000)
    assert window.session.workspace is not None
    window.session.workspace.close()
