"""A kiosk process that a test kills in the middle of a form (tests/ui/kiosk/test_crash.py).

``python -m tests.ui.kiosk.kiosk_child WORKSPACE CODE`` opens the workspace (passphrase
``crash-test``), opens the forms of CODE at the kiosk, answers through the widgets, waits
until the draft holds those answers, starts typing into one more field without leaving it,
prints ``typing`` and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from desk.frontdesk import drafts
from desk.storage import SYSTEM, Workspace
from desk.storage import settings as settings_mod
from desk.ui.app import make_app
from desk.ui.kiosk import KioskWidget
from desk.ui.session import Session

PASSPHRASE = "crash-test"
SAVED, TYPING = "Penicillin", "Half-typed"


def wait_for(check, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main(path: str, code: str) -> None:
    make_app()
    workspace = Workspace.open(Path(path), passphrase=PASSPHRASE)
    flow = KioskWidget(Session(workspace, settings_mod.load()), SYSTEM)
    flow.resize(1280, 800)
    flow.show()
    flow.welcome.code.setText(code)
    QTest.mouseClick(flow.welcome.open_code, Qt.MouseButton.LeftButton)
    wait_for(lambda: flow.view is not None)
    view, form = flow.view, flow.form
    form.set_answer("has-allergies", True)  # as the Yes button does
    view.focus_item(form.node("allergy-substance"))
    substance, reaction = (view.item_widget(link_id).findChildren(QLineEdit)[0]
                           for link_id in ("allergy-substance", "allergy-reaction"))
    QTest.keyClicks(substance, SAVED)
    view.flush()  # the patient moved on: the field is left
    intake_id = flow.current.id

    def saved() -> bool:
        with workspace.read() as conn:
            kept = drafts.load(conn, intake_id)
        return kept is not None and SAVED.encode() in kept.data

    wait_for(saved)
    reaction.setFocus()
    QTest.keyClicks(reaction, TYPING)  # still being typed when the power goes
    print("typing", view.index, flush=True)
    while True:
        QCoreApplication.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main(*sys.argv[1:3])
