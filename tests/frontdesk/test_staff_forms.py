"""Forms filled in at the desk, and the forms each kind of visit gets."""

from __future__ import annotations

import pytest

from desk.errors import DeskError
from desk.frontdesk import drafts, intake, staff_forms
from desk.frontdesk.staff_forms import forms_for_reason
from desk.storage import SYSTEM, reasons
from desk.storage import settings as settings_mod
from desk.sync.mapping_patients import patient_to_fhir
from tests.frontdesk.test_intake import CLERK, CLINIC, book, intake_status, send
from tests.support.intake_forms import filled_response

pytestmark = pytest.mark.clock


def test_a_form_started_at_the_desk_has_no_code_and_leaves_the_kiosk_be(workspace) -> None:
    appt = book(workspace)
    handoff = send(workspace, appt, names=("phq-9",))
    with workspace.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "gad-7", CLERK,
                                   appointment_id=appt.id)
    assert opened.intake.code is None and opened.intake.language == "fr"
    assert opened.page == 0 and opened.form.language == "fr"
    with workspace.read() as conn:  # the kiosk's code still works and is still the one
        assert intake.open_handoff(conn, handoff.code).titles == handoff.titles
        assert intake.waiting_for(conn, appt.id).code == handoff.code
    send(workspace, appt, names=("consent",))  # sending again withdraws the kiosk's only
    with workspace.read() as conn:
        states = {e.intake.questionnaire: e.label
                  for e in staff_forms.entries(conn, appt.patient_id)}
    assert states == {"gad-7": "Not started", "consent": "Sent to kiosk"}


def test_the_visit_is_filled_in_once_the_desk_form_is_completed(workspace) -> None:
    appt = book(workspace)
    with workspace.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "phq-9", CLERK,
                                   appointment_id=appt.id, language="en")
    assert intake_status(workspace, appt) == "none"  # nothing waits at the kiosk
    with workspace.begin() as conn:
        intake.complete(conn, workspace.blobs, opened.intake.id,
                        filled_response("phq-9"), SYSTEM, clinic=CLINIC)
    assert intake_status(workspace, appt) == "done"
    with workspace.read() as conn:
        again = staff_forms.open_form(conn, opened.intake.id)
        [entry] = staff_forms.entries(conn, appt.patient_id)
    assert again.completed and entry.label == "Filled in"
    assert again.form.is_complete()


def test_a_draft_opens_on_its_page_with_its_answers(workspace) -> None:
    appt = book(workspace)
    with workspace.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "phq-9", CLERK)
    first = next(n for n in opened.form.nodes() if n.options)
    opened.form.set_answer(first, first.options[1])
    with workspace.begin() as conn:
        drafts.save(conn, opened.intake.id, opened.form.to_draft(), page=2)
    with workspace.read() as conn:
        again = staff_forms.open_form(conn, opened.intake.id)
        [entry] = staff_forms.entries(conn, appt.patient_id)
    assert again.page == 2 and entry.state == "draft" and entry.draft_page == 2
    assert again.form.node(first.link_id).answer["code"] == first.options[1].value["code"]


def test_a_form_for_another_patients_appointment_is_refused(workspace) -> None:
    mine, theirs = book(workspace), book(workspace, family="Okafor")
    with workspace.begin() as conn, pytest.raises(DeskError, match="another patient"):
        staff_forms.start(conn, mine.patient_id, "phq-9", CLERK, appointment_id=theirs.id)


def test_forms_follow_the_reason_then_the_catch_all() -> None:
    rules = reasons.forms_by_reason(
        "New patient visit: new-patient-registration, consent, retired; *: phq-9")
    offered = ["consent", "new-patient-registration", "phq-9"]
    assert forms_for_reason(rules, "  new PATIENT visit", offered) == [
        "new-patient-registration", "consent"]
    assert forms_for_reason(rules, "Follow-up", offered) == ["phq-9"]
    assert forms_for_reason({}, "Follow-up", offered) == []


@pytest.mark.parametrize("text", ["phq-9", "Follow-up:", ": phq-9", "a: b; c"])
def test_a_malformed_rule_is_refused_at_load(text: str) -> None:
    with pytest.raises(DeskError, match="intake.forms_by_reason"):
        settings_mod.load(overrides=[f"intake.forms_by_reason={text}"])


def test_the_registration_form_starts_from_the_record(workspace) -> None:
    appt = book(workspace)
    with workspace.begin() as conn:
        opened = staff_forms.start(conn, appt.patient_id, "new-patient-registration", CLERK,
                                   launch=patient_to_fhir)
    form = opened.form
    assert form.node("given-name").answers[0][1] == "Élise"
    assert form.node("family-name").answers[0][1] == "Durand"
    assert form.node("birth-date").answers[0][1] == "1970-03-04"
    form.set_answer("given-name", "Elise")  # changed by the patient, kept in the draft
    with workspace.begin() as conn:
        drafts.save(conn, opened.intake.id, form.to_draft(), page=0)
        again = staff_forms.open_form(conn, opened.intake.id)
    assert again.form.node("given-name").answers[0][1] == "Elise"
