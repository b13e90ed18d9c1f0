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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from desk.frontdesk.board import state_label
from desk.frontdesk.model import field_label as patient_field_label
from desk.ui.locale_text import date_text, date_time_text
from desk.ui.session import Session
from desk.ui.sync_status import SyncState
from desk.ui.tables import ListTableModel, Selection, record_table
from desk.ui.widgets import MessageBanner, heading, muted, retry_button

if TYPE_CHECKING:
    from desk.sync.conflicts import ConflictField

APPOINTMENT_FIELDS = {  # a patient's are desk.frontdesk.model.field_label's
    "patient_id": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Patient"),
    "start": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Time"),
    "minutes": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Minutes"),
    "reason": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Reason"),
    "practitioner": QT_TRANSLATE_NOOP("SyncIssuesWidget", "With"),
    "state": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Status"),
    "arrived_at": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Arrived at"),
    "walk_in": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Walk-in"),
}
RECORD_NAMES = {"Patient": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Patient"),
                "Appointment": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Appointment")}
REFUSED_COLUMNS = {"Record": QT_TRANSLATE_NOOP("SyncIssuesWidget", "Record"),
                   "Why the server refused it": QT_TRANSLATE_NOOP(
                       "SyncIssuesWidget", "Why the server refused it")}


def _tr(text: str) -> str:
    """A label marked above, in the staff member's language."""
    return QCoreApplication.translate("SyncIssuesWidget", text)


def field_label(record_type: str, name: str) -> str:
    """A field's name as staff read it, in their language (a field desk does not know by
    name: the field's name)."""
    if record_type == "Patient":
        return patient_field_label(name)
    label = APPOINTMENT_FIELDS.get(name) if record_type == "Appointment" else None
    return _tr(label) if label is not None else name


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
        return QCoreApplication.translate("SyncIssuesWidget", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncIssuesWidget", "Yes") if value else \
            QCoreApplication.translate("SyncIssuesWidget", "No")
    if isinstance(value, datetime):
        return date_time_text(value)
    if isinstance(value, date):
        return date_text(value)
    if record_type == "Appointment" and name == "state":
        return state_label(str(value))
    if record_type == "Appointment" and name == "patient_id":
        return names.get(str(value)) or QCoreApplication.translate("SyncIssuesWidget",
                                                                   "another patient")
    return str(value)


def problem_text(message: str) -> str:
    """The server's refusal in plain words: desk's sentence, then the server's own."""
    sentence, _, details = message.partition(" (")
    details = details.removesuffix(")")
    if not details:
        return sentence
    return QCoreApplication.translate("SyncIssuesWidget", "{sentence} The server said: "
                                      "{details}").format(sentence=sentence, details=details)


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
            if p.mrn:
                return QCoreApplication.translate("SyncIssuesWidget",
                                                  "Patient {name} · MRN {mrn}").format(
                    name=p.display_name, mrn=p.mrn)
            return QCoreApplication.translate("SyncIssuesWidget", "Patient {name}").format(
                name=p.display_name)
        if record_type == "Appointment" and record_id in appts:
            a = appts[record_id]
            who = names.get(a.patient_id) or QCoreApplication.translate("SyncIssuesWidget",
                                                                        "a patient")
            return QCoreApplication.translate("SyncIssuesWidget",
                                              "Appointment of {name} · {when}").format(
                name=who, when=date_time_text(a.start))
        kind = RECORD_NAMES.get(record_type)
        return QCoreApplication.translate("SyncIssuesWidget",
                                          "{record} {id} (no longer here)").format(
            record=_tr(kind) if kind is not None else record_type, id=record_id[:8])

    grouped: dict[tuple[str, str], list[ConflictField]] = {}
    for f in fields:
        grouped.setdefault((f.record_type, f.record_id), []).append(f)
    conflicts = [ConflictRecord(t, i, label(t, i), tuple(Clash(
        f.field, field_label(f.record_type, f.field),
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

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles in the staff member's language."""
        title = super().headerData(section, orientation, role)
        return _tr(REFUSED_COLUMNS[title]) if title in REFUSED_COLUMNS else title


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
        for column, text in enumerate((self.tr("Field"), self.tr("Before"),
                                       self.tr("Keep desk's value"),
                                       self.tr("Keep the server's value"))):
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
                keep = (self.tr("{field}: keep desk's value {value}") if side == "local" else
                        self.tr("{field}: keep the server's value {value}"))
                choice.setAccessibleName(keep.format(field=clash.label, value=value))
                group.addButton(choice)
                grid.addWidget(choice, row, column)
            group.buttonToggled.connect(self._update)
            self.groups[clash.field] = group
        grid.setColumnStretch(4, 1)
        box.addLayout(grid)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save choice"))
        self.save.setObjectName("primary")
        self.save.setEnabled(False)
        self.save.clicked.connect(lambda: on_save(self))
        for side, text in (("local", self.tr("All desk's values")),
                           ("server", self.tr("All the server's"))):
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
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._sync_now)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Sync")))
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.sync_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.conflicts_help = _section(column, self.tr("Changed here and on the server"))
        self.cards_box = QVBoxLayout()
        column.addLayout(self.cards_box)
        column.addSpacing(12)
        self.refused_help = _section(column, self.tr("Refused by the server"))
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
        scroll.setAccessibleName(self.tr("Sync"))
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
        table = record_table(self.refused, self.tr("Records the server refused"),
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
            self.tr("None: nothing was changed in two places at once.") if not conflicts else
            self.tr("Someone changed these records on the server while they were changed "
                    "here. For each field, choose the value to keep: it is saved here and on "
                    "the server. Until then the server keeps its value."))
        self.refused_help.setText(
            self.tr("None: the server took every record.") if not refused else
            self.tr("The server did not accept these records; the others keep flowing. "
                    "Correct the record (it is then sent again), or press Retry once the "
                    "problem is fixed."))
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
        self.banner.show_message(self.tr("Saved. {record} goes to the server with the values "
                                         "you chose.").format(record=record.label), "info")
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
        self.sync_button.setText(self.tr("Syncing…") if state.running else self.tr("Sync now"))
        if not state.enabled:
            self.summary.setText(self.tr("Sync is off: no server is set."))
        elif state.status is None:
            self.summary.setText("")
        elif state.status.waiting:
            self.summary.setText(self.tr("%n change(s) waiting.", "", state.status.waiting))
        else:
            self.summary.setText(self.tr("All changes sent."))

