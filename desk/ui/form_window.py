"""A form filled in at the desk, or a completed one opened read-only, in its own window.

Filling in, every change is kept as a draft with the page shown, on the database worker;
closing the window keeps the draft and reopening resumes on that page. Submit completes the
intake as the kiosk does (its PDF filed, the server told). A completed form shows its
answers read-only, with Print and Save as PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.forms import Clinic
from desk.frontdesk import drafts, intake
from desk.frontdesk.staff_forms import OpenedForm
from desk.ui.files import choose_save_file
from desk.ui.forms import FormWidget
from desk.ui.printing import print_pdf
from desk.ui.session import Session
from desk.ui.widgets import MessageBanner, muted

OnError = Callable[[BaseException], None]


def clinic_of(session: Session) -> Clinic:
    """The clinic printed at the head of a form's PDF, from the settings."""
    return intake.clinic_of(session.settings.clinic)


def print_intake(session: Session, intake_id: str, title: str, *, parent: QWidget,
                 on_error: OnError, printer: QPrinter | None = None) -> None:
    """Print a completed form's PDF through the print dialog (``printer`` given: none)."""
    workspace = session.ws

    def work() -> bytes:
        with workspace.read() as conn:
            return intake.pdf(conn, workspace.blobs, intake_id)

    def done(pdf: bytes) -> None:
        try:
            print_pdf(pdf, parent=parent, title=title, printer=printer)
        except DeskError as error:
            on_error(error)

    session.runner.submit(work, done, on_error, owner=parent)


def save_intake_pdf(session: Session, intake_id: str, title: str, *, parent: QWidget,
                    on_done: Callable[[Path], None], on_error: OnError) -> None:
    """Ask where to file a completed form's PDF, then write it there."""
    chosen = choose_save_file(
        parent, QCoreApplication.translate("FormWindow", "Save form as PDF"),
        f"{title}.pdf", QCoreApplication.translate("FormWindow", "PDF documents (*.pdf)"))
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    workspace = session.ws

    def work() -> Path:
        with workspace.read() as conn:
            path.write_bytes(intake.pdf(conn, workspace.blobs, intake_id))
        return path

    session.runner.submit(work, on_done, on_error, owner=parent)


class FormWindow(QDialog):
    """One intake's form: to fill in (drafts kept as it goes) or, completed, to read."""

    sig_completed = Signal(str)
    """The form was submitted and completed (the intake's id)."""

    def __init__(self, session: Session, opened: OpenedForm, *, patient_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intake = opened.intake
        self.printer: QPrinter | None = None  # None: ask with the print dialog
        self.finished_filling = opened.completed
        self.setWindowTitle(self.tr("{title} — {name}").format(title=opened.intake.title,
                                                               name=patient_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 760)
        self.banner = MessageBanner()
        self.status = muted("")
        self.view = FormWidget(opened.form, read_only=opened.completed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        # the form shows its own title; the window says whose it is
        layout.addWidget(muted(self.tr("For {name}").format(name=patient_name)))
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons(opened.completed))
        if opened.completed:
            self.status.setText(self.tr("Filled in — read only"))
        else:
            self.view.sig_changed.connect(self.save_draft)
            self.view.sig_page_changed.connect(lambda _page: self.save_draft())
            self.view.sig_submitted.connect(self._complete)
            if opened.page:
                self.view.show_page(min(opened.page, self.view.review_index))

    def _buttons(self, completed: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addStretch(1)
        if completed:
            self.print_button = QPushButton(self.tr("Print…"))
            self.print_button.clicked.connect(self.print_form)
            self.save_button = QPushButton(self.tr("Save as PDF…"))
            self.save_button.clicked.connect(self.save_pdf)
            row.addWidget(self.print_button)
            row.addWidget(self.save_button)
        close = QPushButton(self.tr("Close") if completed else
                            self.tr("Close (the draft is kept)"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        self.close_button = close
        return row

    def save_draft(self) -> None:
        """Keep the answers and the page shown, on the database worker."""
        if self.finished_filling:
            return
        data, page, intake_id = self.view.form.to_draft(), max(self.view.index, 0), \
            self.intake.id
        workspace = self.session.ws

        def work() -> None:
            with workspace.begin() as conn:
                drafts.save(conn, intake_id, data, page=page)

        self.session.runner.submit(work, lambda _: self.status.setText(
            self.tr("Draft saved")), self.banner.show_error, owner=self)

    def _complete(self) -> None:
        user = self.session.user
        assert user is not None
        response = self.view.form.to_response(status="completed")
        workspace, intake_id = self.session.ws, self.intake.id
        clinic = clinic_of(self.session)
        self.finished_filling = True  # no draft after this; a refusal allows them again

        def work() -> intake.Intake:
            with workspace.begin() as conn:
                return intake.complete(conn, workspace.blobs, intake_id, response,
                                       user.actor, clinic=clinic)

        self.session.runner.submit(work, self._completed, self._refused, owner=self)

    def _completed(self, done: intake.Intake) -> None:
        self.sig_completed.emit(done.id)
        self.session.changed.notify()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.finished_filling = False
        self.banner.show_error(error)

    def print_form(self) -> None:
        print_intake(self.session, self.intake.id, self.intake.title, parent=self,
                     on_error=self.banner.show_error, printer=self.printer)

    def save_pdf(self) -> None:
        save_intake_pdf(self.session, self.intake.id, self.intake.title, parent=self,
                        on_done=lambda path: self.banner.show_message(
                            self.tr("Saved as {name}.").format(name=path.name), "info"),
                        on_error=self.banner.show_error)

    def done(self, result: int) -> None:
        """Closing keeps the draft, the field being typed included (Close, Escape, the
        window's frame all come here)."""
        if not self.finished_filling:
            self.view.flush()
            self.save_draft()
        super().done(result)
