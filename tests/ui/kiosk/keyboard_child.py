"""Run under Xvfb by test_keyboard.py: the kiosk's welcome with Qt Virtual Keyboard, the
birth date field touched; prints the keyboard's size once it is shown and saves the screen."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from desk.ui.kiosk.keyboard import use_virtual_keyboard  # noqa: E402

assert use_virtual_keyboard()
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desk.ui.app import make_app  # noqa: E402
from desk.ui.kiosk.welcome import KioskWelcomeWidget  # noqa: E402

app = make_app()
welcome = KioskWelcomeWidget()
welcome.resize(1280, 800)
welcome.show()
welcome.activateWindow()
keyboard = QGuiApplication.inputMethod()


def wait_for(condition, seconds: float = 10) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


wait_for(lambda: welcome.isActiveWindow())
QTest.mouseClick(welcome.birth, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
shown = wait_for(lambda: keyboard.isVisible() and keyboard.keyboardRectangle().height() > 0)
area = keyboard.keyboardRectangle()
if shown:
    wait_for(lambda: False, 1)  # its animation ends
    welcome.screen().grabWindow(0).toImage().save(sys.argv[1])
print(f"keyboard shown {area.width():.0f}x{area.height():.0f}" if shown else "no keyboard",
      flush=True)
# leave at once: the keyboard's QML engine aborts if torn down after the application
import os  # noqa: E402

os._exit(0 if shown else 1)
