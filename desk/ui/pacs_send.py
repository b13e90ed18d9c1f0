"""Sending a disc's study to the PACS: staff confirm whose it is (:class:`SendImagesDialog`),
it is queued (:mod:`desk.viewer.pacs.queue`), and :class:`PacsSender` sends it in the
background.

:class:`PacsSender` drains the queue on the network worker while someone is signed in on a
workstation with a PACS set up: at sign-in, shortly after a screen queues a study (it
notifies ``session.changed``) and every :data:`INTERVAL_MS`, so a study that waited through
an outage goes once the PACS is back. Drains never overlap. ``sig_drained`` tells the Sync
screen to read the queue again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.model import Patient
from desk.ui.pacs_studies import pacs_client, pacs_configured
from desk.ui.session import Session
from desk.ui.tables import ListTableModel, Selection, record_table
from desk.ui.widgets import dialog_buttons, heading, muted, retry_button

if TYPE_CHECKING:
    from desk.viewer.pacs.queue import Queued

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
SOON_MS = 500  # a burst of queued studies goes in one drain


class PacsSender(QObject):
    sig_drained = Signal(object)
    """A drain ended (a :class:`desk.viewer.pacs.queue.Drained`, or the error)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = pacs_configured(session.settings)
        self.active = self.running = False
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.send_now)
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self.send_now)

    def start(self) -> None:
        if self.active or not self.enabled:
            return
        self.active = True
        self.session.changed.subscribe(self._queued)
        self.timer.start()
        self.send_now()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.session.changed.unsubscribe(self._queued)
        self.timer.stop()
        self._soon.stop()

    def _queued(self) -> None:
        self._soon.start()

    def send_now(self) -> None:
        """Drain the queue now, unless a drain runs (the timer brings the next)."""
        user = self.session.user
        if not self.active or self.running or user is None:
            return
        from desk.viewer.pacs import queue

        self.running = True
        workspace, config, actor = self.session.ws, self.session.settings, user.actor

        def work() -> queue.Drained:
            with workspace.read() as conn:
                if not queue.waits(conn):
                    return queue.Drained()  # no client made, no key store read
            with pacs_client(config) as client:
                return queue.drain(workspace, client, config.pacs.issuer, actor)

        self.session.runner.submit(work, self._done, self._done,
                                   executor=self.session.runner.net)

    def _done(self, result: object) -> None:
        self.running = False
        if isinstance(result, BaseException):
            log.info("the PACS send did not run (%s)", type(result).__name__)
        self.sig_drained.emit(result)


class SendImagesDialog(QDialog):
    """Whose images these are, confirmed before they go: the archive files them under the
    patient's record number, for every workstation of the clinic to see."""

    def __init__(self, study_title: str, patient: Patient, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to the image archive"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Send “{study}”").format(study=study_title), 2))
        text = QLabel(self.tr(
            "The images go to the clinic's image archive (PACS), filed under {name}, record "
            "number {mrn}. They go in the background, and wait on this computer while the "
            "archive cannot be reached; the Sync screen shows them until they are there."
        ).format(name=patient.display_name, mrn=patient.mrn or self.tr("(none yet)")))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.confirm = QCheckBox(self.tr("These are {name}'s images").format(
            name=patient.display_name))
        layout.addWidget(self.confirm)
        note = muted(self.tr("Check the name and birth date on the images first: once in the "
                             "archive, everyone at the clinic sees them in this patient's "
                             "record."))
        note.setWordWrap(True)
        layout.addWidget(note)
        row, self.send = dialog_buttons(self, self.tr("Send"))
        self.send.setEnabled(False)
        self.confirm.toggled.connect(self.send.setEnabled)
        layout.addLayout(row)


@dataclass(frozen=True, slots=True)
class QueuedRow:
    entry: Queued
    label: str  # the study and whose it is


class QueueModel(ListTableModel[QueuedRow]):
    columns = (QT_TRANSLATE_NOOP("QueueModel", "Study"), QT_TRANSLATE_NOOP("QueueModel", "State"),
               "")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        title = super().headerData(section, orientation, role)
        return QCoreApplication.translate("QueueModel", title) if title else title

    def text(self, row: QueuedRow, column: str) -> str:
        return {"Study": row.label, "State": self.state_text(row.entry), "": ""}[column]

    def state_text(self, entry: Queued) -> str:
        """Waiting or refused, and why the PACS refused it last (or that it was not tried)."""
        waiting = entry.state == "waiting"
        if entry.last_error:
            return (self.tr("Waiting: {error}") if waiting else
                    self.tr("Refused: {error}")).format(error=entry.last_error)
        return self.tr("Waiting (not tried yet)") if waiting else self.tr("Refused (not tried yet)")


def load_queue(session: Session) -> list[QueuedRow]:
    """Runs on the database worker: what waits for the PACS, with whose it is."""
    from desk.frontdesk import patients
    from desk.viewer.pacs import queue

    with session.ws.read() as conn:
        entries = queue.listing(conn)
        people = patients.load(conn, [e.patient_id for e in entries if e.patient_id])
    return [QueuedRow(e, (e.description or QCoreApplication.translate("PacsQueueSection",
                                                                      "Images")) + (
        f" · {people[e.patient_id].display_name}" if e.patient_id in people else ""))
        for e in entries]


class PacsQueueSection(QWidget):
    """The Sync screen's list of studies on their way to the PACS; Retry for a refused one."""

    def __init__(self, session: Session, sender: PacsSender, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session, self.sender = session, sender
        self.model = QueueModel()
        self.table = record_table(self.model,
                                  self.tr("Images on their way to the image archive"),
                                  stretch="State", selection=Selection.NoSelection)
        self.help = muted("")
        self.help.setWordWrap(True)
        self.send = QPushButton(self.tr("Send now"))
        self.send.setObjectName("secondary")
        self.send.clicked.connect(sender.send_now)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Images for the image archive (PACS)"), 2))
        top.addStretch(1)
        top.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.table)
        sender.sig_drained.connect(lambda _: self.reload())
        self.reload()

    def reload(self) -> None:
        session = self.session
        session.runner.submit(lambda: load_queue(session), self._show, owner=self)

    def _show(self, rows: list[QueuedRow]) -> None:
        self.help.setText(
            self.tr("None: every study sent is on the image archive.") if not rows else
            self.tr("These studies from patients' discs go to the image archive in the "
                    "background; one waits while the archive cannot be reached. Retry a "
                    "refused one once its problem is fixed."))
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.send.setEnabled(any(r.entry.state == "waiting" for r in rows))
        for n, row in enumerate(rows):
            if row.entry.state == "refused":
                self.table.setIndexWidget(self.model.index(n, 2), retry_button(
                    row.label, lambda r=row: self._retry(r)))

    def _retry(self, row: QueuedRow) -> None:
        from desk.viewer.pacs import queue

        workspace = self.session.ws

        def work() -> None:
            with workspace.begin() as conn:
                queue.retry(conn, row.entry.id)

        self.session.runner.submit(work, lambda _: self._retried(), owner=self)

    def _retried(self) -> None:
        self.reload()
        self.sender.send_now()
