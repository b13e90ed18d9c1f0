"""Sending intake forms to the kiosk from the board: choose the forms and the language.

The forms the visit's reason gets (the setting ``intake.forms_by_reason``) come ticked.

Desk's own forms come first; the clinic's, pulled from its server, follow under a heading
that says where they come from.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk import words
from desk.frontdesk.catalog import FormInfo
from desk.frontdesk.model import LANGUAGES
from desk.ui.widgets import MessageBanner, focus_first_field, muted

CLINIC_HEADING = QT_TRANSLATE_NOOP("SendFormsDialog", "From the clinic's server")
OWN_HEADING = QT_TRANSLATE_NOOP("SendFormsDialog", "Desk's forms")
"""The headings over the two kinds of forms, in English (shown translated)."""


class SendFormsDialog(QDialog):
    """The forms as tick boxes, desk's own then the clinic's, and the language the patient
    will read them in."""

    def __init__(self, forms: list[FormInfo], *, patient_name: str, language: str,
                 preselected: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send forms to kiosk"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Forms for {name} to fill in at the kiosk. The patient gets a "
                               "check-in code to type there.").format(name=patient_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.boxes: dict[str, QCheckBox] = {}
        layout.addWidget(self._form_list(forms), 1)
        for name in preselected:  # what the visit's reason gets (intake.forms_by_reason)
            if name in self.boxes:
                self.boxes[name].setChecked(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the forms"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        row = QFormLayout()
        row.addRow(self.tr("Language"), self.language)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send.setText(self.tr("Send to kiosk"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        focus_first_field(self)

    def _form_list(self, forms: list[FormInfo]) -> QScrollArea:
        """The tick boxes, scrolling when the clinic has many forms."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        own = [f for f in forms if not f.from_clinic]
        clinic = [f for f in forms if f.from_clinic]
        if own and clinic:  # with one kind only there is nothing to tell apart
            column.addWidget(muted(QCoreApplication.translate("SendFormsDialog", OWN_HEADING)))
        for form in own:
            column.addWidget(self._box(form))
        if clinic:
            column.addSpacing(8 if own else 0)
            column.addWidget(muted(QCoreApplication.translate("SendFormsDialog",
                                                              CLINIC_HEADING)))
        for form in clinic:
            column.addWidget(self._box(form))
        column.addStretch(1)
        area = QScrollArea()
        area.setAccessibleName(self.tr("Forms to send"))
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _box(self, form: FormInfo) -> QCheckBox:
        title = form.title(words.current_language())  # the staff's; English without it
        box = QCheckBox(title)
        if form.from_clinic:
            box.setAccessibleName(self.tr("{title}, from the clinic's server").format(
                title=title))
            box.setToolTip(self.tr("This form comes from the clinic's server."))
        else:
            box.setAccessibleName(title)
        self.boxes[form.name] = box
        return box

    def chosen(self) -> list[str]:
        """The names of the ticked forms, in the order shown."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        if not self.chosen():
            self.banner.show_message(self.tr("Choose at least one form to send."), "warning")
            return
        self.accept()
