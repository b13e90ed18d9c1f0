"""The Today screen: the day's schedule as a board with one-click check-in."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.frontdesk import catalog, codes, intake
from desk.frontdesk.board import (
    NEXT_STEP,
    STATE_LABELS,
    BoardRow,
    DayBoard,
    age_on,
    state_label,
    step_label,
)
from desk.frontdesk.catalog import FormInfo
from desk.frontdesk.model import OPEN_STATES
from desk.frontdesk.schedule import MOVES
from desk.frontdesk.slip import slip_for
from desk.ui.intake import SendFormsDialog
from desk.ui.labels import add_label_actions
from desk.ui.locale_text import date_text, long_date_text, number_text, time_text
from desk.ui.printing import print_pdf
from desk.ui.session import Session
from desk.ui.staff_forms import PatientFormsDialog, forms_for_visit
from desk.ui.tables import ListTableModel, menu_by_keyboard, on_row_keys, record_table
from desk.ui.visits import move_appointment
from desk.ui.widgets import MessageBanner, give_mnemonics, heading, muted

COLUMNS = (QT_TRANSLATE_NOOP("BoardModel", "Time"), QT_TRANSLATE_NOOP("BoardModel", "Patient"),
           QT_TRANSLATE_NOOP("BoardModel", "Age"), QT_TRANSLATE_NOOP("BoardModel", "Reason"),
           QT_TRANSLATE_NOOP("BoardModel", "With"), QT_TRANSLATE_NOOP("BoardModel", "Status"),
           QT_TRANSLATE_NOOP("BoardModel", "Forms"), QT_TRANSLATE_NOOP("BoardModel", "Waiting"),
           "")
MOVE_TEXT = {"scheduled": QT_TRANSLATE_NOOP("BoardWidget", "Mark scheduled"),
             "arrived": QT_TRANSLATE_NOOP("BoardWidget", "Mark arrived"),
             "in-room": QT_TRANSLATE_NOOP("BoardWidget", "Mark in room"),
             "done": QT_TRANSLATE_NOOP("BoardWidget", "Mark done"),
             "no-show": QT_TRANSLATE_NOOP("BoardWidget", "Mark no-show"),
             "cancelled": QT_TRANSLATE_NOOP("BoardWidget", "Mark cancelled")}
STATE_COLOURS = {"scheduled": "#5b6b7f", "arrived": "#a35200", "in-room": "#1f6fb2",
                 "done": "#2e7d32", "no-show": "#b3261e", "cancelled": "#666666"}
FORMS_COLOURS = {"sent": "#a35200", "partial": "#1f6fb2", "done": "#2e7d32"}
LONG_WAIT_COLOUR = "#b3261e"


class BoardModel(ListTableModel[BoardRow]):
    """A table over a :class:`DayBoard`; waiting times follow ``now``."""

    columns = COLUMNS

    def __init__(self, board: DayBoard) -> None:
        super().__init__()
        self.board = board
        self.now = datetime.now()
        board.subscribe(lambda: self.set_rows(board.rows))

    def tick(self, now: datetime) -> None:
        self.now = now
        if self.rows:
            col = COLUMNS.index("Waiting")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    def decoration(self, row: BoardRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "Status":
            return QBrush(QColor(STATE_COLOURS[row.appointment.state]))
        if role == Qt.ItemDataRole.ForegroundRole and column == "Forms":
            return QBrush(QColor(FORMS_COLOURS.get(row.forms, "#5b6b7f")))
        if role == Qt.ItemDataRole.ForegroundRole and column == "Waiting":
            waited = row.waiting_minutes(self.now)
            return QBrush(QColor(LONG_WAIT_COLOUR)) if waited is not None and waited >= 20 else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "Age" and row.patient.birth_date:
            return self.tr("Born {date}").format(date=date_text(row.patient.birth_date))
        if role == Qt.ItemDataRole.FontRole and column in ("Patient", "Status"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: BoardRow, column: str) -> str:
        appt, p = row.appointment, row.patient
        if column == "Time":
            if appt.walk_in:
                return self.tr("{time}  walk-in").format(time=time_text(appt.start))
            return time_text(appt.start)
        if column == "Patient":
            return p.display_name
        if column == "Age":
            age = age_on(p.birth_date, self.board.day)
            if age is None:
                return self.sex_short(p.sex)
            return self.tr("{age} {sex}", "age and sex, 42 F").format(
                age=number_text(age), sex=self.sex_short(p.sex))
        if column == "Reason":
            return appt.reason
        if column == "With":
            return appt.practitioner
        if column == "Status":
            label = state_label(appt.state)
            if appt.arrived_at and appt.state in ("arrived", "in-room"):
                return self.tr("{state} {time}", "Arrived 09:30").format(
                    state=label, time=time_text(appt.arrived_at))
            return label
        if column == "Forms":
            return intake.status_label(row.forms)
        if column == "Waiting":
            waited = row.waiting_minutes(self.now)
            return "" if waited is None else self.tr("{minutes} min").format(
                minutes=number_text(waited))
        return ""

    def sex_short(self, sex: str) -> str:
        """The patient's sex in one letter beside the age ("?" when not stated)."""
        return {"female": self.tr("F", "female, beside the age"),
                "male": self.tr("M", "male, beside the age"),
                "other": self.tr("X", "other sex, beside the age")}.get(sex, "?")


class BoardWidget(QWidget):
    """The day's schedule with check-in, rooming, no-show and cancellation."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer: QPrinter | None = None  # None: ask with the print dialog
        self.send_forms_dialog: SendFormsDialog | None = None
        self.desk_forms_dialog: PatientFormsDialog | None = None
        self.board = DayBoard(day or date.today())
        self.model = BoardModel(self.board)
        self.banner = MessageBanner()
        self.summary = muted("")
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Today — {date}").format(
            date=long_date_text(self.board.day))))
        top.addStretch(1)
        top.addWidget(self.summary)
        walk_in = QPushButton(self.tr("Add walk-in…"))
        walk_in.setObjectName("primary")
        walk_in.setShortcut("Ctrl+W")
        walk_in.setToolTip(self.tr("Find or register a patient who came without a booking "
                                   "(Ctrl+W)"))
        walk_in.clicked.connect(self.add_walk_in)
        top.addWidget(walk_in)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self.board.subscribe(self._rows_changed)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(lambda: self.model.tick(datetime.now()))
        self.clock.start()
        session.changed.subscribe(self.reload)
        self.setFocusProxy(self.table)  # the screen shown: arrows pick, Enter checks in
        self.reload()

    def _make_table(self) -> QTableView:
        table = record_table(self.model, self.tr("Today's appointments"), stretch="Reason",
                             row_height=40)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        # Enter, not "activated": that is a double click too, or even a single one
        on_row_keys(table, self.tr("Check in"), [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                    lambda index: self.check_in(index.row()))
        menu_by_keyboard(table, self._menu)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self._current_id = ""
        return table

    def check_in(self, row: int) -> None:
        """Check in the appointment on ``row`` if it can be (Enter on the board)."""
        appointment = self.model.row_at(row).appointment
        if "arrived" in MOVES.get(appointment.state, ()):
            self.move_appointment(appointment.id, "arrived")

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._current_id = self.model.row_at(index.row()).appointment.id \
            if index.isValid() else ""

    def _restore_current(self) -> None:
        """The row staff were on stays current when the board reloads (after a check-in);
        at first, the first row is."""
        rows = [r.appointment.id for r in self.board.rows]
        if rows:
            row = rows.index(self._current_id) if self._current_id in rows else 0
            self.table.setCurrentIndex(self.model.index(row, 0))

    def add_walk_in(self) -> None:
        """Find (or register) the patient; they join the board as arrived."""
        from desk.ui.walk_in import WalkInDialog

        self.walk_in_dialog = WalkInDialog(self.session, self)
        self.walk_in_dialog.open()

    def reload(self) -> None:
        self.session.runner.submit(self._load, self.board.set_rows, self.banner.show_error)

    def _load(self) -> list[BoardRow]:
        """Runs on the database worker; the rows are handed to the board on the main thread."""
        scratch = DayBoard(self.board.day)
        with self.session.ws.read() as conn:
            scratch.load(conn)
        return scratch.rows

    def _rows_changed(self) -> None:
        counts = self.board.counts()
        self.summary.setText("   ".join(
            self.tr("{state} {count}", "Arrived 3").format(state=state_label(s),
                                                           count=number_text(counts[s]))
            for s in STATE_LABELS if counts[s]))
        self.model.tick(datetime.now())
        for n, row in enumerate(self.board.rows):
            button = self._step_button(row)
            if button is not None:
                self.table.setIndexWidget(self.model.index(n, len(COLUMNS) - 1), button)
        # sized again for the buttons: a reload sized the columns before they were there
        self.table.resizeColumnToContents(len(COLUMNS) - 1)
        self._restore_current()

    def _step_button(self, row: BoardRow) -> QPushButton | None:
        step = NEXT_STEP.get(row.appointment.state)
        if step is None:
            return None
        state = step[0]
        text = step_label(row.appointment.state)
        button = QPushButton(text)
        button.setObjectName("primary" if state == "arrived" else "secondary")
        button.setAccessibleName(self.tr("{action} {patient}", "Check in Ann Smith").format(
            action=text, patient=row.patient.display_name))
        button.clicked.connect(lambda: self.move_appointment(row.appointment.id, state))
        return button

    def _menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        menu = QMenu(self)
        appointment_id = row.appointment.id
        for state in MOVES.get(row.appointment.state, ()):
            action = QAction(QCoreApplication.translate("BoardWidget", MOVE_TEXT[state]), menu)
            action.triggered.connect(
                lambda _=False, s=state: self.move_appointment(appointment_id, s))
            menu.addAction(action)
        self._add_intake_actions(menu, row)
        add_label_actions(menu, self.session, row.patient.id, on_error=self.banner.show_error)
        give_mnemonics(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def move_appointment(self, appointment_id: str, state: str) -> None:
        """Move one appointment (check-in records the time); the board refreshes and
        background sync sends the move when they hear of it."""
        self.banner.hide()
        move_appointment(self.session, appointment_id, state, lambda: None,
                         self.banner.show_error, owner=self)

    # -- intake forms -------------------------------------------------------------------

    def _add_intake_actions(self, menu: QMenu, row: BoardRow) -> None:
        menu.addSeparator()
        is_open = row.appointment.state in OPEN_STATES
        send = menu.addAction(self.tr("Send forms to kiosk…"))
        send.setEnabled(is_open)
        send.triggered.connect(lambda: self.open_send_forms(row))
        slip = menu.addAction(self.tr("Print check-in code"))  # the kiosk refuses it otherwise
        slip.setEnabled(is_open and row.forms in ("sent", "partial"))
        slip.triggered.connect(lambda: self.print_checkin_code(row.appointment.id))
        here = menu.addAction(self.tr("Forms at the desk…"))
        here.setToolTip(self.tr("Fill in a form here, resume a draft, or open, print and "
                                "save the forms filled in"))
        here.triggered.connect(lambda: self.open_desk_forms(row))

    def open_desk_forms(self, row: BoardRow) -> None:
        """The patient's forms: start one at the desk, resume, open, print or save."""
        visit = row.appointment if row.appointment.state in OPEN_STATES else None
        dialog = PatientFormsDialog(self.session, row.patient.id,
                                    patient_name=row.patient.display_name,
                                    language=row.patient.language, visit=visit, parent=self)
        dialog.forms.printer = self.printer
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.desk_forms_dialog = dialog
        dialog.open()

    def open_send_forms(self, row: BoardRow) -> None:
        """Ask which forms to send and in which language; sending starts on OK. The forms
        on offer (the clinic's among them) are read on the worker before the dialog opens."""
        workspace = self.session.ws

        def work() -> list[FormInfo]:
            with workspace.read() as conn:
                return catalog.available_forms(conn)

        self.send_forms_dialog = None
        self.banner.hide()
        self.session.runner.submit(work, lambda forms: self._ask_for_forms(row, forms),
                                   self.banner.show_error)

    def _ask_for_forms(self, row: BoardRow, forms: list[FormInfo]) -> None:
        dialog = SendFormsDialog(forms, patient_name=row.patient.display_name,
                                 language=row.patient.language, parent=self,
                                 preselected=forms_for_visit(self.session,
                                                             row.appointment.reason, forms))
        self.send_forms_dialog = dialog
        appointment_id = row.appointment.id
        dialog.accepted.connect(lambda: self.send_forms(
            appointment_id, dialog.chosen(), dialog.chosen_language()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def send_forms(self, appointment_id: str, names: list[str], language: str) -> None:
        """Hand the forms to the kiosk and show the check-in code."""
        user = self.session.user
        assert user is not None

        def work() -> intake.Handoff:
            with self.session.ws.begin() as conn:
                return intake.send_forms(conn, appointment_id, names, user.actor,
                                         language=language)

        def done(handoff: intake.Handoff) -> None:
            self.banner.show_message(self.tr("Forms sent to the kiosk. Check-in code: {code}")
                                     .format(code=codes.format_code(handoff.code)), "info")
            self.session.changed.notify()

        self.banner.hide()
        self.session.runner.submit(work, done, self.banner.show_error)

    def print_checkin_code(self, appointment_id: str) -> None:
        """Print the slip with the code of the forms waiting for an appointment."""
        clinic = self.session.settings.clinic.name

        def work() -> bytes:
            with self.session.ws.read() as conn:
                return slip_for(conn, appointment_id, clinic_name=clinic)

        def done(pdf: bytes) -> None:
            try:
                print_pdf(pdf, parent=self, title=self.tr("Check-in code"),
                          printer=self.printer)
            except DeskError as error:
                self.banner.show_error(error)

        self.banner.hide()
        self.session.runner.submit(work, done, self.banner.show_error)
