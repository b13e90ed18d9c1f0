"""A long stored series opens from its index: no image file is read to list it, one to show
its first image, and paging through it end to end holds a few files at a time, not all."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from pydicom import Dataset

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.blobs import BlobStore
from desk.storage.schema import image_instance
from desk.viewer import demo, headers, library
from desk.viewer.series import HEADERS, SeriesView
from tests.viewer import crafted

SLICES = 160
STUDY = "1.2.826.0.1.3680043.8.498.7002"


class _FakeCountingBlobs(BlobStore):
    """A fake: the real blob store, counting the files it unseals."""

    def __init__(self, real: BlobStore) -> None:
        self.__dict__.update(real.__dict__)
        self.reads = 0

    def get(self, conn: sa.Connection, blob_id: str) -> bytes:
        self.reads += 1
        return super().get(conn, blob_id)


def stored_series(workspace, slices: int, *, last: Callable[[Dataset], None] | None = None
                  ) -> int:
    """A CT series of ``slices`` slices stored, shuffled, for a patient of its own, in study
    :data:`STUDY` (``last`` changes the last slice first); the bytes of its files in all."""
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Phantom", given="Long", mrn="MRN-LONG",
                                            birth_date=date(1960, 1, 1)), SYSTEM)
        images = list(demo.study_images(p, "CT", "Long CT", "Axial", "CT",
                                        datetime(2026, 1, 5, 10, 30), 1, STUDY, size=128,
                                        slices=slices))
        if last is not None:
            last(images[-1])
        random.Random(3).shuffle(images)  # the index, not the order stored, sets the order
        total = 0
        for ds in images:
            data = crafted.to_bytes(ds)
            total += len(data)
            library.add(conn, workspace.blobs, p.id, headers.describe(ds), data)
    return total


@pytest.fixture
def long_study(workspace) -> int:
    return stored_series(workspace, SLICES)


def _opened(workspace) -> tuple[SeriesView, _FakeCountingBlobs]:
    blobs = _FakeCountingBlobs(workspace.blobs)
    with workspace.begin() as conn:
        [series] = library.load_study(conn, blobs, STUDY, SYSTEM)
    assert blobs.reads == 0 and len(series.images) == SLICES
    return SeriesView(series, cache_size=2), blobs


def test_a_long_series_opens_reading_one_file_and_pages_in_slice_order(
        workspace, long_study) -> None:
    view, blobs = _opened(workspace)
    assert len(view) == SLICES and blobs.reads == 1  # the middle image, shown first
    middle = SLICES // 2
    assert view.ready(middle) and not view.ready(0)
    assert int(view.dataset(middle).InstanceNumber) == middle + 1
    assert view.position_text(middle).startswith("Slice at")
    assert view.position_text(0) == ""  # not read yet: no other image's place shown
    assert view.study_date(0) == date(2026, 1, 5)
    numbers = [int(view.dataset(i).InstanceNumber) for i in range(SLICES)]
    assert numbers == list(range(1, SLICES + 1))
    assert view.frame(0, view.default_window(0)).shape == (128, 128)


def test_paging_through_a_long_series_holds_a_few_files_not_all(workspace, long_study) -> None:
    tracemalloc.start()
    try:
        view, blobs = _opened(workspace)
        for i in range(SLICES):
            view.frame(i, view.default_window(i))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert blobs.reads == SLICES + 1  # each once, and the middle again in its turn
    assert HEADERS < SLICES // 4
    # all the files held at once (and their parsed copies) would take more than twice this
    assert peak < long_study * 0.75, (peak, long_study)


def test_an_image_gone_from_the_store_says_so_in_its_place_and_the_rest_shows(
        workspace, long_study) -> None:
    with workspace.read() as conn:
        first = conn.execute(sa.select(image_instance.c.blob_id).where(
            image_instance.c.instance_number == 1)).scalar_one()
    view, _ = _opened(workspace)
    next(Path(workspace.blobs.folder).rglob(first)).unlink()  # a disc's file gone since
    with pytest.raises(DeskError, match="missing from the workspace"):
        view.frame(0, None)
    assert view.frame(1, view.default_window(1)).shape == (128, 128)
    assert view.ready(0)  # known not to show: says why at once
