"""A long series from the store in the viewer: its middle image shows at once, with its
corner text, and an image not read yet comes when paged to, in its place."""

from __future__ import annotations

from datetime import date

import numpy as np
from pydicom import Dataset
from pydicom.pixels.utils import pack_bits
from PySide6.QtCore import Qt

from desk.storage import SYSTEM
from desk.ui.image_view import ImageViewerDialog
from desk.ui.locale_text import date_text
from desk.viewer import library
from desk.viewer.series import HEADERS, SeriesView
from tests.viewer.test_lazy_series import STUDY, stored_series

SLICES = 2 * HEADERS + 6


def test_a_long_stored_series_shows_its_middle_at_once_and_pages_to_the_end(
        qtbot, workspace) -> None:
    stored_series(workspace, SLICES)
    with workspace.begin() as conn:
        [series] = library.load_study(conn, workspace.blobs, STUDY, SYSTEM)
    viewer = ImageViewerDialog([SeriesView(series)], "Long CT", "Phantom, Long")
    qtbot.addWidget(viewer)
    canvas = viewer.canvas
    # no waiting: the middle image was opened with the series
    assert canvas.image is not None and not canvas.loading and not canvas.error
    assert not viewer.thumbs.item(0).icon().isNull()
    top_left, _, bottom_left, _ = canvas.corner_texts()
    assert date_text(date(2026, 1, 5)) in top_left
    assert bottom_left.startswith(f"Image {SLICES // 2 + 1} of {SLICES}\nSlice at")
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.index == SLICES - 1
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.loading)
    assert not canvas.error and viewer.position.text() == f"Image {SLICES} of {SLICES}"
    assert "Slice at -63.0 mm" in canvas.corner_texts()[2]
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.loading)
    assert canvas.index == SLICES - 2 and not canvas.error


def _overlay(ds: Dataset) -> None:
    """An 8 x 8 overlay plane at the image's top left."""
    for element, vr, value in ((0x0010, "US", 8), (0x0011, "US", 8), (0x0040, "CS", "G"),
                               (0x0050, "SS", [1, 1]), (0x0100, "US", 1), (0x0102, "US", 0)):
        ds.add_new((0x6000, element), vr, value)
    ds.add_new((0x6000, 0x3000), "OW", pack_bits(np.ones((8, 8), np.uint8)))


def test_the_overlay_button_comes_when_an_image_with_a_plane_is_shown(qtbot, workspace) -> None:
    stored_series(workspace, SLICES, last=_overlay)
    with workspace.begin() as conn:
        [series] = library.load_study(conn, workspace.blobs, STUDY, SYSTEM)
    viewer = ImageViewerDialog([SeriesView(series)], "Long CT", "Phantom, Long")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert not viewer.overlay.isVisible()  # no image read so far has a plane
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: viewer.canvas.image is not None and not viewer.canvas.loading)
    assert viewer.overlay.isVisible()
