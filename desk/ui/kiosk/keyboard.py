"""Qt Virtual Keyboard for a kiosk with no keyboard of its own.

Qt chooses its input method once, when the application is made, from ``QT_IM_MODULE``:
:func:`use_virtual_keyboard` sets it for a kiosk process (``desk --kiosk`` or the setting
``kiosk.enabled``) before the QApplication exists. The keyboard opens for every text field;
each field's input-method hints (:func:`desk.ui.forms.editors.keyboard_hints`) give numbers
and dates its number pad. The keyboard comes with pyside6-addons.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

IM_MODULE = "qtvirtualkeyboard"


def keyboard_installed() -> bool:
    """Whether Qt's virtual keyboard plugin is installed (pyside6-addons)."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return any((plugins / "platforminputcontexts").glob("*qtvirtualkeyboardplugin*"))


def use_virtual_keyboard(environ: MutableMapping[str, str] | None = None) -> bool:
    """Ask Qt for its virtual keyboard in this process; call before the QApplication is
    made. An input method the machine already names in ``QT_IM_MODULE`` is kept (an
    on-screen keyboard of the system's own). True when the virtual keyboard will be used."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_IM_MODULE")
    if chosen:
        return chosen == IM_MODULE
    if not keyboard_installed():
        log.warning("Qt Virtual Keyboard is not installed (pyside6-addons): the kiosk has "
                    "no on-screen keyboard")
        return False
    env["QT_IM_MODULE"] = IM_MODULE
    return True


def keyboard_top(widget: QWidget) -> int | None:
    """Where the on-screen keyboard begins, in global coordinates on ``widget``'s screen;
    None while it is hidden. (Qt Virtual Keyboard gives its rectangle on its own window,
    which covers the screen.)"""
    keyboard = QGuiApplication.inputMethod()
    area = keyboard.keyboardRectangle()
    if not keyboard.isVisible() or area.height() <= 0:
        return None
    return widget.screen().geometry().top() + int(area.top())
