"""Images in the chart: a study on this computer opens in the viewer (paging, window, zoom,
presets, tags), a patient's disc is imported after staff confirm whose it is, and a damaged
image says so while the rest of the series still shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from desk.storage.schema import audit, image_instance
from desk.ui.chart import PatientChartWidget
from desk.ui.image_import import ImportImagesDialog
from desk.ui.image_view import ImageViewerDialog, TagsDialog
from desk.ui.patients_screen import PatientsScreen
from desk.viewer import demo as demo_images
from tests.ui.conftest import answer_file_dialog
from tests.ui.test_patients import _open_chart, _screen
from tests.viewer.discs import archibald_disc

pytestmark = pytest.mark.clock


def _chart_with_study(qtbot, staffed, family: str) -> tuple[PatientsScreen, PatientChartWidget]:
    with staffed.begin() as conn:
        demo_images.add(conn, staffed.blobs, date.today())
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, family)
    qtbot.waitUntil(lambda: chart.timeline.rowCount() > 0)
    return screen, chart


def _open_study(qtbot, chart) -> ImageViewerDialog:
    rows = [chart.timeline.row_at(n) for n in range(chart.timeline.rowCount())]
    study = next(r for r in rows if r.source == "images")
    chart.open_item(study)
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog))
    viewer = chart.opened
    qtbot.waitExposed(viewer)
    return viewer


def _wheel(canvas, steps: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(centre, canvas.mapToGlobal(centre), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)


def test_a_study_on_this_computer_opens_and_pages_windows_and_zooms(qtbot, staffed) -> None:
    screen, chart = _chart_with_study(qtbot, staffed, "okafor")
    kinds = {chart.timeline.index(n, 1).data(): chart.timeline.index(n, 3).data()
             for n in range(chart.timeline.rowCount())}
    assert "on this computer" in kinds["Imaging"]
    # the server's record of the same study is not listed a second time
    assert [chart.timeline.index(n, 1).data()
            for n in range(chart.timeline.rowCount())].count("Imaging") == 1
    viewer = _open_study(qtbot, chart)
    canvas = viewer.canvas
    assert viewer.thumbs.count() >= 1 and not viewer.thumbs.item(0).icon().isNull()
    assert canvas.image is not None and not canvas.error
    assert viewer.position.text() == f"Image {canvas.index + 1} of {len(canvas.series)}"
    first = canvas.image.copy()

    _wheel(canvas, -1)  # towards the feet
    assert viewer.position.text() == f"Image {canvas.index + 1} of {len(canvas.series)}"
    assert canvas.image != first
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.index == 0 and viewer.slider.value() == 0
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.index == len(canvas.series) - 1

    before = canvas.window_text()
    middle = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(canvas, middle + QPoint(120, 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=middle + QPoint(120, 40))
    assert canvas.window_text() != before and canvas.window.width > 80

    fitted = canvas.scale()
    _wheel(canvas, 2, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale() > fitted * 1.5
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=middle)
    assert abs(canvas.scale() - fitted) < 1e-6


def test_window_presets_and_the_tags_of_an_image(qtbot, staffed) -> None:
    screen, chart = _chart_with_study(qtbot, staffed, "durand")  # the first booked: a head CT
    viewer = _open_study(qtbot, chart)
    assert viewer.canvas.series.series.modality == "CT"
    names = [viewer.presets.itemText(n) for n in range(viewer.presets.count())]
    assert names[0] == "As stored in the image" and "Bone (W 1800 L 400)" in names
    bright_brain = viewer.canvas.image.copy()
    viewer.presets.setCurrentIndex(names.index("Bone (W 1800 L 400)"))
    viewer.presets.activated.emit(names.index("Bone (W 1800 L 400)"))
    assert viewer.canvas.window_text() == "W 1800  L 400"
    assert viewer.canvas.image != bright_brain
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R)
    assert viewer.canvas.window_text() == "W 80  L 40"

    viewer._show_tags()
    tags = viewer.tags
    assert isinstance(tags, TagsDialog)
    tags.filter.setText("modality")
    shown = [tags.tree.topLevelItem(n) for n in range(tags.tree.topLevelItemCount())
             if not tags.tree.topLevelItem(n).isHidden()]
    assert [(i.text(1), i.text(2)) for i in shown] == [("Modality", "CT")]


def test_a_disc_is_imported_once_the_patient_is_confirmed(qtbot, staffed, tmp_path) -> None:
    disc = archibald_disc(tmp_path / "Archibald Doe disc")
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, "okafor")
    before = chart.timeline.rowCount()
    answer_file_dialog(disc)
    chart.import_images()
    qtbot.waitUntil(lambda: chart.findChild(ImportImagesDialog) is not None, timeout=10000)
    dialog = chart.findChild(ImportImagesDialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Found 7 images in 2 studies. 1 file cannot be imported" in text
    assert "• 77654033/CR1/BROKEN: its pixel data is shorter than the image (the file is cut " \
           "short)." in text
    assert "⚠ The images name Archibald Doe" in text
    # not this chart's patient: nothing is stored until staff say so
    assert not dialog.import_button.isEnabled()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported 7 images." in chart.banner.label.text(), timeout=10000)
    qtbot.waitUntil(lambda: chart.timeline.rowCount() == before + 2)
    # Qt's dialog keeps the folders it visited, in plain text: desk makes it forget them
    kept = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert "Archibald" not in (kept.read_text() if kept.exists() else "")
    with staffed.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(image_instance)).scalar() == 7
        assert conn.execute(sa.select(audit.c.record_id).where(
            audit.c.action == "images.import")).scalars().all() == [chart.patient_id]


def test_a_damaged_image_says_so_and_the_rest_of_the_series_shows(qtbot, staffed) -> None:
    screen, chart = _chart_with_study(qtbot, staffed, "okafor")
    with staffed.begin() as conn:
        row = conn.execute(sa.select(image_instance).where(
            image_instance.c.patient_id == chart.patient_id).order_by(
            image_instance.c.series_number, image_instance.c.instance_number)).first()
        data = staffed.blobs.get(conn, row.blob_id)
        staffed.blobs.delete(conn, row.blob_id)
        cut = staffed.blobs.put(conn, "ImageInstance", row.id, data[:len(data) // 2],
                                "application/dicom")
        conn.execute(image_instance.update().where(image_instance.c.id == row.id)
                     .values(blob_id=cut))
    viewer = _open_study(qtbot, chart)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Home)
    assert viewer.canvas.image is None
    assert viewer.canvas.error == ("This image cannot be shown: its pixel data is shorter than "
                                   "the image (the file is cut short).")
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Down)
    assert viewer.canvas.image is not None and not viewer.canvas.error


def test_a_length_is_measured_in_millimetres(qtbot, staffed) -> None:
    screen, chart = _chart_with_study(qtbot, staffed, "durand")
    viewer = _open_study(qtbot, chart)
    canvas = viewer.canvas
    viewer.measure.setChecked(True)
    window = canvas.window_text()
    start = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(120, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    spacing = float(canvas.series.dataset(canvas.index).PixelSpacing[1])
    assert canvas.measurement_text() == f"{120 / canvas.scale() * spacing:.1f} mm"
    assert canvas.window_text() == window  # measuring leaves the window alone
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.measurement_text() == ""
