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


def test_a_file_with_no_pixels_is_refused_as_damaged(workspace) -> None:
    uid, files = ct_study("MRN-1", slices=2)
    with workspace.begin() as conn:
        doe = patients.register(conn, Patient(family="Doe", given="A", mrn="MRN-1"), SYSTEM)
    with pytest.raises(DeskError, match=headers.damaged()):
        retrieve.retrieve(workspace, FakeSource([files[0], _without(files[1], "PixelData")]),
                          Study(uid, "", "", (), "", 1, 2), PatientKey("MRN-1", ISSUER),
                          doe.id, SYSTEM)


def test_a_retrieved_image_is_indexed_as_its_whole_header_says(workspace) -> None:
    # the retrieve reads only the elements its row needs: the row is the one the whole
    # header gives, a description in the file's own character set included
    uid, [data] = ct_study("MRN-1", slices=1, description="Schädel nativ")
    ds = dcmread(io.BytesIO(data))
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SeriesDescription = "Schädel axial"
    out = io.BytesIO()
    ds.save_as(out)
    with workspace.begin() as conn:
        doe = patients.register(conn, Patient(family="Doe", given="A", mrn="MRN-1"), SYSTEM)
    retrieve.retrieve(workspace, FakeSource([out.getvalue()]), Study(uid, "", "", (), "", 1, 1),
                      PatientKey("MRN-1", ISSUER), doe.id, SYSTEM)
    with workspace.read() as conn:
        row = conn.execute(sa.select(image_instance)).one()._mapping
    whole = headers.describe(headers.parse(out.getvalue()))
    assert {k: row[k] for k in whole} == whole
    assert (row["study_description"], row["series_description"]) == ("Schädel nativ",
                                                                      "Schädel axial")


def test_a_disk_filling_mid_retrieve_says_so_and_keeps_no_file(small_disk) -> None:
    # the files are written on worker threads while the next images are checked: a write
    # that fails stops the retrieve, and every file written before it is removed
    from desk.storage import Workspace

    uid, files = ct_study("MRN-1", slices=10, tiles=4)  # 5 MB, on a 3 MB disk
    with Workspace.create(small_disk / "ws", passphrase="clinic passphrase") as ws:
        with ws.begin() as conn:
            doe = patients.register(conn, Patient(family="Doe", given="A", mrn="MRN-1"),
                                    SYSTEM)
        with pytest.raises(DeskError, match="disk is full"):
            retrieve.retrieve(ws, FakeSource(files), Study(uid, "", "", (), "", 1, 10),
                              PatientKey("MRN-1", ISSUER), doe.id, SYSTEM)
        assert list((small_disk / "ws" / "blobs").glob("??/*")) == []
        with ws.read() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(image_instance)
                                ).scalar_one() == 0
