"""Large text and high contrast (``ui.large_text``, ``ui.high_contrast``) on the staff
screens: the text is larger and none of it is cut; the high-contrast sheet is the one in
force. The contrast of each colour pair is measured in test_contrast.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desk.ui import style
from desk.ui.widgets import mnemonic
from tests.ui.conftest import sign_in


@pytest.fixture(autouse=True)
def normal_look_after():
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)


def open_screens(qtbot, make_window, **overrides: str):
    """The window signed in as the administrator, the board loaded."""
    window = make_window(**overrides)
    sign_in(qtbot, window, "admin")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    from desk.ui.board import BoardWidget

    board = window.work.findChild(BoardWidget)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    return window


def shown_labels(window) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if label.isVisible()
            and label.text() and not label.wordWrap()]


def shown_text(window) -> list[QLabel | QPushButton]:
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.text()]
    return [*shown_labels(window), *buttons]


def cut_text(window) -> list[str]:
    """The labels and buttons narrower than their text, on every screen."""
    cut = []
    for title, action in window.nav.items():
        action.trigger()
        QApplication.processEvents()
        cut += [f"{title}: {widget.text()!r} {widget.width()} < {widget.sizeHint().width()}"
                for widget in shown_text(window) if widget.width() < widget.sizeHint().width()]
    return cut


def test_large_text_enlarges_every_label_and_cuts_no_text(qtbot, make_window) -> None:
    normal = open_screens(qtbot, make_window)
    sizes = {label.text(): label.fontInfo().pointSizeF() for label in shown_labels(normal)}
    normal.close()
    large = open_screens(qtbot, make_window, **{"ui.large_text": "true"})
    larger = {label.text(): label.fontInfo().pointSizeF() for label in shown_labels(large)}
    assert "Signed in: Ada Admin (administrator)" in sizes.keys() & larger.keys()
    assert all(larger[text] >= sizes[text] * 1.2 for text in sizes.keys() & larger.keys())
    from desk.ui.board import BoardWidget

    board = large.work.findChild(BoardWidget)
    qtbot.keyClick(board.table, Qt.Key.Key_Return)  # a check-in: the board reloads
    qtbot.waitUntil(lambda: board.model.index(0, 5).data().startswith("Arrived"))
    assert cut_text(large) == []


def test_high_contrast_is_applied_at_start(qtbot, make_window) -> None:
    window = open_screens(qtbot, make_window, **{"ui.high_contrast": "true"})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == style.sheet(high_contrast=True)
    heading = next(label for label in window.findChildren(QLabel) if label.objectName() == "h1"
                   and label.isVisible())
    assert heading.palette().color(heading.foregroundRole()).name() == "#000000"


def test_the_display_menu_switches_the_look_at_once_and_keeps_it(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QToolButton

    from desk.storage import settings as settings_mod

    window = open_screens(qtbot, make_window)
    heading = next(label for label in shown_labels(window) if label.objectName() == "h1")
    before = heading.fontInfo().pointSizeF()
    display = next(b for b in window.findChildren(QToolButton) if b.text() == "Display")
    actions = {a.text().replace("&", ""): a for a in display.menu().actions()}
    assert len({mnemonic(a.text()) for a in actions.values()} - {""}) == len(actions)
    actions["Large text"].trigger()
    actions["High contrast"].trigger()
    app = QApplication.instance()
    assert app.styleSheet() == style.sheet(large_text=True, high_contrast=True)
    assert heading.fontInfo().pointSizeF() >= before * 1.2  # no restart
    qtbot.waitUntil(lambda: settings_mod.user_file().is_file()
                    and settings_mod.load().ui.high_contrast)
    kept = settings_mod.load().ui
    assert kept.large_text and kept.high_contrast  # and at the next start
