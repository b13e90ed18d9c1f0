"""Printing a generated PDF through Qt: the printer gets the PDF's own page size and every page."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desk.errors import DeskError
from desk.ui.printing import print_pdf


def _label_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(89 * mm, 36 * mm))
    page.setFont("Helvetica-Bold", 20)
    page.drawString(20, 40, "FIRST")
    page.showPage()
    page.drawString(20, 40, "SECOND")
    page.save()
    return out.getvalue()


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_prints_on_a_page_of_the_label_size(qapp, tmp_path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(_label_pdf(), parent=None, title="Label", printer=_pdf_printer(out))
    printed = pdfium.PdfDocument(out.read_bytes())
    assert len(printed) == 2
    width, height = printed[0].get_size()
    assert width == pytest.approx(89 * mm, abs=1.5)
    assert height == pytest.approx(36 * mm, abs=1.5)
    # The page carries the rendered text: dark pixels where "FIRST" was drawn.
    pixels = printed[0].render(scale=1, grayscale=True)
    dark = sum(1 for b in bytes(pixels.buffer) if b < 128)
    assert dark > 50


def test_a_damaged_pdf_gives_a_clear_message(qapp, tmp_path) -> None:
    with pytest.raises(DeskError, match="printout could not be prepared"):
        print_pdf(b"%PDF-1.4 broken", parent=None, title="Label",
                  printer=_pdf_printer(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
