"""A series to page through: every frame of every image, in order, decoded when first shown.

A multi-frame image (cine ultrasound, an enhanced MR) counts as many frames; a damaged image,
or one whose header claims more than its file holds or than memory allows
(:func:`desk.viewer.checks.pixel_problem`), counts as one that cannot be shown, and the rest
of the series still can. Frames are found by where each image's first frame lies, so a
series costs memory by its images, not by the frames they claim.
"""

from __future__ import annotations

import math
import struct
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import numpy as np
from pydicom import Dataset

from desk.errors import DeskError
from desk.viewer import pixels
from desk.viewer.checks import codestream_problem, frame_count, pixel_problem
from desk.viewer.library import DAMAGED, SeriesImages, parse
from desk.viewer.pixels import VoiChoice, Window

CACHE_BYTES = 512 << 20
"""The most memory the decoded frames kept for paging back may take."""

QUICK_PIXELS = 1 << 20
"""An uncompressed frame up to this many pixels is read, not decoded: at once, where it is
asked for; a larger or compressed one is decoded by a worker thread (desk.ui.image_decode)."""


@contextmanager
def _damaged_if_it_fails() -> Iterator[None]:
    """A display step that fails on the image's own values (a rescale slope that is text, a
    LUT of the wrong shape) means the image is damaged: DeskError, not a traceback."""
    try:
        yield
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, ArithmeticError,
            struct.error):
        raise DeskError(DAMAGED, kind="input") from None


def _opened(data: bytes) -> tuple[Dataset | None, str]:
    """An image's dataset (``None`` when damaged) and why its pixels cannot be shown (``""``
    when they can)."""
    try:
        ds = parse(data)
    except DeskError:
        return None, DAMAGED
    try:
        problem = pixel_problem(ds)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, struct.error):
        return ds, DAMAGED
    return ds, f"This image cannot be shown: {problem}." if problem else ""


class SeriesView:
    """The frames of one series, with a small cache of decoded frames."""

    def __init__(self, series: SeriesImages, cache_size: int = 64) -> None:
        self.series = series
        self._datasets: list[Dataset | None] = []
        self._problems: list[str] = []
        self._starts: list[int] = []  # the index of each image's first frame
        length = 0
        for data in series.images:
            ds, problem = _opened(data)
            self._datasets.append(ds)
            self._problems.append(problem)
            self._starts.append(length)
            length += 1 if problem or ds is None else frame_count(ds)
        self._length = length
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()  # the worker thread decodes into the same cache
        self.overlays = True  # the images' overlay planes drawn over them, as dcmtk does

    def __len__(self) -> int:
        return self._length

    def _locate(self, index: int) -> tuple[int, int]:
        """Which image frame ``index`` of the series is in, and which of its frames."""
        if not 0 <= index < self._length:
            raise IndexError(index)
        image = bisect_right(self._starts, index) - 1
        return image, index - self._starts[image]

    def dataset(self, index: int) -> Dataset:
        ds = self._datasets[self._locate(index)[0]]
        if ds is None:
            raise DeskError(DAMAGED, kind="input")
        return ds

    def ready(self, index: int) -> bool:
        """Whether frame ``index`` can be had at once: decoded already, known not to show, or
        read rather than decoded."""
        with self._lock:
            if index in self._cache:
                return True
        image = self._locate(index)[0]
        return bool(self._problems[image]) or self.decodes_quickly(index)

    def decodes_quickly(self, index: int) -> bool:
        """Stored uncompressed and not large (:data:`QUICK_PIXELS`)."""
        ds = self._datasets[self._locate(index)[0]]
        if ds is None:
            return True
        syntax = getattr(ds, "file_meta", Dataset()).get("TransferSyntaxUID")
        try:
            size = int(ds.get("Rows", 0)) * int(ds.get("Columns", 0))
            return syntax is not None and not syntax.is_compressed and size <= QUICK_PIXELS
        except (TypeError, ValueError, AttributeError):
            return True  # its decode fails at once, saying why

    def values(self, index: int) -> np.ndarray:
        """Frame ``index`` in real units (grey) or as stored (colour); decoded once."""
        with self._lock:
            cached = self._cache.get(index)
            if cached is not None:
                self._cache.move_to_end(index)
                return cached
        image, frame = self._locate(index)
        if self._problems[image]:
            raise DeskError(self._problems[image], kind="input")
        ds = self.dataset(index)
        with _damaged_if_it_fails():
            problem = codestream_problem(ds, frame)
        if problem:
            raise DeskError(f"This image cannot be shown: {problem}.", kind="input")
        stored = pixels.frame_values(ds, frame)
        with _damaged_if_it_fails():
            values = stored if pixels.is_colour(ds) else pixels.apply_modality(ds, stored,
                                                                               frame)
        self._keep(index, values)
        return values

    def _keep(self, index: int, values: np.ndarray) -> None:
        with self._lock:
            self._cache[index] = values
            held = sum(v.nbytes for v in self._cache.values())
            while len(self._cache) > 1 and (len(self._cache) > self._cache_size
                                            or held > CACHE_BYTES):
                held -= self._cache.popitem(last=False)[1].nbytes

    def default_window(self, index: int) -> Window | None:
        values = self.values(index)
        with _damaged_if_it_fails():
            return pixels.default_window(self.dataset(index), values, self._locate(index)[1])

    def own_windows(self, index: int) -> list[tuple[str, VoiChoice]]:
        """The windows and VOI LUTs image ``index`` offers, by name
        (:func:`desk.viewer.pixels.own_windows`, :func:`~desk.viewer.pixels.own_luts`); none
        from an image that cannot be read."""
        try:
            ds = self.dataset(index)
            with _damaged_if_it_fails():
                return [*pixels.own_windows(ds, self._locate(index)[1]), *pixels.own_luts(ds)]
        except DeskError:
            return []

    def frame(self, index: int, window: VoiChoice | None) -> np.ndarray:
        """Frame ``index`` through ``window`` (``None``: the image's own VOI LUT) as the
        ``uint8`` array to paint: (rows, columns), or (rows, columns, 3) for colour."""
        return self.preview(index, window, 1)

    def preview(self, index: int, window: VoiChoice | None, step: int
                ) -> np.ndarray:
        """:meth:`frame` from every ``step``-th row and column only: a quick first view of a
        large image, or its thumbnail."""
        values = self.values(index)[::step, ::step]
        ds = self.dataset(index)
        with _damaged_if_it_fails():
            shown = pixels.render(ds, values, window)
        mask = pixels.overlay_mask(ds, self._locate(index)[1]) if self.overlays else None
        return shown if mask is None else pixels.draw_overlay(shown, mask[::step, ::step])

    def has_overlays(self) -> bool:
        """Whether any image of the series carries overlay planes (to offer hiding them)."""
        return any(ds is not None and any((g, 0x3000) in ds for g in pixels.OVERLAY_GROUPS)
                   for ds in self._datasets)

    def spacing(self, index: int) -> tuple[float, float] | None:
        """Millimetres per pixel (between rows, between columns), when the image says."""
        ds = self.dataset(index)
        try:
            row, column = (float(v) for v in ds.get("PixelSpacing")
                           or ds.get("ImagerPixelSpacing"))
        except (TypeError, ValueError):
            return None
        return (row, column) if row > 0 and column > 0 else None

    def study_date(self, index: int) -> date | None:
        """The day the study was made (Study Date), when the image says so plainly."""
        try:
            return datetime.strptime(str(self.dataset(index).get("StudyDate", "")).strip(),
                                     "%Y%m%d").date()
        except (DeskError, ValueError):
            return None

    def position_text(self, index: int) -> str:
        """Where the slice lies along the patient: Slice Location, else the last coordinate
        of Image Position (Patient), in millimetres; ``""`` when the image does not say."""
        try:
            ds = self.dataset(index)
            where = ds.get("SliceLocation")
            if where is None:
                where = list(ds.get("ImagePositionPatient") or [None] * 3)[2]
            value = float(where)
        except (DeskError, TypeError, ValueError, IndexError):
            return ""
        return f"Slice at {value:.1f} mm" if math.isfinite(value) else ""

    def frame_rate(self, index: int) -> float | None:
        """Frames a second for cine, as the image recommends: Recommended Display Frame Rate,
        else 1000 / Frame Time (ms), else Cine Rate; ``None`` when it says none."""
        ds = self.dataset(index)
        for keyword, to_rate in (("RecommendedDisplayFrameRate", float),
                                 ("FrameTime", lambda ms: 1000 / ms), ("CineRate", float)):
            try:
                rate = to_rate(float(ds.get(keyword) or 0))
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            if 0 < rate <= 240:
                return rate
        return None


def length_text(d_rows: float, d_columns: float, spacing: tuple[float, float] | None) -> str:
    """A measured line's length: in millimetres when the pixel spacing is known."""
    if spacing is None:
        return f"{math.hypot(d_rows, d_columns):.0f} px"
    return f"{math.hypot(d_rows * spacing[0], d_columns * spacing[1]):.1f} mm"


def angle_text(a: tuple[float, float], vertex: tuple[float, float], c: tuple[float, float],
               spacing: tuple[float, float] | None) -> str:
    """The angle at ``vertex`` between the arms to ``a`` and ``c`` ((row, column) points), in
    degrees, on the patient when pixels are not square."""
    rows, columns = spacing or (1.0, 1.0)
    arms = [((p[0] - vertex[0]) * rows, (p[1] - vertex[1]) * columns) for p in (a, c)]
    if not all(math.hypot(*arm) for arm in arms):
        return ""
    turn = abs(math.atan2(arms[0][0], arms[0][1]) - math.atan2(arms[1][0], arms[1][1]))
    return f"{math.degrees(min(turn, 2 * math.pi - turn)):.1f}°"
