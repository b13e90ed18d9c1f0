"""The core's refusals reach the patient in the kiosk's language, never in English only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desk.errors import DeskError
from desk.frontdesk import intake, schedule
from desk.frontdesk.model import OPEN_STATES
from desk.storage import SYSTEM, accounts
from desk.ui.kiosk.messages import kiosk_message
from desk.ui.translation import set_language
from tests.ui.conftest import PASSWORD, sign_in
from tests.ui.kiosk.test_kiosk import open_code

pytestmark = pytest.mark.clock  # the kiosk finds today's appointments


@pytest.fixture
def kiosk_in(qtbot, staffed, make_window):
    """The kiosk signed in, its words in the language given (the setting ui.language)."""
    with staffed.begin() as conn:
        accounts.create_user(conn, "tablet", "Waiting room", "kiosk", PASSWORD)
    made = []

    def build(language: str):
        window = make_window(**{"ui.language": language})
        qtbot.waitUntil(lambda: window.sign_in.sign_in.isEnabled())
        sign_in(qtbot, window, "tablet")
        qtbot.waitUntil(lambda: window.kiosk is not None)
        made.append(window)
        return window.kiosk

    yield build
    for window in made:
        if window.lockdown is not None:
            window.lockdown.release()
    set_language("en")


def test_a_french_kiosk_says_a_code_is_unknown_and_how_long_to_wait_in_french(qtbot,
                                                                               kiosk_in):
    flow = kiosk_in("fr")
    shown = flow.welcome.message
    open_code(qtbot, flow, "AAAAAA")
    qtbot.waitUntil(lambda: bool(shown.text()))
    assert shown.text() == ("Ce code d’accueil est inconnu. Veuillez le vérifier et "
                            "réessayer, ou adressez-vous à l’accueil.")
    for _ in range(4):
        shown.setText("")
        open_code(qtbot, flow, "CCCCCC")
        qtbot.waitUntil(lambda: bool(shown.text()))
    qtbot.waitUntil(lambda: not flow.welcome.code.isEnabled())
    assert shown.text() == ("Trop de codes erronés. Veuillez patienter 30 secondes, ou "
                            "adressez-vous à l’accueil.")


def test_a_spanish_kiosk_says_no_forms_were_found_for_a_name_in_spanish(qtbot, kiosk_in):
    flow = kiosk_in("es")
    welcome = flow.welcome
    welcome.family.setText("Nadie")
    welcome.given.setText("Nunca")
    welcome.birth.setText("01/01/1970")
    qtbot.mouseClick(welcome.open_name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(welcome.message.text()))
    assert welcome.message.text() == ("No encontramos formularios para usted hoy. Revise lo "
                                      "que escribió, o pregunte en recepción.")


def test_a_french_patient_whose_forms_were_withdrawn_reads_it_in_french(qtbot, staffed,
                                                                         kiosk_in):
    flow = kiosk_in("en")  # an English kiosk: the patient's hand-off is in French
    with staffed.begin() as conn:
        appt = next(a for a in schedule.day(conn, date.today()) if a.state in OPEN_STATES)
        handoff = intake.send_forms(conn, appt.id, ["medical-history"], SYSTEM, language="fr")
    open_code(qtbot, flow, handoff.code)
    qtbot.waitUntil(lambda: flow.view is not None)
    assert flow.view.next_button.text() == "Suivant"
    flow.form.set_answer("has-allergies", False)
    with staffed.begin() as conn:  # the front desk withdraws the forms meanwhile
        intake.cancel_open(conn, handoff.appointment_id, SYSTEM)
    flow.view.submit()
    qtbot.waitUntil(lambda: flow.form_message.isVisible())
    assert flow.form_message.text() == ("Ces formulaires ne vous attendent plus. Veuillez "
                                        "vous adresser à l’accueil.")


def test_an_error_the_kiosk_has_no_words_for_is_not_shown_in_english(qtbot, kiosk_in):
    kiosk_in("fr")
    staff_only = DeskError("The outbox could not be read.", kind="storage")
    assert kiosk_message(staff_only) == ("Un problème est survenu. Veuillez vous adresser "
                                         "à l’accueil.")
    assert kiosk_message(RuntimeError("no such table: intake")) == kiosk_message(staff_only)


def test_every_code_a_patient_can_meet_has_words_in_french_and_spanish(qtbot, kiosk_in):
    from desk import errors

    kiosk_in("en")
    english = {code: kiosk_message(DeskError("x", code=code, values={"seconds": 30}))
               for code in errors.CODES}
    generic = kiosk_message(DeskError("x"))
    for language in ("fr", "es"):
        set_language(language)
        for code in errors.CODES:
            words = kiosk_message(DeskError("x", code=code, values={"seconds": 30}))
            assert words != english[code] and words != generic, (language, code)
