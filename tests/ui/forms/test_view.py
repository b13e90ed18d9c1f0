"""The form view and the engine: only changed items are redrawn; a closed view lets go."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)

from desk.forms import Form, bundled_forms
from desk.ui.forms import FormWidget, SignaturePad
from desk.ui.forms.items import ItemWidget
from tests.ui.forms.helpers import button, small_form


def test_an_answer_redraws_only_the_items_it_changes(qtbot, show, monkeypatch) -> None:
    view = show(bundled_forms()["phq-9"])
    redrawn: list[str] = []
    original = ItemWidget.refresh

    def refresh(self: ItemWidget) -> None:
        redrawn.append(self.node.link_id)
        original(self)

    monkeypatch.setattr(ItemWidget, "refresh", refresh)
    qtbot.mouseClick(button(view.item_widget("phq9-q2"), "Several days"),
                     Qt.MouseButton.LeftButton)
    assert "phq9-q2" in redrawn and "phq9-total" in redrawn
    assert not {"phq9-q1", "phq9-q3", "phq9-q9"} & set(redrawn)


def test_a_deleted_view_no_longer_listens_to_its_form(qtbot) -> None:
    form = Form.load(bundled_forms()["phq-9"])
    view = FormWidget(form)
    gone: list[bool] = []
    view.destroyed.connect(lambda *_: gone.append(True))
    view.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    assert form.set_answer("phq9-q1", "LA6568-5")  # no widget left to update: no error


def test_a_reset_form_shows_its_fields_empty_again(qtbot, show) -> None:
    view = show(bundled_forms()["medical-history"])
    view.item_widget("condition-name").editor.field.setText("Asthma")
    view.flush()
    view.next_page()
    view.form.reset()
    assert view.progress.text() == "Page 2 of 5"
    view.back()
    assert view.item_widget("condition-name").editor.field.text() == ""


def test_a_read_only_view_shows_answers_that_cannot_be_changed(qtbot, show) -> None:
    form = Form.load(bundled_forms()["medical-history"])
    form.set_answer(form.find("condition-name")[0], "Asthma")
    view = show(form, read_only=True)
    field = view.item_widget("condition-name").editor.field
    assert field.text() == "Asthma" and not field.isEnabled()
    assert not [b for b in view.findChildren(QPushButton)
                if b.isVisible() and b.text().startswith(("Add another", "Remove"))]
    while not view.on_review:
        assert view.next_page()
    assert not view.submit_button.isVisible()
    assert form.find("condition-name")[0].answer == "Asthma"


def _editable(page: QWidget) -> list[QWidget]:
    """The controls on ``page`` that take an answer and are enabled."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QRadioButton, QCheckBox,
             QSlider, SignaturePad)
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisible() and w.isEnabled()]


def test_a_completed_response_read_only_has_page_navigation_and_nothing_to_submit(
        qtbot, show) -> None:
    # one required answer is missing (a response filed before the form asked for it)
    form = Form.load(bundled_forms()["medical-history"])
    form.set_answer(form.find("condition-name")[0], "Asthma")
    form.set_answer(form.find("smoking")[0], form.find("smoking")[0].options[0])
    view = show(form, read_only=True)
    submitted: list[bool] = []
    view.sig_submitted.connect(lambda: submitted.append(True))
    while not view.on_review:
        page = view.stack.currentWidget()
        assert _editable(page) == [], view.index
        assert not view.submit_button.isVisible()
        assert view.next_button.text() == "Next page"
        assert view.next_button.objectName() != "primary"  # not dressed as a step to take
        for radio in [w for w in page.findChildren(QRadioButton) if w.isVisible()]:
            qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.progress.text() == "Summary of the answers"
    assert not view.submit_button.isVisible()
    shown = [w.text() for w in view.review.findChildren(QLabel) if w.isVisible()]
    assert not any("ubmit" in text or "needed" in text for text in shown), shown
    assert not [b for b in view.review.findChildren(QPushButton) if b.isVisible()]
    assert "Asthma" in shown and "Not answered" in shown
    assert not view.submit() and submitted == []
    assert not view.banner.isVisible()
    assert form.find("has-allergies")[0].answers == []  # the clicks changed nothing
    view.back()
    assert view.index == len(view.pages) - 1 and not view.on_review


class _WindowsShown(QObject):
    """Counts the top-level windows shown while it is installed."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_a_form_flashes_no_window_of_its_own(qtbot) -> None:
    # a label or drop-down shown before it is inside the view is a window of its own: on a
    # kiosk it flashes up and takes the focus from the patient's field
    table = small_form({"linkId": "meds", "type": "group", "repeats": True, "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
         "valueCodeableConcept": {"coding": [{"code": "gtable"}]}}], "item": [
        {"linkId": "name", "type": "string", "text": "Medicine"},
        {"linkId": "dose", "type": "string", "text": "Dose"}]})
    watch = _WindowsShown()
    QApplication.instance().installEventFilter(watch)
    try:
        for form in [Form.load(source) for source in bundled_forms().values()] + [table]:
            view = FormWidget(form)
            qtbot.addWidget(view)
            for index in range(len(view.pages)):
                view.show_page(index)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.shown == []
