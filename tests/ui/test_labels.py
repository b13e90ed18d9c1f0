"""Printing labels and wristbands from the UI: through a real QPrinter writing a PDF file."""

from __future__ import annotations

import subprocess

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu

from desk.frontdesk import audit_log, patients
from desk.frontdesk.labels import LABEL_MM, MM, WRISTBAND_MM
from desk.ui.board import COLUMNS, BoardWidget
from desk.ui.labels import print_label
from desk.ui.session import Session
from tests.support.barcode import barcodes_in
from tests.ui.conftest import signed_in_session


@pytest.fixture
def session(qapp, staffed) -> Session:
    return signed_in_session(staffed)


def _first_patient(staffed):
    with staffed.read() as conn:
        return sorted(patients.all_patients(conn), key=lambda p: p.family)[0]  # Durand


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _print(qtbot, session, patient_id, path, **kw) -> list[BaseException]:
    errors: list[BaseException] = []
    done: list[bool] = []
    print_label(session, patient_id, parent=None, on_error=errors.append,
                printer=_pdf_printer(path), on_printed=lambda: done.append(True), **kw)
    qtbot.waitUntil(lambda: bool(done or errors), timeout=10_000)
    return errors


def _label_audits(staffed, patient_id) -> list[str]:
    with staffed.read() as conn:
        return [e.username for e in audit_log.entries(conn, text=patient_id,
                                                      action="patient.print-label")]


def test_printed_labels_have_the_label_size_and_a_barcode_of_the_mrn(qtbot, session, staffed,
                                                                     tmp_path) -> None:
    p = _first_patient(staffed)
    out = tmp_path / "labels.pdf"
    assert _print(qtbot, session, p.id, out, copies=2) == []
    printed = pdfium.PdfDocument(out.read_bytes())
    assert len(printed) == 2
    width, height = printed[0].get_size()
    assert (width, height) == (pytest.approx(LABEL_MM[0] * MM, abs=1.5),
                               pytest.approx(LABEL_MM[1] * MM, abs=1.5))
    printed.close()
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert barcodes_in(page) == {p.mrn}
    assert _label_audits(staffed, p.id) == ["remi"]


def test_a_wristband_prints_on_a_long_narrow_page(qtbot, session, staffed, tmp_path) -> None:
    p = _first_patient(staffed)
    out = tmp_path / "band.pdf"
    assert _print(qtbot, session, p.id, out, kind="wristband") == []
    printed = pdfium.PdfDocument(out.read_bytes())
    assert len(printed) == 1
    width, height = printed[0].get_size()
    assert sorted((width / MM, height / MM)) == [pytest.approx(WRISTBAND_MM[0], abs=1),
                                                 pytest.approx(WRISTBAND_MM[1], abs=1)]
    printed.close()
    assert _label_audits(staffed, p.id) == ["remi"]


def test_a_patient_no_longer_there_gives_a_message_and_prints_nothing(qtbot, session, staffed,
                                                                      tmp_path) -> None:
    out = tmp_path / "none.pdf"
    errors = _print(qtbot, session, "no-such-patient", out)
    assert [str(e) for e in errors] == ["That patient is not in the workspace."]
    assert not out.exists()
    assert _label_audits(staffed, "no-such-patient") == []


def test_the_board_row_menu_offers_label_and_wristband(qtbot, session, staffed) -> None:
    board = BoardWidget(session)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    seen: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text().replace("&", "") for a in menu.actions() if a.text())
        menu.close()

    QTimer.singleShot(200, read_menu)
    rect = board.table.visualRect(board.model.index(0, COLUMNS.index("Patient")))
    board._menu(QPoint(rect.center()))
    assert seen[-2:] == ["Print label", "Print wristband"]
    assert seen[0] == "Mark arrived"
