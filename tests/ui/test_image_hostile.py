"""The viewer with odd images: one whose display step fails says so in its own place (its
thumbnail too) while the rest of the study shows; the corner text stays readable on a white
image; a disc's files left out are listed with their reasons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from desk.frontdesk.model import Patient
from desk.ui.image_import import ImportImagesDialog
from desk.ui.image_view import ImageViewerDialog
from desk.viewer import library
from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView
from tests.viewer import crafted


def _viewer(qtbot, *images: bytes) -> ImageViewerDialog:
    series = SeriesView(SeriesImages("1.2", 1, "Head", "CT", list(images)))
    viewer = ImageViewerDialog([series], "CT head", "Doe, Archibald")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def _good() -> bytes:
    return crafted.to_bytes(crafted.ct())


@pytest.mark.parametrize("sequence", ["VOILUTSequence", "ModalityLUTSequence"])
def test_an_image_whose_lut_is_short_says_so_and_the_rest_shows(qtbot, sequence: str) -> None:
    viewer = _viewer(qtbot, _good(), crafted.short_lut(sequence), _good())
    canvas = viewer.canvas
    # the series opens on its middle image, the thumbnail's: the bad one
    assert viewer.thumbs.item(0).icon().isNull()
    assert canvas.index == 1 and canvas.image is None
    assert canvas.error == "This image is damaged and cannot be shown."
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.image is not None and not canvas.error
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert viewer.position.text() == "Image 2 of 3"
    if sequence == "ModalityLUTSequence":  # its values themselves cannot be had
        assert canvas.image is None and canvas.error
    else:  # a window is now chosen, so the image's own broken VOI LUT is not needed
        assert canvas.image is not None and not canvas.error


def test_the_corner_text_is_readable_on_a_white_image(qtbot) -> None:
    viewer = _viewer(qtbot, _good())
    canvas = viewer.canvas
    canvas.set_window(Window(-5000, 1))  # everything above the threshold: white
    canvas.zoom_by(8)  # the image covers the whole canvas, corners too
    grab = canvas.grab().toImage()
    caption = [QColor(grab.pixel(x, y)).lightness() for x in range(10, 200)
               for y in range(8, 26)]
    assert min(caption) < 60 and max(caption) > 200  # dark outline around light letters


def test_the_files_left_out_are_listed_with_their_reasons(qtbot, tmp_path) -> None:
    disc = tmp_path / "disc"
    disc.mkdir()
    first = crafted.ct()
    (disc / "IM0001").write_bytes(crafted.to_bytes(first))
    (disc / "IM0002").write_bytes(crafted.to_bytes(crafted.ct(
        SOPInstanceUID=first.SOPInstanceUID, InstanceNumber=7)))
    (disc / "IM0003").write_bytes(crafted.compressed(NumberOfFrames=1_000_000_000))
    dialog = ImportImagesDialog(library.scan(disc), Patient(family="Samples", given="CT1"))
    qtbot.addWidget(dialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Found 1 image in 1 study. 2 files cannot be imported and will be left out:" in text
    assert f"• IM0002: {library.SAME_UID}." in text
    assert "• IM0003: it claims 1,000,000,000 frames but holds 1." in text


def test_the_tags_of_a_header_with_a_huge_sequence_open_a_page_at_a_time(qtbot) -> None:
    from pydicom import Dataset
    from pydicom.sequence import Sequence

    from desk.ui.image_tags import PAGE, TagsDialog

    ds = crafted.ct()
    ds.ReferencedImageSequence = Sequence(
        [Dataset() for _ in range(50_000)])  # a million in the issue; fewer keep it quick
    ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID = "1.2.3"
    tags = TagsDialog(ds)
    qtbot.addWidget(tags)
    tags.filter.setText("referenced image")
    [node] = [tags.tree.topLevelItem(n) for n in range(tags.tree.topLevelItemCount())
              if not tags.tree.topLevelItem(n).isHidden()]
    assert node.text(2) == "50000 items" and node.childCount() == 0  # nothing made yet
    node.setExpanded(True)
    assert node.childCount() == PAGE + 1
    more = node.child(PAGE)
    assert (more.text(1), more.text(2)) == (f"Show {PAGE} more…", f"{PAGE} of 50,000 items shown")
    tags.tree.itemActivated.emit(more, 0)
    assert node.childCount() == 2 * PAGE + 1 and node.child(PAGE).text(1) == f"Item {PAGE + 1}"
    first = node.child(0)
    first.setExpanded(True)
    assert [(first.child(0).text(1), first.child(0).text(2))] == [
        ("Referenced SOP Instance UID", "1.2.3")]


class _FakeSeriesFailingUnforeseen(SeriesView):
    """A fake: image 2 fails with an error no display step foresees (a bug, not bad data)."""

    def frame(self, index: int, window: Window | None):
        if index == 1:
            raise RuntimeError("unforeseen")
        return super().frame(index, window)


def test_an_unforeseen_failure_shows_in_the_image_s_place_not_the_last_image(qtbot) -> None:
    series = _FakeSeriesFailingUnforeseen(SeriesImages("1.2", 1, "Head", "CT",
                                                       [_good(), _good(), _good()]))
    viewer = ImageViewerDialog([series], "CT head", "Doe, Archibald")  # opens on image 2
    qtbot.addWidget(viewer)
    canvas = viewer.canvas
    assert viewer.thumbs.item(0).icon().isNull() and canvas.image is None
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.image is not None and not canvas.error
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.image is None and canvas.error.startswith("Something went wrong")
    assert viewer.position.text() == "Image 2 of 3"
