"""The form view and the engine: only changed items are redrawn; a closed view lets go."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desk.forms import Form, bundled_forms
from desk.ui.forms import FormWidget
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
