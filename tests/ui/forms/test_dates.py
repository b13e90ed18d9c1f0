"""Dates and times read and typed as the patient writes them, in the form's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desk.forms import Form, bundled_forms
from desk.ui.translation import set_language


@pytest.fixture
def words_in():
    """desk's words in a language for the test (English again afterwards)."""
    yield set_language
    set_language("en")


def _type(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)


def _shown(view) -> list[str]:
    return [" ".join(w.text().split()) for w in view.review.findChildren(QLabel)
            if w.isVisible()]


def test_a_french_form_shows_the_birth_date_in_french_and_reads_both_ways(qtbot, show,
                                                                          words_in):
    words_in("fr")
    form = Form.load(bundled_forms()["new-patient-registration"], language="fr")
    form.set_answer("birth-date", "1980-05-17")
    view = show(form)
    field = view.item_widget("birth-date").editor.field
    assert field.text() == "17/05/1980"
    assert field.placeholderText() == "JJ/MM/AAAA"
    _type(field, "09/03/1984")  # day first, as the French write it
    assert form.node("birth-date").answer == "1984-03-09"
    assert field.text() == "09/03/1984"
    _type(field, "1984-03-10")  # ISO is still read
    assert form.node("birth-date").answer == "1984-03-10"
    assert field.text() == "10/03/1984"
    view.show_page(view.review_index)
    assert "10/03/1984" in _shown(view) and "1984-03-10" not in _shown(view)


def test_the_same_answer_reads_month_first_in_an_english_form(qtbot, show):
    form = Form.load(bundled_forms()["new-patient-registration"], language="en")
    form.set_answer("birth-date", "1984-03-10")
    view = show(form)
    field = view.item_widget("birth-date").editor.field
    assert field.text() == "3/10/1984"
    _type(field, "3/9/1984")
    assert form.node("birth-date").answer == "1984-03-09"


def test_times_and_date_times_in_spanish_and_a_wrong_date_is_refused(qtbot, show, words_in):
    words_in("es")
    view = show(Form.load({"resourceType": "Questionnaire", "status": "active", "item": [
        {"linkId": "at", "type": "time", "text": "At"},
        {"linkId": "seen", "type": "dateTime", "text": "Seen"},
        {"linkId": "born", "type": "date", "text": "Born"}]}, language="es"))
    _type(view.item_widget("at").editor.field, "9:30")
    assert view.form.node("at").answer == "09:30:00"
    seen = view.item_widget("seen").editor.field
    _type(seen, "2/1/2026 8:15")  # day first in Spanish
    assert view.form.node("seen").answer.startswith("2026-01-02T08:15:00")
    assert seen.text() == "2/1/2026 8:15"
    born = view.item_widget("born")
    _type(born.editor.field, "31/02/1984")  # no such day
    view.item_widget("at").editor.field.setFocus()  # the patient leaves the item
    assert view.form.node("born").answers == []
    assert born.message.isVisible()
    view.show_page(view.review_index)
    assert "2/1/2026 8:15" in _shown(view) and "9:30" in _shown(view)
