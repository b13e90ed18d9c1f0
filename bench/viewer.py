"""The image viewer: 512 x 512 CT slices from the encrypted store to the screen, each figure
printed beside a peer's measured in the same run.

- store to 8-bit: a sealed slice read, decoded, rescaled and windowed by the viewer's own
  functions (SeriesView.frame), against Orthanc's ``/instances/{id}/rendered`` (one real
  Orthanc on 127.0.0.1, the same files) and dcmtk's ``dcmj2pnm`` (one process per file, as
  a script would run it; it has no JPEG 2000 decoder, so uncompressed only).
- scrolling: the real viewer (ImageViewerDialog, offscreen) sent a Down key at a fixed rate
  through a series, uncompressed and JPEG 2000 lossless (pydicom's pylibjpeg encoder):
  frames painted a second, and frames asked for that were never painted (dropped). The
  peer paints the same frames, rendered beforehand as QImages, in a bare widget of the
  same size: the bare cost of painting. Waiting is an event loop with a timer, as
  pytest-qt's waitUntil (PySide6 6.12 leaks on each processEvents call).
- peak memory: a fresh process that opens a long series in the viewer and pages through
  it, against the same process (the same imports, the workspace open, a window shown)
  holding one slice's decoded pixels only: what the series itself costs (VmHWM).
- first image: a cached study chosen in the chart (load_study, SeriesView, the dialog's
  first paint) against a bare QLabel painting one slice already decoded as a QImage.

The images are made here (a noisy phantom, no patient's), never read from disc.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bench.report import emit, median, parser

PASSPHRASE = "bench passphrase, not a secret"
STUDY = "1.2.826.0.1.3680043.8.498.7001"
SIZE = 512


def main() -> None:
    p = parser("the image viewer: store to screen against Orthanc, dcmtk and bare painting")
    p.add_argument("--slices", type=int, default=40, help="slices rendered one by one (a)")
    p.add_argument("--scroll", type=int, default=300, help="slices of the scrolled series (b)")
    p.add_argument("--rate", type=float, default=60.0, help="key presses a second (b)")
    p.add_argument("--long", type=int, default=1000, help="slices of the series held (c)")
    p.add_argument("--runs", type=int, default=5, help="opens of the study (d)")
    p.add_argument("--child", choices=("viewer", "floor"), help=argparse.SUPPRESS)
    p.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        print(json.dumps({"peak_mb": _child(args.child, args.workspace)}))
        return
    if args.smoke:
        args.slices, args.scroll, args.long, args.runs = 3, 12, 20, 1
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        figures = measure(Path(tmp), args)
    _emit(figures, args)


def measure(tmp: Path, args: Any) -> dict[str, float]:
    figures = _to_8bit(tmp, args.slices)
    figures |= _on_screen(tmp, args.scroll, args.rate, args.runs)
    figures |= _peak_memory(tmp, args.long)
    return figures


def _emit(f: dict[str, float], args: Any) -> None:
    f["ratio_8bit_orthanc"] = f["desk_8bit_ms"] / f["peer_orthanc_rendered_ms"]
    f["ratio_8bit_dcmj2pnm"] = f["desk_8bit_ms"] / f["peer_dcmj2pnm_ms"]
    f["ratio_8bit_j2k_orthanc"] = f["desk_8bit_j2k_ms"] / f["peer_orthanc_rendered_j2k_ms"]
    for kind in ("raw", "j2k"):
        f[f"ratio_scroll_{kind}_fps"] = f[f"scroll_{kind}_fps"] / f[f"peer_paint_{kind}_fps"]
    f["ratio_peak_mb"] = f["peak_mb"] / f["peer_peak_mb"]
    f["ratio_first_image"] = f["first_image_ms"] / f["peer_first_image_ms"]
    rows = [
        ("store to 8-bit, uncompressed (ms/slice) vs Orthanc /rendered", f["desk_8bit_ms"],
         f["peer_orthanc_rendered_ms"], f["ratio_8bit_orthanc"]),
        ("store to 8-bit, uncompressed (ms/slice) vs dcmj2pnm", f["desk_8bit_ms"],
         f["peer_dcmj2pnm_ms"], f["ratio_8bit_dcmj2pnm"]),
        *[(f"  of which {step}", f[f"desk_8bit_{step}_ms"], "", "")
          for step in ("read", "parse", "decode", "window")],
        ("store to 8-bit, JPEG 2000 (ms/slice) vs Orthanc /rendered", f["desk_8bit_j2k_ms"],
         f["peer_orthanc_rendered_j2k_ms"], f["ratio_8bit_j2k_orthanc"]),
        ("  of which decode", f["desk_8bit_j2k_decode_ms"], "", ""),
        ("scrolling, uncompressed (fps) vs bare painting", f["scroll_raw_fps"],
         f["peer_paint_raw_fps"], f["ratio_scroll_raw_fps"]),
        ("  dropped frames", f["scroll_raw_dropped"], f["peer_paint_raw_dropped"], ""),
        ("  keys a second let through", f["scroll_raw_keys_per_s"],
         f["peer_paint_raw_keys_per_s"], ""),
        ("scrolling, JPEG 2000 (fps) vs bare painting", f["scroll_j2k_fps"],
         f["peer_paint_j2k_fps"], f["ratio_scroll_j2k_fps"]),
        ("  dropped frames", f["scroll_j2k_dropped"], f["peer_paint_j2k_dropped"], ""),
        ("  keys a second let through", f["scroll_j2k_keys_per_s"],
         f["peer_paint_j2k_keys_per_s"], ""),
        (f"peak RSS, {args.long} slices open (MB) vs one slice's pixels", f["peak_mb"],
         f["peer_peak_mb"], f["ratio_peak_mb"]),
        ("first image of a cached study (median ms) vs bare QLabel", f["first_image_ms"],
         f["peer_first_image_ms"], f["ratio_first_image"]),
        *[(f"  of which {step}", f[f"first_image_{step}_ms"], "", "")
          for step in ("load", "parse", "show")],
    ]
    keys = 1000 / _interval_ms(args.rate)
    emit(f"The viewer, {SIZE} x {SIZE} CT: {args.slices} slices rendered (dcmj2pnm: one process "
         f"each), a {args.scroll}-slice series scrolled at {keys:g} keys/s, {args.long} slices "
         f"held, {args.runs} opens", rows, f, as_json=args.json)


# the images

def _slices(count: int, *, j2k: bool = False, first: int = 0) -> Iterator[bytes]:
    """``count`` CT slices of one series: a noisy water ellipse in air, in Hounsfield units
    -1000 to about 40 (stored + 1024 rescale)."""
    from pydicom import dcmread
    from pydicom.data import get_testdata_file
    from pydicom.uid import JPEG2000Lossless, generate_uid

    template = dcmread(get_testdata_file("CT_small.dcm"))
    y, x = np.mgrid[-SIZE // 2:SIZE // 2, -SIZE // 2:SIZE // 2]
    body = np.where((x / 200.0) ** 2 + (y / 150.0) ** 2 < 1, 1064, 24).astype(np.int16)
    rng = np.random.default_rng(first)
    series_uid = generate_uid(entropy_srcs=[STUDY, str(j2k)])
    for n in range(first + 1, first + count + 1):
        ds = copy.deepcopy(template)  # compress changes the file meta: each its own
        ds.PatientName, ds.PatientID = "Bench^Phantom", "MRN-BENCH"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = STUDY, series_uid
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.SeriesNumber, ds.InstanceNumber = 2 if j2k else 1, n
        ds.ImagePositionPatient = [0.0, 0.0, float(n)]
        ds.WindowCenter, ds.WindowWidth = 40, 400
        ds.Rows = ds.Columns = SIZE
        noise = rng.normal(0, 12, (SIZE, SIZE)).astype(np.int16)
        ds.PixelData = (np.roll(body, n % 64, axis=0) + noise).tobytes()
        if j2k:
            ds.compress(JPEG2000Lossless)
        out = io.BytesIO()
        ds.save_as(out, enforce_file_format=True)
        yield out.getvalue()


def _workspace(folder: Path, files: Iterator[bytes]) -> tuple[Any, list[str]]:
    """A fresh encrypted workspace holding ``files`` for one patient; its blob ids."""
    from desk.frontdesk import patients
    from desk.frontdesk.model import Patient
    from desk.storage import SYSTEM, Workspace
    from desk.viewer.headers import describe, parse
    from desk.viewer.library import add

    ws = Workspace.create(folder, passphrase=PASSPHRASE)
    with ws.begin() as conn:
        doe = patients.register(conn, Patient(family="Phantom", given="B", mrn="MRN-BENCH"),
                                SYSTEM)
        blob_ids = [add(conn, ws.blobs, doe.id, describe(parse(data)), data, read_whole=True)
                    for data in files]  # each read whole by parse, as a disc's at import
    return ws, blob_ids


# (a) store to 8-bit

def _to_8bit(tmp: Path, count: int) -> dict[str, float]:
    from tests.pacs import orthanc as orthanc_mod

    raw, j2k = list(_slices(count)), list(_slices(count, j2k=True))
    server = orthanc_mod.start(tmp / "orthanc")
    try:
        server.upload(raw + j2k)
        with server.rest() as rest:
            ids = _instances_by_series(rest)
            figures = {"peer_orthanc_rendered_ms": _rendered(rest, ids["1"]),
                       "peer_orthanc_rendered_j2k_ms": _rendered(rest, ids["2"])}
    finally:
        server.stop()
    for name, files in (("desk_8bit", raw), ("desk_8bit_j2k", j2k)):
        ws, blob_ids = _workspace(tmp / f"ws-{name}", iter(files))
        for step, ms in _sealed_to_8bit(ws, blob_ids).items():
            figures[f"{name}_ms" if step == "all" else f"{name}_{step}_ms"] = ms
        ws.close()
    figures["peer_dcmj2pnm_ms"] = _dcmj2pnm(tmp / "dcmtk", raw)
    return figures


def _instances_by_series(rest: Any) -> dict[str, list[str]]:
    """Orthanc's instance ids by Series Number ("1" uncompressed, "2" JPEG 2000)."""
    found: dict[str, list[str]] = {}
    for series in rest.get("/series", params={"expand": ""}).json():
        number = series["MainDicomTags"].get("SeriesNumber", "")
        found.setdefault(number, []).extend(series["Instances"])
    return found


def _per_slice(step: Callable[[], Any], count: int) -> float:
    start = time.perf_counter()
    step()
    return (time.perf_counter() - start) * 1000 / count


def _rendered(rest: Any, ids: list[str]) -> float:
    rest.get(f"/instances/{ids[0]}/rendered").raise_for_status()  # warm, as desk's first

    def render_all() -> None:
        for i in ids:
            got = rest.get(f"/instances/{i}/rendered", headers={"Accept": "image/png"})
            got.raise_for_status()

    return _per_slice(render_all, len(ids))


def _sealed_to_8bit(ws: Any, blob_ids: list[str]) -> dict[str, float]:
    """The viewer's path per slice (sealed blob read, parsed, decoded, rescaled, windowed),
    in all and step by step: the blobs read and unsealed, each opened as the viewer opens a
    stored image that was read whole at import (SeriesView, headers.header: its elements
    read as they are used), the pixels decoded and rescaled, then windowed to 8-bit."""
    from desk.viewer.library import SeriesImages, StoredImage
    from desk.viewer.series import SeriesView

    marks = [time.perf_counter()]
    with ws.read() as conn:
        files = {b: ws.blobs.get(conn, b) for b in blob_ids}
    marks.append(time.perf_counter())
    images = [StoredImage(b, 1, files.__getitem__, read_whole=True) for b in blob_ids]
    view = SeriesView(SeriesImages("1", 1, "", "CT", list(images)), cache_size=len(images))
    for i in range(len(view)):
        view.dataset(i)  # each opened (a short series is at once, a long one as it is shown)
    marks.append(time.perf_counter())
    windows = [view.default_window(i) for i in range(len(view))]  # decodes each once
    marks.append(time.perf_counter())
    for i, window in enumerate(windows):
        frame = view.frame(i, window)
        assert frame.dtype == np.uint8 and frame.shape == (SIZE, SIZE)
    marks.append(time.perf_counter())
    steps = [(b - a) * 1000 / len(blob_ids) for a, b in zip(marks, marks[1:], strict=False)]
    return dict(zip(("read", "parse", "decode", "window"), steps, strict=True)) | {
        "all": (marks[-1] - marks[0]) * 1000 / len(blob_ids)}


def _dcmj2pnm(folder: Path, files: list[bytes]) -> float:
    folder.mkdir()
    paths = []
    for n, data in enumerate(files):
        paths.append(folder / f"{n}.dcm")
        paths[-1].write_bytes(data)

    def render_all() -> None:
        for path in paths:
            subprocess.run(["dcmj2pnm", "+Ww", "40", "400", str(path),
                            str(path.with_suffix(".pgm"))], check=True)

    return _per_slice(render_all, len(paths))


# Qt: waiting on an event loop, and what was painted

def _app() -> Any:
    from desk.ui.app import make_app

    return make_app()


def _wait_until(done: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Run the event loop until ``done()`` (checked each millisecond) or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start(1)
    if not done():
        loop.exec()
    timer.stop()
    return done()


def _paints(widget: Any, shown: Callable[[], int | None]) -> list[tuple[int, float]]:
    """Each paint of ``widget`` from now on: the frame it painted (``shown()``; ``None``
    while it has no image to paint) and when."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[tuple[int, float]] = []

    class Watch(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and (index := shown()) is not None:
                painted.append((index, time.perf_counter()))
            return False

    widget._bench_watch = Watch(widget)
    widget.installEventFilter(widget._bench_watch)
    return painted


def _canvas_frame(canvas: Any) -> Callable[[], int | None]:
    return lambda: None if canvas.image is None or canvas.loading or canvas.error \
        else canvas.index


def _scroll(widget: Any, painted: list[tuple[int, float]], current: Callable[[], int],
            steps: int, rate: float) -> dict[str, float]:
    """Down pressed ``steps`` times at ``rate`` a second: frames painted a second (between
    the first and the last asked for that were painted), frames asked for but never
    painted, and the keys a second the event loop let through (fewer than ``rate`` when
    something holds up the UI thread)."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    asked: list[int] = []
    pressed: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def press() -> None:
        if len(asked) == steps:
            timer.stop()
            return
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                 Qt.KeyboardModifier.NoModifier))
        asked.append(current())
        pressed.append(time.perf_counter())

    painted.clear()
    timer.timeout.connect(press)
    timer.start(_interval_ms(rate))
    _wait_until(lambda: len(asked) == steps and bool(painted) and
                painted[-1][0] == asked[-1], timeout_s=steps / rate + 60)
    timer.stop()
    seen = {i for i, _ in painted}
    shown = [i for i in dict.fromkeys(asked) if i in seen]
    first = {}  # each frame's first paint
    for i, when in painted:
        first.setdefault(i, when)
    times = sorted(first[i] for i in shown)
    return {"fps": _rate_of(times), "dropped": len(set(asked)) - len(shown),
            "keys_per_s": _rate_of(pressed)}


def _rate_of(moments: list[float]) -> float:
    """Events a second from the first of ``moments`` to the last."""
    return (len(moments) - 1) / (moments[-1] - moments[0]) if len(moments) > 1 else 0.0


def _interval_ms(rate: float) -> int:
    """The timer's interval: whole milliseconds, so keys come at least ``rate`` a second."""
    return max(1, int(1000 / rate))


class _Bare:
    """The peer: a plain widget painting QImages made beforehand, fitted as the canvas
    fits them; Down shows the next."""

    def __init__(self, images: list[Any], size: Any) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QPainter
        from PySide6.QtWidgets import QWidget

        bare = self

        class Widget(QWidget):
            def paintEvent(self, event: Any) -> None:
                painter = QPainter(self)
                painter.fillRect(self.rect(), QColor("black"))
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                image = images[bare.index]
                s = min(self.width() / image.width(), self.height() / image.height())
                w, h = image.width() * s, image.height() * s
                painter.drawImage(QRectF((self.width() - w) / 2, (self.height() - h) / 2,
                                         w, h), image)
                painter.end()

            def keyPressEvent(self, event: Any) -> None:
                if event.key() == Qt.Key.Key_Down:
                    bare.index = min(bare.index + 1, len(images) - 1)
                    self.update()

        self.index = 0
        self.widget = Widget()
        self.widget.resize(size)


# (b) scrolling and (d) the first image

def _on_screen(tmp: Path, count: int, rate: float, runs: int) -> dict[str, float]:
    from desk.storage import SYSTEM
    from desk.viewer.library import load_study

    app = _app()
    files = (*_slices(count), *_slices(count, j2k=True))
    ws, _ = _workspace(tmp / "ws-screen", iter(files))
    with ws.begin() as conn:
        raw, j2k = load_study(conn, ws.blobs, STUDY, SYSTEM)
    figures: dict[str, float] = {}
    for kind, series in (("raw", raw), ("j2k", j2k)):
        size, scrolled = _scroll_viewer(series, rate)
        for side, got in (("scroll", scrolled), ("peer_paint", _scroll_bare(series, size, rate))):
            figures |= {f"{side}_{kind}_{key}": value for key, value in got.items()}
    opens = [_open_study(ws) for _ in range(runs)]
    for step in opens[0]:
        key = "first_image_ms" if step == "all" else f"first_image_{step}_ms"
        figures[key] = median([one[step] for one in opens])
    figures["peer_first_image_ms"] = median([_bare_label(raw) for _ in range(runs)])
    ws.close()
    del app
    return figures


def _scroll_viewer(series: Any, rate: float) -> tuple[Any, dict[str, float]]:
    """The canvas's size, and its figures scrolling from the first slice (:func:`_scroll`)."""
    from desk.ui.image_view import ImageViewerDialog
    from desk.viewer.series import SeriesView

    dialog = ImageViewerDialog([SeriesView(series)], "CT", "Phantom, B")
    canvas = dialog.canvas
    painted = _paints(canvas, _canvas_frame(canvas))
    dialog.show()
    canvas.show_frame(0)
    _wait_until(lambda: bool(painted) and painted[-1][0] == 0)
    scrolled = _scroll(canvas, painted, lambda: canvas.index, len(series.images) - 1, rate)
    size = canvas.size()
    _close(dialog)
    return size, scrolled


def _scroll_bare(series: Any, size: Any, rate: float) -> dict[str, float]:
    from desk.ui.image_canvas import to_qimage
    from desk.viewer.series import SeriesView

    view = SeriesView(series)  # its own: the viewer's cache stays cold
    window = view.default_window(0)
    bare = _Bare([to_qimage(view.frame(i, window)) for i in range(len(view))], size)
    painted = _paints(bare.widget, lambda: bare.index)
    bare.widget.show()
    _wait_until(lambda: bool(painted))
    result = _scroll(bare.widget, painted, lambda: bare.index, len(view) - 1, rate)
    _close(bare.widget)
    return result


def _open_study(ws: Any) -> dict[str, float]:
    """The chart's open path for a study on this computer, to its first image painted (ms):
    in all and step by step (its images read and unsealed, parsed, the dialog made and
    shown to its first paint)."""
    from desk.storage import SYSTEM
    from desk.ui.image_view import ImageViewerDialog
    from desk.viewer import cache
    from desk.viewer.library import load_study
    from desk.viewer.series import SeriesView

    marks = [time.perf_counter()]
    with ws.begin() as conn:
        found = load_study(conn, ws.blobs, STUDY, SYSTEM)
    cache.use(ws, STUDY, None)
    marks.append(time.perf_counter())
    views = [SeriesView(s) for s in found]
    marks.append(time.perf_counter())
    dialog = ImageViewerDialog(views, "CT", "Phantom, B")
    painted = _paints(dialog.canvas, _canvas_frame(dialog.canvas))
    dialog.show()
    _wait_until(lambda: bool(painted))
    marks.append(painted[0][1] if painted else float("nan"))
    _close(dialog)
    steps = [(b - a) * 1000 for a, b in zip(marks, marks[1:], strict=False)]
    return dict(zip(("load", "parse", "show"), steps, strict=True)) | {
        "all": (marks[-1] - marks[0]) * 1000}


def _bare_label(series: Any) -> float:
    """One slice already decoded to 8-bit, shown as a QImage in a bare QLabel."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel

    from desk.ui.image_canvas import to_qimage
    from desk.viewer.series import SeriesView

    view = SeriesView(series)
    middle = len(view) // 2
    pixels = view.frame(middle, view.default_window(middle))
    start = time.perf_counter()
    label = QLabel()
    painted = _paints(label, lambda: 0)
    label.setPixmap(QPixmap.fromImage(to_qimage(pixels)))
    label.show()
    _wait_until(lambda: bool(painted))
    elapsed = (painted[0][1] - start) * 1000 if painted else float("nan")
    _close(label)
    return elapsed


def _close(widget: Any) -> None:
    widget.close()
    widget.deleteLater()


# (c) peak memory, each side in a fresh process

def _peak_memory(tmp: Path, count: int) -> dict[str, float]:
    ws, _ = _workspace(tmp / "ws-long", _slices(count))
    ws.close()
    return {"peak_mb": _run_child("viewer", tmp / "ws-long"),
            "peer_peak_mb": _run_child("floor", tmp / "ws-long")}


def _run_child(kind: str, folder: Path) -> float:
    run = subprocess.run([sys.executable, "-m", "bench.viewer", "--child", kind,
                          "--workspace", str(folder)], capture_output=True, text=True,
                         timeout=900, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    if run.returncode != 0:
        raise RuntimeError(f"the {kind} process failed:\n{run.stderr[-3000:]}")
    return float(json.loads(run.stdout.strip().splitlines()[-1])["peak_mb"])


def _child(kind: str, folder: Path) -> float:
    """Peak RSS (MB) of this process: the study open in the viewer and paged through end to
    end (``viewer``), or only one slice decoded and shown in a window (``floor``)."""
    from PySide6.QtWidgets import QLabel

    from desk.storage import SYSTEM, Workspace
    from desk.ui.image_view import ImageViewerDialog
    from desk.viewer.library import load_study
    from desk.viewer.series import SeriesView

    app = _app()
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    if kind == "viewer":
        with ws.begin() as conn:
            found = load_study(conn, ws.blobs, STUDY, SYSTEM)
        dialog = ImageViewerDialog([SeriesView(s) for s in found], "CT", "Phantom, B")
        canvas = dialog.canvas
        painted = _paints(canvas, _canvas_frame(canvas))
        dialog.show()
        canvas.show_frame(0)
        _wait_until(lambda: bool(painted) and painted[-1][0] == 0)
        _scroll(canvas, painted, lambda: canvas.index, len(canvas.series or ()) - 1, 500)
        _close(dialog)
    else:
        first = _one_slice(ws)
        label = QLabel()
        label.setText(f"{first.shape} {first.dtype}")
        painted = _paints(label, lambda: 0)
        label.show()
        _wait_until(lambda: bool(painted))
        _close(label)
    ws.close()
    del app
    return _vm_hwm_mb()


def _one_slice(ws: Any) -> np.ndarray:
    import sqlalchemy as sa

    from desk.storage.schema import image_instance
    from desk.viewer import pixels
    from desk.viewer.headers import parse

    with ws.read() as conn:
        blob_id = conn.execute(sa.select(image_instance.c.blob_id).limit(1)).scalar_one()
        data = ws.blobs.get(conn, blob_id)
    return pixels.frame_values(parse(data), 0)


def _vm_hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
