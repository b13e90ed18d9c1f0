"""Sending intake forms to the kiosk from the board: choose the forms and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.intake import FormInfo
from desk.frontdesk.model import LANGUAGES
from desk.ui.widgets import MessageBanner


class SendFormsDialog(QDialog):
    """The bundled forms as tick boxes and the language the patient will read them in."""

    def __init__(self, forms: list[FormInfo], *, patient_name: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send forms to kiosk")
        self.setAccessibleName("Send forms to kiosk")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(f"Forms for {patient_name} to fill in at the kiosk. The patient gets "
                       "a check-in code to type there.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.boxes: dict[str, QCheckBox] = {}
        for form in forms:
            box = QCheckBox(form.title("en"))
            box.setAccessibleName(form.title("en"))
            self.boxes[form.name] = box
            layout.addWidget(box)
        self.language = QComboBox()
        self.language.setAccessibleName("Language of the forms")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        row = QFormLayout()
        row.addRow("Language", self.language)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send.setText("Send to kiosk")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        """The names of the ticked forms, in the order shown."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        if not self.chosen():
            self.banner.show_message("Choose at least one form to send.", "warning")
            return
        self.accept()
