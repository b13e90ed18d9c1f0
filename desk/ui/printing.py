"""Printing desk's PDFs (forms, labels, wristbands, check-in slips) through the Qt print dialog.

Every printout is made as a PDF by the Qt-free core (reportlab). To print one, each page is
rendered in memory with PDFium at the printer's resolution (at most :data:`MAX_DPI`) and
painted onto the QPrinter the user chose, with the printer's page set to the PDF's own page
size: a label prints as a label. The PDF never touches the disk.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desk.errors import DeskError

log = logging.getLogger(__name__)

# Pages are rendered at the printer's resolution, but never finer than this.
MAX_DPI = 300


def print_pdf(pdf: bytes, *, parent: QWidget | None, title: str,
              printer: QPrinter | None = None) -> bool:
    """Print ``pdf``; returns False if the user cancelled the print dialog.

    With ``printer`` given (already set up, e.g. to write a PDF file in tests) no dialog
    is shown. Raises :class:`DeskError` if the document cannot be read or printed.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise DeskError(QCoreApplication.translate(
            "Printing", "The printout could not be prepared.")) from error
    try:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(title)
            _fit_page(printer, document[0].get_size())
            dialog = QPrintDialog(printer, parent)
            dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: {title}")
                                  .format(title=title))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        else:
            printer.setDocName(title)
            _fit_page(printer, document[0].get_size())
        pages = _paint(document, printer)
    finally:
        document.close()
    log.info("printed %s (%d pages)", title, pages)
    return True


def _fit_page(printer: QPrinter, size_pt: tuple[float, float]) -> None:
    width, height = size_pt
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    page = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point,
                     "desk", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def _paint(document, printer: QPrinter) -> int:  # noqa: ANN001 - pypdfium2 is imported late
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DeskError(QCoreApplication.translate(
            "Printing", "The printer could not be opened. Check that it is connected and try "
            "again."))
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for n in range(len(document)):
            if n:
                printer.newPage()
            painter.drawImage(target, page_image(document[n], dpi))
    finally:
        painter.end()
    return len(document)


def page_image(page, dpi: float) -> QImage:  # noqa: ANN001 - a pypdfium2 PdfPage
    """One PDF page rendered at ``dpi`` as an image that owns its pixels."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                  QImage.Format.Format_RGB888).copy()
