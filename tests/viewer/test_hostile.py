"""Hostile and odd disc files, each judged alone: a header claiming more than its file holds
or than memory allows, sequences nested too deep, a named pipe, a link out of the folder, a
file too large, two images under one ID, 12-bit JPEG; each left out with its reason while
the rest of the disc is found, and the viewer says so in the image's own place."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from pydicom.data import get_testdata_file

from desk.errors import DeskError
from desk.viewer import library, pixels
from desk.viewer.disc_files import MAX_FILE_BYTES, OUTSIDE, TOO_LARGE
from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView
from tests.viewer import crafted
from tests.viewer.discs import archibald_disc


def _disc(tmp_path: Path, **files: bytes) -> Path:
    disc = tmp_path / "disc"
    disc.mkdir(exist_ok=True)
    for name, data in files.items():
        (disc / name).write_bytes(data)
    return disc


def _reasons(found: library.Scan) -> dict[str, str]:
    return {r.name: r.reason for r in found.refused}


def _shown(data: bytes) -> np.ndarray:
    view = SeriesView(SeriesImages("1.2", 1, "", "CT", [data]))
    return view.frame(0, view.default_window(0))


@pytest.mark.parametrize(("claims", "reason"), [
    ({"NumberOfFrames": 1_000_000_000}, "it claims 1,000,000,000 frames but holds 1"),
    ({"Rows": 65535, "Columns": 65535}, "it is too large to show (65,535 × 65,535 pixels)")])
def test_compressed_data_claiming_more_than_it_holds_is_refused_at_import_and_in_the_viewer(
        claims: dict[str, int], reason: str, tmp_path) -> None:
    data = crafted.compressed(**claims)
    found = library.scan(_disc(tmp_path, IM0001=data, IM0002=crafted.compressed()))
    assert len(found.images) == 1 and _reasons(found) == {"IM0001": reason}
    view = SeriesView(SeriesImages("1.2", 1, "", "CT", [data, crafted.compressed()]))
    assert len(view) == 2  # one place for the refused image, one for the good one
    with pytest.raises(DeskError) as refused:
        view.frame(0, None)
    assert refused.value.message == f"This image cannot be shown: {reason}."
    assert view.frame(1, view.default_window(1)).shape == (128, 128)


def test_a_codestream_larger_than_its_header_says_is_refused_before_decoding(
        tmp_path) -> None:
    data = crafted.j2k_codestream_larger(60_000, 60_000)
    reason = ("its compressed data holds a larger image (60,000 × 60,000 pixels) than its "
              "header says")
    assert _reasons(library.scan(_disc(tmp_path, IM0001=data))) == {"IM0001": reason}
    with pytest.raises(DeskError, match="holds a larger image"):
        _shown(data)
    good = crafted.to_bytes(crafted.shipped("MR_small_jp2klossless.dcm"))
    assert _shown(good).shape == (64, 64)


def test_one_bad_file_is_left_out_with_its_reason_and_the_disc_still_reads(tmp_path) -> None:
    disc = archibald_disc(tmp_path / "disc")
    outside = tmp_path / "elsewhere.dcm"
    outside.write_bytes(crafted.to_bytes(crafted.ct()))
    (disc / "LINK").symlink_to(outside)
    os.mkfifo(disc / "PIPE")  # reading it would wait for a writer forever
    (disc / "NESTED").write_bytes(crafted.nested(20_000))
    with open(disc / "HUGE", "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no space taken
    found = library.scan(disc)
    assert len(found.images) == 7 and found.other == 3  # the DICOMDIR, README, the pipe
    reasons = _reasons(found)
    assert reasons.pop("LINK") == OUTSIDE
    assert reasons.pop("HUGE") == TOO_LARGE
    assert reasons.pop("NESTED") == "it is damaged: its header nests sequences too deeply to read"
    assert reasons == {"77654033/CR1/BROKEN": "its pixel data is shorter than the image "
                       "(the file is cut short)"}
    with pytest.raises(DeskError, match="damaged"):
        _shown(crafted.nested(20_000))


def test_a_file_too_large_for_the_memory_left_is_left_out_and_the_rest_read(
        tmp_path) -> None:
    import resource

    disc = _disc(tmp_path, IM0001=crafted.to_bytes(crafted.ct()))
    with open(disc / "IM0002", "wb") as f:
        f.truncate(256 << 20)  # sparse: no space on disk, 256 MiB when read
    status = Path("/proc/self/status").read_text()
    in_use = int(next(line for line in status.splitlines()
                      if line.startswith("VmData:")).split()[1]) << 10
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, (in_use + (96 << 20), hard))
    try:
        found = library.scan(disc)
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
    assert len(found.images) == 1
    assert _reasons(found) == {"IM0002": "it is too large to read on this computer"}


def test_a_link_inside_the_folder_is_followed(tmp_path) -> None:
    disc = _disc(tmp_path, IM0001=crafted.to_bytes(crafted.ct()))
    (disc / "sub").mkdir()
    (disc / "sub" / "LINK").symlink_to(disc / "IM0001")
    assert len(library.scan(disc).images) == 1 and not library.scan(disc).refused


def test_a_different_image_under_an_id_already_seen_is_left_out_with_the_reason(
        tmp_path) -> None:
    first = crafted.ct()
    other = crafted.ct(SOPInstanceUID=first.SOPInstanceUID, InstanceNumber=2)
    found = library.scan(_disc(tmp_path, A=crafted.to_bytes(first), B=crafted.to_bytes(other),
                               COPY=crafted.to_bytes(first)))
    assert len(found.images) == 1
    assert _reasons(found) == {"B": library.SAME_UID}  # the plain copy is the same image


def test_12_bit_jpeg_is_refused_at_import_naming_the_file(tmp_path) -> None:
    # neither python-gdcm's wheel ("Unsupported JPEG data precision 12") nor Pillow decode
    # it; pylibjpeg-libjpeg, which does, is GPL-3.0
    data = Path(get_testdata_file("JPEG-lossy.dcm")).read_bytes()
    found = library.scan(_disc(tmp_path, IM0001=data))
    assert not found.images and _reasons(found) == {
        "IM0001": "it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode"}


@pytest.mark.parametrize("kind", ["file meta first", "dataset only, implicit VR"])
def test_a_file_without_the_preamble_is_read_as_dcmtk_does(kind: str, tmp_path) -> None:
    data = crafted.to_bytes(crafted.ct())[132:] if kind == "file meta first" else \
        crafted.bare(crafted.ct())
    found = library.scan(_disc(tmp_path, IM0001=data, README=b"Open viewer.exe\n"))
    assert len(found.images) == 1 and found.other == 1
    assert _shown(data).shape == (128, 128)


def test_uncompressed_ybr_full_422_is_found_and_shown(tmp_path) -> None:
    data = Path(get_testdata_file("SC_ybr_full_422_uncompressed.dcm")).read_bytes()
    found = library.scan(_disc(tmp_path, IM0001=data))
    assert len(found.images) == 1 and not found.refused
    assert _shown(data).shape == (100, 100, 3)


@pytest.mark.parametrize("sequence", ["VOILUTSequence", "ModalityLUTSequence"])
def test_a_short_lut_says_the_image_is_damaged(sequence: str) -> None:
    with pytest.raises(DeskError, match="damaged"):
        _shown(crafted.short_lut(sequence))


def test_a_window_width_of_1_is_a_threshold() -> None:
    values = np.array([38.0, 39.5, 39.6, 40.0, 41.0])
    assert pixels.apply_window(values, Window(40, 1)).tolist() == [0, 0, 255, 255, 255]
