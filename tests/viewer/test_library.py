"""A patient's disc read into the encrypted workspace: what is found and left out, whose images
they are, stored once, sealed on disk, listed in the history, moved by a merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import history, merge, patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.schema import audit, blob, image_instance
from desk.viewer import headers, library
from tests.viewer.discs import archibald_disc


def _patient(ws, family: str = "Doe", given: str = "Archibald") -> Patient:
    with ws.begin() as conn:
        return patients.register(conn, Patient(family=family, given=given,
                                               birth_date=date(1950, 1, 1)), SYSTEM)


def _import(ws, patient_id: str, disc: Path) -> library.Imported:
    found = library.scan(disc)
    with ws.begin() as conn:
        return library.store(conn, ws.blobs, patient_id, found, SYSTEM)


def test_a_disc_s_images_are_found_and_the_rest_left_out(tmp_path) -> None:
    found = library.scan(archibald_disc(tmp_path / "disc"))
    assert (len(found.images), found.study_count, found.damaged) == (7, 2, 1)
    assert found.other == 2  # the DICOMDIR and the README
    [owner] = found.owners
    assert owner.display_name == "Archibald Doe" and owner.patient_id == "77654033"
    assert owner.matches("DOE", "Archibald", date(1950, 1, 1))
    assert not owner.matches("Doe", "Peter", None)
    assert not owner.matches("Okafor", "Chidi", None)


def test_a_folder_that_is_not_there_says_so(tmp_path) -> None:
    with pytest.raises(DeskError, match="Check that the disc is in the drive"):
        library.scan(tmp_path / "no-disc")


def test_imported_images_are_stored_once_sealed_and_listed_in_the_history(
        workspace, tmp_path) -> None:
    doe = _patient(workspace)
    disc = archibald_disc(tmp_path / "disc")
    assert _import(workspace, doe.id, disc) == library.Imported(7, 2, 0)
    assert _import(workspace, doe.id, disc) == library.Imported(0, 0, 7)
    with workspace.read() as conn:
        items = [i for i in history.timeline(conn, doe.id) if i.kind == "imaging"]
        actions = conn.execute(sa.select(audit.c.action).where(
            audit.c.record_id == doe.id)).scalars().all()
    assert sorted(i.detail for i in items) == ["CR · 3 series, 3 images · on this computer",
                                               "CT · 1 series, 4 images · on this computer"]
    assert actions.count("images.import") == 1
    # nothing of the disc is readable on disk: not the name, not the pixels' header
    for path in Path(workspace.path).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Archibald" not in data and b"77654033" not in data, path.name


def test_a_study_loads_in_series_and_slice_order_and_the_view_is_audited(
        workspace, tmp_path) -> None:
    doe = _patient(workspace)
    _import(workspace, doe.id, archibald_disc(tmp_path / "disc"))
    with workspace.read() as conn:
        ct = next(i for i in history.timeline(conn, doe.id) if i.detail.startswith("CT"))
    with workspace.begin() as conn:
        [series] = library.load_study(conn, workspace.blobs, ct.ref, SYSTEM)
        viewed = conn.execute(sa.select(audit.c.record_id).where(
            audit.c.action == "images.view")).scalars().all()
    numbers = [int(headers.parse(image.read()).InstanceNumber) for image in series.images]
    assert numbers == sorted(numbers) and len(numbers) == 4
    assert series.modality == "CT" and viewed == [doe.id]


def test_a_disc_that_goes_away_during_the_import_stores_nothing(workspace, tmp_path) -> None:
    doe = _patient(workspace)
    disc = archibald_disc(tmp_path / "disc")
    found = library.scan(disc)
    (disc / "77654033" / "CT2" / "17196").unlink()  # the disc was taken out
    with pytest.raises(DeskError, match="still in the drive"), workspace.begin() as conn:
        library.store(conn, workspace.blobs, doe.id, found, SYSTEM)
    with workspace.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(image_instance)).scalar() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(blob)).scalar() == 0
    assert not [p for p in (Path(workspace.path) / "blobs").rglob("*") if p.is_file()]


def test_a_merge_moves_the_images_to_the_record_kept(workspace, tmp_path) -> None:
    kept, other = _patient(workspace), _patient(workspace, given="Archie")
    _import(workspace, other.id, archibald_disc(tmp_path / "disc"))
    with workspace.begin() as conn:
        done = merge.merge(conn, workspace.blobs, kept.id, other.id, SYSTEM)
    assert done.moved["images"] == 7
    with workspace.begin() as conn:
        [study] = [i for i in history.timeline(conn, kept.id) if i.detail.startswith("CT")]
        [series] = library.load_study(conn, workspace.blobs, study.ref, SYSTEM)
    assert len(series.images) == 4


def test_a_file_claiming_gigabytes_is_counted_damaged_without_taking_them(tmp_path) -> None:
    # found by the dicom fuzz target (2 GiB address space): one element's length said 4 GB,
    # and reading the file set the whole of it aside first (MemoryError)
    import resource

    found = Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "dicom"
    disc = tmp_path / "disc"
    disc.mkdir()
    (disc / "IM0001").write_bytes((found / "element-claims-gigabytes.dcm").read_bytes())
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, (1 << 30, hard))  # far below the 4 GB claimed
    try:
        scanned = library.scan(disc)
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
    assert (len(scanned.images), scanned.damaged + scanned.other) == (0, 1)


@pytest.mark.parametrize("found", ["meta-length-not-a-multiple.dcm",
                                   "unknown-value-representation.dcm",
                                   "cut-short-in-an-element.dcm", "rescale-slope-as-text.dcm",
                                   "pixel-data-cut-short.dcm", "pixels-without-bits.dcm"])
def test_a_damaged_disc_file_is_passed_over_and_cannot_be_shown(found: str,
                                                                 tmp_path) -> None:
    # found by the dicom fuzz target: each stopped the import or the viewer with a
    # traceback from pydicom or numpy (BytesLengthException, NotImplementedError for an
    # unknown value representation, struct.error, a rescale slope that is text)
    from desk.viewer.library import SeriesImages
    from desk.viewer.series import SeriesView

    data = (Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "dicom"
            / found).read_bytes()
    disc = tmp_path / "disc"
    disc.mkdir()
    (disc / "IM0001").write_bytes(data)
    scanned = library.scan(disc)
    assert len(scanned.images) + scanned.damaged + scanned.other == 1
    view = SeriesView(SeriesImages("1.2", 1, "", "CT", [data]))
    for index in range(len(view)):
        try:
            view.frame(index, view.default_window(index))
        except DeskError as error:
            assert "cannot be shown" in error.message


def _sealed_files(ws) -> set[Path]:
    return {p for p in Path(ws.blobs.folder).rglob("*") if p.is_file()}


def test_a_disc_read_for_staff_to_confirm_is_read_once_and_kept_as_read(
        workspace, tmp_path, monkeypatch) -> None:
    from desk.viewer import disc_files

    doe = _patient(workspace)
    disc = archibald_disc(tmp_path / "disc")
    before = _sealed_files(workspace)
    reads: list[Path] = []
    real_read = disc_files.read
    monkeypatch.setattr(disc_files, "read", lambda path, root: reads.append(path) or
                        real_read(path, root))
    found = library.scan(disc, workspace.blobs)
    with workspace.begin() as conn:
        assert library.store(conn, workspace.blobs, doe.id, found, SYSTEM) == \
            library.Imported(7, 2, 0)
    assert len(reads) == len(set(reads))  # no file of the disc read a second time
    assert len(_sealed_files(workspace) - before) == 7
    with workspace.read() as conn:
        [study] = {i.ref for i in history.timeline(conn, doe.id) if i.kind == "imaging"
                   and i.detail.startswith("CT")}
        series = library.load_study(conn, workspace.blobs, study, SYSTEM)
    assert all(image.read()[128:132] == b"DICM" for s in series for image in s.images)


def test_a_disc_read_then_cancelled_or_already_held_leaves_no_file_behind(
        workspace, tmp_path) -> None:
    doe = _patient(workspace)
    disc = archibald_disc(tmp_path / "disc")
    before = _sealed_files(workspace)
    library.forget(workspace.blobs, library.scan(disc, workspace.blobs))  # staff cancelled
    assert _sealed_files(workspace) == before
    _import(workspace, doe.id, disc)
    kept = _sealed_files(workspace)
    again = library.scan(disc, workspace.blobs)
    with workspace.begin() as conn:
        assert library.store(conn, workspace.blobs, doe.id, again, SYSTEM) == \
            library.Imported(0, 0, 7)
    assert _sealed_files(workspace) == kept
