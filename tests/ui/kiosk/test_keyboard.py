"""The kiosk's on-screen keyboard: asked for before Qt starts, opening on a real display, with
the number pad for the birth date and the PIN and no word suggestions for names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.ui.kiosk import KioskPinDialog
from desk.ui.kiosk.keyboard import IM_MODULE, keyboard_installed, use_virtual_keyboard
from desk.ui.kiosk.welcome import KioskWelcomeWidget

H = Qt.InputMethodHint
CHILD = Path(__file__).with_name("keyboard_child.py")


def test_the_welcome_and_the_pin_ask_for_the_layouts_they_need(qtbot) -> None:
    welcome = KioskWelcomeWidget()
    qtbot.addWidget(welcome)
    assert welcome.birth.inputMethodHints() & H.ImhFormattedNumbersOnly  # the number pad
    for field in (welcome.code, welcome.family, welcome.given):
        assert field.inputMethodHints() & H.ImhNoPredictiveText  # nothing learnt of names
        assert not field.inputMethodHints() & (H.ImhDigitsOnly | H.ImhFormattedNumbersOnly)
    pin = KioskPinDialog("")
    qtbot.addWidget(pin)
    assert pin.pin.inputMethodHints() & H.ImhDigitsOnly
    assert pin.pin.inputMethodHints() & H.ImhSensitiveData


def test_a_kiosk_process_asks_qt_for_its_virtual_keyboard() -> None:
    assert keyboard_installed()  # pyside6-addons is a dependency
    environ: dict[str, str] = {}
    assert use_virtual_keyboard(environ) and environ["QT_IM_MODULE"] == IM_MODULE
    own = {"QT_IM_MODULE": "ibus"}  # the machine's own on-screen keyboard is kept
    assert not use_virtual_keyboard(own) and own == {"QT_IM_MODULE": "ibus"}


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (setup.sh --test)")
def test_the_keyboard_opens_for_the_birth_date_on_an_x_display(tmp_path) -> None:
    # offscreen Qt cannot show the keyboard's window: a child process under Xvfb does
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_IM_MODULE")}
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable,
                           str(CHILD), str(tmp_path / "keyboard.png")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "keyboard shown 1280x400" in done.stdout, done.stdout
