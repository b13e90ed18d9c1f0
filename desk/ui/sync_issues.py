"""The Sync screen: records that need attention.

First the conflicts: records changed here and on the server in the same fields since the
last sync. Each clashing field shows its value before, desk's and the server's; staff pick
one per field, the choice is saved here and sent with If-Match so it wins on both sides.
Then the records the server refused, with its reason and a Retry button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.board import STATE_LABELS
from desk.frontdesk.model import FIELD_LABELS as PATIENT_FIELDS
from desk.ui.session import Session
from desk.ui.sync_status import SyncState, waiting_text
from desk.ui.tables import ListTableModel, Selection, record_table
from desk.ui.widgets import MessageBanner, heading, muted, retry_button

if TYPE_CHECKING:
    from desk.sync.conflicts import ConflictField

FIELD_LABELS = {
    **{("Patient", name): label for name, label in PATIENT_FIELDS.items()},
    ("Appointment", "patient_id"): "Patient", ("Appointment", "start"): "Time",
    ("Appointment", "minutes"): "Minutes", ("Appointment", "reason"): "Reason",
    ("Appointment", "practitioner"): "With", ("Appointment", "state"): "Status",
    ("Appointment", "arrived_at"): "Arrived at", ("Appointment", "walk_in"): "Walk-in",
}
RECORD_NAMES = {"Patient": "Patient", "Appointment": "Appointment"}


@dataclass(frozen=True, slots=True)
class Clash:
    """One field changed on both sides: its label and the three values as text."""

    field: str
    label: str
    base: str
    local: str
    server: str


@dataclass(frozen=True, slots=True)
class ConflictRecord:
    record_type: str
    record_id: str
    label: str
    clashes: tuple[Clash, ...]
    shown: tuple[ConflictField, ...]  # as loaded: the choice is made on these values


@dataclass(frozen=True, slots=True)
class RefusedRecord:
    record_type: str
    record_id: str
    label: str
    problem: str


def show_value(record_type: str, name: str, value: Any, names: dict[str, str]) -> str:
    """A field value as staff read it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return f"{value:%d %b %Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d %b %Y}"
    if record_type == "Appointment" and name == "state":
        return STATE_LABELS.get(str(value), str(value))
    if record_type == "Appointment" and name == "patient_id":
        return names.get(str(value), "another patient")
    return str(value)


def problem_text(message: str) -> str:
    """The server's refusal in plain words: desk's sentence, then the server's own."""
    sentence, _, details = message.partition(" (")
    details = details.removesuffix(")")
    if not details:
        return sentence
    return f"{sentence} The server said: {details}"


def load_issues(session: Session) -> tuple[list[ConflictRecord], list[RefusedRecord]]:
    """Runs on the database worker: open conflicts grouped by record, and refused records."""
    from desk.frontdesk import patients, schedule
    from desk.sync.conflicts import open_conflicts
    from desk.sync.status import status

    db = session.ws.engine
    fields = open_conflicts(db)
    refused = [a for a in status(db).attention if a.reason == "refused"]
    keys = [(f.record_type, f.record_id) for f in fields] + [
        (a.record_type, a.record_id) for a in refused]
    with session.ws.read() as conn:
        appts = schedule.load(conn, [i for t, i in keys if t == "Appointment"])
        people = patients.load(conn, [i for t, i in keys if t == "Patient"] + [
            a.patient_id for a in appts.values()])
    names = {pid: p.display_name for pid, p in people.items()}

    def label(record_type: str, record_id: str) -> str:
        if record_type == "Patient" and record_id in people:
            p = people[record_id]
            return f"Patient {p.display_name}" + (f" · MRN {p.mrn}" if p.mrn else "")
        if record_type == "Appointment" and record_id in appts:
            a = appts[record_id]
            return (f"Appointment of {names.get(a.patient_id, 'a patient')} · "
                    f"{a.start:%a %d %b %Y %H:%M}")
        return f"{RECORD_NAMES.get(record_type, record_type)} {record_id[:8]} (no longer here)"

    grouped: dict[tuple[str, str], list[ConflictField]] = {}
    for f in fields:
        grouped.setdefault((f.record_type, f.record_id), []).append(f)
    conflicts = [ConflictRecord(t, i, label(t, i), tuple(Clash(
        f.field, FIELD_LABELS.get((f.record_type, f.field), f.field),
        *(show_value(f.record_type, f.field, f.value(side), names)
          for side in ("base", "local", "server"))) for f in shown), tuple(shown))
        for (t, i), shown in grouped.items()]
    return conflicts, [RefusedRecord(a.record_type, a.record_id, label(a.record_type,
                                                                      a.record_id),
                                     problem_text(a.message)) for a in refused]


class RefusedModel(ListTableModel[RefusedRecord]):
    columns = ("Record", "Why the server refused it", "")

    def text(self, row: RefusedRecord, column: str) -> str:
        return {"Record": row.label, "Why the server refused it": row.problem, "": ""}[column]


class ConflictCard(QFrame):
    """One record in conflict: per field, the value before and a choice of desk's or the
    server's; Save is enabled once every field has a choice."""

    def __init__(self, record: ConflictRecord, on_save: Callable[[ConflictCard], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("card")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        title = QLabel(record.label)
        title.setObjectName("h2")
        box.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for column, text in enumerate(("Field", "Before", "Keep desk's value",
                                       "Keep the server's value")):
            head = muted(text)
            grid.addWidget(head, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for row, clash in enumerate(record.clashes, start=1):
            grid.addWidget(QLabel(clash.label), row, 0)
            grid.addWidget(QLabel(clash.base), row, 1)
            group = QButtonGroup(self)
            for column, (side, value) in enumerate((("local", clash.local),
                                                    ("server", clash.server)), start=2):
                choice = QRadioButton(value)
                choice.setProperty("side", side)
                choice.setAccessibleName(f"{clash.label}: keep "
                                         f"{'desk' if side == 'local' else 'server'} value "
                                         f"{value}")
                group.addButton(choice)
                grid.addWidget(choice, row, column)
            group.buttonToggled.connect(self._update)
            self.groups[clash.field] = group
        grid.setColumnStretch(4, 1)
        box.addLayout(grid)
        buttons = QHBoxLayout()
        self.save = QPushButton("Save choice")
        self.save.setObjectName("primary")
        self.save.setEnabled(False)
        self.save.clicked.connect(lambda: on_save(self))
        for side, text in (("local", "All desk's values"), ("server", "All the server's")):
            quick = QPushButton(text)
            quick.setObjectName("secondary")
            quick.clicked.connect(lambda _=False, s=side: self.choose_all(s))
            buttons.addWidget(quick)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        box.addLayout(buttons)

    def choose(self, field: str, side: str) -> None:
        for button in self.groups[field].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def choose_all(self, side: str) -> None:
        for field in self.groups:
            self.choose(field, side)

    def choices(self) -> dict[str, str]:
        chosen = {field: group.checkedButton() for field, group in self.groups.items()}
        return {field: str(button.property("side")) for field, button in chosen.items()
                if button is not None}

    def _update(self) -> None:
        self.save.setEnabled(len(self.choices()) == len(self.groups))


def _section(column: QVBoxLayout, title: str) -> QLabel:
    """A section heading and, below it, the label that explains what the section holds."""
    column.addWidget(heading(title, 2))
    help_text = muted("")
    help_text.setWordWrap(True)
    column.addWidget(help_text)
    return help_text


class SyncIssuesWidget(QWidget):
    """Conflicts to settle and refused records to retry; reloads after every sync round."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: list[ConflictCard] = []
        self.banner = MessageBanner()
        self.summary = muted("")
        self.sync_button = QPushButton("Sync now")
        self.sync_button.clicked.connect(self._sync_now)
        top = QHBoxLayout()
        top.addWidget(heading("Sync"))
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.sync_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.conflicts_help = _section(column, "Changed here and on the server")
        self.cards_box = QVBoxLayout()
        column.addLayout(self.cards_box)
        column.addSpacing(12)
        self.refused_help = _section(column, "Refused by the server")
        self.refused = RefusedModel()
        self.table = self._make_table()
        column.addWidget(self.table)
        self.images = self._image_queue()
        if self.images is not None:
            column.addSpacing(12)
            column.addWidget(self.images)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("page")
        scroll.setAccessibleName("Sync")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        if session.sync is not None:
            session.sync.sig_round_done.connect(self.reload)
            session.sync.sig_state.connect(self._show_state)
            self._show_state(session.sync.state)
        self.reload()

    def _image_queue(self) -> QWidget | None:
        """The studies on their way to the PACS, when this workstation has one."""
        sender = self.session.pacs_send
        if sender is None or not sender.enabled:
            return None
        from desk.ui.pacs_send import PacsQueueSection

        return PacsQueueSection(self.session, sender)

    def _make_table(self) -> QTableView:
        table = record_table(self.refused, "Records the server refused",
                             stretch="Why the server refused it", selection=Selection.NoSelection)
        table.setAlternatingRowColors(False)
        table.setWordWrap(True)  # the server's reasons can be long: rows grow to fit
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def reload(self) -> None:
        self.session.runner.submit(lambda: load_issues(self.session), self._show,
                                   self.banner.show_error)
        if self.images is not None:
            self.images.reload()

    def _show(self, issues: tuple[list[ConflictRecord], list[RefusedRecord]]) -> None:
        conflicts, refused = issues
        for card in self.cards:
            card.deleteLater()
        self.cards = [ConflictCard(record, self._save) for record in conflicts]
        for card in self.cards:
            self.cards_box.addWidget(card)
        self.conflicts_help.setText(
            "None: nothing was changed in two places at once." if not conflicts else
            "Someone changed these records on the server while they were changed here. For "
            "each field, choose the value to keep: it is saved here and on the server. "
            "Until then the server keeps its value.")
        self.refused_help.setText(
            "None: the server took every record." if not refused else
            "The server did not accept these records; the others keep flowing. Correct the "
            "record (it is then sent again), or press Retry once the problem is fixed.")
        self.refused.set_rows(refused)
        self.table.setVisible(bool(refused))
        for n, row in enumerate(refused):
            self.table.setIndexWidget(self.refused.index(n, 2), retry_button(
                row.label, lambda r=row: self._retry(r)))

    def _save(self, card: ConflictCard) -> None:
        from desk.sync.conflicts import resolve_conflict

        user = self.session.user
        assert user is not None
        record, choices, db = card.record, card.choices(), self.session.ws.engine
        card.save.setEnabled(False)
        self.session.runner.submit(
            lambda: resolve_conflict(db, record.record_type, record.record_id, keep=choices,
                                     shown=record.shown, actor=user.actor),
            lambda _: self._saved(record), self._failed)

    def _saved(self, record: ConflictRecord) -> None:
        self.banner.show_message(f"Saved. {record.label} goes to the server with the values "
                                 "you chose.", "info")
        self._changed()

    def _retry(self, row: RefusedRecord) -> None:
        from desk.sync.conflicts import retry_refused

        db = self.session.ws.engine
        self.session.runner.submit(lambda: retry_refused(db, row.record_type, row.record_id),
                                   lambda _: self._changed(), self._failed)

    def _changed(self) -> None:
        self.session.changed.notify()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.reload()

    def _sync_now(self) -> None:
        if self.session.sync is not None:
            self.session.sync.sync_now()

    def _show_state(self, state: SyncState) -> None:
        self.sync_button.setEnabled(state.enabled and not state.running)
        self.sync_button.setText("Syncing…" if state.running else "Sync now")
        if not state.enabled:
            self.summary.setText("Sync is off: no server is set.")
        elif state.status is None:
            self.summary.setText("")
        else:
            self.summary.setText(waiting_text(state.status.waiting) + ".")

