"""What a patient changes in their details on the registration form comes back as
proposals that staff accept or decline field by field."""

from __future__ import annotations

import pytest

from desk import words
from desk.frontdesk import intake, patients, proposals, staff_forms
from desk.storage import SYSTEM
from desk.sync.mapping_patients import patient_to_fhir
from tests.forms.helpers import fill_everything
from tests.frontdesk.test_intake import CLERK, CLINIC, book

pytestmark = pytest.mark.clock


def _registered(ws, **answers: str) -> tuple[str, str]:
    """A completed registration form for a new booking; (intake id, patient id)."""
    appt = book(ws)
    with ws.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "new-patient-registration", CLERK,
                                   launch=patient_to_fhir)
    form = opened.form
    for link_id, value in answers.items():
        assert form.set_answer(link_id, value), form.find(link_id)[0].messages
    fill_everything(form)
    with ws.begin() as conn:
        intake.complete(conn, ws.blobs, opened.intake.id, form.to_response(status="completed"),
                        SYSTEM, clinic=CLINIC)
    return opened.intake.id, appt.patient_id


def test_changed_details_are_proposed_and_only_the_accepted_ones_saved(workspace) -> None:
    intake_id, patient_id = _registered(workspace, **{"given-name": "Elise",
                                                      "phone": "06 11 22 33 44"})
    with workspace.read() as conn:
        found = {p.field: p for p in proposals.proposals(conn, intake_id)}
    assert (found["given"].current, found["given"].proposed) == ("Élise", "Elise")
    assert (found["phone"].current, found["phone"].proposed) == ("", "06 11 22 33 44")
    assert "family" not in found and "birth_date" not in found  # as on record
    with workspace.read() as conn:
        [entry] = staff_forms.entries(conn, patient_id)
    assert entry.label == f"Filled in · {len(found)} changes to review"
    with workspace.begin() as conn:
        saved = proposals.settle(conn, intake_id, ["phone"], CLERK)
    with workspace.read() as conn:
        record = patients.get(conn, patient_id)
        left = proposals.proposals(conn, intake_id)
    assert saved.phone == record.phone == "06 11 22 33 44"
    assert record.given == "Élise"  # declined: the record keeps its own
    assert left == []  # reviewed once and for all
    with workspace.read() as conn:
        assert staff_forms.entries(conn, patient_id)[0].label == "Filled in"


def test_other_forms_and_waiting_ones_propose_nothing(workspace) -> None:
    appt = book(workspace)
    with workspace.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "new-patient-registration", CLERK,
                                   launch=patient_to_fhir)
        assert proposals.proposals(conn, opened.intake.id) == []
        phq = staff_forms.start(conn, appt.patient_id, "phq-9", CLERK)
    with workspace.read() as conn:
        assert proposals.proposals(conn, phq.intake.id) == []


def test_the_proposed_fields_are_named_in_the_staff_s_language(workspace) -> None:
    """As the record's fields are named everywhere else ("Given names"), in French here."""
    intake_id, _ = _registered(workspace, **{"given-name": "Elise", "birth-date": "1980-02-03"})
    words.set_language("fr")
    try:
        with workspace.read() as conn:
            labels = {p.field: p.label for p in proposals.proposals(conn, intake_id)}
    finally:
        words.set_language("en")
    assert (labels["given"], labels["birth_date"]) == ("Prénoms", "Date de naissance")
