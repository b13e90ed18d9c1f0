"""Every control has a name and a description, and is large enough for a finger."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from desk.forms import bundled_forms
from tests.forms.helpers import corpus_dir

FORMS = [*bundled_forms().values(), corpus_dir() / "lforms__bit-of-everything.json",
         corpus_dir() / "lforms__entry-format.json", corpus_dir() / "androidfhir__screener.json"]


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root)]


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_every_control_on_every_page_has_a_name_and_is_finger_sized(qtbot, show,
                                                                    path: Path) -> None:
    view = show(path)
    while True:
        for widget in _focusable(view):
            what = f"{type(widget).__name__} {widget.objectName()!r} on page {view.index}"
            assert widget.accessibleName().strip(), f"no accessible name: {what}"
            assert widget.accessibleDescription().strip(), f"no description: {what}"
            # the field inside a drop-down or spinner: the whole control is the target
            target = widget.parentWidget() if isinstance(
                widget.parentWidget(), QComboBox | QAbstractSpinBox) else widget
            assert target.height() >= 44 and target.width() >= 44, f"too small: {what}"
        if view.on_review:
            break
        view.next_page() or view.show_page(view.index + 1)
