"""A walk over the staff screens and dialogs on the workspace of ``conftest.staffed``, shared
by the tests that look at every one of them (accessible names, the pseudo-locale, French
and Spanish room): each is opened as staff would open it and handed to a check."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.conftest import sign_in

Check = Callable[[str, QDialog], None]


def to_the_board(qtbot, window, user: str = "admin"):
    """Sign ``user`` in on ``window`` and wait for today's board with its three visits."""
    from desk.ui.board import BoardWidget

    sign_in(qtbot, window, user)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work)
    board = window.work.findChild(BoardWidget)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    return board


def opened_dialog(qtbot) -> QDialog:
    """The dialog that has just opened (modal, or shown on its own)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog)
                    or any(isinstance(w, QDialog) and w.isVisible()
                           for w in QApplication.topLevelWidgets()))
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert isinstance(dialog, QDialog)
    return dialog


def screens(window) -> Iterator[tuple[str, QWidget]]:
    """Each working screen in the navigation, shown in turn while it is looked at: (its
    title, the window)."""
    for title, action in list(window.nav.items()):
        action.trigger()
        QApplication.processEvents()
        yield title, window


def dialogs(qtbot, window, board, check: Check) -> None:
    """Open every staff dialog from the board, the Patients screen and the window, and
    ``check(name, dialog)`` each while it is shown."""
    board.add_walk_in()
    walk_in = opened_dialog(qtbot)
    check("walk-in", walk_in)
    check("register", walk_in.register("Moreau Agnès"))
    walk_in.register_dialog.reject()
    walk_in.reject()
    row = board.model.row_at(0)
    board.open_send_forms(row)
    qtbot.waitUntil(lambda: board.send_forms_dialog is not None)
    check("send forms", board.send_forms_dialog)
    board.send_forms_dialog.reject()
    board.open_desk_forms(row)
    forms = board.desk_forms_dialog
    check("forms at the desk", forms)
    forms.forms.choose_form()
    qtbot.waitUntil(lambda: forms.forms.start_dialog is not None)
    check("start a form", forms.forms.start_dialog)
    forms.forms.start_dialog.accept()
    qtbot.waitUntil(lambda: forms.forms.form_window is not None)
    check("a form at the desk", forms.forms.form_window)
    forms.forms.form_window.reject()
    forms.reject()
    from desk.frontdesk.proposals import FIELDS, Proposal
    from desk.ui.proposals import ProposalsDialog

    review = ProposalsDialog([Proposal(FIELDS["phone"], "", "0601020304")],
                             patient_name="Élise Durand", parent=window)
    review.open()
    check("changes to review", review)
    review.reject()
    from desk.frontdesk import patients
    from desk.ui.patients_screen import PatientsScreen

    with window.session.ws.read() as conn:
        ids = [p.id for p in patients.all_patients(conn)][:2]
    merging = window.work.findChild(PatientsScreen).merge(*ids)
    qtbot.waitUntil(lambda: merging.keep.buttons() != []
                    and merging.keep.button(0).isVisible())  # the two records have come
    check("merge", merging)
    merging.reject()
    from desk.ui.access import PassphraseDialog

    passphrase = PassphraseDialog(new=True, parent=window)
    passphrase.open()
    check("passphrase", passphrase)
    passphrase.reject()
    from desk.ui.sync_status import ServerSignInDialog

    server = ServerSignInDialog(window.session, window)
    server.open()
    check("server sign-in", server)
    server.reject()
