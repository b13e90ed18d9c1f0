"""Item widgets as a patient uses them: repeats, Other…, typed dates, rich text, tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QSlider

from desk.forms import bundled_forms
from tests.ui.conftest import answer_file_dialog
from tests.ui.forms.helpers import button, small_form

EXT = "http://hl7.org/fhir/StructureDefinition/"


def _control(code: str) -> dict:
    return {"url": EXT + "questionnaire-itemControl",
            "valueCodeableConcept": {"coding": [{"code": code}]}}


def test_repeating_group_entries_are_added_and_removed(qtbot, show) -> None:
    view = show(bundled_forms()["medical-history"])
    first = view.item_widget("condition-name").editor.field
    QTest.keyClicks(first, "Asthma")
    qtbot.mouseClick(button(view, "Add another: Illnesses and conditions"),
                     Qt.MouseButton.LeftButton)
    assert len(view.form.find("condition-name")) == 2
    second = view.item_widget("condition-name", 1).editor.field
    assert second.isVisible() and second.text() == ""
    assert QApplication.focusWidget() is second  # ready to type the new entry
    QTest.keyClicks(second, "Diabetes")
    QTest.keyClick(second, Qt.Key.Key_Tab)
    assert view.item_widget("condition-name").editor.field.text() == "Asthma"  # kept
    qtbot.mouseClick(button(view, "Remove Illnesses and conditions (1)"),
                     Qt.MouseButton.LeftButton)
    assert [n.answer for n in view.form.find("condition-name")] == ["Diabetes"]
    assert view.item_widget("condition-name").editor.field.text() == "Diabetes"


def test_open_choice_takes_a_typed_other_answer(qtbot, show) -> None:
    view = show(small_form({"linkId": "pet", "type": "open-choice", "text": "Pet",
                            "answerOption": [{"valueString": "Cat"}, {"valueString": "Dog"}]}))
    item = view.item_widget("pet")
    assert not item.editor.other_text.isVisible()
    qtbot.mouseClick(button(item, "Other…"), Qt.MouseButton.LeftButton)
    assert item.editor.other_text.isVisible()
    assert QApplication.focusWidget() is item.editor.other_text
    QTest.keyClicks(item.editor.other_text, "Tortoise")
    QTest.keyClick(item.editor.other_text, Qt.Key.Key_Tab)
    assert view.form.node("pet").answers == [("valueString", "Tortoise")]
    qtbot.mouseClick(button(item, "Cat"), Qt.MouseButton.LeftButton)
    assert view.form.node("pet").answers == [("valueString", "Cat")]
    assert not item.editor.other_text.isVisible()


def test_dates_and_times_can_be_typed(qtbot, show) -> None:
    view = show(small_form(
        {"linkId": "born", "type": "date", "text": "Born"},
        {"linkId": "at", "type": "time", "text": "At"},
        {"linkId": "seen", "type": "dateTime", "text": "Seen"}))
    for link_id, typed in (("born", "1984-03-09"), ("at", "14:30"), ("seen", "2026-01-02 08:15")):
        field = view.item_widget(link_id).editor.field
        field.setFocus()
        QTest.keyClicks(field, typed)
        QTest.keyClick(field, Qt.Key.Key_Tab)
    assert view.form.node("born").answer == "1984-03-09"
    assert view.form.node("at").answer == "14:30:00"
    assert view.form.node("seen").answer.startswith("2026-01-02T08:15:00")
    # shown in the form language's locale (American English here)
    assert " ".join(view.item_widget("seen").editor.field.text().split()) == "1/2/2026 8:15 AM"
    born = view.item_widget("born")
    born.editor.field.setText("1984-13-40")
    born.editor.field.setFocus()
    QTest.keyClick(born.editor.field, Qt.Key.Key_Tab)
    assert born.message.isVisible() and "date" in born.message.text()


def test_xhtml_text_is_shown_sanitized(qtbot, show) -> None:
    markup = ('<p>Please <b>read</b> this.<script>steal()</script>'
              '<img src="https://tracker.example/p.png"/></p>')
    view = show(small_form({"linkId": "note", "type": "display", "text": "Please read this.",
                            "_text": {"extension": [{"url": EXT + "rendering-xhtml",
                                                     "valueString": markup}]}}))
    label = view.item_widget("note").label
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "<b>read</b>" in label.text()
    assert "script" not in label.text() and "tracker" not in label.text()


def test_a_gtable_group_shows_one_row_per_entry(qtbot, show) -> None:
    view = show(small_form({"linkId": "meds", "type": "group", "text": "Medicines",
                            "repeats": True, "extension": [_control("gtable")], "item": [
                                {"linkId": "drug", "type": "string", "text": "Medicine"},
                                {"linkId": "dose", "type": "string", "text": "Dose"}]}))
    headers = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    assert "Medicine" in headers and "Dose" in headers
    qtbot.mouseClick(button(view, "Add another: Medicines"), Qt.MouseButton.LeftButton)
    assert len(view.form.find("drug")) == 2
    assert view.item_widget("drug", 1).editor.field.isVisible()
    qtbot.mouseClick(button(view, "Remove row 1"), Qt.MouseButton.LeftButton)
    assert len(view.form.find("drug")) == 1


def test_slider_help_and_prefixes(qtbot, show) -> None:
    view = show(small_form(
        {"linkId": "pain", "type": "integer", "text": "Pain", "extension": [
            _control("slider"), {"url": EXT + "minValue", "valueInteger": 0},
            {"url": EXT + "maxValue", "valueInteger": 10}], "item": [
            {"linkId": "pain-help", "type": "display", "text": "0 is none, 10 the worst",
             "extension": [_control("help")]}]},
        {"linkId": "often", "type": "choice", "text": "How often", "prefix": "2.",
         "answerOption": [{"valueString": "Never", "extension": [
             {"url": EXT + "questionnaire-optionPrefix", "valueString": "a)"}]}]}))
    pain = view.item_widget("pain")
    slider = pain.findChild(QSlider)
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Right)
    assert view.form.node("pain").answer == 1
    assert not pain.help.isVisible()
    qtbot.mouseClick(button(pain, "Help for: Pain"), Qt.MouseButton.LeftButton)
    assert pain.help.isVisible() and pain.help.text() == "0 is none, 10 the worst"
    often = view.item_widget("often")
    assert often.label.text() == "2. How often"
    assert button(often, "a) Never")


def test_a_long_list_is_searchable(qtbot, show) -> None:
    names = [f"Country {n}" for n in range(30)] + ["France"]
    view = show(small_form({"linkId": "c", "type": "choice", "text": "Country",
                            "answerOption": [{"valueString": n} for n in names]}))
    combo = view.item_widget("c").editor.combo
    assert combo.isEditable() and combo.completer() is not None
    combo.lineEdit().setFocus()
    QTest.keyClicks(combo.lineEdit(), "France")
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert view.form.node("c").answer == "France"


def test_a_number_has_its_unit_and_big_steps(qtbot, show) -> None:
    view = show(small_form({"linkId": "w", "type": "decimal", "text": "Weight", "extension": [
        {"url": EXT + "questionnaire-unit", "valueCoding": {"code": "kg", "display": "kg"}},
        {"url": EXT + "minValue", "valueDecimal": 1}]}))
    item = view.item_widget("w")
    assert "kg" in [label.text() for label in item.findChildren(QLabel)]
    qtbot.mouseClick(button(item, "Increase: Weight"), Qt.MouseButton.LeftButton)
    assert view.form.node("w").answer == 1.0
    qtbot.mouseClick(button(item, "Increase: Weight"), Qt.MouseButton.LeftButton)
    assert view.form.node("w").answer == 2.0
    spin = item.editor.spin
    spin.lineEdit().selectAll()
    spin.setFocus()
    QTest.keyClicks(spin, "72.5")
    QTest.keyClick(spin, Qt.Key.Key_Tab)
    assert view.form.node("w").answer == 72.5


def test_enable_when_shows_and_hides_items_and_pages(qtbot, show) -> None:
    view = show(bundled_forms()["medical-history"])
    assert view.progress.text() == "Page 1 of 5"  # the allergies page waits for a yes
    view.next_page()
    view.next_page()
    allergies = view.item_widget("has-allergies")
    qtbot.mouseClick(button(allergies, "Yes"), Qt.MouseButton.LeftButton)
    assert view.progress.text() == "Page 3 of 6"
    qtbot.mouseClick(button(allergies, "No"), Qt.MouseButton.LeftButton)
    assert view.progress.text() == "Page 3 of 5"
    view.next_page()
    view.next_page()
    cigarettes = view.item_widget("cigarettes-per-day")
    assert not cigarettes.isVisible()
    smoking = view.item_widget("smoking")
    qtbot.mouseClick(button(smoking, "Yes"), Qt.MouseButton.LeftButton)
    assert cigarettes.isVisible()
    qtbot.mouseClick(button(smoking, "Never"), Qt.MouseButton.LeftButton)
    assert not cigarettes.isVisible()


def test_a_calculated_item_shows_its_value_and_cannot_be_edited(qtbot, show) -> None:
    view = show(bundled_forms()["gad-7"])
    total = next(w for w in (view.item_widget(n.link_id) for n in view.form.nodes())
                 if w is not None and w.node.is_calculated)
    assert total.editor is None and total.value.text() == "—"
    first = next(w for w in (view.item_widget(n.link_id) for n in view.form.nodes())
                 if w is not None and w.editor is not None)
    qtbot.mouseClick(first.editor.buttons[3], Qt.MouseButton.LeftButton)
    assert total.value.text() == "3"


def test_a_file_is_attached_from_the_file_dialog_and_removed(qtbot, show, tmp_path) -> None:
    scan = tmp_path / "referral.pdf"
    scan.write_bytes(b"%PDF-1.4 referral")
    answer_file_dialog(scan)
    view = show(small_form({"linkId": "doc", "type": "attachment", "text": "Referral letter"}))
    item = view.item_widget("doc")
    assert item.editor.name.text() == "No file chosen" and not item.editor.remove.isVisible()
    qtbot.mouseClick(button(item, "Choose a file for Referral letter"), Qt.MouseButton.LeftButton)
    value = view.form.node("doc").answer
    assert value["title"] == "referral.pdf" and value["contentType"] == "application/pdf"
    assert item.editor.name.text() == "referral.pdf"
    qtbot.mouseClick(item.editor.remove, Qt.MouseButton.LeftButton)
    assert view.form.node("doc").answers == []
    assert item.editor.name.text() == "No file chosen"


def test_horizontal_choices_a_drop_down_enter_on_a_box_and_hidden_items(qtbot, show) -> None:
    view = show(small_form(
        {"linkId": "size", "type": "choice", "text": "Size", "answerOption": [
            {"valueString": "S"}, {"valueString": "M"}], "extension": [
            {"url": EXT + "questionnaire-choiceOrientation", "valueCode": "horizontal"}]},
        {"linkId": "lang", "type": "choice", "text": "Language", "extension": [
            _control("drop-down")], "answerOption": [
            {"valueString": "English"}, {"valueString": "Français"}]},
        {"linkId": "tags", "type": "choice", "text": "Tags", "repeats": True,
         "answerOption": [{"valueString": "a"}, {"valueString": "b"}]},
        {"linkId": "secret", "type": "string", "text": "Internal code",
         "extension": [{"url": EXT + "questionnaire-hidden", "valueBoolean": True}]}))
    small, medium = view.item_widget("size").editor.buttons
    assert small.y() == medium.y() and small.x() < medium.x()
    combo = view.item_widget("lang").editor.combo
    assert not combo.isEditable()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert view.form.node("lang").answer == "Français"
    first, second = view.item_widget("tags").editor.buttons
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Return)
    second.setFocus()
    QTest.keyClick(second, Qt.Key.Key_Space)
    assert [v for _, v in view.form.node("tags").answers] == ["a", "b"]
    assert not view.item_widget("secret").isVisible()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert "Internal code" not in [e.question for e in view.review.entries]


def test_a_repeating_question_takes_several_typed_answers(qtbot, show) -> None:
    view = show(small_form(
        {"linkId": "phone", "type": "string", "text": "Phone numbers", "repeats": True},
        {"linkId": "notes", "type": "text", "text": "Notes"}))
    item = view.item_widget("phone")
    QTest.keyClicks(item.editor.fields[0], "555 0100")
    qtbot.mouseClick(button(item, "Add another answer to: Phone numbers"),
                     Qt.MouseButton.LeftButton)
    QTest.keyClicks(item.editor.fields[1], "555 0199")
    QTest.keyClick(item.editor.fields[1], Qt.Key.Key_Tab)
    assert [v for _, v in view.form.node("phone").answers] == ["555 0100", "555 0199"]
    assert QApplication.focusWidget() is item.editor.more  # Add another answer, then on
    QTest.keyClick(item.editor.more, Qt.Key.Key_Tab)
    notes = view.item_widget("notes").editor.field
    assert QApplication.focusWidget() is notes
    QTest.keyClicks(notes, "Line one")
    QTest.keyClick(notes, Qt.Key.Key_Tab)  # leaves the field: no tab typed into it
    assert view.form.node("notes").answer == "Line one"


def test_a_date_can_be_picked_from_the_calendar(qtbot, show, monkeypatch) -> None:
    from PySide6.QtCore import QDate, QTime
    from PySide6.QtWidgets import QDialog

    from desk.ui.forms.editors import PickerDialog

    def pick(dialog: PickerDialog) -> QDialog.DialogCode:
        if dialog.calendar is not None:
            dialog.calendar.setSelectedDate(QDate(2025, 7, 14))
        if dialog.clock is not None:
            dialog.clock.setTime(QTime(9, 45))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PickerDialog, "exec", pick)
    view = show(small_form({"linkId": "d", "type": "date", "text": "Day"},
                           {"linkId": "t", "type": "dateTime", "text": "When"}))
    qtbot.mouseClick(button(view.item_widget("d"), "Pick Day"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(view.item_widget("t"), "Pick When"), Qt.MouseButton.LeftButton)
    assert view.form.node("d").answer == "2025-07-14"
    assert " ".join(view.item_widget("t").editor.field.text().split()) == "7/14/2025 9:45 AM"
    assert view.form.node("t").answer.startswith("2025-07-14T09:45:00")


def test_options_from_an_answer_expression_follow_the_answers(qtbot, show) -> None:
    sdc = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
    view = show(small_form(
        {"linkId": "kind", "type": "choice", "text": "Kind", "answerOption": [
            {"valueString": "fruit"}, {"valueString": "vegetable"}]},
        {"linkId": "pick", "type": "choice", "text": "Pick one", "extension": [
            {"url": sdc + "sdc-questionnaire-answerExpression", "valueExpression": {
                "language": "text/fhirpath",
                "expression": "iif(%resource.item.where(linkId='kind').answer.value = 'fruit',"
                              " 'apple' | 'pear', 'leek' | 'kale')"}}]}))
    qtbot.mouseClick(button(view.item_widget("kind"), "fruit"), Qt.MouseButton.LeftButton)
    assert button(view.item_widget("pick"), "pear")
    qtbot.mouseClick(button(view.item_widget("kind"), "vegetable"), Qt.MouseButton.LeftButton)
    pick = view.item_widget("pick")
    assert button(pick, "kale") and pick.editor.buttons[0].accessibleName() == "leek"


def test_at_a_kiosk_an_attachment_opens_no_file_chooser(qtbot, show) -> None:
    from PySide6.QtWidgets import QApplication

    from desk.ui.files import choose_file
    from desk.ui.kiosk import Lockdown

    lockdown = Lockdown()
    lockdown.engage()  # as the kiosk does in front of a patient
    try:
        view = show(small_form({"linkId": "doc", "type": "attachment", "text": "Referral"}))
        editor = view.item_widget("doc").editor
        assert not editor.choose.isVisible()
        assert editor.name.text() == "The front desk can add this file for you."
        assert choose_file(view, "Choose a file") == ""  # at once: no dialog came up
        assert QApplication.activeModalWidget() is None
    finally:
        lockdown.release()
    assert show(small_form({"linkId": "doc", "type": "attachment", "text": "Referral"})
                ).item_widget("doc").editor.choose.isVisible()
