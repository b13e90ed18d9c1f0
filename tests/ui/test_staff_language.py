"""Each staff account's language, this computer's default, and switching without a restart
(issue 23 part 1), on real windows over a real workspace."""

from __future__ import annotations

import shiboken6
import sqlalchemy as sa
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from desk.storage import SYSTEM, accounts
from desk.storage import settings as settings_mod
from desk.storage.schema import audit as audit_table
from desk.ui import translation
from tests.ui.conftest import PASSWORD, sign_in


def _toolbar(window) -> list[str]:
    """The navigation titles as staff read them."""
    bar = window.work.findChild(QToolBar, "nav")
    return [a.text() for a in bar.actions() if a.isCheckable()]


def _button(window, text: str) -> QToolButton:
    return next(b for b in window.work.findChildren(QToolButton) if b.text() == text)


def _choose_language(window, language: str | None) -> None:
    """Display ▸ Language ▸ ``language`` (None: this computer's default), as staff would."""
    display = next(b for b in window.work.findChildren(QToolButton)
                   if b.menu() is not None and b.menu().findChild(QMenu, "language"))
    menu = display.menu().findChild(QMenu, "language")
    next(a for a in menu.actions() if a.data() == language).trigger()


def _set_language(workspace, username: str, language: str | None) -> None:
    with workspace.begin() as conn:
        user = next(u for u in accounts.list_users(conn) if u.username == username)
        accounts.set_language(conn, user.id, language, by=SYSTEM)


def _signed_in(qtbot, window, username: str) -> None:
    sign_in(qtbot, window, username)
    qtbot.waitUntil(lambda: window.work is not None
                    and window.pages.currentWidget() is window.work)


def test_an_account_in_french_signs_in_to_french_screens(qtbot, make_window, staffed):
    _set_language(staffed, "remi", "fr")
    window = make_window()
    assert window.sign_in.sign_in.text() == "Sign in"  # this computer's default: English
    _signed_in(qtbot, window, "remi")
    assert _toolbar(window) == ["Aujourd’hui", "Patients", "Synchronisation"]
    assert _button(window, "Se déconnecter").isVisible()
    assert window.user_label.text() == "Session\u00a0: Rémi Reception (accueil)"
    assert translation.current_language() == "fr"


def test_switching_to_spanish_rebuilds_the_screens_at_once_on_the_same_one(qtbot, make_window,
                                                                           staffed):
    _set_language(staffed, "admin", "fr")
    window = make_window()
    _signed_in(qtbot, window, "admin")
    window.show_screen("Patients")
    sync = window.sync
    assert sync is not None and sync.active
    _choose_language(window, "es")
    assert _toolbar(window) == ["Hoy", "Pacientes", "Sincronización", "Personal",
                                "Registro de auditoría"]
    assert window.current_screen == "Patients"  # the code's names stay English
    shown = window.work.findChild(QToolBar, "nav").actions()
    assert next(a for a in shown if a.isChecked()).text() == "Pacientes"
    assert window.user_label.text() == "Sesión: Ada Admin (administrador)"
    assert window.sync is sync and sync.active  # sync carried on, no restart
    qtbot.waitUntil(lambda: accounts.sign_in(staffed.engine, "admin", PASSWORD)
                    .language == "es")
    with staffed.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(audit_table)
                            .where(audit_table.c.action == "user.language")).scalar_one() == 2


def test_an_open_window_stays_open_through_a_switch(qtbot, make_window):
    from PySide6.QtWidgets import QDialog

    window = make_window()
    _signed_in(qtbot, window, "remi")
    details = QDialog(window.work.findChildren(QToolBar)[0])  # as a chart's details
    details.show()
    _choose_language(window, "fr")
    qtbot.waitUntil(lambda: _toolbar(window)[0] == "Aujourd’hui")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old screens go
    assert shiboken6.isValid(details) and details.isVisible()


def test_sign_out_returns_to_this_computers_default_and_a_lock_keeps_the_language(
        qtbot, make_window, staffed):
    _set_language(staffed, "remi", "fr")
    window = make_window(**{"ui.language": "es"})
    assert window.sign_in.sign_in.text() == "Iniciar sesión"
    _signed_in(qtbot, window, "remi")
    assert _toolbar(window)[0] == "Aujourd’hui"
    window.lock()
    assert window.sign_in.subtitle.text().startswith("Verrouillé après une période")
    _signed_in(qtbot, window, "remi")
    assert _toolbar(window)[0] == "Aujourd’hui"
    window.sign_out()
    assert window.sign_in.sign_in.text() == "Iniciar sesión"
    assert window.sign_in.subtitle.text() == "Inicie sesión en la recepción."
    assert window.user_label.text() == "Sin sesión iniciada"


def test_an_account_on_the_default_follows_this_computer(qtbot, make_window):
    window = make_window(**{"ui.language": "es"})
    _signed_in(qtbot, window, "remi")
    assert _toolbar(window) == ["Hoy", "Pacientes", "Sincronización"]
    _choose_language(window, "en")
    assert _toolbar(window) == ["Today", "Patients", "Sync"]
    _choose_language(window, None)
    assert _toolbar(window) == ["Hoy", "Pacientes", "Sincronización"]


def test_the_language_chosen_is_there_after_a_restart(qtbot, make_window, staffed):
    from desk.ui.app import screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    window = make_window()
    _signed_in(qtbot, window, "remi")
    _choose_language(window, "es")
    qtbot.waitUntil(lambda: accounts.sign_in(staffed.engine, "remi", PASSWORD)
                    .language == "es")
    window.close()
    again = MainWindow(Session(staffed, settings_mod.load()), screens())  # desk started again
    qtbot.addWidget(again)
    again.show()
    assert again.sign_in.sign_in.text() == "Sign in"
    _signed_in(qtbot, again, "remi")
    assert _toolbar(again) == ["Hoy", "Pacientes", "Sincronización"]


def test_an_administrator_sets_an_accounts_language_for_its_next_sign_in(qtbot, make_window):
    from desk.ui.staff import StaffWidget

    window = make_window()
    _signed_in(qtbot, window, "admin")
    staff = window.work.findChild(StaffWidget)
    qtbot.waitUntil(lambda: staff.model.rowCount() == 2)
    remi = next(n for n in range(2) if staff.model.row_at(n).username == "remi")
    staff.table.selectRow(remi)
    staff.account_language.setCurrentIndex(staff.account_language.findData("fr"))
    staff.set_language.click()
    qtbot.waitUntil(lambda: staff.model.index(remi, 4).data() == "Français")
    assert _toolbar(window)[0] == "Today"  # the administrator's own screens are unchanged
    window.sign_out()
    _signed_in(qtbot, window, "remi")
    assert _toolbar(window)[0] == "Aujourd’hui"


def test_a_chart_open_on_the_patients_screen_is_open_again_after_a_switch(qtbot, make_window,
                                                                          staffed):
    from desk.storage.schema import patient
    from desk.ui.patients_screen import PatientsScreen

    with staffed.read() as conn:
        patient_id = conn.execute(sa.select(patient.c.id).limit(1)).scalar_one()
    window = make_window()
    _signed_in(qtbot, window, "remi")
    window.show_screen("Patients")
    window.work.findChild(PatientsScreen).open_chart(patient_id)
    _choose_language(window, "fr")
    screen = window.work.findChild(PatientsScreen)
    assert window.current_screen == "Patients"
    assert screen.chart is not None and screen.chart.patient_id == patient_id
    assert screen.stack.currentWidget() is screen.chart
