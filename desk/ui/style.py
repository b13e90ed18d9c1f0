"""desk's look: its style sheet and font, in larger text or high contrast when the
settings ``ui.large_text`` and ``ui.high_contrast`` ask for them.

High contrast is a second sheet laid over ``desk.qss`` (its rules win). Large text scales
the application font and every ``font-size`` in the sheets, so headings stay larger than
body text; widgets grow with their text, as Qt sizes them from their fonts.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from desk.paths import resource
from desk.ui.widgets import give_mnemonics

if TYPE_CHECKING:
    from desk.storage.settings import UiSettings
    from desk.ui.session import Session

log = logging.getLogger(__name__)

BASE_POINTS = 10
LARGE_SCALE = 1.3
FAMILIES = ("Inter", "Noto Sans", "DejaVu Sans")
_POINTS = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def sheet(*, large_text: bool = False, high_contrast: bool = False) -> str:
    """The application's style sheet text."""
    text = resource("styles", "desk.qss").read_text(encoding="utf-8")
    if high_contrast:
        text += "\n" + resource("styles", "high-contrast.qss").read_text(encoding="utf-8")
    if large_text:
        text = _POINTS.sub(lambda m: f"font-size: {_scaled(float(m.group(1)))}pt", text)
    return text


def _scaled(points: float) -> str:
    return f"{points * LARGE_SCALE:.3g}"


def apply(app: QApplication, *, large_text: bool = False, high_contrast: bool = False) -> None:
    """Give the running application this look; open windows restyle at once."""
    app.setStyleSheet(sheet(large_text=large_text, high_contrast=high_contrast))
    font = QFont(app.font())
    families = QFontDatabase.families()
    family = next((f for f in FAMILIES if f in families), None)
    if family is not None:
        font.setFamily(family)
    font.setPointSizeF(BASE_POINTS * (LARGE_SCALE if large_text else 1))
    app.setFont(font)


def apply_settings(app: QApplication, ui: UiSettings) -> None:
    apply(app, large_text=ui.large_text, high_contrast=ui.high_contrast)


LOOKS = (("large_text", "Large text"), ("high_contrast", "High contrast"))


def display_button(session: Session) -> QToolButton:
    """The Display menu: large text and high contrast, switched at once and kept in the
    user's settings file for the next start."""
    button = QToolButton()
    button.setText("Display")
    button.setToolTip("Large text and high contrast")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for name, text in LOOKS:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(getattr(session.settings.ui, name))
        action.toggled.connect(lambda on, n=name: _switch(session, n, on))
    give_mnemonics(menu)
    button.setMenu(menu)
    return button


def _switch(session: Session, name: str, on: bool) -> None:
    ui = session.settings.ui
    setattr(ui, name, on)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    apply_settings(app, ui)

    def keep() -> None:
        from desk.storage import settings_text

        settings_text.save_user({f"ui.{name}": on})

    session.runner.submit(keep, on_error=lambda err: log.warning(
        "the display setting was not saved: %s", type(err).__name__))
