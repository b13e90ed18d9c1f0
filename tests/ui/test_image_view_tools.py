"""The viewer's tools: window presets by modality and the image's own windows and VOI LUTs by
name; the corner text; the view saved as a PNG, audited."""

from __future__ import annotations

from datetime import date

import numpy as np
import sqlalchemy as sa
from pydicom import Dataset
from pydicom.sequence import Sequence
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from desk.storage.schema import audit, patient
from desk.ui.image_view import ImageViewerDialog, export_audit
from desk.ui.locale_text import date_text
from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView
from tests.ui.conftest import answer_file_dialog, signed_in_session
from tests.ui.test_image_view_async import _drag, _shown
from tests.viewer import crafted


def _viewer(qtbot, modality: str, *images: bytes) -> ImageViewerDialog:
    series = SeriesView(SeriesImages("1.2", 1, "Head", modality, list(images)))
    return _shown(qtbot, ImageViewerDialog([series], "CT head", "Doe, Archibald"))


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
        f"Doe, Archibald\nCT head\n{date_text(date(2024, 3, 5))}", "Series 1 · CT · Head",
        "Image 2 of 3\nSlice at -7.5 mm", f"{canvas.window_text()}\nZoom 100%"]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.corner_texts()[2] == "Image 3 of 3\nSlice at -2.5 mm"


def _white_corner_pixels(image) -> int:
    """How many of the top-left corner's pixels are near white (the corner text)."""
    return sum(image.pixelColor(x, y).lightness() > 200 for x in range(0, 200, 2)
               for y in range(0, 60, 2))


def test_the_view_is_saved_as_a_png_with_or_without_its_corner_text_and_audited(
        qtbot, staffed, tmp_path) -> None:
    session = signed_in_session(staffed)
    with staffed.read() as conn:
        patient_id = conn.execute(sa.select(patient.c.id)).scalars().first()
    series = SeriesView(SeriesImages("1.2", 1, "Head", "CT", [crafted.to_bytes(crafted.ct())]))
    viewer = _shown(qtbot, ImageViewerDialog([series], "CT head", "Doe, Archibald",
                                             exported=export_audit(session, patient_id)))
    assert viewer.save.isVisible()
    saved = {}
    for overlay, name in ((True, "with.png"), (False, "alone.png")):
        answer_file_dialog(tmp_path / name)
        viewer.save_png(overlay=overlay)
        saved[overlay] = QImage(str(tmp_path / name))
    assert saved[True].size() == saved[False].size() == viewer.canvas.size()
    assert saved[True] != saved[False]
    assert _white_corner_pixels(saved[True]) > 20 and _white_corner_pixels(saved[False]) == 0
    qtbot.waitUntil(lambda: _audited(staffed) == [patient_id] * 2)


def _audited(staffed) -> list[str]:
    with staffed.read() as conn:
        return conn.execute(sa.select(audit.c.record_id).where(
            audit.c.action == "images.export-png")).scalars().all()


def test_without_a_way_to_audit_it_the_viewer_offers_no_saving(qtbot) -> None:
    viewer = _viewer(qtbot, "CT", crafted.to_bytes(crafted.ct()))
    assert not viewer.save.isVisible()


def _lut(explanation: str, data: np.ndarray) -> Dataset:
    item = Dataset()
    item.LUTDescriptor = [len(data), 0, 12]
    item.LUTData = data.astype(np.uint16).tobytes()
    item.LUTExplanation = explanation
    return item


def test_the_image_s_own_voi_luts_are_offered_by_name(qtbot) -> None:
    ramp = np.arange(4096)
    ds = crafted.ct()
    ds.VOILUTSequence = Sequence([_lut("SOFT", ramp), _lut("", ramp[::-1])])
    viewer = _viewer(qtbot, "MR", crafted.to_bytes(ds))
    assert [viewer.presets.itemText(n) for n in range(viewer.presets.count())] == [
        "As stored in the image", "SOFT", "VOI LUT 2"]
    first = viewer.canvas.image.copy()
    _choose(viewer, "VOI LUT 2")
    assert viewer.canvas.window_text() == "VOI LUT 2" and viewer.canvas.image != first
    _choose(viewer, "SOFT")
    assert viewer.canvas.image == first  # the first is the one shown as stored


def test_the_measurement_reads_on_a_white_image(qtbot) -> None:
    viewer = _viewer(qtbot, "CT", crafted.to_bytes(crafted.ct(PixelSpacing=[0.5, 0.5])))
    canvas = viewer.canvas
    canvas.set_window(Window(-5000, 1))  # everything above the threshold: white
    canvas.zoom_by(8)
    viewer.measure.setChecked(True)
    start = canvas.rect().center()
    end = start + QPoint(100, 0)
    _drag(qtbot, canvas, start, end)
    grab = canvas.grab().toImage()
    label = [grab.pixelColor(x, y).lightness() for x in range(end.x() + 8, end.x() + 60)
             for y in range(end.y() - 24, end.y() - 4)]
    assert min(label) < 60  # a dark outline around the yellow letters


def test_the_image_s_overlay_drawing_shows_and_hides(qtbot) -> None:
    from pydicom.data import get_testdata_file

    with open(get_testdata_file("MR-SIEMENS-DICOM-WithOverlays.dcm"), "rb") as f:
        viewer = _viewer(qtbot, "MR", f.read())
    assert viewer.overlay.isVisibleTo(viewer) and viewer.overlay.isChecked()
    with_overlay = viewer.canvas.image.copy()
    viewer.overlay.click()
    assert not viewer.overlay.isChecked()
    without = viewer.canvas.image.copy()
    assert without != with_overlay
    assert _white_count(with_overlay) > _white_count(without)
    assert not _viewer(qtbot, "CT", crafted.to_bytes(crafted.ct())).overlay.isVisibleTo(
        viewer)


def _white_count(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(grey.height()) for x in range(grey.width())
               if grey.pixelColor(x, y).value() == 255)
