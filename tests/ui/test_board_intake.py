"""The board's intake actions: send forms to the kiosk, print the check-in code."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMenu, QScrollArea

from desk.forms import Clinic, bundled_forms
from desk.frontdesk import catalog, codes, intake, patients
from desk.storage import SYSTEM
from desk.storage.schema import audit
from desk.ui.board import COLUMNS, BoardWidget
from desk.ui.intake import CLINIC_HEADING, OWN_HEADING, SendFormsDialog
from tests.support.intake_forms import (
    CLINIC_URL,
    as_pulled,
    clinic_form,
    filled_response,
    keep_pulled,
)
from tests.ui.conftest import signed_in_session


@pytest.fixture
def board(qtbot, staffed) -> BoardWidget:
    from desk.ui.app import make_app

    make_app()
    with staffed.begin() as conn:  # the second patient reads Spanish
        p = patients.all_patients(conn)
        okafor = next(x for x in p if x.family == "Okafor")
        okafor.language = "es"
        patients.update(conn, okafor, SYSTEM)
    widget = BoardWidget(signed_in_session(staffed, "remi", "clinic.name=Clínica Sol"))
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def _texts(dialog: SendFormsDialog) -> list[str]:
    """The form list's headings and tick boxes, top to bottom, as the receptionist reads it."""
    inner = dialog.findChild(QScrollArea).widget()
    shown = inner.findChildren(QLabel) + inner.findChildren(QCheckBox)
    return [w.text() for w in sorted(shown, key=lambda w: w.y())]


def _forms(board: BoardWidget, row: int) -> str:
    return board.model.index(row, COLUMNS.index("Forms")).data()


def _open_dialog(qtbot, board: BoardWidget, row: int) -> SendFormsDialog:
    board.open_send_forms(board.model.row_at(row))
    qtbot.waitUntil(lambda: board.send_forms_dialog is not None
                    and board.send_forms_dialog.isVisible())
    assert board.send_forms_dialog is not None
    return board.send_forms_dialog


def _send(qtbot, board: BoardWidget, row: int, names: list[str]) -> SendFormsDialog:
    dialog = _open_dialog(qtbot, board, row)
    for name in names:
        dialog.boxes[name].setChecked(True)
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _forms(board, row) == "Sent to kiosk")
    return dialog


def test_send_forms_shows_the_code_and_the_row_status(qtbot, board, staffed) -> None:
    dialog = _open_dialog(qtbot, board, 1)
    assert dialog.chosen_language() == "es"  # the patient's language by default
    assert list(dialog.boxes) == list(bundled_forms())
    assert CLINIC_HEADING not in _texts(dialog)  # only desk's forms: no headings
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert dialog.banner.isVisible() and "at least one form" in dialog.banner.label.text()
    dialog.boxes["phq-9"].setChecked(True)
    dialog.boxes["consent"].setChecked(True)
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _forms(board, 1) == "Sent to kiosk")
    assert _forms(board, 0) == ""
    appt = board.model.row_at(1).appointment
    with staffed.read() as conn:
        handoff = intake.waiting_for(conn, appt.id)
        who = conn.execute(sa.select(audit.c.username).where(
            audit.c.action == "intake.send")).scalars().all()
    assert handoff is not None and handoff.language == "es"
    assert sorted(i.questionnaire for i in handoff.intakes) == ["consent", "phq-9"]
    assert who == ["remi", "remi"]
    assert board.banner.isVisible()
    assert codes.format_code(handoff.code) in board.banner.label.text()


def test_the_clinics_forms_are_listed_apart_and_can_be_sent(qtbot, board, staffed) -> None:
    broken = clinic_form(url="http://clinic.example/q/broken", item="not a list")
    keep_pulled(staffed, as_pulled(clinic_form(), "q-travel"), as_pulled(broken, "q-broken"))
    dialog = _open_dialog(qtbot, board, 0)
    own = [box.text() for name, box in dialog.boxes.items() if name in bundled_forms()]
    assert len(own) == len(bundled_forms())
    assert _texts(dialog) == [OWN_HEADING, *own, CLINIC_HEADING, "Travel screening"]
    travel = dialog.boxes["server:q-travel"]
    assert travel.accessibleName() == "Travel screening, from the clinic's server"
    travel.setChecked(True)
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _forms(board, 0) == "Sent to kiosk")
    with staffed.read() as conn:
        [sent] = intake.waiting_for(conn, board.model.row_at(0).appointment.id).intakes
        form = catalog.form_info(conn, sent.questionnaire)
    assert sent.questionnaire == "server:q-travel" and sent.title == "Travel screening"
    with staffed.begin() as conn:
        done = intake.complete(conn, staffed.blobs, sent.id, filled_response(form), SYSTEM,
                               clinic=Clinic("Clínica Sol"))
    assert done.response["questionnaire"] == f"{CLINIC_URL}|2"
    board.reload()
    qtbot.waitUntil(lambda: _forms(board, 0) == "Filled in")


def test_the_forms_are_named_in_the_staff_s_language(qtbot, board, staffed) -> None:
    """A French receptionist reads the clinic's form by its French title (the patient's
    language is chosen apart, below the list)."""
    from desk.ui import translation

    keep_pulled(staffed, as_pulled(clinic_form(), "q-travel"))
    translation.set_language("fr")
    try:
        travel = _open_dialog(qtbot, board, 0).boxes["server:q-travel"]
        assert travel.text() == "Dépistage voyage"
        assert travel.accessibleName() == "Dépistage voyage, du serveur de la clinique"
    finally:
        translation.set_language("en")


def test_completed_forms_show_on_the_board(qtbot, board, staffed) -> None:
    _send(qtbot, board, 0, ["gad-7", "phq-9"])
    appt = board.model.row_at(0).appointment
    with staffed.read() as conn:
        first, second = intake.waiting_for(conn, appt.id).intakes
    clinic = Clinic("Clínica Sol")
    with staffed.begin() as conn:
        intake.complete(conn, staffed.blobs, first.id, filled_response(first.questionnaire),
                        SYSTEM, clinic=clinic)
    board.reload()
    qtbot.waitUntil(lambda: _forms(board, 0) == "Partly filled")
    with staffed.begin() as conn:
        intake.complete(conn, staffed.blobs, second.id,
                        filled_response(second.questionnaire), SYSTEM, clinic=clinic)
    board.reload()
    qtbot.waitUntil(lambda: _forms(board, 0) == "Filled in")


def test_print_check_in_code_prints_the_slip(qtbot, board, staffed, tmp_path) -> None:
    _send(qtbot, board, 1, ["consent"])
    out = tmp_path / "slip.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    board.printer = printer
    board.print_checkin_code(board.model.row_at(1).appointment.id)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    page = pdfium.PdfDocument(out.read_bytes())[0]
    width, height = page.get_size()
    assert 220 < width < 240 and height < 400  # the slip's 80 mm width, not A4
    dark = sum(1 for b in bytes(page.render(scale=1, grayscale=True).buffer) if b < 100)
    assert dark > 2000  # the code and the barcode are on the page


def test_print_without_forms_sent_says_so(qtbot, board) -> None:
    board.print_checkin_code(board.model.row_at(2).appointment.id)
    qtbot.waitUntil(board.banner.isVisible)
    assert "No forms are waiting" in board.banner.label.text()


def test_the_context_menu_offers_the_intake_actions(qtbot, board) -> None:
    shown: list[list[tuple[str, bool]]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([(a.text().replace("&", ""), a.isEnabled()) for a in menu.actions()
                      if a.text()])  # without the underlined letters
        menu.close()

    def open_menu(row: int) -> None:
        QTimer.singleShot(50, read_and_close)
        board.table.customContextMenuRequested.emit(
            board.table.visualRect(board.model.index(row, 1)).center())

    _send(qtbot, board, 0, ["gad-7"])
    open_menu(0)
    open_menu(1)
    assert ("Send forms to kiosk…", True) in shown[0]
    assert ("Print check-in code", True) in shown[0]
    assert ("Print check-in code", False) in shown[1]
    # a cancelled appointment's code no longer works at the kiosk: nothing to print
    board.move_appointment(board.model.row_at(0).appointment.id, "cancelled")
    qtbot.waitUntil(lambda: board.model.row_at(0).appointment.state == "cancelled")
    assert _forms(board, 0) == ""  # no longer waiting at the kiosk
    open_menu(0)
    assert ("Send forms to kiosk…", False) in shown[2]
    assert ("Print check-in code", False) in shown[2]
