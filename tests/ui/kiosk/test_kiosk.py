"""The kiosk as patients and staff meet it: only their own forms, no way out without the
PIN, and nothing of theirs left once the idle wipe has run."""

from __future__ import annotations

import gc

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from desk.frontdesk import codes, drafts, intake, kiosk, schedule
from desk.storage import SYSTEM, accounts
from desk.storage.schema import audit
from desk.ui.board import BoardWidget
from desk.ui.kiosk import KioskWidget
from desk.ui.patients_screen import PatientsScreen
from tests.ui.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.clock  # the kiosk finds today's appointments
PIN = "2468"
CANARY = "zq-canary-" + str(7731 * 3)  # made here: no source line holds it


@pytest.fixture
def kiosk_window(qtbot, staffed, make_window):
    with staffed.begin() as conn:
        accounts.create_user(conn, "tablet", "Waiting room", "kiosk", PASSWORD)
    window = make_window(**{"kiosk.pin_hash": kiosk.hash_pin(PIN)})
    qtbot.waitUntil(lambda: window.sign_in.sign_in.isEnabled())
    sign_in(qtbot, window, "tablet")
    qtbot.waitUntil(lambda: window.kiosk is not None)
    yield window
    if window.lockdown is not None:
        window.lockdown.release()


def send(workspace, family: str = "Durand", forms=("medical-history",)) -> intake.Handoff:
    with workspace.begin() as conn:
        appt = next(a for a in schedule.day(conn, schedule_day(conn))
                    if a.patient_id in _ids(conn, family))
        return intake.send_forms(conn, appt.id, list(forms), SYSTEM, language="en")


def schedule_day(conn):
    from datetime import date

    return date.today()


def _ids(conn, family: str) -> set[str]:
    return set(conn.execute(sa.text("SELECT id FROM patient WHERE family = :f"),
                            {"f": family}).scalars())


def open_code(qtbot, flow: KioskWidget, code: str) -> None:
    flow.welcome.code.setText(code)
    qtbot.mouseClick(flow.welcome.open_code, Qt.MouseButton.LeftButton)


def test_a_kiosk_account_gets_the_kiosk_and_nothing_of_the_front_desk(qtbot, kiosk_window):
    window = kiosk_window
    assert isinstance(window.work, KioskWidget) and window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.nav  # no Today, Patients, Sync, Staff or Audit screens
    assert not window.findChildren(BoardWidget) and not window.findChildren(PatientsScreen)
    for keys in ("Ctrl+1", "Ctrl+2", "Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+L"):
        qtbot.keyClick(window, keys[-1], Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.work
    labels = {w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()}
    assert labels == {"Open my forms", "Find my forms", "For staff"}
    assert not window.statusBar().isVisible()


def test_every_way_out_fails_but_the_pin(qtbot, kiosk_window, monkeypatch):
    window = kiosk_window
    for key, mods in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        press = QKeyEvent(QEvent.Type.KeyPress, key, mods)
        assert QApplication.sendEvent(window.kiosk.welcome.code, press)  # taken by the filter
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert QApplication.sendEvent(window.kiosk.welcome.code, menu)
    window.close()
    qtbot.wait(50)
    assert window.isVisible() and window.isFullScreen()

    from desk.ui.kiosk import pin as pin_module

    tries = iter(["1357", PIN])

    def exec_with(dialog) -> int:
        dialog.pin.setText(next(tries))
        dialog.check()
        return dialog.result()

    monkeypatch.setattr(pin_module.KioskPinDialog, "exec", exec_with)
    qtbot.mouseClick(window.findChild(QPushButton, "kiosk-staff"), Qt.MouseButton.LeftButton)
    assert window.kiosk is not None and window.isFullScreen()  # a wrong PIN: still here
    qtbot.mouseClick(window.findChild(QPushButton, "kiosk-staff"), Qt.MouseButton.LeftButton)
    assert window.kiosk is None and not window.isFullScreen()  # signed out, window back
    assert window.pages.currentWidget() is window.sign_in


def test_the_patient_fills_their_forms_and_the_kiosk_goes_back_to_welcome(qtbot, staffed,
                                                                          kiosk_window):
    flow = kiosk_window.kiosk
    handoff = send(staffed)
    open_code(qtbot, flow, codes.format_code(handoff.code).lower())
    qtbot.waitUntil(lambda: flow.view is not None)
    assert flow.form.definition.title.base == handoff.titles[0]
    view, form = flow.view, flow.form
    form.set_answer("has-allergies", False)
    for node in form.nodes():
        if node.enabled and node.definition.required and not node.answers \
                and node.definition.is_question:
            form.set_answer(node, node.options[0] if node.options else "None")
    view.show_page(view.review_index)
    qtbot.mouseClick(next(b for b in view.findChildren(QPushButton)
                          if b.text() == "Submit" and b.isVisible()), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.thanks)
    with staffed.read() as conn:
        done = intake.get(conn, handoff.intakes[0].id)
        assert done.status == "completed" and done.pdf_blob
        assert drafts.load(conn, done.id) is None
    qtbot.mouseClick(next(b for b in flow.thanks.findChildren(QPushButton)),
                     Qt.MouseButton.LeftButton)
    assert flow.stack.currentWidget() is flow.welcome and flow.handoff is None


def test_five_wrong_codes_make_the_kiosk_wait_and_the_front_desk_sees_it(qtbot, staffed,
                                                                           kiosk_window):
    flow = kiosk_window.kiosk
    for n in range(5):
        open_code(qtbot, flow, "AAAAAA" if n % 2 else "CCCCCC")
        qtbot.waitUntil(lambda: "not known" in flow.welcome.message.text()
                        or not flow.welcome.code.isEnabled())
        if n < 4:
            assert flow.welcome.code.isEnabled()
            flow.welcome.message.setText("")
    qtbot.waitUntil(lambda: not flow.welcome.code.isEnabled())
    assert "wait" in flow.welcome.message.text()
    with staffed.read() as conn:
        qtbot.waitUntil(lambda: conn.execute(sa.select(sa.func.count()).where(
            audit.c.action == "kiosk.codes_refused")).scalar() == 1)


def test_the_idle_wipe_forgets_the_patient_and_the_draft_resumes(qtbot, staffed, kiosk_window):
    flow = kiosk_window.kiosk
    handoff = send(staffed)
    open_code(qtbot, flow, handoff.code)
    qtbot.waitUntil(lambda: flow.view is not None)
    flow.form.set_answer("has-allergies", True)
    flow.view.next_page()
    editor = next(w for w in flow.view.findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClicks(editor, CANARY)
    flow.view.flush()
    page = flow.view.index
    qtbot.waitUntil(lambda: _draft_holds(staffed, handoff, CANARY))
    QApplication.clipboard().setText(CANARY)
    flow._idle_expired()  # what the idle timer fires
    assert flow.view is None and flow.form is None and flow.handoff is None
    for widget in QApplication.allWidgets():
        texts = [widget.text()] if isinstance(widget, QLineEdit) else \
            [widget.toPlainText()] if isinstance(widget, QTextEdit) else []
        assert not any(CANARY in t for t in texts), widget
    assert CANARY not in QApplication.clipboard().text()
    gc.collect()
    assert not _live_strings_with(CANARY)
    open_code(qtbot, flow, handoff.code)  # the patient comes back
    qtbot.waitUntil(lambda: flow.view is not None)
    assert flow.view.index == page
    assert any(CANARY in (n.answer or "") for n in flow.form.nodes()
               if isinstance(n.answer, str))


def _draft_holds(workspace, handoff, text: str) -> bool:
    with workspace.read() as conn:
        kept = drafts.load(conn, handoff.intakes[0].id)
    return kept is not None and text.encode() in kept.data


def _live_strings_with(text: str) -> list[str]:
    """Python strings alive anywhere that hold ``text`` (the test's own constants aside)."""
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if isinstance(ref, str) and text in ref and ref is not CANARY:
                found.append(ref)
    return found


def test_no_kiosk_when_no_pin_is_set_is_said_plainly(qtbot, staffed, make_window):
    from desk.ui.kiosk import KioskPinDialog

    dialog = KioskPinDialog("")
    qtbot.addWidget(dialog)
    assert "No kiosk PIN is set" in dialog.findChild(type(dialog.message)).text()
    dialog.pin.setText("0000")
    dialog.check()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_every_control_of_the_kiosk_is_named_and_big_enough_to_touch(qtbot, staffed,
                                                                     kiosk_window):
    flow = kiosk_window.kiosk
    flow._warn(20)  # the idle warning's button too
    handoff = send(staffed)
    for screen in ("welcome", "form"):
        if screen == "form":
            open_code(qtbot, flow, handoff.code)
            qtbot.waitUntil(lambda: flow.view is not None)
        for widget in flow.findChildren(QWidget):
            if not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                continue
            assert widget.accessibleName().strip(), (screen, widget)
            assert widget.accessibleDescription().strip(), (screen, widget)
            assert widget.width() >= 44 and widget.height() >= 44, (screen, widget)


def test_a_demo_workspace_without_a_pin_takes_the_published_demo_pin(qtbot, tmp_path):
    from desk.storage import Workspace
    from desk.storage import settings as settings_mod
    from desk.ui.app import make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    make_app()
    with Workspace.create(tmp_path / "demo", demo=True) as demo:
        window = MainWindow(Session(demo, settings_mod.load()), screens())
        qtbot.addWidget(window)
        assert kiosk.pin_matches(kiosk.DEMO_PIN, window._kiosk_pin_hash())
