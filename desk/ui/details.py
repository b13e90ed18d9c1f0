"""One timeline entry's details: label/value pairs, dates in the staff's locale."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.frontdesk import history
from desk.ui.locale_text import date_text, date_time_text, time_text
from desk.ui.widgets import heading


def value_text(value: history.Value) -> str:
    """A detail's value in the staff's locale (a day, a moment, a time, or words)."""
    if isinstance(value, datetime):
        return date_time_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return time_text(value)
    return value


class DetailsDialog(QDialog):
    """Label/value pairs of one timeline entry."""

    def __init__(self, title: str, rows: list[tuple[str, history.Value]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        form = QFormLayout()
        for label, value in rows:
            text = QLabel(value_text(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("{label}:").format(label=label) if label else "", text)
        layout.addLayout(form)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        close.setFocus()
        self.rows = rows
