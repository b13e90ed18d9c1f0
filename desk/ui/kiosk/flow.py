"""The kiosk: welcome, the patient's own forms one after another, thank you, and the idle
wipe that forgets them.

Everything is read and written on the database worker. A draft is saved after every
change, so a crash costs at most the field being typed; the wipe drops every widget and
every in-memory copy of the patient's answers and leaves only the encrypted draft.
"""

from __future__ import annotations

import gc
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from desk.errors import DeskError
from desk.forms import Form
from desk.frontdesk import drafts, intake, kiosk, staff_forms
from desk.frontdesk.intake import Handoff, Intake
from desk.frontdesk.staff_forms import OpenedForm
from desk.storage import Actor, audit
from desk.sync.mapping_patients import patient_to_fhir
from desk.ui.forms import FormWidget
from desk.ui.kiosk.keyboard import keyboard_top
from desk.ui.kiosk.lockdown import IdleTimer
from desk.ui.kiosk.messages import kiosk_message
from desk.ui.kiosk.welcome import KioskWelcomeWidget, large, paper
from desk.ui.session import Session
from desk.ui.translation import current_language, set_language
from desk.ui.widgets import heading, muted

THANKS_MS = 10_000


class KioskWidget(QWidget):
    """The patient's side of the kiosk, for one signed-in kiosk session."""

    sig_exit_requested = Signal()
    """Someone asked to leave the kiosk (the window asks for the staff PIN)."""

    sig_wiped = Signal()
    """The screen was wiped: nothing of the last patient is left in it."""

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.session = session
        self.actor = actor
        self.guard = kiosk.CodeGuard()
        self.handoff: Handoff | None = None
        self.queue: list[Intake] = []
        self.current: Intake | None = None
        self.form: Form | None = None
        self.view: FormWidget | None = None
        paper(self)  # the footer sits on the pages' colour, not the window's grey
        self.stack = QStackedWidget()
        set_language(self.default_language)
        self.words = current_language()  # the language of the kiosk's own pages
        self.welcome = self._welcome_page()
        self.forms_page, self.form_slot = self._forms_page()
        self.thanks = self._thanks_page()
        for page in (self.welcome, self.forms_page, self.thanks):
            self.stack.addWidget(page)
        kiosk_settings = session.settings.kiosk
        self.idle = IdleTimer(kiosk_settings.idle_reset_seconds,
                              kiosk_settings.idle_warning_seconds, self)
        self.warning = self._warning_bar()
        layout = self.outer = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._footer())
        keyboard = QGuiApplication.inputMethod()  # Qt Virtual Keyboard on a kiosk
        keyboard.visibleChanged.connect(self._keyboard_moved)
        keyboard.keyboardRectangleChanged.connect(self._keyboard_moved)
        self.idle.sig_warning.connect(self._warn)
        self.idle.sig_resumed.connect(self.warning.hide)
        self.idle.sig_expired.connect(self._idle_expired)
        self.back_to_welcome = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.back_to_welcome.timeout.connect(self.wipe)
        self.idle.start()

    # ---- building -----------------------------------------------------------------------

    @property
    def default_language(self) -> str:
        """The kiosk's language between patients (the setting ``ui.language``)."""
        return self.session.settings.ui.language

    def _welcome_page(self) -> KioskWelcomeWidget:
        welcome = KioskWelcomeWidget(day_first=self.session.day_first)
        welcome.sig_code_entered.connect(self._code_entered)
        welcome.sig_name_entered.connect(self._name_entered)
        return welcome

    def _forms_page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 8)
        self.form_message = QLabel()
        self.form_message.setObjectName("kiosk-message")
        self.form_message.setWordWrap(True)
        self.form_message.hide()  # until there is something to say: no gap above the form
        layout.addWidget(self.form_message)
        slot = QVBoxLayout()
        layout.addLayout(slot, 1)
        return page, slot

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 96, 48, 48)
        layout.setSpacing(24)
        layout.addWidget(heading(self.tr("Thank you!")))
        said = large(muted(self.tr("Your answers are with the front desk. Please take a "
                                   "seat; we will call you.")))
        said.setWordWrap(True)
        layout.addWidget(said)
        done = QPushButton(self.tr("Done"))
        done.setObjectName("primary")
        done.setAccessibleName(self.tr("Done"))
        done.setAccessibleDescription(self.tr("Back to the welcome screen"))
        done.setMinimumSize(200, 56)
        done.clicked.connect(self.wipe)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _warning_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("kiosk-warning")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # its colour shows
        row = QHBoxLayout(bar)
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        row.addWidget(self.warning_text, 1)
        self.still = QPushButton()
        self.still.setMinimumSize(160, 48)
        self.still.clicked.connect(self.idle.restart)
        row.addWidget(self.still)
        bar.hide()
        return bar

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 8)
        row.addStretch(1)
        self.staff = QPushButton()
        self.staff.setObjectName("kiosk-staff")
        self.staff.setMinimumSize(88, 44)
        self.staff.clicked.connect(self.sig_exit_requested)
        row.addWidget(self.staff)
        self._name_buttons()
        return row

    def _name_buttons(self) -> None:
        for button, text, description in (
                (self.still, self.tr("I am still here"), self.tr("Keep the form open")),
                (self.staff, self.tr("For staff"),
                 self.tr("Staff only: leave the kiosk with the PIN"))):
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self.words != current_language():
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The kiosk's own pages again in the language now installed. The welcome is built
        anew: the language changes only once its fields are cleared."""
        self.words = current_language()
        enabled = self.welcome.open_code.isEnabled()  # still waiting after wrong codes
        old_welcome, old_thanks = self.welcome, self.thanks
        self.welcome, self.thanks = self._welcome_page(), self._thanks_page()
        for old, new in ((old_welcome, self.welcome), (old_thanks, self.thanks)):
            shown = self.stack.currentWidget() is old
            self.stack.insertWidget(self.stack.indexOf(old), new)
            if shown:
                self.stack.setCurrentWidget(new)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.welcome.set_enabled(enabled)
        self._name_buttons()

    def _keyboard_moved(self) -> None:
        """Leave the on-screen keyboard its part of the screen, and keep the field being
        typed in above it (the keyboard is a window over the kiosk's)."""
        if not Shiboken.isValid(self):
            return
        top = keyboard_top(self)
        bottom = self.mapToGlobal(QPoint(0, self.height())).y()
        covered = max(0, bottom - top) if top is not None else 0
        if covered == self.outer.contentsMargins().bottom():
            return  # nothing moved: no relayout, which would move the keyboard's field again
        self.outer.setContentsMargins(0, 0, 0, covered)
        if covered:
            QTimer.singleShot(0, self, self._show_focus)

    def _show_focus(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return
        holder = focus.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(focus, 16, 16)

    # ---- finding the patient's forms ----------------------------------------------------

    def _code_entered(self, text: str) -> None:
        try:
            self.guard.check(datetime.now())
        except DeskError as waiting:
            self._wait_before_codes(waiting)
            return
        workspace = self.session.ws

        def find() -> Handoff:
            with workspace.read() as conn:
                return intake.open_handoff(conn, text)

        self.session.runner.submit(find, self._opened, self._code_refused)

    def _name_entered(self, family: str, given: str, born: Any) -> None:
        workspace = self.session.ws
        today = datetime.now().date()

        def find() -> Handoff:
            with workspace.read() as conn:
                return kiosk.find_by_name(conn, family, given, born, today=today)

        self.session.runner.submit(find, self._opened, self._name_refused)

    def _code_refused(self, error: BaseException) -> None:
        self.welcome.show_message(kiosk_message(error))
        if not isinstance(error, DeskError) or error.kind != "input":
            return
        if self.guard.failed(datetime.now()):
            self._audit("kiosk.codes_refused")  # the front desk sees it in the audit log
            try:
                self.guard.check(datetime.now())
            except DeskError as waiting:
                self._wait_before_codes(waiting)

    def _name_refused(self, error: BaseException) -> None:
        self.welcome.show_message(kiosk_message(error))

    def _wait_before_codes(self, waiting: DeskError) -> None:
        """Refuse codes for the seconds the core says, telling the patient how long."""
        seconds = waiting.values.get("seconds")
        self.welcome.set_enabled(False)
        self.welcome.show_message(kiosk_message(waiting))
        wait_ms = int(seconds) * 1000 if isinstance(seconds, int) else 0
        QTimer.singleShot(wait_ms + 50, self, lambda: self.welcome.set_enabled(True))

    def _opened(self, handoff: Handoff) -> None:
        self.guard.succeeded()
        self.handoff = handoff
        self.queue = list(handoff.intakes)
        self.welcome.clear()
        set_language(handoff.language)
        self._next_form()

    # ---- the forms ----------------------------------------------------------------------

    def _next_form(self) -> None:
        self._drop_form()
        if not self.queue:
            self.stack.setCurrentWidget(self.thanks)
            self.back_to_welcome.start()
            return
        self.current = self.queue.pop(0)
        workspace, intake_id = self.session.ws, self.current.id

        def load() -> OpenedForm:  # the draft's answers, or the record's where the form asks
            with workspace.read() as conn:
                return staff_forms.open_form(conn, intake_id, launch=patient_to_fhir)

        self.session.runner.submit(load, self._show_form, self._form_failed)

    def _show_form(self, opened: OpenedForm) -> None:
        if self.current is None or self.current.id != opened.intake.id:
            return  # wiped while the form was loading
        self.form = opened.form
        self.view = FormWidget(opened.form, strict_pages=False)  # its header: language, size
        self.view.sig_changed.connect(self._save_draft)
        self.view.sig_submitted.connect(self._submitted)
        self.view.sig_language_changed.connect(set_language)
        self.form_slot.addWidget(self.view)
        self._form_message("")
        if opened.page:
            self.view.show_page(min(opened.page, self.view.review_index))
        self.stack.setCurrentWidget(self.forms_page)

    def _form_failed(self, error: BaseException) -> None:
        self._form_message(kiosk_message(error))
        self.stack.setCurrentWidget(self.forms_page)

    def _form_message(self, text: str) -> None:
        self.form_message.setText(text)
        self.form_message.setVisible(bool(text))

    def _save_draft(self) -> None:
        if self.form is None or self.view is None or self.current is None:
            return
        data, page, intake_id = self.form.to_draft(), self.view.index, self.current.id
        workspace = self.session.ws

        def save() -> None:
            with workspace.begin() as conn:
                drafts.save(conn, intake_id, data, page=page)

        self.session.runner.submit(save, on_error=self._form_failed)

    def _submitted(self) -> None:
        assert self.form is not None and self.current is not None
        response = self.form.to_response(status="completed")
        workspace, intake_id, actor = self.session.ws, self.current.id, self.actor
        where = intake.clinic_of(self.session.settings.clinic)

        def complete() -> None:
            with workspace.begin() as conn:
                intake.complete(conn, workspace.blobs, intake_id, response, actor,
                                clinic=where)

        self.session.runner.submit(complete, self._completed, self._form_failed)

    def _completed(self, _: object) -> None:
        self.session.changed.notify()  # sync takes the answers to the server
        self._next_form()

    # ---- idle and wipe ------------------------------------------------------------------

    @property
    def holds_patient_data(self) -> bool:
        fields = (self.welcome.code, self.welcome.family, self.welcome.given, self.welcome.birth)
        return self.handoff is not None or any(f.text() for f in fields)

    def _warn(self, seconds: int) -> None:
        if not self.holds_patient_data:
            self.idle.restart()  # nothing to wipe: no warning on an empty welcome screen
            return
        self.warning_text.setText(self.tr("Are you still there? This screen will be cleared "
                                          "in %n seconds.", "", seconds))
        self.warning.show()

    def _idle_expired(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Forget the patient: every widget of theirs, the form and its answers, the
        clipboard; back to the welcome screen. Their draft stays, encrypted."""
        self.back_to_welcome.stop()
        self.warning.hide()
        self._drop_form()
        self.handoff, self.queue, self.current = None, [], None
        self.welcome.clear()
        self._form_message("")
        set_language(self.default_language)
        QGuiApplication.clipboard().clear()
        self.stack.setCurrentWidget(self.welcome)
        gc.collect()
        self.idle.restart()
        self.sig_wiped.emit()

    def _drop_form(self) -> None:
        view, self.view, self.form = self.view, None, None
        if view is not None:
            self.form_slot.removeWidget(view)
            Shiboken.delete(view)  # now, not at the next turn of the event loop

    def _audit(self, action: str) -> None:
        workspace, actor = self.session.ws, self.actor

        def work() -> None:
            with workspace.begin() as conn:
                audit.record(conn, actor, action)

        self.session.runner.submit(work)

    def stop(self) -> None:
        self.idle.stop()
        self.back_to_welcome.stop()
        set_language(self.session.staff_language)  # the staff screens' language again
