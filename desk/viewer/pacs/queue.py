"""Studies from patients' discs waiting to go to the clinic's PACS.

Staff confirm whose a disc's study is, then :func:`queue` puts it here; :func:`drain` sends
what waits (:func:`desk.viewer.pacs.send.send_study`) whenever the workstation's send runs,
like any other change: a PACS that cannot be reached, or fails, leaves the study waiting
with the reason, for the next try; a study that can no longer be sent (its images are gone,
the patient has no record number) is refused with the reason until staff retry it. Nothing
is ever doubled: a study is queued once (asking again while it waits or after it went is
no new entry), and a PACS keeps one copy per SOP Instance UID, so a send cut off half-way
and sent again leaves each image there once. :func:`listing` is what the Sync screen shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.storage import Actor, audit
from desk.storage.clock import stamp
from desk.storage.database import among
from desk.storage.schema import image_instance, image_send
from desk.viewer.cache import RETRIEVED
from desk.viewer.pacs import send
from desk.viewer.pacs.studies import PatientKey
from desk.words import translate

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.viewer.pacs.send import Target

log = logging.getLogger(__name__)

WAITING, REFUSED, SENT = "waiting", "refused", "sent"
RETRIED_KINDS = frozenset({"network", "server", "auth"})
"""Failures that pass (the PACS down, busy, or its sign-in being fixed): tried again."""


@dataclass(frozen=True, slots=True)
class Queued:
    """A study on its way to the PACS, as the Sync screen lists it."""

    id: int
    study_uid: str
    patient_id: str | None  # the images' patient; None when they are gone
    description: str
    state: str
    attempts: int
    last_error: str | None


def queue(conn: sa.Connection, study_uid: str, patient_id: str, actor: Actor) -> bool:
    """Queue the stored study ``study_uid`` of ``patient_id`` (staff confirmed it is theirs)
    for the PACS. False when it already waits or went; a refused one waits again."""
    held = _held(conn, [study_uid]).get(study_uid)
    if held is None or held.patient_id != patient_id:
        raise DeskError(translate("DeskError", "These images are not in this "
                                               "patient's chart."), kind="input")
    if held.source == RETRIEVED:
        raise DeskError(translate("DeskError", "These images came from the image archive "
                                               "(PACS): they are there already."), kind="input")
    state = conn.execute(sa.select(image_send.c.state)
                         .where(image_send.c.study_uid == study_uid)).scalar()
    if state in (WAITING, SENT):
        return False
    if state == REFUSED:
        conn.execute(image_send.update().where(image_send.c.study_uid == study_uid)
                     .values(state=WAITING, last_error=None))
    else:
        conn.execute(image_send.insert().values(study_uid=study_uid, state=WAITING,
                                                queued_at=stamp()))
    audit.record(conn, actor, "images.send.queued", "Patient", patient_id)
    return True


def retry(conn: sa.Connection, entry_id: int) -> None:
    """Staff ask again for a refused study."""
    conn.execute(image_send.update().where(image_send.c.id == entry_id,
                                           image_send.c.state == REFUSED)
                 .values(state=WAITING, last_error=None))


@dataclass(slots=True)
class Drained:
    sent: int = 0  # studies now on the PACS
    waiting: int = 0  # still waiting (the PACS unreachable or failing)
    refused: int = 0


def drain(workspace: Workspace, target: Target, issuer: str, actor: Actor) -> Drained:
    """Send every waiting study to ``target``, filed under each patient's record number at
    ``issuer``. Once the PACS cannot be reached, the rest wait for the next drain."""
    report = Drained()
    with workspace.read() as conn:
        waiting = conn.execute(sa.select(image_send.c.id, image_send.c.study_uid)
                               .where(image_send.c.state == WAITING)
                               .order_by(image_send.c.id)).all()
    for n, (entry_id, study_uid) in enumerate(waiting):
        try:
            key = _key_for(workspace, study_uid, issuer)
            count = send.send_study(workspace, target, study_uid, key, actor)
        except DeskError as err:
            retried = err.kind in RETRIED_KINDS
            _note(workspace, entry_id, WAITING if retried else REFUSED, err.message)
            if retried:
                report.waiting += len(waiting) - n
                log.info("the PACS send stopped (%s); %d studies wait", err.kind,
                         len(waiting) - n)
                break
            report.refused += 1
            continue
        _note(workspace, entry_id, SENT, None, sent=count)
        report.sent += 1
    return report


def listing(conn: sa.Connection) -> list[Queued]:
    """The studies waiting or refused, oldest first."""
    rows = conn.execute(sa.select(image_send).where(image_send.c.state != SENT)
                        .order_by(image_send.c.id)).all()
    held = _held(conn, [r.study_uid for r in rows])
    return [Queued(r.id, r.study_uid, getattr(held.get(r.study_uid), "patient_id", None),
                   getattr(held.get(r.study_uid), "study_description", "") or "", r.state,
                   r.attempts, r.last_error) for r in rows]


def waits(conn: sa.Connection) -> bool:
    """Whether any study waits to be sent."""
    return bool(conn.execute(sa.select(sa.exists().where(image_send.c.state == WAITING)))
                .scalar())


def _held(conn: sa.Connection, study_uids: list[str]) -> dict[str, sa.Row[Any]]:
    """Each stored study's patient, description and source (a disc's first, when some of
    its images were retrieved too), by Study Instance UID."""
    rows = conn.execute(sa.select(image_instance.c.study_uid, image_instance.c.patient_id,
                                  image_instance.c.study_description, image_instance.c.source)
                        .where(among(image_instance.c.study_uid, study_uids))
                        .order_by(image_instance.c.source.desc())).all()  # "disc" last wins
    return {r.study_uid: r for r in rows}


def _key_for(workspace: Workspace, study_uid: str, issuer: str) -> PatientKey:
    """The images' patient's identifier at the clinic, as the PACS files them."""
    with workspace.read() as conn:
        held = _held(conn, [study_uid]).get(study_uid)
        patient = patients.load(conn, [held.patient_id]).get(held.patient_id) if held else None
    if patient is None:
        raise DeskError(translate("DeskError", "These images are no longer on "
                                               "this computer."), kind="storage")
    if not patient.mrn:
        raise DeskError(translate("DeskError", "This patient has no record number yet, so the "
                                               "image archive could not file the images under "
                                               "it. Sync the patient first, then retry."),
                        kind="input")
    return PatientKey(patient.mrn, issuer)


def _note(workspace: Workspace, entry_id: int, state: str, error: str | None,
          sent: int = 0) -> None:
    with workspace.begin() as conn:
        conn.execute(image_send.update().where(image_send.c.id == entry_id).values(
            state=state, last_error=error, attempts=image_send.c.attempts + 1,
            sent=sent, done_at=stamp() if state == SENT else None))
