"""A patient's forms at the desk, in the chart and from the board: start one on the
workstation, resume a draft, open a completed one read-only, print it or file it as PDF,
and review what a registration form proposes to change in the patient's details.

Starting a form offers the forms the visit's reason gets (the setting
``intake.forms_by_reason``) first, ticked, in the patient's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk import catalog, proposals, staff_forms
from desk.frontdesk.catalog import FormInfo
from desk.frontdesk.model import LANGUAGES, Appointment
from desk.frontdesk.proposals import Proposal
from desk.frontdesk.staff_forms import FormEntry, OpenedForm
from desk.storage.reasons import forms_by_reason
from desk.sync.mapping_patients import patient_to_fhir
from desk.ui.form_window import FormWindow, print_intake, save_intake_pdf
from desk.ui.locale_text import date_time_text
from desk.ui.proposals import ProposalsDialog
from desk.ui.session import Session
from desk.ui.tables import ListTableModel, record_table
from desk.ui.widgets import MessageBanner, focus_first_field, heading

COLUMNS = ("Form", "Status", "Date")
COLUMN_TITLES = {"Form": QT_TRANSLATE_NOOP("FormsModel", "Form"),
                 "Status": QT_TRANSLATE_NOOP("FormsModel", "Status"),
                 "Date": QT_TRANSLATE_NOOP("FormsModel", "Date")}
STATE_COLOURS = {"kiosk": "#a35200", "new": "#5b6b7f", "draft": "#1f6fb2", "done": "#2e7d32"}


def forms_for_visit(session: Session, reason: str, forms: Sequence[FormInfo]) -> list[str]:
    """The names of the forms a visit for ``reason`` gets, among ``forms``."""
    rules = forms_by_reason(session.settings.intake.forms_by_reason)
    return staff_forms.forms_for_reason(rules, reason, [f.name for f in forms])


class FormsModel(ListTableModel[FormEntry]):
    columns = COLUMNS

    def text(self, entry: FormEntry, column: str) -> str:
        if column == "Form":
            return entry.intake.title
        if column == "Status":
            return self.status(entry)
        when = entry.intake.completed_at or entry.intake.sent_at
        return date_time_text(when.astimezone())

    def status(self, entry: FormEntry) -> str:
        """"Draft (page 2)", "Filled in · 3 changes to review"."""
        text = entry.label
        if entry.draft_page is not None:
            text = self.tr("{state} (page {page})").format(state=text,
                                                            page=entry.draft_page + 1)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles in the staff member's language."""
        title = super().headerData(section, orientation, role)
        if title in COLUMN_TITLES:
            return QCoreApplication.translate("FormsModel", COLUMN_TITLES[title])
        return title

    def decoration(self, entry: FormEntry, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "Status":
            return QBrush(QColor(STATE_COLOURS[entry.state]))
        return None


class StartFormDialog(QDialog):
    """Which form to fill in at the desk, and in which language."""

    def __init__(self, forms: Sequence[FormInfo], *, suggested: Sequence[str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a form at the desk"))
        self.setMinimumWidth(420)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        named = {f.name: f for f in forms}
        first = [named[n] for n in suggested if n in named]
        for info in first + [f for f in forms if f.name not in suggested]:
            self.form.addItem(info.title(language) or info.title("en"), info.name)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the form"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        rows = QFormLayout()
        rows.addRow(self.tr("Form"), self.form)
        rows.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(rows)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.form.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())


class PatientFormsWidget(QWidget):
    """The patient's forms with what can be done with each."""

    sig_loaded = Signal()
    """The list of forms is on screen."""

    def __init__(self, session: Session, patient_id: str, *, patient_name: str = "",
                 language: str = "en", visit: Appointment | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id = patient_id
        self.patient_name = patient_name
        self.language = language
        self.visit = visit
        self.printer: QPrinter | None = None  # None: ask with the print dialog
        self.start_dialog: StartFormDialog | None = None
        self.form_window: FormWindow | None = None
        self.last_opened = ""
        self.review_dialog: ProposalsDialog | None = None
        self.banner = MessageBanner()
        self.model = FormsModel()
        self.table = record_table(self.model, self.tr("Forms"), stretch="Form", row_height=32)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        session.changed.subscribe(self.reload)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton(self.tr("Start a form…"))
        self.start_button.setObjectName("primary")
        self.start_button.setToolTip(self.tr("Fill in a form here, with the patient or for them"))
        self.start_button.clicked.connect(self.choose_form)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_selected)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_selected)
        self.review_button = QPushButton(self.tr("Review changes…"))
        self.review_button.setToolTip(self.tr("Accept or decline, field by field, what the "
                                              "patient changed in their details"))
        self.review_button.clicked.connect(self.review_selected)
        row = QHBoxLayout()
        for button in (self.start_button, self.open_button, self.print_button, self.save_button,
                       self.review_button):
            row.addWidget(button)
        row.addStretch(1)
        self._enable()
        return row

    def set_patient(self, name: str, language: str, visit: Appointment | None) -> None:
        """Who the forms are for, and today's visit new forms are filed under."""
        self.patient_name, self.language, self.visit = name, language, visit

    def reload(self) -> None:
        workspace, patient_id = self.session.ws, self.patient_id

        def work() -> list[FormEntry]:
            with workspace.read() as conn:
                return staff_forms.entries(conn, patient_id)

        self.session.runner.submit(work, self._show, self.banner.show_error)

    def _show(self, entries: list[FormEntry]) -> None:
        chosen = self.selected()
        self.model.set_rows(entries)
        self.select(self.last_opened or (chosen.intake.id if chosen else ""))
        self._enable()
        self.sig_loaded.emit()

    def selected(self) -> FormEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, intake_id: str) -> None:
        """Select the form of an intake in the list."""
        ids = [e.intake.id for e in self.model.rows]
        if intake_id in ids:
            self.table.selectRow(ids.index(intake_id))

    def _enable(self) -> None:
        entry = self.selected()
        done = entry is not None and entry.state == "done"
        self.open_button.setEnabled(entry is not None)
        self.open_button.setText(self.tr("Open") if entry is None or done else
                          self.tr("Resume") if entry.state == "draft" else self.tr("Fill in"))
        self.print_button.setEnabled(done)
        self.save_button.setEnabled(done)
        self.review_button.setVisible(any(e.changes for e in self.model.rows))
        self.review_button.setEnabled(entry is not None and entry.changes > 0)

    # -- actions ------------------------------------------------------------------------

    def choose_form(self) -> None:
        """Ask which form to start (the forms on offer are read on the worker first)."""
        workspace = self.session.ws

        def work() -> list[FormInfo]:
            with workspace.read() as conn:
                return catalog.available_forms(conn)

        self.start_dialog = None
        self.banner.hide()
        self.session.runner.submit(work, self._ask, self.banner.show_error)

    def _ask(self, forms: list[FormInfo]) -> None:
        filled = {e.intake.questionnaire for e in self.model.rows}
        wanted = forms_for_visit(self.session, self.visit.reason if self.visit else "", forms)
        suggested = [n for n in wanted if n not in filled] + [n for n in wanted if n in filled]
        dialog = StartFormDialog(forms, suggested=suggested, language=self.language,
                                 parent=self)
        self.start_dialog = dialog
        dialog.accepted.connect(lambda: self.start_form(dialog.chosen(),
                                                        dialog.chosen_language()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def start_form(self, name: str, language: str) -> None:
        """Start ``name`` for the patient (under today's visit, if any) and open it."""
        user, workspace, patient_id = self.session.user, self.session.ws, self.patient_id
        assert user is not None
        visit = self.visit.id if self.visit else None

        def work() -> OpenedForm:
            with workspace.begin() as conn:
                return staff_forms.start(conn, patient_id, name, user.actor,
                                         appointment_id=visit, language=language,
                                         launch=patient_to_fhir)

        self.session.runner.submit(work, self._opened, self.banner.show_error)

    def open_selected(self) -> None:
        """Fill in or resume the selected form, or show a completed one read-only."""
        entry = self.selected()
        if entry is None:
            return
        workspace, intake_id = self.session.ws, entry.intake.id

        def work() -> OpenedForm:
            with workspace.read() as conn:
                return staff_forms.open_form(conn, intake_id, launch=patient_to_fhir)

        self.banner.hide()
        self.session.runner.submit(work, self._opened, self.banner.show_error)

    def _opened(self, opened: OpenedForm) -> None:
        self.last_opened = opened.intake.id  # stays chosen in the list: Print is one click
        self.session.changed.notify()  # a form just started joins the list
        window = FormWindow(self.session, opened, patient_name=self.patient_name,
                            parent=self)
        window.printer = self.printer
        window.sig_completed.connect(lambda _id: self.banner.show_message(
            self.tr("{title}: filled in.").format(title=opened.intake.title), "info"))
        window.finished.connect(lambda _result: self.reload())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form_window = window
        window.open()

    def print_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            print_intake(self.session, entry.intake.id, entry.intake.title, parent=self,
                         on_error=self.banner.show_error, printer=self.printer)

    def save_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            save_intake_pdf(self.session, entry.intake.id, entry.intake.title, parent=self,
                            on_done=self._saved, on_error=self.banner.show_error)

    def review_selected(self) -> None:
        """Show the selected form's proposed changes; the ticked ones are saved."""
        entry = self.selected()
        if entry is None:
            return
        workspace, intake_id = self.session.ws, entry.intake.id

        def work() -> list[Proposal]:
            with workspace.read() as conn:
                return proposals.proposals(conn, intake_id)

        self.review_dialog = None
        self.session.runner.submit(work, lambda found: self._review(intake_id, found),
                                   self.banner.show_error)

    def _review(self, intake_id: str, found: list[Proposal]) -> None:
        dialog = ProposalsDialog(found, patient_name=self.patient_name, parent=self)
        self.review_dialog = dialog
        dialog.accepted.connect(lambda: self._settle(intake_id, dialog.accepted_fields()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _settle(self, intake_id: str, accepted: list[str]) -> None:
        user, workspace = self.session.user, self.session.ws
        assert user is not None

        def work() -> None:
            with workspace.begin() as conn:
                proposals.settle(conn, intake_id, accepted, user.actor)

        def done(_: None) -> None:
            self.banner.show_message(self.tr("Details reviewed: {n} saved.").format(
                n=len(accepted)), "info")
            self.session.changed.notify()

        self.session.runner.submit(work, done, self.banner.show_error)

    def _saved(self, path: Path) -> None:
        self.banner.show_message(self.tr("Saved as {name}.").format(name=path.name), "info")


class PatientFormsDialog(QDialog):
    """The patient's forms, from the board's row menu."""

    def __init__(self, session: Session, patient_id: str, *, patient_name: str,
                 language: str, visit: Appointment | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forms — {name}").format(name=patient_name))
        self.resize(720, 420)
        self.forms = PatientFormsWidget(session, patient_id, patient_name=patient_name,
                                        language=language, visit=visit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Forms for {name}").format(name=patient_name), 2))
        layout.addWidget(self.forms, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        focus_first_field(self)
