"""Drafts: every change kept with its page, resumed as it was, gone once completed."""

from __future__ import annotations

from desk.forms import Clinic, Form, bundled_forms
from desk.frontdesk import drafts, intake
from desk.storage import SYSTEM
from tests.frontdesk.test_intake import book, send
from tests.support.intake_forms import filled_response


def _phq9(ws) -> intake.Intake:
    return next(i for i in send(ws, book(ws)).intakes if i.questionnaire == "phq-9")


def test_a_draft_resumes_on_its_page_with_every_answer(workspace) -> None:
    phq = _phq9(workspace)
    form = Form.load(bundled_forms()["phq-9"])
    first = next(n for n in form.nodes() if n.options)
    form.set_answer(first, first.options[2])
    with workspace.begin() as conn:
        drafts.save(conn, phq.id, form.to_draft(), page=1)
        drafts.save(conn, phq.id, form.to_draft(), page=2)  # saved again: one draft
    with workspace.read() as conn:
        kept = drafts.load(conn, phq.id)
    assert kept is not None and kept.page == 2
    again = Form.from_draft(form, kept.data)
    assert again.node(first.link_id).answer["code"] == first.options[2].value["code"]


def test_completing_the_form_drops_its_draft(workspace) -> None:
    phq = _phq9(workspace)
    with workspace.begin() as conn:
        drafts.save(conn, phq.id, b"{}", page=0)
        intake.complete(conn, workspace.blobs, phq.id, filled_response("phq-9", language="fr"),
                        SYSTEM, clinic=Clinic("Test clinic"))
    with workspace.read() as conn:
        assert drafts.load(conn, phq.id) is None
