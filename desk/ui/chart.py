"""The patient chart: demographics (editable, audited), the history timeline and the forms.

Opening a chart is written to the audit log as a view. Each timeline entry opens its own
view: a completed form or a PDF document in the PDF viewer, a study whose images are on this
computer in the image viewer, the server's record of a study the PACS holds retrieved into
the viewer, anything else as its details. "Import images…" reads a patient's disc into the
chart; when a PACS is set up, its panel lists the patient's studies there
(:mod:`desk.ui.pacs_studies`). The forms list starts a form at the desk, resumes a draft
and opens, prints or saves a completed one (:mod:`desk.ui.staff_forms`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.frontdesk import history, intake, patients, schedule
from desk.frontdesk.board import age_on
from desk.frontdesk.history import HistoryItem
from desk.frontdesk.model import LANGUAGES, Appointment, Patient, sex_label
from desk.ui.details import DetailsDialog
from desk.ui.labels import print_label
from desk.ui.locale_text import date_text, date_time_text, time_text
from desk.ui.pacs_studies import PacsStudiesPanel, pacs_configured
from desk.ui.register import PatientForm, field_label
from desk.ui.session import Session
from desk.ui.staff_forms import PatientFormsWidget
from desk.ui.tables import ListTableModel, record_table
from desk.ui.visits import add_walk_in, move_appointment
from desk.ui.widgets import MessageBanner, heading, muted

if TYPE_CHECKING:
    from desk.viewer.library import Imported

TIMELINE_COLUMNS = (QT_TRANSLATE_NOOP("TimelineModel", "Date"),
                    QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
                    QT_TRANSLATE_NOOP("TimelineModel", "What"),
                    QT_TRANSLATE_NOOP("TimelineModel", "Details"))
KIND_NAMES = {"visit": QT_TRANSLATE_NOOP("TimelineModel", "Visit"),
              "intake": QT_TRANSLATE_NOOP("TimelineModel", "Form"),
              "document": QT_TRANSLATE_NOOP("TimelineModel", "Document"),
              "imaging": QT_TRANSLATE_NOOP("TimelineModel", "Imaging"),
              "condition": QT_TRANSLATE_NOOP("TimelineModel", "Condition"),
              "allergy": QT_TRANSLATE_NOOP("TimelineModel", "Allergy"),
              "medication": QT_TRANSLATE_NOOP("TimelineModel", "Medication")}
"""The timeline's kinds of entry as staff read them (``history.KIND_LABELS``)."""
KIND_COLOURS = {"visit": "#1f6fb2", "intake": "#2e7d32", "document": "#6a4c93",
                "imaging": "#a35200", "condition": "#b3261e", "allergy": "#b3261e",
                "medication": "#3e4c5b"}


@dataclass(frozen=True)
class ChartData:
    patient: Patient
    items: list[HistoryItem]
    visit: Appointment | None
    """Today's appointment still to come or under way, if any."""


class TimelineModel(ListTableModel[HistoryItem]):
    columns = TIMELINE_COLUMNS

    def text(self, item: HistoryItem, column: str) -> str:
        if column == "Date":
            return "" if item.when is None else (
                date_text(item.when.date()) if item.when.hour == item.when.minute == 0
                else date_time_text(item.when))
        if column == "Kind":
            kind = KIND_NAMES.get(item.kind)
            return item.label if kind is None else QCoreApplication.translate(
                "TimelineModel", str(kind))
        return {"What": item.title, "Details": item.detail}[column]

    def decoration(self, item: HistoryItem, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == "Kind":
            return QBrush(QColor(KIND_COLOURS.get(item.kind, "#3e4c5b")))
        if role == Qt.ItemDataRole.FontRole and column in ("Kind", "What"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PatientChartWidget(QWidget):
    """One patient: who they are, and everything that happened, newest first."""

    sig_closed = Signal()
    """Staff went back from the chart."""

    sig_loaded = Signal()
    """The patient and the timeline are on screen."""

    def __init__(self, session: Session, patient_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id = patient_id
        self.patient: Patient | None = None
        self.visit: Appointment | None = None
        self.banner = MessageBanner()
        self.title = heading(self.tr("Opening the chart…"))
        self.subtitle = muted("")
        self.subtitle.setWordWrap(True)  # on two lines before the buttons beside it are cut
        self.alerts = QLabel()
        self.alerts.setObjectName("bad")
        self.alerts.hide()
        self.timeline = TimelineModel()
        self.table = self._make_table()
        self.facts = QFormLayout()
        self.form = PatientForm(day_first=session.day_first)
        self.forms = PatientFormsWidget(session, patient_id)
        self.pacs = self._pacs_panel()
        self._layout()
        self.setFocusProxy(self.table)  # opened: the arrows go down the history
        session.changed.subscribe(self.reload)
        if session.sync is not None:  # the history from the server comes with a round
            session.sync.sig_round_done.connect(self.reload)
            session.sync.watch(patient_id)
        self.reload(audit=True)

    def _layout(self) -> None:
        back = QPushButton(self.tr("← Search"))
        back.setFlat(True)
        back.setShortcut("Esc")
        back.setToolTip(self.tr("Back to the search (Esc)"))
        back.clicked.connect(self.sig_closed)
        self.arrival = QPushButton(self.tr("Add as walk-in today"))
        self.arrival.setObjectName("secondary")
        self.arrival.clicked.connect(self._arrive)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.alerts)
        top.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        images = QPushButton(self.tr("Import images…"))
        images.setToolTip(self.tr("Read the images on a patient's disc or USB stick into this "
                                  "chart"))
        images.clicked.connect(self.import_images)
        top.addWidget(images, 0, Qt.AlignmentFlag.AlignTop)
        for kind, text in (("label", self.tr("Print label")),
                           ("wristband", self.tr("Print wristband"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.print_label(k))
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.arrival, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addWidget(self._details_card(), 2, Qt.AlignmentFlag.AlignTop)
        timeline = QVBoxLayout()
        timeline.addWidget(heading(self.tr("History"), 2))
        timeline.addWidget(self.table, 3)
        if self.pacs is not None:
            timeline.addLayout(self._send_row())
            timeline.addWidget(heading(self.tr("On the image archive (PACS)"), 2))
            timeline.addWidget(self.pacs, 2)
        timeline.addWidget(heading(self.tr("Forms"), 2))
        timeline.addWidget(self.forms, 2)
        body.addLayout(timeline, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def _pacs_panel(self) -> PacsStudiesPanel | None:
        """The patient's studies on the PACS, when this workstation has one set up."""
        if not pacs_configured(self.session.settings):
            return None
        return PacsStudiesPanel(self.session, self.patient_id, self.open_study)

    def _send_row(self) -> QHBoxLayout:
        """"Send to the image archive…", for the study of this chart's images selected."""
        self.send_images = QPushButton(self.tr("Send to the image archive…"))
        self.send_images.setToolTip(self.tr("Send the selected study of images from a disc to "
                                            "the clinic's image archive (PACS)"))
        self.send_images.setEnabled(False)
        self.send_images.clicked.connect(self.send_selected_study)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._send_enabled())
        self.timeline.modelReset.connect(self._send_enabled)  # a reload clears the selection
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_images)
        return row

    def _send_enabled(self) -> None:
        self.send_images.setEnabled(self._selected_study() is not None)

    def _selected_study(self) -> HistoryItem | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.timeline.row_at(rows[0].row()) if rows else None
        return item if item is not None and item.source == "images" else None

    def send_selected_study(self) -> None:
        """Confirm whose the selected study is, then queue it for the PACS."""
        from desk.ui.pacs_send import SendImagesDialog

        item = self._selected_study()
        if item is None or self.patient is None:
            return
        self.send_dialog = SendImagesDialog(item.title, self.patient, self)
        self.send_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.send_dialog.accepted.connect(lambda: self._queue_study(item.ref))
        self.send_dialog.open()

    def _queue_study(self, study_uid: str) -> None:
        from desk.viewer.pacs import queue

        user, workspace, patient_id = self.session.user, self.session.ws, self.patient_id
        assert user is not None

        def work() -> bool:
            with workspace.begin() as conn:
                return queue.queue(conn, study_uid, patient_id, user.actor)

        self.session.runner.submit(work, self._queued, self.banner.show_error)

    def _queued(self, queued: bool) -> None:
        self.banner.show_message(
            self.tr("The images go to the image archive in the background; the Sync screen "
                    "shows them until they are there.") if queued else
            self.tr("These images are on their way to the image archive already, or there."),
            "info")
        if queued:
            self.session.changed.notify()

    def _details_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Details"), 2))
        head.addStretch(1)
        self.edit = QPushButton(self.tr("Edit"))
        self.edit.setAccessibleName(self.tr("Edit details"))
        self.edit.clicked.connect(self._start_edit)
        head.addWidget(self.edit)
        box.addLayout(head)
        view = QWidget()
        view.setLayout(self.facts)
        editing = QWidget()
        edit_box = QVBoxLayout(editing)
        edit_box.setContentsMargins(0, 0, 0, 0)
        edit_box.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(lambda: self._editing(False))
        self.save = QPushButton(self.tr("Save changes"))
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        edit_box.addLayout(buttons)
        self.view, self.editing = view, editing
        box.addWidget(view)
        box.addWidget(editing)
        editing.hide()
        return card

    def _editing(self, on: bool) -> None:
        """Show the form instead of the facts (or back); only one takes room at a time."""
        self.view.setVisible(not on)
        self.editing.setVisible(on)
        self.edit.setEnabled(not on)

    def _make_table(self) -> QTableView:
        table = record_table(self.timeline, self.tr("History"), stretch="Details", row_height=32)
        table.activated.connect(lambda index: self.open_item(self.timeline.row_at(index.row())))
        table.doubleClicked.connect(
            lambda index: self.open_item(self.timeline.row_at(index.row())))
        return table

    def reload(self, *, audit: bool = False) -> None:
        user = self.session.user
        assert user is not None
        workspace, patient_id = self.session.ws, self.patient_id
        actor = user.actor if audit else None

        def work() -> ChartData:
            with workspace.begin() as conn:
                return ChartData(patients.get(conn, patient_id, actor),
                                 history.timeline(conn, patient_id),
                                 schedule.visit_today(conn, patient_id, date.today()))

        self.session.runner.submit(work, self._show, self.banner.show_error)

    def _show(self, data: ChartData) -> None:
        p = self.patient = data.patient
        self.title.setText(p.display_name)
        born = (self.tr("born {date} (%n years)", "", age_on(p.birth_date, date.today()) or 0)
                .format(date=date_text(p.birth_date)) if p.birth_date
                else self.tr("birth date not recorded"))
        self.subtitle.setText(self.tr("MRN {mrn}  ·  {born}  ·  {sex}").format(
            mrn=p.mrn, born=born, sex=sex_label(p.sex)))
        self._show_facts(p)
        allergies = [i.title for i in data.items if i.kind == "allergy"]
        self.alerts.setText(self.tr("Allergies: {allergies}").format(
            allergies=", ".join(allergies)))
        self.alerts.setVisible(bool(allergies))
        self.timeline.set_rows(data.items)
        self._show_visit(data.visit)
        self.forms.set_patient(p.display_name, p.language, data.visit)
        if self.pacs is not None:
            self.pacs.set_patient(p.mrn)
        self.sig_loaded.emit()

    def _show_visit(self, visit: Appointment | None) -> None:
        """The arrival button: a walk-in, the check-in for today's booking, or neither
        when the patient is already here."""
        self.visit = visit
        if visit is None:
            text = self.tr("Add as walk-in today")
        elif visit.state == "scheduled":
            text = self.tr("Check in ({time})").format(time=time_text(visit.start))
        elif visit.arrived_at:
            text = self.tr("Checked in at {time}").format(time=time_text(visit.arrived_at))
        else:
            text = self.tr("Checked in")
        self.arrival.setText(text)
        self.arrival.setEnabled(visit is None or visit.state == "scheduled")

    def _show_facts(self, p: Patient) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        rows = ((field_label("phone"), p.phone), (field_label("email"), p.email),
                (field_label("address"), p.address),
                (field_label("city"), " ".join(w for w in (p.postal_code, p.city) if w)),
                (field_label("state"), p.state),
                (field_label("language"), LANGUAGES.get(p.language, p.language)),
                (self.tr("Last visit"), date_text(p.last_visit)))
        for label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(self.tr("{label}: {value}").format(
                label=label, value=value or self.tr("not recorded")))
            self.facts.addRow(self.tr("{label}:").format(label=label), text)

    def _start_edit(self) -> None:
        if self.patient is not None:
            self.form.set_patient(self.patient)
            self._editing(True)
            self.form.fields["family"].setFocus()

    def _save(self) -> None:
        assert self.patient is not None and self.session.user is not None
        try:
            changed = self.form.patient(self.patient)
        except DeskError as error:
            self.banner.show_error(error)
            return
        actor, workspace = self.session.user.actor, self.session.ws

        def work() -> None:
            with workspace.begin() as conn:
                patients.update(conn, changed, actor)

        self.session.runner.submit(work, lambda _: self._saved(), self.banner.show_error)

    def _saved(self) -> None:
        self._editing(False)
        self.banner.show_message(self.tr("Details saved."), "info")
        self.session.changed.notify()

    def print_label(self, kind: str) -> None:
        """Print this patient's label or wristband through the print dialog."""
        print_label(self.session, self.patient_id, parent=self, kind=kind,
                    on_error=self.banner.show_error)

    def _arrive(self) -> None:
        """Check the patient in for today's booking, or add them as a walk-in."""
        visit = self.visit
        if visit is None:
            add_walk_in(self.session, self.patient_id,
                        lambda: self.banner.show_message(
                            self.tr("Added to today's board as a walk-in."), "info"),
                        self.banner.show_error, owner=self)
            return
        move_appointment(self.session, visit.id, "arrived",
                         lambda: self.banner.show_message(
                             self.tr("Checked in for the {time} appointment.").format(
                                 time=time_text(visit.start)), "info"),
                         self.banner.show_error, owner=self)

    def import_images(self) -> None:
        """Read a disc into this chart (asks for the folder, then whose images they are)."""
        from desk.ui.image_import import import_images

        if self.patient is not None:
            import_images(self.session, self.patient, self, self._images_imported,
                          self.banner.show_error,
                          lambda: self.banner.show_message(self.tr("Reading the disc…"),
                                                           "info"))

    def _images_imported(self, done: Imported) -> None:
        words = self.tr("Imported %n images.", "", done.images) if done.images else \
            self.tr("Those images were already in the chart.")
        self.banner.show_message(words, "info")
        self.session.changed.notify()

    def open_item(self, item: HistoryItem) -> None:
        """Open the entry in its viewer (on the worker first: reading it may take a moment)."""
        workspace, user, config = self.session.ws, self.session.user, self.session.settings
        assert user is not None
        on_pacs = self.pacs is not None

        def work() -> tuple[str, object]:
            if item.source == "images":
                from desk.viewer import cache
                from desk.viewer.library import load_study
                from desk.viewer.series import SeriesView

                with workspace.begin() as conn:
                    found = load_study(conn, workspace.blobs, item.ref, user.actor)
                cache.use(workspace, item.ref, cache.limit_of(config))
                return "images", [SeriesView(s) for s in found]
            with workspace.read() as conn:
                if item.source == "intake":
                    return "pdf", intake.pdf(conn, workspace.blobs, item.ref)
                if item.source == "DocumentReference":
                    content = history.attachment(history.resource(conn, item.source, item.ref))
                    if content is not None and content[0] == "application/pdf":
                        return "pdf", content[1]
                if item.source == "ImagingStudy" and on_pacs:
                    uid = history.study_uid(history.resource(conn, item.source, item.ref))
                    return "pacs", (uid, history.details(conn, item, pacs=True))
                return "details", history.details(conn, item)

        self.session.runner.submit(work, lambda shown: self._open(item, *shown),
                                   self.banner.show_error)

    def open_study(self, study_uid: str, title: str) -> None:
        """Open a study on this computer in the image viewer."""
        self.open_item(HistoryItem("imaging", None, title, "", "images", study_uid))

    def _open(self, item: HistoryItem, how: str, content: Any) -> None:
        from desk.ui.image_view import ImageViewerDialog, export_audit
        from desk.ui.pdf_view import PdfViewDialog

        if how == "pacs":  # the server's record of a study: its images from the PACS
            study_uid, content = content
            if self.pacs is not None and self.pacs.open_uid(study_uid):
                return
            how = "details"
        try:
            if how == "images":
                dialog: QDialog = ImageViewerDialog(
                    content, item.title, self._patient_line(), self,
                    exported=export_audit(self.session, self.patient_id))
            elif how == "pdf":
                dialog = PdfViewDialog(content, item.title, self)
            else:
                dialog = DetailsDialog(item.title, content, self)
        except DeskError as error:
            self.banner.show_error(error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened = dialog
        dialog.open()

    def _patient_line(self) -> str:
        p = self.patient
        return "" if p is None else self.tr("{name} · MRN {mrn}").format(name=p.display_name,
                                                                          mrn=p.mrn)
