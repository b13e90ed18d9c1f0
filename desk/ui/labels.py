"""Printing a patient's label or wristband from any screen that shows a patient.

The patient is loaded and the PDF made on the database worker; the print dialog runs on
the main thread; the printout is written to the audit log ("patient.print-label") once
it went to the printer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QWidget

from desk.frontdesk import labels, patients
from desk.storage import audit
from desk.ui.printing import print_pdf
from desk.ui.session import Session

KINDS = {"label": QT_TRANSLATE_NOOP("PrintLabel", "Patient label"),
         "wristband": QT_TRANSLATE_NOOP("PrintLabel", "Wristband")}

OnError = Callable[[BaseException], None]


def print_label(session: Session, patient_id: str, *, parent: QWidget | None,
                on_error: OnError, kind: str = "label", copies: int = 1,
                printer: QPrinter | None = None,
                on_printed: Callable[[], None] | None = None) -> None:
    """Print a label (``kind="label"``, ``copies`` pages) or a wristband for a patient.

    ``printer`` set up beforehand skips the print dialog (tests, a default label printer).
    Errors (an unknown patient, a printer that cannot be opened) go to ``on_error``.
    """
    title = QCoreApplication.translate("PrintLabel", str(KINDS[kind]))

    def make() -> tuple[str, bytes]:
        with session.ws.read() as conn:
            p = patients.get(conn, patient_id)
        pdf = labels.wristband(p) if kind == "wristband" else labels.patient_label(
            p, copies=copies)
        return p.id, pdf

    def printed(made: tuple[str, bytes]) -> None:
        shown_id, pdf = made
        try:
            done = print_pdf(pdf, parent=parent, title=title, printer=printer)
        except Exception as error:  # noqa: BLE001 - shown to the user, the app keeps running
            on_error(error)
            return
        if done:
            session.runner.submit(lambda: _audit(session, shown_id),
                                  lambda _: on_printed() if on_printed else None, on_error)

    session.runner.submit(make, printed, on_error, owner=parent)


def _audit(session: Session, patient_id: str) -> None:
    user = session.user
    assert user is not None, "printing needs a signed-in user"
    with session.ws.begin() as conn:
        audit.record(conn, user.actor, "patient.print-label", patients.RECORD, patient_id)


def label_actions(session: Session, patient_id: str, *, parent: QWidget,
                  on_error: OnError) -> list[QAction]:
    """"Print label" and "Print wristband" actions for one patient (menus, toolbars)."""
    actions = []
    translate = QCoreApplication.translate
    for kind, text in (("label", translate("PrintLabel", "Print label")),
                       ("wristband", translate("PrintLabel", "Print wristband"))):
        action = QAction(text, parent)
        action.triggered.connect(lambda _=False, k=kind: print_label(
            session, patient_id, parent=parent, on_error=on_error, kind=k))
        actions.append(action)
    return actions


def add_label_actions(menu: QMenu, session: Session, patient_id: str, *, on_error: OnError
                      ) -> None:
    """Append the print actions to a context menu, after a separator."""
    menu.addSeparator()
    menu.addActions(label_actions(session, patient_id, parent=menu.parentWidget() or menu,
                                  on_error=on_error))
