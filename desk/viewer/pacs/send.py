"""A study kept on this computer (from a patient's disc) sent to the clinic's PACS.

``send_study(workspace, target, study_uid, key, actor, progress=..., cancel=...)`` reads the
study's sealed images in batches of :data:`BATCH` and sends each batch with the target's
``store`` (STOW-RS for ``DicomWebClient``, C-STORE for ``DimseClient``). The images are
filed under the clinic's identifier for the patient (``key``: Patient ID and issuer), as
IHE's Import Reconciliation asks, and the disc's own identifier is kept beside it in Other
Patient IDs, so the study is found at the PACS under the patient's record number. Nothing
stored here changes. ``progress(sent, total)`` follows each batch; ``cancel`` stops before
the next one (what was sent stays on the PACS: sending again does not double it, a PACS
keeps one copy per SOP Instance UID).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Actor, audit
from desk.storage.schema import image_instance
from desk.viewer import headers
from desk.viewer.pacs.studies import PatientKey
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset

    from desk.storage import Workspace

log = logging.getLogger(__name__)

BATCH = 20
"""Images per STOW-RS request or C-STORE association (a 512 x 512 CT: about 10 MB)."""


class Target(Protocol):
    def store(self, datasets: Sequence[Dataset]) -> int: ...


class SendStopped(DeskError):
    """The send was stopped between batches."""

    def __init__(self, sent: int, total: int) -> None:
        super().__init__(f"The send was stopped: {sent} of {total} images had reached the "
                         "image archive (PACS) and stay there.", kind="input")


def send_study(workspace: Workspace, target: Target, study_uid: str, key: PatientKey,
               actor: Actor, *, progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None) -> int:
    """Send the stored study ``study_uid`` to ``target`` under ``key``; returns how many."""
    with workspace.read() as conn:
        rows = conn.execute(sa.select(image_instance.c.blob_id, image_instance.c.patient_id)
                            .where(image_instance.c.study_uid == study_uid)
                            .order_by(image_instance.c.series_uid,
                                      image_instance.c.instance_number)).all()
    if not rows:
        raise DeskError(translate("DeskError", "These images are no longer on "
                                               "this computer."), kind="storage")
    sent = 0
    for start in range(0, len(rows), BATCH):
        if cancel is not None and cancel.is_set():
            raise SendStopped(sent, len(rows))
        with workspace.read() as conn:
            files = [workspace.blobs.get(conn, row.blob_id) for row in rows[start:start + BATCH]]
        sent += target.store([_filed_for(headers.parse(data), key) for data in files])
        if progress is not None:
            progress(sent, len(rows))
    with workspace.begin() as conn:
        audit.record(conn, actor, "images.send", "Patient", rows[0].patient_id)
    log.info("sent %d images of a study to the PACS", sent)
    return sent


def _filed_for(ds: Dataset, key: PatientKey) -> Dataset:
    """``ds`` under the clinic's identifier, the disc's own kept in Other Patient IDs."""
    from pydicom import Dataset

    own = Dataset()
    own.PatientID = str(ds.get("PatientID", ""))
    own.IssuerOfPatientID = str(ds.get("IssuerOfPatientID", ""))
    own.TypeOfPatientID = "TEXT"
    if own.PatientID and own.PatientID != key.patient_id:
        ds.OtherPatientIDsSequence = [*ds.get("OtherPatientIDsSequence", []), own]
    ds.PatientID = key.patient_id
    if key.issuer:
        ds.IssuerOfPatientID = key.issuer
    elif "IssuerOfPatientID" in ds:
        del ds.IssuerOfPatientID
    return ds
