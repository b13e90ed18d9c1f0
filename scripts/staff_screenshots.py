"""Screenshots of the staff screens in French and Spanish (or any language desk has), to look
for words cut off or crowded: PNGs of the whole window at its default 1280x800.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/staff_screenshots.py OUT [LANG ...]

(or under Xvfb with a real window: ``xvfb-run -a .venv/bin/python scripts/...``). LANG is
fr, es or en (fr and es without any). A throwaway workspace holds the demo clinic (synthetic
patients, today's schedule, their history and a demo imaging study); an administrator signs
in, in that language, and the script writes OUT/<lang>/<nn>-<screen>.png: the board, the
Patients screen with a search, a chart, the registration of a walk-in, and the Sync screen.
The kiosk: scripts/kiosk_screenshots.py.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

LANGUAGES = ("fr", "es")
PASSWORD = "screenshots-pw"


def _settle(app: Any, until: Callable[[], bool] = lambda: False, seconds: float = 5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(5):  # what the last answer laid out
        app.processEvents()
        time.sleep(0.02)


class Shooter:
    """Writes a widget as a PNG, numbered in the order they were taken."""

    def __init__(self, app: Any, out: Path) -> None:
        self.app, self.out, self.count = app, out, 0

    def __call__(self, name: str, widget: Any) -> None:
        self.count += 1
        _settle(self.app, seconds=0.2)
        path = self.out / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def _workspace(folder: Path) -> Any:
    from desk.frontdesk import demo
    from desk.storage import Workspace, accounts
    from desk.viewer import demo as demo_images

    ws = Workspace.create(folder, passphrase="screenshots")
    with ws.begin() as conn:
        accounts.create_user(conn, "admin", "Ada Admin", "administrator", PASSWORD)
        demo.fill(conn, ws.blobs, patient_count=40, today=date.today())
        demo_images.add(conn, ws.blobs, date.today())
    return ws


def shoot_language(app: Any, out: Path, language: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from desk.frontdesk import patients, schedule
    from desk.storage import settings as settings_mod
    from desk.ui import translation
    from desk.ui.app import screens
    from desk.ui.board import BoardWidget
    from desk.ui.patients_screen import PatientsScreen
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow
    from desk.ui.walk_in import WalkInDialog

    out.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(app, out)
    with tempfile.TemporaryDirectory(prefix="desk-staff-shots-") as tmp:
        ws = _workspace(Path(tmp) / "ws")
        translation.set_language(language)
        session = Session(ws, settings_mod.load(overrides=[f"ui.language={language}"]))
        window = MainWindow(session, screens())
        window.show()
        _settle(app, lambda: window.sign_in.sign_in.isEnabled())
        window.sign_in.username.setText("admin")
        window.sign_in.password.setText(PASSWORD)
        window.sign_in.sign_in.click()
        _settle(app, lambda: window.work is not None
                and window.pages.currentWidget() is window.work)
        board = window.work.findChild(BoardWidget)
        _settle(app, lambda: board.model.rowCount() > 0)
        shoot("board", window)

        with ws.read() as conn:
            booked = {a.patient_id for a in schedule.day(conn, date.today())}
            imaged = next(p for p in patients.all_patients(conn) if p.id in booked)
        window.nav["Patients"].trigger()
        screen = window.work.findChild(PatientsScreen)
        screen.search.box.setText(imaged.family[:4])
        _settle(app, lambda: screen.search.model.rowCount() > 0)
        shoot("search", window)
        row = next(n for n in range(screen.search.model.rowCount())
                   if imaged.family.upper() in str(screen.search.model.index(n, 0).data()))
        screen.search.table.selectRow(row)
        screen.search.box.setFocus()
        app.sendEvent(screen.search.box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                   Qt.KeyboardModifier.NoModifier))
        _settle(app, lambda: screen.chart is not None and screen.chart.isVisible()
                and screen.chart.timeline.rowCount() > 0)
        shoot("chart", window)

        window.nav["Today"].trigger()
        board.add_walk_in()
        _settle(app, lambda: window.findChild(WalkInDialog) is not None, 2)
        walk_in = window.findChild(WalkInDialog)
        assert walk_in is not None, "the walk-in dialog opened"
        register = walk_in.register("Moreau Agnès")
        _settle(app, register.isVisible)
        shoot("registration", register)
        register.reject()
        walk_in.reject()

        window.nav["Sync"].trigger()
        _settle(app, seconds=0.5)
        shoot("sync", window)

        window.close()  # stops its sync and its task runner
        ws.close()
        translation.set_language("en")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    from desk.ui.app import make_app

    app = make_app()
    out = Path(argv[0])
    for language in argv[1:] or LANGUAGES:
        shoot_language(app, out / language, language)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
