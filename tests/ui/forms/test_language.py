"""Switching language rebuilds the form in the new words and keeps every answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk.forms import bundled_forms
from tests.ui.forms.helpers import button


def test_switching_language_keeps_the_answers_and_the_page(qtbot, show) -> None:
    view = show(bundled_forms()["medical-history"])
    field = view.item_widget("condition-name").editor.field
    QTest.keyClicks(field, "Asthme")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    view.next_page()
    assert view.progress.text() == "Page 2 of 5"
    with qtbot.waitSignal(view.sig_language_changed) as changed:
        view.language.setCurrentIndex(view.language.findData("fr"))
        view.language.activated.emit(view.language.currentIndex())
    assert changed.args == ["fr"]
    assert view.title.text() == "Antécédents médicaux"
    assert view.progress.text() == "Page 2 of 5"
    view.back()
    assert view.item_widget("condition-name").editor.field.text() == "Asthme"
    assert view.item_widget("condition-name").label.text() == "Affection"


def test_the_phq9_in_spanish_keeps_the_chosen_answers(qtbot, show) -> None:
    view = show(bundled_forms()["phq-9"])
    qtbot.mouseClick(button(view.item_widget("phq9-q1"), "Several days"),
                     Qt.MouseButton.LeftButton)
    view.set_language("es")
    q1 = view.item_widget("phq9-q1")
    chosen = [b.text() for b in q1.editor.buttons if b.isChecked()]
    assert chosen == ["Varios días"]
    assert view.item_widget("phq9-total").value.text() == "1"
    assert view.form.node("phq9-q1").answer["code"] == "LA6569-3"
