"""A window that shows a PDF (a completed form, a document from the chart) and prints it.

Pages are rendered in memory with PDFium; nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.ui.printing import page_image, print_pdf
from desk.ui.widgets import MessageBanner

# Resolution of the pages on screen.
SCREEN_DPI = 96


def page_images(pdf: bytes, *, dpi: int = SCREEN_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an image; DeskError if it cannot be read."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise DeskError(QCoreApplication.translate(
            "PdfViewDialog", "This document is damaged and cannot be shown.")) from error
    try:
        return [page_image(page, dpi) for page in document]
    finally:
        document.close()


class PdfViewDialog(QDialog):
    """The pages one under the other, with Print and Close."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.setWindowTitle(title)
        self.resize(860, 900)
        self.banner = MessageBanner()
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        self.pages = page_images(pdf)
        for n, image in enumerate(self.pages, 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {page} of {pages}").format(
                page=n, pages=len(self.pages)))
            label.setStyleSheet("border: 1px solid #d9e0e8;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Pages"))
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("%n pages", "", len(self.pages))))
        buttons.addStretch(1)
        buttons.addWidget(print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _print(self) -> None:
        try:
            print_pdf(self.pdf, parent=self, title=self.title)
        except DeskError as error:
            self.banner.show_error(error)
