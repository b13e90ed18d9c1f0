"""The Patients screen: search, and the chart of the patient opened from it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desk.ui.chart import PatientChartWidget
from desk.ui.merge import MergeDialog
from desk.ui.register import RegisterDialog
from desk.ui.search import PatientSearchWidget
from desk.ui.session import Session


class PatientsScreen(QWidget):
    """Search first; opening a result (or registering someone) shows their chart."""

    sig_chart_opened = Signal(str)
    """The chart of this patient (id) is now shown."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = PatientSearchWidget(session)
        self.search.sig_patient_opened.connect(self.open_chart)
        self.search.sig_register_requested.connect(self.register)
        self.search.sig_merge_requested.connect(self.merge)
        self.chart: PatientChartWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.search)  # the search box when Patients opens

    def open_chart(self, patient_id: str) -> None:
        self._close_chart()
        self.chart = PatientChartWidget(self.session, patient_id)
        self.chart.sig_closed.connect(self.show_search)
        self.stack.addWidget(self.chart)
        self.stack.setCurrentWidget(self.chart)
        self.setFocusProxy(self.chart)
        self.chart.setFocus()
        self.sig_chart_opened.emit(patient_id)

    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search)
        self.setFocusProxy(self.search)
        self._close_chart()
        self.search.focus_box()

    def _close_chart(self) -> None:
        if self.chart is not None:
            self.stack.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None

    def register(self, typed: str = "") -> RegisterDialog:
        dialog = RegisterDialog(self.session, typed, self)
        dialog.sig_registered.connect(self.open_chart)
        dialog.sig_open_existing.connect(self.open_chart)
        self.register_dialog = dialog
        dialog.open()
        return dialog

    def merge(self, first_id: str, second_id: str) -> MergeDialog:
        dialog = MergeDialog(self.session, first_id, second_id, self)
        dialog.sig_merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, survivor_id: str) -> None:
        self.session.changed.notify()
        self.open_chart(survivor_id)
