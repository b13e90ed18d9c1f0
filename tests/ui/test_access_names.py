"""Every control staff can tab to has a name a screen reader says: its own accessible
name, its text, or the label Qt reports for it. Each staff screen and dialog is opened on a
real workspace, and its widget tree is walked for a focusable control with no name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from tests.ui import walk


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The shown, focusable controls in ``root`` without a spoken name."""
    return [f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
            for w in (root, *root.findChildren(QWidget))
            if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not spoken_name(w)]


def signed_in(qtbot, make_window, user: str = "admin", **overrides: str):
    window = make_window(**overrides)
    assert unnamed(window) == [], "the sign-in screen"
    return window, walk.to_the_board(qtbot, window, user)


def test_the_first_administrator_form_names_its_controls(qtbot, tmp_path) -> None:
    from desk.storage import Workspace
    from desk.storage import settings as settings_mod
    from desk.ui.app import make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    make_app()
    ws = Workspace.create(tmp_path / "new")
    window = MainWindow(Session(ws, settings_mod.load()), screens())
    qtbot.addWidget(window)
    window.show()
    assert unnamed(window) == []
    ws.close()


def test_every_screen_names_its_controls(qtbot, make_window) -> None:
    window, _ = signed_in(qtbot, make_window)
    missing = []
    for title, shown in walk.screens(window):
        missing += [f"{title}: {w}" for w in unnamed(shown)]
    assert missing == []


def test_the_chart_names_its_controls(qtbot, make_window) -> None:
    window, board = signed_in(qtbot, make_window)
    from desk.ui.patients_screen import PatientsScreen

    window.nav["Patients"].trigger()
    screen = window.work.findChild(PatientsScreen)
    qtbot.keyClicks(screen.search.box, "Durand")
    qtbot.waitUntil(lambda: screen.search.model.rowCount() == 1)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.isVisible())
    qtbot.waitUntil(lambda: screen.chart.table.model().rowCount() > 0)
    assert unnamed(window) == []
    qtbot.mouseClick(screen.chart.edit, Qt.MouseButton.LeftButton)  # the details, editable
    assert unnamed(window) == []


def first_field(dialog: QDialog) -> QWidget | None:
    """The dialog's first control in tab order."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() \
                and widget.isEnabled() and not isinstance(widget, QScrollArea):
            return widget
        widget = widget.nextInFocusChain()
    return None


def test_every_dialog_names_its_controls_and_opens_on_its_first_field(qtbot, make_window
                                                                       ) -> None:
    window, board = signed_in(qtbot, make_window)
    missing: dict[str, list[str]] = {}
    unfocused: dict[str, str] = {}

    def check(name: str, dialog: QDialog) -> None:
        qtbot.waitUntil(dialog.isVisible)
        missing[name] = unnamed(dialog)
        first = first_field(dialog)
        try:  # a dialog filled in from the worker puts the focus once its fields show
            qtbot.waitUntil(lambda: dialog.focusWidget() is first, timeout=1000)
        except WaitTimedOut:
            unfocused[name] = f"{type(dialog.focusWidget()).__name__}, not {spoken_name(first)}"

    walk.dialogs(qtbot, window, board, check)
    from desk.ui.details import DetailsDialog

    details = DetailsDialog("Visit", [("Reason", "Follow-up"), ("With", "Dr Roy")], window)
    details.open()
    check("details", details)
    assert {name: found for name, found in missing.items() if found} == {}
    assert unfocused == {}, "\n".join(f"{k}: {v}" for k, v in unfocused.items())
