"""Background sync and its place in the status bar.

:class:`SyncService` runs the engine's round (push, then pull) on its own single-thread
executor: the engine opens its own database connections (SQLite WAL lets them work beside
the UI's database worker) and the UI thread never waits for it. A round starts when the
user signs in, shortly after a screen reports a written record (``session.changed``), on a
timer (``server.sync_interval_seconds``) and on request; rounds never overlap, and a
request during a round runs one more round after it. Without ``server.url`` nothing runs
and the status bar says that sync is off.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.ui.locale_text import date_time_text, number_text
from desk.ui.session import Session
from desk.ui.widgets import MessageBanner, message_for, muted, restyle

if TYPE_CHECKING:
    from desk.sync.client import FhirClient
    from desk.sync.engine import SyncEngine
    from desk.sync.status import Progress, SyncStatus

log = logging.getLogger(__name__)

CHANGE_DELAY_MS = 500  # gathers a burst of writes into one round

# What signs desk in to the server (``credential_kind``): in a sentence, and as a field.
CREDENTIALS = {
    "access token": (QT_TRANSLATE_NOOP("ServerSignInDialog", "access token"),
                     QT_TRANSLATE_NOOP("ServerSignInDialog", "Access token")),
    "client secret": (QT_TRANSLATE_NOOP("ServerSignInDialog", "client secret"),
                      QT_TRANSLATE_NOOP("ServerSignInDialog", "Client secret")),
}


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the status bar shows. ``status`` is None until it was first read."""

    enabled: bool
    status: SyncStatus | None = None
    running: bool = False
    progress: str = ""
    problem: str = ""  # why the last round failed, in receptionist words
    needs_sign_in: bool = False  # the server refused desk's token

    @property
    def attention(self) -> int:
        return len(self.status.attention) if self.status is not None else 0


class SyncService(QObject):
    """Runs sync in the background while someone is signed in; see the module docstring."""

    sig_state = Signal(object)
    """The sync state changed (a :class:`SyncState`)."""

    sig_round_done = Signal()
    """A round finished: records may have been sent, pulled or put aside."""

    sig_failed = Signal(str)
    """Something staff asked for failed (keeping a new token); the text is safe to show."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = bool(session.settings.server.url)
        self.state = SyncState(enabled=self.enabled)
        self.active = False
        self._executor: ThreadPoolExecutor | None = None
        self._stopping = threading.Event()
        self._progress: Progress | None = None
        self._again = False
        self._client: FhirClient | None = None
        self._engine: SyncEngine | None = None
        self._new_credentials = False
        self.in_view: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(max(1_000, int(session.settings.server.sync_interval_seconds
                                              * 1000)))
        self.timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.sync_now)
        self._poll = QTimer(self, interval=250)  # progress of a running round
        self._poll.timeout.connect(self._show_progress)

    # -- lifetime --------------------------------------------------------------------

    def start(self) -> None:
        """Begin syncing (someone signed in): a round now, then on changes and the timer."""
        if self.active:
            return
        self.active = True
        if not self.enabled:
            self._set(self.state)
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync")
        self._stopping.clear()
        self.session.changed.subscribe(self._local_change)
        self.timer.start()
        self.refresh()
        self.sync_now()

    def stop(self) -> None:
        """Stop syncing (sign-out): the running round ends after its current step."""
        if not self.active:
            return
        self.active = False
        self.session.changed.unsubscribe(self._local_change)
        for timer in (self.timer, self._soon, self._poll):
            timer.stop()
        self._again = False
        self._stopping.set()
        if self._progress is not None:
            self._progress.cancel()

    def shutdown(self, *, wait: bool = False) -> None:
        """Stop for good (the window closes). The running round ends after its current
        step; ``wait`` waits for that (tests), else the application does not."""
        self.stop()
        if self._executor is not None:
            executor, self._executor = self._executor, None
            executor.submit(self._close_client)
            executor.shutdown(wait=wait)

    # -- rounds ----------------------------------------------------------------------

    def sync_now(self) -> None:
        """Run a round now, or right after the one running."""
        if not self.active or not self.enabled or self._executor is None:
            return
        if self.state.running:
            self._again = True
            return
        from desk.sync.status import Progress

        self._progress = progress = Progress()
        self._set(replace(self.state, running=True, progress=""))
        self._poll.start()
        self.session.runner.submit(lambda: self._round(progress), self._round_done,
                                   self._round_failed, executor=self._executor)

    def refresh(self) -> None:
        """Read the state again (cheap: no network) on the database worker."""
        if not self.enabled or self.session.workspace is None:
            return
        from desk.sync.status import status

        db = self.session.ws.engine
        self.session.runner.submit(lambda: status(db), self._status_read, log_error)

    def sign_in(self, secret: str) -> None:
        """Keep a new access token (or client secret) and sync with it (administrators)."""
        from desk.sync.commands import store_credential

        settings = self.session.settings

        def work() -> None:
            store_credential(settings, secret)
            self._new_credentials = True

        if self._executor is not None:
            self.session.runner.submit(work, lambda _: self._signed_in(),
                                       self._sign_in_failed, executor=self._executor)

    def _signed_in(self) -> None:
        self._set(replace(self.state, needs_sign_in=False, problem=""))
        self.sync_now()

    def _sign_in_failed(self, error: BaseException) -> None:
        self.sig_failed.emit(message_for(error))

    def watch(self, patient_id: str) -> None:
        """A chart is open: its patient's history comes with the next round, which starts
        now."""
        self.in_view = {patient_id}
        self.sync_now()

    def _local_change(self) -> None:
        self.refresh()
        self._soon.start()

    def _round(self, progress: Progress) -> tuple[SyncStatus, DeskError | None]:
        """Runs on the sync executor: one round, then the state it left."""
        from desk.sync.status import status

        problem: DeskError | None = None
        try:
            engine = self._engine_for_round()
            engine.in_view = set(self.in_view)
            engine.run_once(progress)
        except DeskError as err:
            problem = err
            log.info("sync round did not finish (%s)", err.kind)
        return status(self.session.ws.engine), problem

    def _engine_for_round(self) -> SyncEngine:
        from desk.frontdesk.intake import clinic_of
        from desk.process import settle
        from desk.sync.commands import client_from_settings
        from desk.sync.engine import SyncEngine
        from desk.sync.mapping import MappingOptions

        if self._engine is None or self._new_credentials:
            first = self._engine is None
            self._close_client()
            settings = self.session.settings
            self._new_credentials = False
            self._client = client_from_settings(settings, sleep=self._pause)
            self._engine = SyncEngine(self.session.ws.engine, self._client,
                                      blobs=self.session.ws.blobs, options=(
                                          MappingOptions(mrn_system=settings.server.mrn_system)),
                                      kiosk=settings.kiosk.tablet,
                                      clinic=clinic_of(settings.clinic))
            if first:
                settle()  # the app and its sync modules are loaded by now
        return self._engine

    def _pause(self, seconds: float) -> None:
        """Waits between retries; ends at once when sync stops."""
        self._stopping.wait(seconds)

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client, self._engine = None, None

    def _round_done(self, result: tuple[SyncStatus, DeskError | None]) -> None:
        status, problem = result
        auth = problem is not None and problem.kind == "auth"
        self._finish(replace(self.state, status=status, problem=problem.message if problem
                             else "", needs_sign_in=auth or (self.state.needs_sign_in and
                                                             problem is not None)))

    def _round_failed(self, error: BaseException) -> None:
        if not isinstance(error, DeskError):
            log.error("sync round failed", exc_info=(type(error), error, error.__traceback__))
        self._finish(replace(self.state, problem=message_for(error)))
        self.refresh()

    def _finish(self, state: SyncState) -> None:
        self._poll.stop()
        self._set(replace(state, running=False, progress=""))
        self.sig_round_done.emit()
        if self._again and self.active:
            self._again = False
            self.sync_now()

    def _status_read(self, status: SyncStatus) -> None:
        self._set(replace(self.state, status=status))

    def _show_progress(self) -> None:
        from desk.sync.status import step_text

        progress = self._progress
        if progress is not None and progress.total and progress.message:
            self._set(replace(self.state, progress=self.tr("{step} {done}/{total}").format(
                step=step_text(progress.message), done=number_text(progress.done),
                total=number_text(progress.total))))

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.sig_state.emit(state)


def log_error(error: BaseException) -> None:
    log.warning("sync state not read: %s", type(error).__name__)


def waiting_text(waiting: int) -> str:
    """What the changes not sent yet come to ("3 changes waiting", "All changes sent")."""
    if not waiting:
        return QCoreApplication.translate("SyncStatusBar", "All changes sent")
    return QCoreApplication.translate("SyncStatusBar", "%n change(s) waiting", "", waiting)


def ago(when: datetime, now: datetime | None = None) -> str:
    """How long ago, in plain words ("just now", "5 min ago", "3 h ago"); from 12 hours on,
    the date and time as the locale writes them."""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncStatusBar", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatusBar", "%n min ago", "", int(seconds // 60))
    if seconds < 12 * 3600:
        return QCoreApplication.translate("SyncStatusBar", "%n h ago", "", int(seconds // 3600))
    return date_time_text(when.astimezone())


class SyncStatusBar(QWidget):
    """The sync part of the status bar: online or offline, changes waiting, last success,
    and the records that need attention (a button that opens the Sync screen)."""

    sig_attention_clicked = Signal()
    """Staff want to see the records that need attention."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: SyncState | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.online = QLabel()
        self.online.setObjectName("sync-online")
        self.waiting = QLabel()
        self.last = muted("")
        self.sign_in = QPushButton()
        self.sign_in.setObjectName("sync-sign-in")
        self.sign_in.clicked.connect(self._sign_in)
        self.attention = QPushButton()
        self.attention.setObjectName("sync-attention")
        self.attention.clicked.connect(self.sig_attention_clicked)
        for widget in (self.online, self.waiting, self.last, self.sign_in, self.attention):
            row.addWidget(widget)
        self.sign_in.hide()
        self.attention.hide()
        self._name_buttons()
        self.clock = QTimer(self, interval=30_000)  # keeps "5 min ago" true
        self.clock.timeout.connect(lambda: self.show_state(self.state))
        self.clock.start()

    def _name_buttons(self) -> None:
        self.sign_in.setText(self.tr("Sign in to the server again"))
        self.attention.setToolTip(self.tr("Open the Sync screen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the bar says the same in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self._name_buttons()
            self.show_state(self.state)
        super().changeEvent(event)

    def show_state(self, state: SyncState | None) -> None:
        if state is None:
            return
        self.state = state
        if not state.enabled:
            self._set_online(self.tr("Sync off: no server is set"), "off")
            self.setToolTip(self.tr("Records stay on this computer. IT sets server.url to "
                                    "sync them with the clinic server."))
            for widget in (self.waiting, self.last, self.sign_in, self.attention):
                widget.hide()
            return
        status = state.status
        if state.needs_sign_in:
            self._set_online(self.tr("● Sign-in refused"), "warn")
        elif status is None or status.online is None:
            # a round that stopped before reaching the server (a missing key store, say)
            # says so; its reason is in the tooltip
            self._set_online(self.tr("● Connecting…") if state.running else
                             self.tr("● Not connected") if state.problem else
                             self.tr("● Not connected yet"), "off")
        elif status.online:
            self._set_online(self.tr("● Online"), "on")
        else:
            self._set_online(self.tr("● Offline"), "bad")
        self.setToolTip(state.problem)
        self.sign_in.setVisible(state.needs_sign_in)
        self.waiting.setVisible(status is not None)
        self.last.setVisible(status is not None)
        if status is not None:
            self.waiting.setText(state.progress or (
                waiting_text(status.waiting)))
            self.last.setText(self.tr("Last sync {when}").format(
                when=ago(status.last_success)) if status.last_success else
                self.tr("Last sync never"))
        count = state.attention
        self.attention.setVisible(count > 0)
        self.attention.setText(self.tr("%n record(s) need attention", "", count))

    def _set_online(self, text: str, tone: str) -> None:
        self.online.setText(text)
        self.online.setProperty("tone", tone)
        restyle(self.online)

    def _sign_in(self) -> None:
        user, service = self.session.user, self.session.sync
        if user is None or not user.is_admin or service is None:
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("The clinic server no longer accepts desk's sign-in. Ask an "
                        "administrator to sign desk in to the server again."), 20_000)
            return
        dialog = ServerSignInDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            service.sign_in(dialog.secret.text())


class ServerSignInDialog(QDialog):
    """Asks an administrator for the server's new access token (or client secret)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desk.sync.commands import credential_kind

        self.what = credential_kind(session.settings)
        words, label = CREDENTIALS.get(self.what, (self.what, self.what.capitalize()))
        self.words = QCoreApplication.translate("ServerSignInDialog", words)
        label = QCoreApplication.translate("ServerSignInDialog", label)
        self.setWindowTitle(self.tr("Sign in to the server"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The clinic server at {url} no longer accepts desk's sign-in, "
                               "so changes wait on this computer. Enter the new {credential} "
                               "from IT; it is kept in this computer's key store.").format(
            url=session.settings.server.url, credential=self.words))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(label)
        form.addRow(label, self.secret)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def _accept(self) -> None:
        if not self.secret.text().strip():
            self.banner.show_message(self.tr("Enter the {credential}.").format(
                credential=self.words))
            return
        self.accept()
