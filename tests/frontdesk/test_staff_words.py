"""The core's words that staff read on the screens, in the staff's language: an appointment's
state and next step, its forms' status, a form's state with the changes to review, a
patient's fields and sex, a sync round's steps. The screens show these, not copies of their
own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desk import words
from desk.frontdesk import board, intake, model
from desk.frontdesk.intake import Intake
from desk.frontdesk.staff_forms import FormEntry
from desk.sync.status import RECEIVING, SENDING, step_text


@pytest.fixture
def french() -> Iterator[None]:
    words.set_language("fr")
    yield
    words.set_language("en")


def form_entry(status: str = "sent", *, changes: int = 0, draft_page: int | None = None,
               code: str | None = None) -> FormEntry:
    """One of a patient's forms as staff see it, without a workspace."""
    form = Intake(id="i1", patient_id="p1", appointment_id=None, questionnaire="phq-9",
                  language="fr", status=status, code=code, sent_at=datetime(2026, 3, 9, 9),
                  title="PHQ-9")
    return FormEntry(form, draft_page=draft_page, changes=changes)


def test_the_board_s_states_and_steps_read_in_french(french) -> None:
    assert [board.state_label(s) for s in model.APPOINTMENT_STATES] == [
        "Prévu", "Arrivé", "En salle", "Terminé", "Absent", "Annulé"]
    assert [board.step_label(s) for s in board.NEXT_STEP] == [
        "Enregistrer l’arrivée", "En salle", "Terminé"]
    assert [intake.status_label(s) for s in intake.INTAKE_STATUS_LABELS] == [
        "", "Envoyés à la borne", "Remplis en partie", "Remplis"]


def test_the_board_s_states_read_in_english_again(french) -> None:
    words.set_language("en")
    assert board.state_label("no-show") == "No-show"
    assert board.step_label("scheduled") == "Check in"
    assert intake.status_label("sent") == "Sent to kiosk"


def test_a_form_s_state_and_its_changes_to_review_read_in_french(french) -> None:
    assert [form_entry().label, form_entry(code="ABC123").label, form_entry(draft_page=1).label] == [
        "Pas commencé", "Envoyé à la borne", "Brouillon"]
    assert form_entry("completed", changes=1).label == "Rempli · 1 modification à examiner"
    assert form_entry("completed", changes=3).label == "Rempli · 3 modifications à examiner"


def test_english_counts_one_change_to_review_and_many() -> None:
    assert form_entry("completed", changes=1).label == "Filled in · 1 change to review"
    assert form_entry("completed", changes=3).label == "Filled in · 3 changes to review"


def test_a_patient_s_fields_and_sex_read_in_spanish(french) -> None:
    words.set_language("es")
    assert [model.field_label(f) for f in ("family", "given", "birth_date", "mrn")] == [
        "Apellidos", "Nombre", "Fecha de nacimiento", "NHC"]
    assert [model.sex_label(s) for s in model.SEXES] == [
        "Femenino", "Masculino", "Otro", "No indicado"]


def test_a_sync_round_s_steps_read_in_french(french) -> None:
    assert step_text(SENDING) == "Envoi des modifications"
    assert [step_text(RECEIVING[t]) for t in ("Appointment", "Patient", "Questionnaire")] == [
        "Réception des rendez-vous", "Réception des patients", "Réception des formulaires"]
