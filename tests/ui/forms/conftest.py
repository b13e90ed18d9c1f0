from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desk.forms import Form
from desk.ui.forms import FormWidget

# what the offscreen platform says about any top-level window: not about desk
HARMLESS = ("propagateSizeHints",)


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt's warnings and errors during the test (the harmless offscreen ones left out)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: Any, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(h in text for h in HARMLESS):
            seen.append(text)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def show(qtbot) -> Callable[..., FormWidget]:
    """Show a form in a FormWidget on an active window, as a patient would see it."""

    def build(source: Any, **options: Any) -> FormWidget:
        form = source if isinstance(source, Form) else Form.load(source)
        view = FormWidget(form, **options)
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
        return view

    return build
