"""The audit log screen (administrators): who viewed or changed which record, when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk import audit_log
from desk.storage import audit
from desk.ui.session import Session
from desk.ui.tables import ListTableModel
from desk.ui.widgets import MessageBanner, heading, restyle

COLUMNS = ("When", "User", "Action", "Patient", "Record", "Record id", "Outcome")
COLUMN_TITLES = {"When": QT_TRANSLATE_NOOP("AuditModel", "When"),
                 "User": QT_TRANSLATE_NOOP("AuditModel", "User"),
                 "Action": QT_TRANSLATE_NOOP("AuditModel", "Action"),
                 "Patient": QT_TRANSLATE_NOOP("AuditModel", "Patient"),
                 "Record": QT_TRANSLATE_NOOP("AuditModel", "Record"),
                 "Record id": QT_TRANSLATE_NOOP("AuditModel", "Record id"),
                 "Outcome": QT_TRANSLATE_NOOP("AuditModel", "Outcome")}


OUTCOMES = {"ok": QT_TRANSLATE_NOOP("AuditOutcome", "ok"),
            "failed": QT_TRANSLATE_NOOP("AuditOutcome", "failed"),
            "conflict": QT_TRANSLATE_NOOP("AuditOutcome", "conflict"),
            "kept": QT_TRANSLATE_NOOP("AuditOutcome", "kept"),
            "locked": QT_TRANSLATE_NOOP("AuditOutcome", "locked"),
            "retired": QT_TRANSLATE_NOOP("AuditOutcome", "retired")}
"""The outcomes the log records, shown in the staff's language (an unknown one as stored)."""


def outcome_text(outcome: str) -> str:
    return QCoreApplication.translate("AuditOutcome", OUTCOMES[outcome]) \
        if outcome in OUTCOMES else outcome


class AuditModel(ListTableModel[audit_log.AuditEntry]):
    columns = COLUMNS

    def text(self, e: audit_log.AuditEntry, column: str) -> str:
        if column == "When":  # to the second, the same in every language: a log's stamp
            return f"{datetime.fromisoformat(e.at).astimezone():%Y-%m-%d %H:%M:%S}"
        return {"User": e.username, "Action": e.action, "Patient": e.patient,
                "Record": e.record_type,
                "Record id": e.record_id, "Outcome": outcome_text(e.outcome)}[column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles in the staff member's language."""
        title = super().headerData(section, orientation, role)
        if title in COLUMN_TITLES:
            return QCoreApplication.translate("AuditModel", COLUMN_TITLES[title])
        return title


class AuditWidget(QWidget):
    """Filterable audit entries, newest first, with the hash chain checked on each load."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel()
        self.banner = MessageBanner()
        self.chain = QLabel()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by user, patient, record or record id"))
        self.filter.setAccessibleName(self.tr("Filter audit entries"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), "")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)
        self.action.currentIndexChanged.connect(self.reload)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Audit entries"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Record id"), QHeaderView.ResizeMode.Stretch)
        self.table = table
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.action)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Audit log")))
        top.addStretch(1)
        top.addWidget(self.chain)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        self.reload()

    def reload(self) -> None:
        text, action = self.filter.text(), self.action.currentData() or ""
        user = self.session.user

        def work() -> tuple[list[audit_log.AuditEntry], audit.ChainCheck, list[str]]:
            with self.session.ws.begin() as conn:
                if user is not None:
                    audit.record(conn, user.actor, "audit.view")
                return (audit_log.entries(conn, text=text, action=action), audit.verify(conn),
                        audit_log.actions(conn))

        self.session.runner.submit(work, self._show, self.banner.show_error)

    def _show(self, result: tuple[list[audit_log.AuditEntry], audit.ChainCheck,
                                  list[str]]) -> None:
        entries, check, actions = result
        self.model.set_rows(entries)
        if self.action.count() - 1 != len(actions):
            current = self.action.currentData()
            self.action.blockSignals(True)
            self.action.clear()
            self.action.addItem(self.tr("All actions"), "")
            for name in actions:
                self.action.addItem(name, name)
            self.action.setCurrentIndex(max(0, self.action.findData(current)))
            self.action.blockSignals(False)
        if check.ok:
            self.chain.setText(self.tr("✔ Chain verified (%n entries)", "", check.entries))
            self.chain.setObjectName("ok")
        else:
            self.chain.setText(self.tr("✖ Chain broken at entry {entry}: the log was "
                               "altered").format(entry=check.first_bad_seq))
            self.chain.setObjectName("bad")
        restyle(self.chain)
