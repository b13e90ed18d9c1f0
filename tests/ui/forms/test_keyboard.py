"""Each field asks the on-screen keyboard for the layout its answer needs: the number pad for
numbers, dates and times, the letters for words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.forms.helpers import small_form

H = Qt.InputMethodHint
NUMBER_PAD = H.ImhDigitsOnly | H.ImhFormattedNumbersOnly


def _items() -> list[dict]:
    return [{"linkId": "name", "type": "string", "text": "Name"},
            {"linkId": "site", "type": "url", "text": "Web site"},
            {"linkId": "note", "type": "text", "text": "Note"},
            {"linkId": "count", "type": "integer", "text": "Count",
             "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                            "valueInteger": 0}]},
            {"linkId": "change", "type": "integer", "text": "Change"},
            {"linkId": "weight", "type": "decimal", "text": "Weight"},
            {"linkId": "born", "type": "date", "text": "Born"},
            {"linkId": "at", "type": "time", "text": "At"},
            {"linkId": "seen", "type": "dateTime", "text": "Seen"},
            {"linkId": "visits", "type": "date", "text": "Visits", "repeats": True}]


def _hints(view, link_id: str) -> Qt.InputMethodHint:
    editor = view.item_widget(link_id).editor
    widget = getattr(editor, "spin", None) or getattr(editor, "field", None) \
        or editor.fields[0]
    return widget.inputMethodHints()


def test_each_field_asks_for_the_keyboard_layout_its_answer_needs(qtbot, show) -> None:
    view = show(small_form(*_items()))
    assert not _hints(view, "name") & NUMBER_PAD  # letters
    assert _hints(view, "site") & H.ImhUrlCharactersOnly
    assert not view.item_widget("note").editor.field.inputMethodHints() & NUMBER_PAD
    assert _hints(view, "count") == H.ImhDigitsOnly  # 0 and up: digits alone
    assert _hints(view, "change") & H.ImhFormattedNumbersOnly  # may be negative
    assert _hints(view, "weight") & H.ImhFormattedNumbersOnly  # a decimal point
    assert _hints(view, "born") == H.ImhDate | H.ImhFormattedNumbersOnly
    assert _hints(view, "at") == H.ImhTime | H.ImhFormattedNumbersOnly
    assert _hints(view, "seen") == H.ImhDate | H.ImhTime | H.ImhFormattedNumbersOnly
    assert _hints(view, "visits") & H.ImhDate and _hints(view, "visits") & NUMBER_PAD


def test_a_time_typed_on_the_number_pad_with_a_point_is_read(qtbot, show) -> None:
    view = show(small_form({"linkId": "at", "type": "time", "text": "At"}))
    field = view.item_widget("at").editor.field
    field.setFocus()
    QTest.keyClicks(field, "9.30")  # the pad has a point and no colon
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert view.form.node("at").answer == "09:30:00"
