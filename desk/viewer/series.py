"""A series to page through: every frame of every image, in order, decoded when first shown.

A multi-frame image (cine ultrasound, an enhanced MR) counts as many frames; a damaged image
counts as one that cannot be shown, and the rest of the series still can.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from pydicom import Dataset

from desk.errors import DeskError
from desk.viewer import pixels
from desk.viewer.library import DAMAGED, SeriesImages, frame_count, parse
from desk.viewer.pixels import Window


@contextmanager
def _damaged_if_it_fails() -> Iterator[None]:
    """A display step that fails on the image's own values (a rescale slope that is text, a
    LUT of the wrong shape) means the image is damaged: DeskError, not a traceback."""
    try:
        yield
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, ArithmeticError):
        raise DeskError(DAMAGED, kind="input") from None


class SeriesView:
    """The frames of one series, with a small cache of decoded frames."""

    def __init__(self, series: SeriesImages, cache_size: int = 64) -> None:
        self.series = series
        self._datasets: list[Dataset | None] = []
        self._frames: list[tuple[int, int]] = []
        for n, data in enumerate(series.images):
            try:
                ds: Dataset | None = parse(data)
            except DeskError:
                ds = None
            self._datasets.append(ds)
            self._frames.extend((n, f) for f in range(frame_count(ds) if ds else 1))
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def __len__(self) -> int:
        return len(self._frames)

    def dataset(self, index: int) -> Dataset:
        ds = self._datasets[self._frames[index][0]]
        if ds is None:
            raise DeskError(DAMAGED, kind="input")
        return ds

    def values(self, index: int) -> np.ndarray:
        """Frame ``index`` in real units (grey) or as stored (colour); decoded once."""
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        ds = self.dataset(index)
        stored = pixels.frame_values(ds, self._frames[index][1])
        with _damaged_if_it_fails():
            values = stored if pixels.is_colour(ds) else pixels.apply_modality(ds, stored)
        self._cache[index] = values
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return values

    def default_window(self, index: int) -> Window | None:
        values = self.values(index)
        with _damaged_if_it_fails():
            return pixels.default_window(self.dataset(index), values)

    def frame(self, index: int, window: Window | None) -> np.ndarray:
        """Frame ``index`` through ``window`` (``None``: the image's own VOI LUT) as the
        ``uint8`` array to paint: (rows, columns), or (rows, columns, 3) for colour."""
        values = self.values(index)
        with _damaged_if_it_fails():
            return pixels.render(self.dataset(index), values, window)

    def spacing(self, index: int) -> tuple[float, float] | None:
        """Millimetres per pixel (between rows, between columns), when the image says."""
        ds = self.dataset(index)
        try:
            row, column = (float(v) for v in ds.get("PixelSpacing")
                           or ds.get("ImagerPixelSpacing"))
        except (TypeError, ValueError):
            return None
        return (row, column) if row > 0 and column > 0 else None


def length_text(d_rows: float, d_columns: float, spacing: tuple[float, float] | None) -> str:
    """A measured line's length: in millimetres when the pixel spacing is known."""
    if spacing is None:
        return f"{math.hypot(d_rows, d_columns):.0f} px"
    return f"{math.hypot(d_rows * spacing[0], d_columns * spacing[1]):.1f} mm"

