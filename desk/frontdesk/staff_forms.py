"""Forms filled in at the desk, and the forms each kind of visit gets.

Staff start a form on the workstation (the patient at the desk, or staff filling it in for
them) with :func:`start`; it is an intake without a check-in code (see
:func:`desk.frontdesk.intake.start_at_desk`). :func:`open_form` gives the engine's
:class:`~desk.forms.Form` for any intake: a waiting one with its draft's answers and the
page to resume on, a completed one with its stored answers (to show read-only).

Which forms a visit gets follows its reason, through the setting ``intake.forms_by_reason``
(:func:`desk.storage.settings.forms_by_reason` reads it); :func:`forms_for_reason` applies it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.frontdesk import catalog, drafts, intake, patients, proposals
from desk.frontdesk.intake import Intake
from desk.frontdesk.model import Patient
from desk.storage import Actor
from desk.storage.schema import draft
from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desk.forms import Form

log = logging.getLogger(__name__)

ANY_REASON = "*"
# A form's state as staff read it (see FormEntry.label).
STATE_LABELS = {"kiosk": QT_TRANSLATE_NOOP("FormState", "Sent to kiosk"),
                "new": QT_TRANSLATE_NOOP("FormState", "Not started"),
                "draft": QT_TRANSLATE_NOOP("FormState", "Draft"),
                "done": QT_TRANSLATE_NOOP("FormState", "Filled in")}


@dataclass(frozen=True, slots=True)
class FormEntry:
    """One of a patient's forms as staff see it; ``draft_page`` is the page a saved draft
    resumes on (None without a draft)."""

    intake: Intake
    draft_page: int | None = None
    changes: int = 0
    """How many of the patient's details the form proposes to change (see
    :mod:`desk.frontdesk.proposals`), still to be reviewed."""

    @property
    def state(self) -> str:
        """"done" (completed), "draft", "kiosk" (waiting under a check-in code) or "new"."""
        if self.intake.status == "completed":
            return "done"
        if self.draft_page is not None:
            return "draft"
        return "kiosk" if self.intake.code else "new"

    @property
    def label(self) -> str:
        """The state in the staff's language, with the changes to review ("Filled in ·
        3 changes to review")."""
        state = translate("FormState", STATE_LABELS[self.state])
        if not self.changes:
            return state
        return translate("FormState", "{state} · %n change(s) to review", "",
                         self.changes).format(state=state)


@dataclass(frozen=True, slots=True)
class OpenedForm:
    """An intake's form ready to show: ``page`` is where to start (a draft's page, else 0)."""

    intake: Intake
    form: Form
    page: int = 0

    @property
    def completed(self) -> bool:
        return self.intake.status == "completed"


def forms_for_reason(rules: Mapping[str, Sequence[str]], reason: str,
                     offered: Sequence[str]) -> list[str]:
    """The forms a visit for ``reason`` gets: its rule (reasons compare case-folded, the
    ``*`` rule for a reason without one), keeping only the forms in ``offered``."""
    wanted = rules.get(reason.strip().casefold(), rules.get(ANY_REASON, []))
    unknown = [name for name in wanted if name not in offered]
    if unknown:
        log.warning("intake.forms_by_reason names forms that are not offered: %s",
                    ", ".join(unknown))
    return [name for name in dict.fromkeys(wanted) if name in offered]


def entries(conn: sa.Connection, patient_id: str) -> list[FormEntry]:
    """The patient's forms, newest first, except those withdrawn."""
    found = [i for i in intake.for_patient(conn, patient_id) if i.status != "cancelled"]
    pages = dict(conn.execute(sa.select(draft.c.id, draft.c.page).where(
        draft.c.patient_id == patient_id)).tuples().all())
    return [FormEntry(i, pages.get(i.id) if i.status == "sent" else None,
                      len(proposals.proposals(conn, i.id))) for i in found]


#: The patient's record as a FHIR Patient: the ``patient`` launch context a form's
#: initialExpressions read (the registration form starts with the name, birth date and sex
#: on record). Made where the FHIR mapping lives (``desk.sync.mapping_patients``), above.
Launch = Callable[[Patient], dict[str, Any]]


def start(conn: sa.Connection, patient_id: str, questionnaire: str, actor: Actor, *,
          appointment_id: str | None = None, language: str | None = None,
          launch: Launch | None = None) -> OpenedForm:
    """Start ``questionnaire`` at the desk for a patient and open it (see
    :func:`desk.frontdesk.intake.start_at_desk` and :func:`open_form`)."""
    started = intake.start_at_desk(conn, patient_id, questionnaire, actor,
                                   appointment_id=appointment_id, language=language)
    return open_form(conn, started.id, launch=launch)


def open_form(conn: sa.Connection, intake_id: str, *,
              launch: Launch | None = None) -> OpenedForm:
    """The form of an intake: the stored answers of a completed one, the draft of a waiting
    one (on its saved page), or a new form; the last two filled from the patient's record
    (made by ``launch``; none without) where the form says how."""
    from desk.forms import Form

    found = intake.get(conn, intake_id)
    source = catalog.form_info(conn, found.questionnaire).source
    if found.status == "completed" and found.response is not None:
        form = Form.load(source, language=found.language)
        form.load_response(dict(found.response))
        return OpenedForm(found, form)
    record = launch(patients.get(conn, found.patient_id)) if launch is not None else None
    form = Form.load(source, language=found.language, patient=record)
    saved = drafts.load(conn, intake_id)
    if saved is None:
        return OpenedForm(found, form)
    return OpenedForm(found, Form.from_draft(form, saved.data, patient=record), saved.page)
