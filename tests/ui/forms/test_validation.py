"""Messages beside their item, on leaving the field and on Next; what blocks Next and Submit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.forms.helpers import button, small_form

REQUIRED = "This question needs an answer."


def _two_pages():
    return small_form(
        {"linkId": "about", "type": "group", "text": "About you", "item": [
            {"linkId": "name", "type": "string", "text": "Your name", "required": True},
            {"linkId": "age", "type": "integer", "text": "Your age",
             "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                            "valueInteger": 130}]},
            {"linkId": "email", "type": "string", "text": "E-mail", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": ".+@.+"},
                {"url": "http://hl7.org/fhir/StructureDefinition/validationtext",
                 "valueString": "Give an e-mail address."}]}]},
        {"linkId": "more", "type": "group", "text": "More", "item": [
            {"linkId": "notes", "type": "text", "text": "Notes"}]})


def test_a_message_appears_when_the_patient_leaves_a_required_field_empty(qtbot, show) -> None:
    view = show(_two_pages())
    name = view.item_widget("name")
    assert not name.message.isVisible()
    name.editor.field.setFocus()
    qtbot.waitUntil(name.editor.field.hasFocus)
    QTest.keyClick(name.editor.field, Qt.Key.Key_Tab)
    assert name.message.isVisible() and name.message.text() == REQUIRED
    assert not view.item_widget("age").message.isVisible()  # not visited yet
    name.editor.field.setFocus()
    QTest.keyClicks(name.editor.field, "Ada")
    QTest.keyClick(name.editor.field, Qt.Key.Key_Tab)
    assert not name.message.isVisible()


def test_next_shows_the_page_messages_and_stays_on_a_wrong_answer(qtbot, show) -> None:
    view = show(_two_pages())
    email = view.item_widget("email")
    QTest.keyClicks(email.editor.field, "not an address")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.index == 0 and view.banner.isVisible()
    assert view.item_widget("name").message.text() == REQUIRED
    assert email.message.text() == "Give an e-mail address."
    assert QApplication.focusWidget() is email.editor.field
    email.editor.field.setText("ada@example.org")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.progress.text() == "Page 2 of 2"


def test_a_number_field_keeps_to_the_limits_of_the_item(qtbot, show) -> None:
    view = show(_two_pages())
    spin = view.item_widget("age").editor.spin
    spin.lineEdit().setFocus()
    QTest.keyClicks(spin.lineEdit(), "200")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)
    assert view.form.node("age").answer == 20  # the third digit does not fit: refused
    assert spin.text() == "20"


def test_strict_pages_keep_next_until_the_required_answers_are_there(qtbot, show) -> None:
    view = show(_two_pages(), strict_pages=True)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.index == 0
    assert QApplication.focusWidget() is view.item_widget("name").editor.field


def test_a_wrong_regex_answer_blocks_next_with_its_message(qtbot, show) -> None:
    view = show(small_form({"linkId": "zip", "type": "string", "text": "Postcode", "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": "[0-9]{5}"}]}))
    field = view.item_widget("zip").editor.field
    field.setFocus()
    QTest.keyClicks(field, "abc")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert not view.on_review
    assert view.item_widget("zip").message.text() == "The answer does not have the expected format."


def test_review_lists_the_missing_answer_and_its_button_jumps_to_it(qtbot, show) -> None:
    view = show(_two_pages())
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.on_review
    assert not view.submit_button.isEnabled()
    assert [e.node.link_id for e in view.review.missing()] == ["name"]
    qtbot.mouseClick(button(view.review, "Answer: Your name"), Qt.MouseButton.LeftButton)
    assert view.progress.text() == "Page 1 of 2"
    field = view.item_widget("name").editor.field
    assert QApplication.focusWidget() is field
    QTest.keyClicks(field, "Ada")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.on_review and view.submit_button.isEnabled()
    with qtbot.waitSignal(view.sig_submitted):
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
