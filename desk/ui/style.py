"""desk's look: its style sheet and font, in larger text or high contrast when the
settings ``ui.large_text`` and ``ui.high_contrast`` ask for them; and the Display menu,
where staff switch those and their own language.

High contrast is a second sheet laid over ``desk.qss`` (its rules win). Large text scales
the application font and every ``font-size`` in the sheets, so headings stay larger than
body text; widgets grow with their text, as Qt sizes them from their fonts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QActionGroup, QFont, QFontDatabase
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


LOOKS = (("large_text", QT_TRANSLATE_NOOP("DisplayMenu", "Large text")),
         ("high_contrast", QT_TRANSLATE_NOOP("DisplayMenu", "High contrast")))
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"))
"""The staff screens' languages, each named in its own language (not translated)."""


def display_button(session: Session, *,
                   on_language: Callable[[], None] | None = None) -> QToolButton:
    """The Display menu: large text and high contrast, switched at once and kept in the
    user's settings file for the next start; and the signed-in user's language (or this
    computer's default), kept with their account. ``on_language`` is called once the
    user's language changed, to show the screens in it."""
    button = QToolButton()
    button.setText(QCoreApplication.translate("DisplayMenu", "Display"))
    button.setToolTip(QCoreApplication.translate(
        "DisplayMenu", "Large text, high contrast and your language"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for name, text in LOOKS:
        action = menu.addAction(QCoreApplication.translate("DisplayMenu", text))
        action.setCheckable(True)
        action.setChecked(getattr(session.settings.ui, name))
        action.toggled.connect(lambda on, n=name: _switch(session, n, on))
    if session.user is not None:
        _add_languages(menu, session, on_language)
    give_mnemonics(menu)
    button.setMenu(menu)
    return button


def _add_languages(parent: QMenu, session: Session,
                   on_language: Callable[[], None] | None) -> None:
    """The Language submenu: one checkable entry per language and "This computer's
    default"; the user's is checked."""
    assert session.user is not None
    menu = parent.addMenu(QCoreApplication.translate("DisplayMenu", "Language"))
    menu.setObjectName("language")
    group = QActionGroup(menu)
    default = QCoreApplication.translate("DisplayMenu", "This computer's default")
    choices: list[tuple[str | None, str]] = [*LANGUAGES, (None, default)]
    for language, text in choices:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(session.user.language == language)
        action.setData(language)
        group.addAction(action)
        action.triggered.connect(lambda _=False, lang=language: _choose_language(
            session, lang, on_language))
    give_mnemonics(menu)


def _choose_language(session: Session, language: str | None,
                     on_language: Callable[[], None] | None) -> None:
    """The signed-in user's language is now ``language`` (None: this computer's default),
    saved with their account on the database worker."""
    user = session.user
    if user is None or user.language == language:
        return
    session.user = replace(user, language=language)
    workspace = session.ws

    def keep() -> None:
        from desk.storage import accounts

        with workspace.begin() as conn:
            accounts.set_language(conn, user.id, language, by=user.actor)

    session.runner.submit(keep, on_error=lambda err: log.warning(
        "the language was not saved: %s", type(err).__name__))
    if on_language is not None:
        on_language()


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
