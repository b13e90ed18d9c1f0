"""Overlay planes (60xx,3000) drawn over the image in white, where and on the frames they say,
and hidden on request; a damaged plane is passed over and the image still shows. (Against
dcmtk on a real file: tests/viewer/test_fidelity.py, MR-SIEMENS-DICOM-WithOverlays.dcm.)"""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.pixels.utils import pack_bits

from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView

DARK = Window(3000, 10)  # every pixel of these images black: only an overlay is white


def _with_overlay(name: str, *, origin=(11, 21), size=(8, 8), group=0x6000,
                  frames: tuple[int, int] | None = None, data: bytes | None = None) -> SeriesView:
    ds = pydicom.dcmread(get_testdata_file(name))
    plane = np.ones(size, np.uint8)
    ds.add_new((group, 0x0010), "US", size[0])
    ds.add_new((group, 0x0011), "US", size[1])
    ds.add_new((group, 0x0040), "CS", "G")
    ds.add_new((group, 0x0050), "SS", list(origin))
    ds.add_new((group, 0x0100), "US", 1)
    ds.add_new((group, 0x0102), "US", 0)
    if frames is not None:
        ds.add_new((group, 0x0051), "US", frames[0])
        ds.add_new((group, 0x0015), "IS", frames[1])
    ds.add_new((group, 0x3000), "OW", pack_bits(plane) if data is None else data)
    out = io.BytesIO()
    ds.save_as(out)
    return SeriesView(SeriesImages("1.2.3", 1, "", "", [out.getvalue()]))


def _white(frame: np.ndarray) -> set[tuple[int, int]]:
    return {(int(r), int(c)) for r, c in zip(*np.nonzero(frame == 255), strict=True)}


def test_a_plane_is_drawn_white_at_its_origin_and_can_be_hidden() -> None:
    view = _with_overlay("CT_small.dcm")
    assert view.has_overlays()
    assert _white(view.frame(0, DARK)) == {(r, c) for r in range(10, 18) for c in range(20, 28)}
    view.overlays = False
    assert _white(view.frame(0, DARK)) == set()


def test_a_plane_past_the_image_s_edge_is_cut_to_it() -> None:
    view = _with_overlay("CT_small.dcm", origin=(125, -3))  # 128 x 128
    assert _white(view.frame(0, DARK)) == {(r, c) for r in range(124, 128) for c in range(0, 4)}


def test_a_plane_marks_only_the_frames_it_covers() -> None:
    view = _with_overlay("emri_small.dcm", frames=(2, 1))  # the second of ten frames
    assert [bool(_white(view.frame(i, DARK))) for i in range(len(view))] == [
        i == 1 for i in range(len(view))]


@pytest.mark.parametrize("data", [b"", b"\x00\x01", b"\xff" * 3])
def test_a_short_plane_is_passed_over_and_the_image_still_shows(data: bytes) -> None:
    view = _with_overlay("CT_small.dcm", data=data)
    assert view.frame(0, Window(40, 400)).shape == (128, 128)
    assert _white(view.frame(0, DARK)) == set()


def test_an_image_without_planes_offers_no_overlay() -> None:
    with open(get_testdata_file("CT_small.dcm"), "rb") as f:
        view = SeriesView(SeriesImages("1.2.3", 1, "", "", [f.read()]))
    assert not view.has_overlays()
