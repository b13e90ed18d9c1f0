"""The chart's image archive panel: the patient's studies on the clinic's PACS.

Shown only when a PACS is set up (:func:`pacs_configured`). The studies are asked for by
the patient's record number (``pacs.patient_key``, never by name) on the network worker;
"Retrieve" fetches one with a progress bar and Cancel (nothing of a stopped retrieve is
kept), keeps the cache within ``imaging.cache_limit_gb`` (:mod:`desk.viewer.cache`) and
opens it in the viewer; a study already on this computer opens offline. A failure (the
PACS unreachable, the sign-in refused) shows in the panel; the rest of the chart works on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desk.storage.schema import image_instance
from desk.storage.settings import Settings
from desk.ui.locale_text import date_text, number_text
from desk.ui.session import Session
from desk.ui.tables import ListTableModel, record_table
from desk.ui.widgets import message_for
from desk.viewer.pacs.studies import Study

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.viewer.pacs.dicomweb import DicomWebClient
    from desk.viewer.pacs.dimse import DimseClient

COLUMNS = (QT_TRANSLATE_NOOP("StudiesModel", "Date"), QT_TRANSLATE_NOOP("StudiesModel", "Study"),
           QT_TRANSLATE_NOOP("StudiesModel", "Modality"),
           QT_TRANSLATE_NOOP("StudiesModel", "Images"), QT_TRANSLATE_NOOP("StudiesModel", "Where"))
"""The table's columns, by their English titles (the headers show them translated)."""
HERE = QT_TRANSLATE_NOOP("StudiesModel", "On this computer")
THERE = QT_TRANSLATE_NOOP("StudiesModel", "On the PACS")


def pacs_configured(config: Settings) -> bool:
    """Whether this workstation is set up for a PACS (so the chart shows the panel)."""
    pacs = config.pacs
    return bool(pacs.dicomweb_url if pacs.protocol == "dicomweb" else pacs.host)


def study_title(study: Study) -> str:
    """How a study is named: its description, else its modalities, else "Study"."""
    return (study.description or ", ".join(study.modalities)
            or QCoreApplication.translate("StudiesModel", "Study"))


class StudiesModel(ListTableModel[Study]):
    columns = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.held: set[str] = set()

    def text(self, study: Study, column: str) -> str:
        if column == "Date":
            return _study_day(study.date) or "—"
        if column == "Images":
            return "" if study.instance_count is None else number_text(study.instance_count)
        if column == "Where":
            return QCoreApplication.translate("StudiesModel",
                                              HERE if study.uid in self.held else THERE)
        return {"Study": study_title(study), "Modality": ", ".join(study.modalities)}[column]


def _study_day(text: str) -> str:
    """A DICOM date (``20240305``) as the locale writes it; ``""`` when it is none."""
    if len(text) != 8:
        return ""
    try:
        return date_text(date(int(text[:4]), int(text[4:6]), int(text[6:8])))
    except ValueError:
        return ""


class _Progress(QObject):
    """Carries a retrieve's progress from the network worker to the panel."""

    sig_step = Signal(int, int)


class PacsStudiesPanel(QWidget):
    """A patient's studies on the PACS; ``open_study(study_uid, title)`` shows one."""

    sig_listed = Signal()
    """The studies (or the reason there are none) are on screen."""

    def __init__(self, session: Session, patient_id: str,
                 open_study: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.patient_id, self.open_study = session, patient_id, open_study
        self.mrn: str | None = None
        self.cancel: threading.Event | None = None
        self.model = StudiesModel()
        self.table = record_table(self.model, self.tr("Studies on the image archive"),
                                  stretch="Study",
                                  row_height=30)
        self.table.doubleClicked.connect(lambda _: self.fetch_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Image archive message"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Retrieve progress"))
        self.retrieve = QPushButton(self.tr("Retrieve"))
        self.retrieve.clicked.connect(self.fetch_selected)
        self.stop = QPushButton(self.tr("Cancel"))
        self.stop.clicked.connect(self.cancel_retrieve)
        self.refresh = QPushButton(self.tr("Look again"))
        self.refresh.clicked.connect(self.list_studies)
        self._layout()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for button in (self.retrieve, self.stop, self.refresh):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        self._busy(False)

    def set_patient(self, mrn: str) -> None:
        """List the studies of the patient with record number ``mrn`` (once per number)."""
        if mrn != self.mrn:
            self.mrn = mrn
            self.list_studies()

    def list_studies(self) -> None:
        from desk.viewer.pacs import connect

        workspace, config, mrn = self.session.ws, self.session.settings, self.mrn or ""
        self._say(self.tr("Looking for this patient's studies on the image archive…"))

        def work() -> tuple[list[Study], set[str]]:
            with pacs_client(config) as client:
                found = client.studies(connect.patient_key(mrn, config))
            return found, _held(workspace, [s.uid for s in found])

        self.session.runner.submit(work, self._listed, self._failed,
                                   executor=self.session.runner.net)

    def _listed(self, result: tuple[list[Study], set[str]]) -> None:
        found, self.model.held = result
        self.model.set_rows(found)
        self._say("" if found else self.tr("The image archive holds no studies of this "
                                           "patient."))
        self._buttons()
        self.sig_listed.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._say(message_for(error), bad=True)
        self.sig_listed.emit()

    def selected(self) -> Study | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def fetch_selected(self) -> None:
        """Open the selected study: from this computer when it still holds it (the image
        cache may have let it go since it was listed), else retrieved first."""
        study = self.selected()
        if study is None or self.cancel is not None:
            return
        workspace = self.session.ws
        self.cancel = threading.Event()  # one open at a time; Cancel stops it already
        self._busy(True)
        self.session.runner.submit(lambda: _held(workspace, [study.uid]),
                                   lambda held: self._open_or_retrieve(study, held),
                                   self._retrieve_failed, owner=self)

    def _open_or_retrieve(self, study: Study, held: set[str]) -> None:
        if study.uid in held:
            self.cancel = None
            self._busy(False)
            self.open_study(study.uid, study_title(study))
            return
        self.model.held.discard(study.uid)
        self._show_where()
        self._retrieve(study)

    def open_uid(self, study_uid: str | None) -> bool:
        """Open the listed study ``study_uid`` (retrieved first if need be); False when the
        PACS did not list it."""
        row = next((n for n, s in enumerate(self.model.rows) if s.uid == study_uid), None)
        if row is None or self.cancel is not None:
            return False
        self.table.selectRow(row)
        self.fetch_selected()
        return True

    def _retrieve(self, study: Study) -> None:
        from desk.viewer import cache
        from desk.viewer.pacs import connect, retrieve

        user = self.session.user
        assert user is not None
        workspace, config, mrn, patient_id = (self.session.ws, self.session.settings,
                                              self.mrn or "", self.patient_id)
        cancel = self.cancel = self.cancel or threading.Event()
        steps = _Progress()
        steps.sig_step.connect(self._step)
        self.progress.setRange(0, study.instance_count or 0)
        self.progress.setValue(0)
        self._busy(True)
        self._say(self.tr("Retrieving the study from the image archive…"))

        def work() -> Study:
            with pacs_client(config) as client:
                retrieve.retrieve(workspace, client, study, connect.patient_key(mrn, config),
                                  patient_id, user.actor, progress=steps.sig_step.emit,
                                  cancel=cancel)
            cache.use(workspace, study.uid, cache.limit_of(config))
            return study

        self.session.runner.submit(work, self._retrieved, self._retrieve_failed,
                                   executor=self.session.runner.net, owner=self)

    def _step(self, done: int, total: int) -> None:
        if total and self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done if total else 0)

    def _retrieved(self, study: Study) -> None:
        self.cancel = None
        self._busy(False)
        self.progress.setValue(self.progress.maximum())
        self.model.held.add(study.uid)
        self._show_where()
        self._say(self.tr("Retrieved; it opens from this computer from now on."))
        self.session.changed.notify()
        self.open_study(study.uid, study_title(study))

    def _show_where(self) -> None:
        """The Where column and the button anew, after what this computer holds changed."""
        last = self.model.rowCount() - 1
        self.model.dataChanged.emit(self.model.index(0, len(COLUMNS) - 1),
                                    self.model.index(last, len(COLUMNS) - 1))
        self._buttons()

    def _retrieve_failed(self, error: BaseException) -> None:
        from desk.viewer.pacs.retrieve import Cancelled

        self.cancel = None
        self.progress.reset()
        self._busy(False)
        self._say(message_for(error), bad=not isinstance(error, Cancelled))

    def cancel_retrieve(self) -> None:
        if self.cancel is not None:
            self.cancel.set()
            self._say(self.tr("Stopping the retrieve…"))

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on or self.progress.value() > 0)
        self.stop.setVisible(on)
        self.refresh.setEnabled(not on)
        self._buttons()

    def _buttons(self) -> None:
        study = self.selected()
        self.retrieve.setText(self.tr("Open") if study is not None
                              and study.uid in self.model.held else self.tr("Retrieve"))
        self.retrieve.setEnabled(study is not None and self.cancel is None)

    def _say(self, text: str, *, bad: bool = False) -> None:
        self.message.setObjectName("bad" if bad else "")
        self.message.style().unpolish(self.message)  # the object name's style, anew
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


@contextmanager
def pacs_client(config: Settings) -> Iterator[DicomWebClient | DimseClient]:
    """The PACS client the settings name, closed (its connections) after use."""
    from desk.viewer.pacs import connect

    client = connect.client_from_settings(config)
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()


def _held(workspace: Workspace, study_uids: list[str]) -> set[str]:
    """Which of the studies are on this computer."""
    import sqlalchemy as sa

    from desk.storage.database import among

    with workspace.read() as conn:
        return set(conn.execute(sa.select(image_instance.c.study_uid).distinct().where(
            among(image_instance.c.study_uid, study_uids))).scalars())
