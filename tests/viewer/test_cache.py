"""The image cache limit in a real workspace: the least recently used retrieved study goes
first, rows and sealed files; a disc's study never does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.schema import blob, image_instance
from desk.storage.settings import Settings
from desk.viewer import cache, headers, library
from tests.pacs.makers import ct_study

DAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _keep(ws, patient_id: str, source: str) -> tuple[str, int]:
    """A three-slice study kept as a disc's or a retrieved one; its UID and bytes."""
    study_uid, files = ct_study("MRN-1", slices=3)
    with ws.begin() as conn:
        for data in files:
            meta = headers.describe(headers.parse(data)) | {"source": source}
            library.add(conn, ws.blobs, patient_id, meta, data)
    return study_uid, sum(len(f) for f in files)


def _studies(ws) -> set[str]:
    with ws.read() as conn:
        return set(conn.execute(sa.select(image_instance.c.study_uid).distinct()).scalars())


def _sealed_files(ws) -> set[str]:
    return {p.name for p in Path(ws.blobs.folder).rglob("*") if p.is_file()}


@pytest.fixture
def store(workspace):
    with workspace.begin() as conn:
        patient = patients.register(conn, Patient(family="Doe", given="Archibald",
                                                  mrn="MRN-1"), SYSTEM)
    disc, _ = _keep(workspace, patient.id, "disc")
    older, size = _keep(workspace, patient.id, "pacs")
    newer, newer_size = _keep(workspace, patient.id, "pacs")
    cache.use(workspace, older, None, DAY)
    cache.use(workspace, newer, None, DAY.replace(hour=10))
    return workspace, disc, older, newer, size, size + newer_size  # UIDs differ in length


def test_the_least_recently_opened_retrieved_study_goes_with_its_files(store) -> None:
    ws, disc, older, newer, size, *_ = store
    with ws.read() as conn:
        older_files = set(conn.execute(sa.select(image_instance.c.blob_id).where(
            image_instance.c.study_uid == older)).scalars())
    cache.use(ws, older, None, DAY.replace(hour=11))  # opened again: now the newest

    assert cache.use(ws, disc, size * 3 // 2, DAY.replace(hour=12)) == 1

    assert _studies(ws) == {disc, older}
    with ws.read() as conn:
        left = set(conn.execute(sa.select(blob.c.id)).scalars())
    assert len(left) == 6 and older_files <= left
    assert _sealed_files(ws) == left


def test_a_disc_study_is_never_dropped_nor_the_study_just_opened(store) -> None:
    ws, disc, older, newer, *_ = store

    assert cache.use(ws, older, 1, DAY.replace(hour=11)) == 1

    assert _studies(ws) == {disc, older}
    with ws.read() as conn:
        held = cache.contents(conn)
    assert (held.retrieved.studies, held.disc.studies) == (1, 1)
    assert held.retrieved.size > 0 and held.disc.size > 0


def test_within_the_limit_or_without_one_nothing_goes(store) -> None:
    ws, disc, older, newer, size, both = store
    assert cache.use(ws, newer, both, DAY.replace(hour=11)) == 0  # exactly what they take
    assert cache.use(ws, disc, cache.limit_of(Settings()), DAY.replace(hour=12)) == 0
    assert _studies(ws) == {disc, older, newer}
    with ws.read() as conn:
        held = cache.contents(conn)
    assert held.retrieved == cache.Held(2, both)


def test_a_limit_of_zero_is_no_limit() -> None:
    config = Settings()
    config.imaging.cache_limit_gb = 0
    assert cache.limit_of(config) is None
    config.imaging.cache_limit_gb = 1.5
    assert cache.limit_of(config) == 3 << 29


def test_doctor_shows_the_limit_and_what_the_cache_holds(store, capsys, monkeypatch) -> None:
    from desk.cli import main

    ws, *_ = store
    monkeypatch.setenv("DESK_IMAGING_CACHE_LIMIT_GB", "2.5")
    main(["--workspace", str(ws.path), "doctor"])
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("image cache"))
    assert line.split(None, 2)[2] == ("limit 2.5 GB; retrieved from the PACS 2 studies, 0.2 MB; "
                                      "from discs 1 study, 0.1 MB (never dropped)")
