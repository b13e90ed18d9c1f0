"""Patient search: one box for a name, birth date, phone number or MRN, results as you type.

Each change of the text starts a search on the database worker after a short pause; a
search still waiting when the next one starts is cancelled, and results that arrive for
any but the newest text are dropped, so the list never jumps back to an older query.
"""

from __future__ import annotations

from concurrent.futures import Future
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk import patients
from desk.frontdesk.board import age_on
from desk.frontdesk.patients import Found
from desk.ui.labels import add_label_actions
from desk.ui.locale_text import date_text, number_text
from desk.ui.session import Session
from desk.ui.tables import ListTableModel, Selection, menu_by_keyboard, record_table
from desk.ui.visits import add_walk_in
from desk.ui.widgets import (
    MessageBanner,
    give_mnemonics,
    heading,
    muted,
    sex_text,
    tab_order,
)

COLUMNS = (QT_TRANSLATE_NOOP("SearchModel", "Name"), QT_TRANSLATE_NOOP("SearchModel", "Born"),
           QT_TRANSLATE_NOOP("SearchModel", "Age"), QT_TRANSLATE_NOOP("SearchModel", "Sex"),
           QT_TRANSLATE_NOOP("SearchModel", "MRN"), QT_TRANSLATE_NOOP("SearchModel", "Phone"),
           QT_TRANSLATE_NOOP("SearchModel", "Last visit"),
           QT_TRANSLATE_NOOP("SearchModel", "Matched on"))
# What a result matched on, as the core names it (desk.frontdesk.search, search_scores),
# marked here for translation: the core is Qt-free.
MATCHED_TEXT = {"name": QT_TRANSLATE_NOOP("SearchModel", "name"),
                "birth date": QT_TRANSLATE_NOOP("SearchModel", "birth date"),
                "birth year": QT_TRANSLATE_NOOP("SearchModel", "birth year"),
                "phone": QT_TRANSLATE_NOOP("SearchModel", "phone"),
                "MRN": QT_TRANSLATE_NOOP("SearchModel", "MRN")}
PAUSE_MS = 120
"""Milliseconds of quiet typing before a search starts."""
LIMIT = 50
"""The most results shown for one search."""


class SearchModel(ListTableModel[Found]):
    columns = COLUMNS

    def text(self, row: Found, column: str) -> str:
        p = row.patient
        age = age_on(p.birth_date, date.today())
        return {"Name": p.display_name, "Born": date_text(p.birth_date),
                "Age": "" if age is None else number_text(age), "Sex": sex_text(p.sex),
                "MRN": p.mrn, "Phone": p.phone, "Last visit": date_text(p.last_visit),
                "Matched on": self.tr(", ", "between the fields a result matched on").join(
                    matched_text(field) for field in row.matched)}[column]


def matched_text(field: str) -> str:
    """A field a result matched on (``birth date``) in the staff's language."""
    return QCoreApplication.translate("SearchModel", MATCHED_TEXT.get(field, field))


class PatientSearchWidget(QWidget):
    """The search box and its ranked results; opening a row asks for the patient's chart."""

    sig_patient_opened = Signal(str)
    """Staff opened a patient (id) from the results."""

    sig_register_requested = Signal(str)
    """Staff asked to register a new patient; the text is what they had typed."""

    sig_results_shown = Signal(str)
    """Results for this query text are on screen."""

    sig_walked_in = Signal(str)
    """This patient (id) was added to today's board as a walk-in."""

    sig_merge_requested = Signal(str, str)
    """Staff asked to merge these two patients (ids), the two rows selected."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 charts: bool = True) -> None:
        """``charts`` False: choosing a result does not mean opening its chart (the
        walk-in dialog), so the menu does not offer it. A typed 03/04/1962 is searched both
        ways, the reading of ``ui.date_order`` (by default the locale's) first."""
        super().__init__(parent)
        self.session = session
        self.charts = charts
        self.day_first = session.day_first
        self.model = SearchModel()
        self.banner = MessageBanner()
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Name, birth date, phone number or MRN"))
        self.box.setAccessibleName(self.tr("Search patients"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._open_first)
        self.status = muted(self.tr("Type to search."))
        self.table = self._make_table()
        self.pending: Future | None = None
        self.generation = 0
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self._search)
        self._layout()
        self.setFocusProxy(self.box)

    def _layout(self) -> None:
        new = QPushButton(self.tr("New patient…"))
        new.setObjectName("primary")
        new.setShortcut(QKeySequence("Ctrl+N"))
        new.setToolTip(self.tr("Register a new patient (Ctrl+N)"))
        new.clicked.connect(lambda: self.sig_register_requested.emit(self.box.text()))
        self.walk_in_button = QPushButton(self.tr("Add as walk-in"))
        self.walk_in_button.setObjectName("secondary")
        self.walk_in_button.setEnabled(False)
        self.walk_in_button.clicked.connect(self._walk_in_selected)
        self.merge_button = QPushButton(self.tr("Merge records…"))
        self.merge_button.setToolTip(self.tr("Select the two records of one person "
                                             "(Ctrl+click), then merge them"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.title = heading(self.tr("Patients"))
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.merge_button)
        top.addWidget(self.walk_in_button)
        top.addWidget(new)
        layout.addLayout(top)
        layout.addWidget(self.box)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        tab_order(self.box, self.table, self.merge_button, self.walk_in_button, new)

    def _make_table(self) -> QTableView:
        table = record_table(self.model, self.tr("Matching patients"), stretch="Name",
                             selection=Selection.ExtendedSelection)
        table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        table.activated.connect(lambda index: self._open_row(index.row()))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        menu_by_keyboard(table, self._menu)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.walk_in_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def selected(self) -> Found | None:
        """The one selected result (None when none or several are selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _merge_selected(self) -> None:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if len(rows) == 2:
            first, second = (self.model.row_at(n).patient.id for n in rows)
            self.sig_merge_requested.emit(first, second)

    def _typed(self, text: str) -> None:
        self.generation += 1
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None
        if not text.strip():
            self.pause.stop()
            self.model.set_rows([])
            self.status.setText(self.tr("Type to search."))
            return
        self.pause.start()

    def _search(self) -> None:
        text, generation = self.box.text(), self.generation
        workspace, day_first = self.session.ws, self.day_first

        def work() -> list[Found]:
            with workspace.read() as conn:
                return patients.find(conn, text, limit=LIMIT, day_first=day_first)

        self.pending = self.session.runner.submit(
            work, lambda found: self._show(found, text, generation), self._failed)

    def _show(self, found: list[Found], text: str, generation: int) -> None:
        if generation != self.generation:
            return  # the text changed since this search started
        self.pending = None
        self.banner.hide()
        self.model.set_rows(found)
        if found:
            self.table.selectRow(0)
        self.status.setText(self._found_text(len(found)))
        self.sig_results_shown.emit(text)

    def _found_text(self, count: int) -> str:
        if not count:
            return self.tr("No patient matches. Check the spelling, or register a new "
                           "patient (Ctrl+N).")
        if count >= LIMIT:
            return self.tr("%n found (best %n shown)", "", count)
        return self.tr("%n found", "", count)

    def _failed(self, error: BaseException) -> None:
        self.pending = None
        self.banner.show_error(error)

    def _open_first(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.sig_patient_opened.emit(chosen.patient.id)

    def _open_row(self, row: int) -> None:
        self.sig_patient_opened.emit(self.model.row_at(row).patient.id)

    def _menu(self, pos) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if not index.isValid():
            return
        found = self.model.row_at(index.row())
        menu = QMenu(self)
        open_chart = QAction(self.tr("Open chart"), menu)
        open_chart.triggered.connect(lambda: self.sig_patient_opened.emit(found.patient.id))
        walk_in = QAction(self.tr("Add as walk-in today"), menu)
        walk_in.triggered.connect(lambda: self.add_walk_in(found.patient.id))
        if self.charts:
            menu.addAction(open_chart)
        menu.addAction(walk_in)
        add_label_actions(menu, self.session, found.patient.id, on_error=self.banner.show_error)
        give_mnemonics(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _walk_in_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.add_walk_in(chosen.patient.id)

    def add_walk_in(self, patient_id: str) -> None:
        """Put the patient on today's board as an arrived walk-in."""
        add_walk_in(self.session, patient_id, lambda: self._walked_in(patient_id),
                    self.banner.show_error, owner=self)

    def _walked_in(self, patient_id: str) -> None:
        name = next((f.patient.display_name for f in self.model.rows
                     if f.patient.id == patient_id), "")
        self.banner.show_message(
            self.tr("{name} was added to today's board as a walk-in.").format(name=name) if name
            else self.tr("The patient was added to today's board as a walk-in."), "info")
        self.sig_walked_in.emit(patient_id)

