"""The bundled PHQ-9 filled in by clicking, and again with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from desk.forms import bundled_forms
from tests.ui.forms.helpers import button

QUESTIONS = [f"phq9-q{n}" for n in range(1, 10)]


def _answers(response: dict) -> dict[str, list]:
    return {i["linkId"]: i["answer"] for i in response["item"] if "answer" in i}


def test_clicking_answers_updates_the_total_on_screen_and_fills_the_response(qtbot,
                                                                            show) -> None:
    view = show(bundled_forms()["phq-9"])
    total = view.item_widget("phq9-total").value
    assert total.text() == "—"
    for link_id in QUESTIONS[:3]:
        qtbot.mouseClick(button(view.item_widget(link_id), "Several days"),
                         Qt.MouseButton.LeftButton)
    assert total.text() == "3"
    for link_id in QUESTIONS[3:]:
        qtbot.mouseClick(button(view.item_widget(link_id), "Nearly every day"),
                         Qt.MouseButton.LeftButton)
    assert total.text() == "21"
    assert "Severe" in view.item_widget("phq9-severity").value.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.on_review and view.review.missing() == []
    with qtbot.waitSignal(view.sig_submitted):
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    answers = _answers(view.form.to_response())
    assert answers["phq9-q1"][0]["valueCoding"]["code"] == "LA6569-3"
    assert answers["phq9-q9"][0]["valueCoding"]["code"] == "LA6571-9"
    assert answers["phq9-total"] == [{"valueInteger": 21}]


def test_the_phq9_can_be_completed_with_the_keyboard_alone(qtbot, show) -> None:
    view = show(bundled_forms()["phq-9"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    pressed = 0
    while not view.form.is_complete() and pressed < 200:
        focused = QApplication.focusWidget()
        if isinstance(focused, QRadioButton) and not _answered(view, focused):
            QTest.keyClick(focused, Qt.Key.Key_Space)  # choose the first option
            QTest.keyClick(focused, Qt.Key.Key_Down)   # arrows move the choice
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        pressed += 1
    assert view.form.is_complete()
    assert view.item_widget("phq9-total").value.text() == "9"  # "Several days" nine times
    while QApplication.focusWidget() is not view.next_button:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(view.next_button, Qt.Key.Key_Return)
    assert view.on_review
    with qtbot.waitSignal(view.sig_submitted):
        while QApplication.focusWidget() is not view.submit_button:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClick(view.submit_button, Qt.Key.Key_Space)


def _answered(view, radio: QRadioButton) -> bool:
    parent = radio.parentWidget()
    while parent is not None and not hasattr(parent, "node"):
        parent = parent.parentWidget()
    return bool(parent is None or parent.node.answers)
