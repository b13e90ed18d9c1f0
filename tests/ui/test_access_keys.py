"""The staff screens by keyboard alone: every key goes to the widget that has the focus,
as it would from a keyboard; nothing is clicked and no widget's method is called."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QStackedWidget, QWidget

from desk.frontdesk.board import STATE_LABELS
from desk.storage.schema import appointment, patient
from desk.ui.widgets import mnemonic
from tests.ui.conftest import PASSWORD

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_in(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def signed_in_by_keyboard(qtbot, make_window, username: str = "remi"):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sign_in.username)
    type_in(qtbot, username)
    press(qtbot, Qt.Key.Key_Return)  # on to the password
    type_in(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work is not None and window.pages.currentWidget() is window.work)
    return window


def board_of(qtbot, window):
    from desk.ui.board import BoardWidget

    board = window.work.findChild(BoardWidget)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    return board


def status(board, row: int) -> str:
    return board.model.index(row, 5).data()


def test_a_check_in_by_keyboard_alone(qtbot, make_window, staffed) -> None:
    window = signed_in_by_keyboard(qtbot, make_window)
    board = board_of(qtbot, window)
    assert focused() is board.table  # the board is where the work is
    press(qtbot, Qt.Key.Key_Down)
    assert board.model.index(board.table.currentIndex().row(), 1).data() == "OKAFOR, Chidi"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status(board, 1).startswith(STATE_LABELS["arrived"]))
    assert [status(board, n) for n in (0, 2)] == ["Scheduled", "Scheduled"]
    assert board.table.currentIndex().row() == 1  # still on the row after the reload
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not board.table  # Tab leaves the table: no trap
    with staffed.read() as conn:
        states = conn.execute(sa.select(patient.c.family, appointment.c.state).join(
            patient, patient.c.id == appointment.c.patient_id)).all()
    assert sorted(states) == [("Durand", "scheduled"), ("Núñez", "scheduled"),
                              ("Okafor", "arrived")]


def _in_menu(qtbot, pick: str, seen: list[list[str]]) -> None:
    """Once the menu is open: note its actions, and press the underlined letter of ``pick``."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        texts = [a.text() for a in menu.actions() if a.text() and a.isEnabled()]
        seen.append(texts)
        chosen = next(t for t in texts if t.replace("&", "") == pick)
        qtbot.keyClick(menu, mnemonic(chosen))

    QTimer.singleShot(0, choose)


def back_from_menu(qtbot, window) -> None:
    """The menu closed: the window system gives the window back its activation (the
    offscreen platform leaves it with the closed menu), and the focus is where it was."""
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_the_row_menu_opens_from_the_keyboard_and_its_letters_choose(qtbot, make_window,
                                                                    unbooked) -> None:
    window = signed_in_by_keyboard(qtbot, make_window)
    board = board_of(qtbot, window)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)  # on to the last row
    seen: list[list[str]] = []
    _in_menu(qtbot, "Mark no-show", seen)
    press(qtbot, Qt.Key.Key_Menu)
    back_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: status(board, 2) == STATE_LABELS["no-show"])
    letters = [mnemonic(t) for t in seen[0]]
    assert all(letters) and len(set(letters)) == len(letters), seen[0]
    press(qtbot, Qt.Key.Key_2, CTRL)  # Patients: the search's row menu too
    type_in(qtbot, "Moreau")  # not on today's board
    from desk.ui.search import PatientSearchWidget

    screen = window.work.findChild(PatientSearchWidget)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Tab)  # into the results
    _in_menu(qtbot, "Add as walk-in today", seen)
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    back_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: "added to today's board" in screen.banner.label.text())
    letters = [mnemonic(t) for t in seen[1]]
    assert all(letters) and len(set(letters)) == len(letters), seen[1]


def test_patients_opens_on_the_search_box_and_a_registration_is_typed(qtbot, make_window,
                                                                      staffed) -> None:
    from desk.ui.register import RegisterDialog

    window = signed_in_by_keyboard(qtbot, make_window)
    board_of(qtbot, window)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert focused().accessibleName() == "Search patients"
    type_in(qtbot, "Moreau Agnes")  # QTest types ASCII only
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RegisterDialog))
    dialog = QApplication.activeModalWidget()
    # the dialog's first field, once the window system has made it the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.fields["family"])
    assert focused().text() == "Moreau"  # what was typed in the search came along
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Birth date"
    type_in(qtbot, "11/02/1990")
    qtbot.waitUntil(dialog.save.isEnabled)  # the duplicate check is done
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with staffed.read() as conn:
        born = conn.execute(sa.select(patient.c.birth_date).where(
            patient.c.family == "Moreau", patient.c.given == "Agnes")).scalar_one()
    assert str(born) == "1990-02-11"
    from desk.ui.patients_screen import PatientsScreen

    screen = window.work.findChild(PatientsScreen)
    qtbot.waitUntil(lambda: screen.chart is not None and "MOREAU" in screen.chart.title.text())


def test_each_screen_opens_with_the_focus_on_one_of_its_controls(qtbot, make_window) -> None:
    from tests.ui.test_access_names import spoken_name

    window = signed_in_by_keyboard(qtbot, make_window, "admin")
    board_of(qtbot, window)
    landed = {}
    for n, title in ((2, "Patients"), (7, "Sync"), (8, "Staff"), (9, "Audit log"), (1, "Today")):
        press(qtbot, getattr(Qt.Key, f"Key_{n}"), CTRL)
        widget = focused()
        assert widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus, title
        screen = window.work.findChild(QStackedWidget, "", Qt.FindChildOption.FindDirectChildrenOnly
                                       ).currentWidget()
        assert screen.isAncestorOf(widget), f"{title}: {spoken_name(widget)}"
        landed[title] = spoken_name(widget)
    assert landed["Today"] == "Today's appointments"
    assert landed["Patients"] == "Search patients"
    assert all(landed.values()), landed
