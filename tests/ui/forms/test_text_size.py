"""The larger-text switch makes the form's words half as large again, answers untouched."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.forms import bundled_forms
from tests.ui.forms.helpers import button


def test_larger_text_scales_questions_and_answers_by_one_and_a_half(qtbot, show) -> None:
    view = show(bundled_forms()["phq-9"])
    q1 = view.item_widget("phq9-q1")
    yes = button(q1, "Several days")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    before = q1.label.font().pointSizeF(), yes.font().pointSizeF()
    qtbot.mouseClick(view.text_size, Qt.MouseButton.LeftButton)
    after = q1.label.font().pointSizeF(), yes.font().pointSizeF()
    assert after == (before[0] * 1.5, round(before[1] * 1.5))
    assert yes.height() >= 44 and yes.isChecked()
    qtbot.mouseClick(view.text_size, Qt.MouseButton.LeftButton)
    assert (q1.label.font().pointSizeF(), yes.font().pointSizeF()) == before
