"""Forms at the desk: started from the board's row menu or the chart, filled in, submitted,
reopened read-only, printed and saved; a draft resumes on its page; the visit's reason
ticks its forms; changed details come back for review."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from desk.forms import Clinic
from desk.frontdesk import intake, patients, staff_forms
from desk.storage import SYSTEM
from desk.sync.mapping_patients import patient_to_fhir
from desk.ui import translation
from desk.ui.board import COLUMNS, BoardWidget
from desk.ui.chart import PatientChartWidget
from desk.ui.form_window import FormWindow
from desk.ui.staff_forms import PatientFormsWidget
from tests.forms.helpers import fill_everything
from tests.ui.conftest import answer_file_dialog, signed_in_session
from tests.ui.forms.helpers import button

pytestmark = pytest.mark.clock

RULES = "intake.forms_by_reason=Follow-up: phq-9, gad-7; *: consent"


@pytest.fixture(autouse=True)
def english(qtbot):
    """desk's English words, its plural forms ("1 change to review") included."""
    translation.set_language("en")


@pytest.fixture
def board(qtbot, staffed) -> BoardWidget:
    widget = BoardWidget(signed_in_session(staffed, "remi", RULES))
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def _pick_from_menu(board: BoardWidget, row: int, text: str) -> None:
    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        menu.close()
        action.trigger()

    QTimer.singleShot(50, pick)
    board.table.customContextMenuRequested.emit(
        board.table.visualRect(board.model.index(row, 1)).center())


def _statuses(forms: PatientFormsWidget) -> list[tuple[str, str]]:
    model = forms.model
    return [(model.index(n, 0).data(), model.index(n, 1).data())
            for n in range(model.rowCount())]


def _window(qtbot, forms: PatientFormsWidget) -> FormWindow:
    qtbot.waitUntil(lambda: forms.form_window is not None and forms.form_window.isVisible())
    assert forms.form_window is not None
    return forms.form_window


def _start(qtbot, forms: PatientFormsWidget, name: str | None = None) -> FormWindow:
    forms.form_window = None
    qtbot.mouseClick(forms.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: forms.start_dialog is not None and forms.start_dialog.isVisible())
    dialog = forms.start_dialog
    assert dialog is not None
    if name is not None:
        dialog.form.setCurrentIndex(dialog.form.findData(name))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return _window(qtbot, forms)


def _open_row(qtbot, forms: PatientFormsWidget, row: int) -> FormWindow:
    forms.form_window = None
    forms.table.selectRow(row)
    qtbot.mouseClick(forms.open_button, Qt.MouseButton.LeftButton)
    return _window(qtbot, forms)


def test_a_form_filled_in_at_the_desk_shows_filled_in_and_reopens_read_only(
        qtbot, board, staffed, tmp_path: Path, monkeypatch) -> None:
    _pick_from_menu(board, 0, "Forms at the desk…")
    qtbot.waitUntil(lambda: board.desk_forms_dialog is not None
                    and board.desk_forms_dialog.isVisible())
    assert board.desk_forms_dialog is not None
    forms = board.desk_forms_dialog.forms
    window = _start(qtbot, forms)  # a follow-up gets the PHQ-9 first
    assert window.intake.questionnaire == "phq-9"
    title, view = window.intake.title, window.view
    for n in range(1, 10):
        qtbot.mouseClick(button(view.item_widget(f"phq9-q{n}"), "Several days"),
                         Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # closed once completed
    qtbot.waitUntil(lambda: board.model.index(0, COLUMNS.index("Forms")).data() == "Filled in")
    qtbot.waitUntil(lambda: _statuses(forms) == [(title, "Filled in")])
    assert "filled in" in forms.banner.label.text()
    assert forms.print_button.isEnabled() and forms.open_button.text() == "Open"

    shown = _open_row(qtbot, forms, 0)
    assert shown.view.read_only and not shown.view.submit_button.isVisible()
    assert shown.view.item_widget("phq9-total").value.text() == "9"
    printed = tmp_path / "printed.pdf"
    shown.printer = QPrinter()
    shown.printer.setOutputFileName(str(printed))
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(printed.exists)
    assert len(pdfium.PdfDocument(printed)) >= 1
    answer_file_dialog(tmp_path / "phq")
    qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved as phq.pdf" in shown.banner.label.text())
    assert (tmp_path / "phq.pdf").read_bytes().startswith(b"%PDF")


def test_a_draft_resumes_on_its_page_with_every_answer(qtbot, staffed) -> None:
    with staffed.read() as conn:
        durand = next(p for p in patients.all_patients(conn) if p.family == "Durand")
    chart = PatientChartWidget(signed_in_session(staffed, "remi", RULES), durand.id)
    qtbot.addWidget(chart)
    chart.resize(1200, 800)
    chart.show()
    qtbot.waitUntil(lambda: chart.patient is not None)
    window = _start(qtbot, chart.forms, "new-patient-registration")
    title = window.intake.title
    given = window.view.item_widget("given-name").findChildren(QLineEdit)[0]
    assert given.text() == "Élise"  # from the record
    given.clear()
    qtbot.keyClicks(given, "Elise")
    qtbot.mouseClick(window.view.next_button, Qt.MouseButton.LeftButton)
    phone = window.view.item_widget("phone").findChildren(QLineEdit)[0]
    qtbot.keyClicks(phone, "0612345678")  # still being typed when the window closes
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _statuses(chart.forms) == [(title, "Draft (page 2)")])
    assert chart.forms.open_button.text() == "Resume"  # the form just closed stays chosen
    again = _open_row(qtbot, chart.forms, 0)
    assert again.view.index == 1
    assert again.view.item_widget("phone").findChildren(QLineEdit)[0].text() == "0612345678"
    qtbot.mouseClick(again.view.back_button, Qt.MouseButton.LeftButton)
    assert again.view.item_widget("given-name").findChildren(QLineEdit)[0].text() == "Elise"


def test_send_forms_ticks_the_forms_the_visits_reason_gets(qtbot, board) -> None:
    board.open_send_forms(board.model.row_at(0))
    qtbot.waitUntil(lambda: board.send_forms_dialog is not None
                    and board.send_forms_dialog.isVisible())
    assert board.send_forms_dialog is not None
    assert board.send_forms_dialog.chosen() == ["gad-7", "phq-9"]


def test_changed_details_come_back_for_review_field_by_field(qtbot, staffed) -> None:
    with staffed.begin() as conn:  # the patient changed their name and phone at the kiosk
        durand = next(p for p in patients.all_patients(conn) if p.family == "Durand")
        opened = staff_forms.start(conn, durand.id, "new-patient-registration", SYSTEM,
                                   launch=patient_to_fhir)
        opened.form.set_answer("given-name", "Elise")
        opened.form.set_answer("phone", "06 11 22 33 44")
        fill_everything(opened.form)
        intake.complete(conn, staffed.blobs, opened.intake.id,
                        opened.form.to_response(status="completed"), SYSTEM,
                        clinic=Clinic("Test clinic"))
    chart = PatientChartWidget(signed_in_session(staffed, "remi"), durand.id)
    qtbot.addWidget(chart)
    chart.show()
    forms = chart.forms
    qtbot.waitUntil(lambda: forms.model.rowCount() == 1)
    assert "changes to review" in _statuses(forms)[0][1]
    forms.table.selectRow(0)
    qtbot.mouseClick(forms.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: forms.review_dialog is not None and forms.review_dialog.isVisible())
    dialog = forms.review_dialog
    assert dialog is not None
    assert dialog.boxes["given"].text() == "Given names: Élise → Elise"
    assert not any(box.isChecked() for box in dialog.boxes.values())  # nothing by default
    dialog.boxes["phone"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _statuses(forms) == [(opened.intake.title, "Filled in")])
    qtbot.waitUntil(lambda: chart.patient is not None and chart.patient.phone != "")
    assert chart.patient.phone == "06 11 22 33 44" and chart.patient.given == "Élise"
    assert not forms.review_button.isVisible()
