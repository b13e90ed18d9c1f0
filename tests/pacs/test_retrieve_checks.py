"""What a retrieve keeps of files its header check refuses (no PACS needed: the files are
ones Orthanc itself would not hold, so a fake source hands them over)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pydicom import dcmread

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.schema import blob, image_instance
from desk.viewer import headers
from desk.viewer.pacs import retrieve
from desk.viewer.pacs.studies import PatientKey, Study
from tests.pacs.makers import ISSUER, ct_study


class FakeSource:
    """A source sending the given files as they are."""

    def __init__(self, files: list[bytes]) -> None:
        self.files = files

    def retrieve(self, study_uid: str) -> Iterator[bytes]:
        yield from self.files


def _without(data: bytes, keyword: str) -> bytes:
    ds = dcmread(io.BytesIO(data))
    delattr(ds, keyword)
    out = io.BytesIO()
    ds.save_as(out)
    return out.getvalue()


def test_a_file_whose_header_lacks_its_series_is_refused_as_damaged(workspace) -> None:
    uid, files = ct_study("MRN-1", slices=2)
    with workspace.begin() as conn:
        doe = patients.register(conn, Patient(family="Doe", given="A", mrn="MRN-1"), SYSTEM)
    sent = [files[0], _without(files[1], "SeriesInstanceUID")]
    with pytest.raises(DeskError, match=headers.damaged()):
        retrieve.retrieve(workspace, FakeSource(sent), Study(uid, "", "", (), "", 1, 2),
                          PatientKey("MRN-1", ISSUER), doe.id, SYSTEM)
    with workspace.read() as conn:
        kept = [conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in (image_instance, blob)]
    assert kept == [0, 0]
