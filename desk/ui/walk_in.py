"""Adding a walk-in from the Today board: find the patient (or register them), and they are
on the board as arrived."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desk.ui.register import RegisterDialog
from desk.ui.search import PatientSearchWidget
from desk.ui.session import Session


class WalkInDialog(QDialog):
    """The patient search in a dialog; choosing a patient adds the walk-in and closes it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.resize(1000, 620)
        self.search = PatientSearchWidget(session, charts=False)
        self.search.sig_patient_opened.connect(self.search.add_walk_in)
        self.search.sig_walked_in.connect(lambda _: self.accept())
        self.search.sig_register_requested.connect(self.register)
        self.search.title.setText(self.tr("Who walked in?"))
        self.search.merge_button.hide()  # merging is work for the Patients screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.search.focus_box()

    def register(self, typed: str = "") -> RegisterDialog:
        """A walk-in new to the clinic: register them, then add them to the board."""
        dialog = RegisterDialog(self.session, typed, self)
        dialog.sig_registered.connect(self.search.add_walk_in)
        dialog.sig_open_existing.connect(self.search.add_walk_in)
        self.register_dialog = dialog
        dialog.open()
        return dialog
