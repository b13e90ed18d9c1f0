"""The viewer's tools: window presets by modality and the image's own windows by name; the
corner text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.ui.image_view import ImageViewerDialog
from desk.viewer.library import SeriesImages
from desk.viewer.series import SeriesView
from tests.viewer import crafted


def _viewer(qtbot, modality: str, *images: bytes) -> ImageViewerDialog:
    series = SeriesView(SeriesImages("1.2", 1, "Head", modality, list(images)))
    viewer = ImageViewerDialog([series], "CT head", "Doe, Archibald")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def _choose(viewer: ImageViewerDialog, text: str) -> None:
    names = [viewer.presets.itemText(n) for n in range(viewer.presets.count())]
    viewer.presets.setCurrentIndex(names.index(text))
    viewer.presets.activated.emit(names.index(text))


def test_ct_presets_and_the_image_s_own_windows_by_name(qtbot) -> None:
    image = crafted.to_bytes(crafted.ct(
        WindowCenter=[40, 300], WindowWidth=[80, 1500],
        WindowCenterWidthExplanation=["WINDOW1 BRAIN", ""]))
    viewer = _viewer(qtbot, "CT", image)
    names = [viewer.presets.itemText(n) for n in range(viewer.presets.count())]
    assert names == [
        "As stored in the image", "WINDOW1 BRAIN (W 80 L 40)", "Window 2 (W 1500 L 300)",
        "Brain (W 80 L 40)", "Subdural (W 200 L 75)", "Stroke (W 8 L 32)",
        "Lung (W 1500 L -600)", "Mediastinum (W 350 L 50)", "Abdomen (W 400 L 50)",
        "Liver (W 150 L 30)", "Bone (W 1800 L 400)"]
    before = viewer.canvas.image.copy()
    _choose(viewer, "Window 2 (W 1500 L 300)")
    assert viewer.canvas.window_text() == "W 1500  L 300" and viewer.canvas.image != before
    _choose(viewer, "Liver (W 150 L 30)")
    assert viewer.canvas.window_text() == "W 150  L 30"


def test_an_image_of_another_modality_offers_only_its_own_windows(qtbot) -> None:
    image = crafted.to_bytes(crafted.ct(Modality="DX", WindowCenter=2000, WindowWidth=4000))
    viewer = _viewer(qtbot, "DX", image)
    assert [viewer.presets.itemText(n) for n in range(viewer.presets.count())] == [
        "As stored in the image", "Window 1 (W 4000 L 2000)"]
    assert _viewer(qtbot, "DX", crafted.to_bytes(crafted.ct())).presets.isEnabled() is False


def test_the_corners_name_the_patient_study_date_series_slice_window_and_zoom(qtbot) -> None:
    images = [crafted.to_bytes(crafted.ct(StudyDate="20240305", SliceLocation=-12.5 + 5 * n))
              for n in range(3)]
    viewer = _viewer(qtbot, "CT", *images)
    canvas = viewer.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    assert canvas.corner_texts() == [
        "Doe, Archibald\nCT head\n05 Mar 2024", "Series 1 · CT · Head",
        "Image 2 of 3\nSlice at -7.5 mm", f"{canvas.window_text()}\nZoom 100%"]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.corner_texts()[2] == "Image 3 of 3\nSlice at -2.5 mm"
