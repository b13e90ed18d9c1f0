from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace, accounts
from desk.storage import settings as settings_mod
from tests.fhirserver.fixture import fhir, fhir_server  # noqa: F401

PASSWORD = "front-desk-pw"


@pytest.fixture(autouse=True, scope="session")
def desk_app(qapp):
    """The application as desk sets it up: its style, the garbage collector on the GUI
    thread (test_collector.py), and English words (their plural forms: "1 image")."""
    from desk.ui import translation
    from desk.ui.app import make_app

    app = make_app()
    translation.set_language("en")
    return app


@pytest.fixture(autouse=True)
def stop_runners(monkeypatch):
    """Shut down every task runner a test made, so no worker outlives its widgets."""
    from desk.ui.tasks import TaskRunner

    made: list[TaskRunner] = []
    original = TaskRunner.__init__

    def init(self: TaskRunner) -> None:
        original(self)
        made.append(self)

    monkeypatch.setattr(TaskRunner, "__init__", init)
    yield
    for runner in made:
        runner.shutdown()


@pytest.fixture
def staffed(tmp_path: Path):
    """A workspace with an administrator, a receptionist and three appointments today."""
    ws = Workspace.create(tmp_path / "ws")
    with ws.begin() as conn:
        accounts.create_user(conn, "admin", "Ada Admin", "administrator", PASSWORD)
        accounts.create_user(conn, "remi", "Rémi Reception", "front desk", PASSWORD)
        for n, (family, given) in enumerate((("Durand", "Élise"), ("Okafor", "Chidi"),
                                             ("Núñez", "Lucía"))):
            p = patients.register(conn, Patient(family=family, given=given,
                                                birth_date=date(1980 + n, 5, 17)), SYSTEM)
            schedule.book(conn, Appointment(patient_id=p.id, reason="Follow-up",
                                            start=datetime.combine(date.today(), time(9 + n))),
                          SYSTEM)
    yield ws
    ws.close()


@pytest.fixture
def unbooked(staffed: Workspace) -> Patient:
    """A patient of the clinic with no appointment today (a walk-in)."""
    with staffed.begin() as conn:
        return patients.register(conn, Patient(family="Moreau", given="Agnès",
                                               birth_date=date(1990, 2, 11)), SYSTEM)


@pytest.fixture
def make_window(qtbot, staffed: Workspace):
    from desk.ui.app import make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    made: list[MainWindow] = []

    def build(**overrides: str) -> MainWindow:
        make_app()
        config = settings_mod.load(overrides=[f"{k}={v}" for k, v in overrides.items()])
        window = MainWindow(Session(staffed, config), screens())
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        return window

    yield build
    for window in made:  # no sync round outlives its test, or the workspace it works on
        if window.sync is not None:
            window.sync.shutdown(wait=True)


def signed_in_session(workspace: Workspace, username: str = "remi", *overrides: str):
    """A Session on ``workspace`` with ``username`` signed in (the app made first)."""
    from desk.ui.app import make_app
    from desk.ui.session import Session

    make_app()
    session = Session(workspace, settings_mod.load(overrides=list(overrides)))
    session.user = accounts.sign_in(workspace.engine, username, PASSWORD)
    return session


def sign_in(qtbot, window, username: str, password: str = PASSWORD) -> None:
    form = window.sign_in
    if form.username.isEnabled():
        form.username.setText(username)
    form.password.setText(password)
    qtbot.mouseClick(form.sign_in, Qt.MouseButton.LeftButton)


def answer_file_dialog(path: Path) -> None:
    """Once desk's file or folder chooser (:mod:`desk.ui.files`, Qt's own dialog) is up,
    choose ``path`` in it as staff would."""
    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            dialog.setDirectory(str(path))
        else:
            dialog.setDirectory(str(path.parent))
            dialog.selectFile(path.name)
        # and typed in full, as staff may: what is chosen does not wait on the listing
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if name is not None:
            name.setText(str(path))
        dialog.accept()
        # Qt's own dialog refuses an Open while it is still listing the folder (on another
        # thread): staff would press Open again, and so does this
        QTimer.singleShot(50, lambda: choose() if shiboken6.isValid(dialog)
                          and dialog.isVisible() else None)

    QTimer.singleShot(0, choose)
