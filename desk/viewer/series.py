"""A series to page through: every frame of every image, in order, decoded when first shown.

A multi-frame image (cine ultrasound, an enhanced MR) counts as many frames; a damaged image,
or one whose header claims more than its file holds or than memory allows
(:func:`desk.viewer.checks.pixel_problem`), counts as one that cannot be shown, and the rest
of the series still can. Frames are found by where each image's first frame lies, so a
series costs memory by its images, not by the frames they claim.

An image in the store (:class:`desk.viewer.library.StoredImage`) is counted from its index
row and read, unsealed and parsed only when one of its frames is shown or fetched ahead: a
few parsed images (:data:`HEADER_BYTES`) and decoded frames (:data:`CACHE_BYTES`) are kept,
least recently used first out, so a long series costs what those hold, not its files.
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
from desk.viewer.halfres import half_frame
from desk.viewer.headers import damaged, header, parse
from desk.viewer.library import SeriesImages, StoredImage
from desk.viewer.pixels import VoiChoice, Window
from desk.words import translate

CACHE_BYTES = 512 << 20
"""The most memory the decoded frames kept for paging back may take."""

HEADERS = 32
HEADER_BYTES = 128 << 20
"""The most parsed images (and the memory their files take) a series keeps open."""

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
        raise DeskError(damaged(), kind="input") from None


def _opened(image: bytes | StoredImage) -> tuple[Dataset | None, str, int]:
    """An image's dataset (``None`` when damaged or gone), why its pixels cannot be shown
    (``""`` when they can), and about the memory the dataset takes."""
    try:
        data = image.read() if isinstance(image, StoredImage) else image
    except DeskError as err:  # the store's own words: missing, or altered
        return None, str(err), 0
    # a file read whole without fault when it was kept is the same file (sealed): its
    # elements are read as they are used
    whole = not (isinstance(image, StoredImage) and image.read_whole)
    ds, problem = _checked(data, whole=whole)
    return ds, problem, 2 * len(data)  # the file, and its elements read out of it


def _checked(data: bytes, *, whole: bool) -> tuple[Dataset | None, str]:
    try:
        ds = parse(data) if whole else header(data)
    except DeskError:
        return None, damaged()
    try:
        problem = pixel_problem(ds)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, struct.error):
        return ds, damaged()
    if not problem:
        return ds, ""
    return ds, translate("DeskError", "This image cannot be shown: {problem}.").format(
        problem=problem)


class SeriesView:
    """The frames of one series, with small caches of parsed images and decoded frames."""

    def __init__(self, series: SeriesImages, cache_size: int = 64) -> None:
        """Images in memory are parsed here to count their frames; images in the store are
        counted from their index and opened here (on the caller's thread, so the viewer
        shows the first at once) only for a short series (:data:`HEADERS`), else only the
        middle one."""
        self.series = series
        self._headers: OrderedDict[int, tuple[Dataset | None, str, int]] = OrderedDict()
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._half: OrderedDict[int, np.ndarray] = OrderedDict()  # JPEG 2000 first views
        self._cache_size = cache_size
        self._lock = threading.Lock()  # the worker thread decodes into the same caches
        self._overlaid = False
        self._starts: list[int] = []  # the index of each image's first frame
        length = 0
        for image, source in enumerate(series.images):
            self._starts.append(length)
            length += self._frames(image, source)
        self._length = length
        self.overlays = True  # the images' overlay planes drawn over them, as dcmtk does
        if length and isinstance(series.images[0], StoredImage):
            short = len(series.images) <= HEADERS  # opened whole: paging it never waits
            for image in range(len(series.images)) if short else [self._locate(length // 2)[0]]:
                self._opened(image)

    def _frames(self, image: int, source: bytes | StoredImage) -> int:
        if isinstance(source, StoredImage):
            return max(1, source.frames)
        ds, problem, _size = self._opened(image)
        return 1 if problem or ds is None else frame_count(ds)

    def _opened(self, image: int) -> tuple[Dataset | None, str, int]:
        """Image ``image`` parsed (kept among the few most recently used), on any thread."""
        with self._lock:
            held = self._headers.get(image)
            if held is not None:
                self._headers.move_to_end(image)
                return held
        opened = _opened(self.series.images[image])
        ds = opened[0]
        overlaid = ds is not None and any((g, 0x3000) in ds for g in pixels.OVERLAY_GROUPS)
        with self._lock:
            self._overlaid = self._overlaid or overlaid
            self._headers[image] = opened
            held_bytes = sum(h[2] for h in self._headers.values())
            while len(self._headers) > 1 and (len(self._headers) > HEADERS
                                              or held_bytes > HEADER_BYTES):
                held_bytes -= self._headers.popitem(last=False)[1][2]
        return opened

    def _known(self, index: int, *, or_last: bool = False) -> Dataset | None:
        """Frame ``index``'s image if it is open already (never reads it), else with
        ``or_last`` the image opened last (what the whole study shares, such as its date,
        shows while a frame is still coming)."""
        image = self._locate(index)[0]
        with self._lock:
            held = self._headers.get(image)
            if held is None and or_last and self._headers:
                held = next(reversed(self._headers.values()))
        return held[0] if held is not None else None

    def __len__(self) -> int:
        return self._length

    def _locate(self, index: int) -> tuple[int, int]:
        """Which image frame ``index`` of the series is in, and which of its frames."""
        if not 0 <= index < self._length:
            raise IndexError(index)
        image = bisect_right(self._starts, index) - 1
        return image, index - self._starts[image]

    def _problem(self, index: int) -> str:
        return self._opened(self._locate(index)[0])[1]

    def dataset(self, index: int) -> Dataset:
        ds, problem, _size = self._opened(self._locate(index)[0])
        if ds is None:
            raise DeskError(problem or damaged(), kind="input")
        return ds

    def ready(self, index: int) -> bool:
        """Whether frame ``index`` can be had at once: decoded already, or its image open and
        known not to show or read rather than decoded. Never reads an image."""
        image = self._locate(index)[0]
        with self._lock:
            if index in self._cache or index in self._half:
                return True
            if image not in self._headers:
                return False
            ds, problem, _size = self._headers[image]
        return bool(problem) or ds is None or self.decodes_quickly(index)

    def decodes_quickly(self, index: int) -> bool:
        """Stored uncompressed and not large (:data:`QUICK_PIXELS`); an image not read yet
        is not (the worker reads it)."""
        with self._lock:
            held = self._headers.get(self._locate(index)[0])
        if held is None:
            return False
        ds = held[0]
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
        frame = self._locate(index)[1]
        problem = self._problem(index)
        if problem:
            raise DeskError(problem, kind="input")
        ds = self.dataset(index)
        with _damaged_if_it_fails():
            claim = codestream_problem(ds, frame)
        if claim:
            raise DeskError(translate("DeskError", "This image cannot be shown: {claim}.")
                            .format(claim=claim), kind="input")
        stored = pixels.frame_values(ds, frame)
        with _damaged_if_it_fails():
            values = stored if pixels.is_colour(ds) else pixels.apply_modality(ds, stored,
                                                                               frame)
        self._keep(index, values)
        return values

    def _keep(self, index: int, values: np.ndarray) -> None:
        with self._lock:
            self._cache[index] = values
            self._half.pop(index, None)
            held = sum(v.nbytes for v in self._cache.values())
            while len(self._cache) > 1 and (len(self._cache) > self._cache_size
                                            or held > CACHE_BYTES):
                held -= self._cache.popitem(last=False)[1].nbytes

    def half_values(self, index: int) -> np.ndarray | None:
        """Frame ``index`` in real units at half its rows and columns, decoded sooner than
        the whole (a grey JPEG 2000 frame: :mod:`desk.viewer.halfres`); None when there is
        no such view of it, or the whole frame is decoded already."""
        with self._lock:
            if index in self._cache:
                return None
            held = self._half.get(index)
            if held is not None:
                self._half.move_to_end(index)
                return held
        if self._problem(index):
            return None
        ds, frame = self.dataset(index), self._locate(index)[1]
        with _damaged_if_it_fails():
            if codestream_problem(ds, frame):
                return None
        stored = half_frame(ds, frame)
        if stored is None or pixels.is_colour(ds):
            return None
        try:
            values = pixels.apply_modality(ds, stored, frame)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, ArithmeticError):
            return None  # the whole frame's decode says what is wrong
        with self._lock:
            self._half[index] = values
            while len(self._half) > self._cache_size:
                self._half.popitem(last=False)
        return values

    def only_half(self, index: int) -> bool:
        """Whether frame ``index`` is held at half resolution only (its whole still to come)."""
        with self._lock:
            return index in self._half and index not in self._cache

    def size(self, index: int) -> tuple[int, int]:
        """Frame ``index``'s rows and columns, as its image says."""
        ds = self.dataset(index)
        with _damaged_if_it_fails():
            return int(ds.Rows), int(ds.Columns)

    def _values_at(self, index: int, step: int) -> tuple[np.ndarray, int]:
        """The values to show frame ``index`` from every ``step``-th pixel: the whole frame's,
        or for a step of 2 or more its half-resolution view when that is all there is; with
        the step those values already have (1 or 2)."""
        if step >= 2 and self.only_half(index):
            half = self.half_values(index)
            if half is not None:
                return half, 2
        return self.values(index), 1

    def default_window(self, index: int) -> Window | None:
        values = self._values_at(index, 2)[0]
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
        values, had = self._values_at(index, step)
        more = max(1, step // had)
        values = values[::more, ::more]
        ds = self.dataset(index)
        with _damaged_if_it_fails():
            shown = pixels.render(ds, values, window)
        mask = pixels.overlay_mask(ds, self._locate(index)[1]) if self.overlays else None
        return shown if mask is None else pixels.draw_overlay(shown,
                                                              mask[::had, ::had][::more, ::more])

    def has_overlays(self) -> bool:
        """Whether any image of the series opened so far carries overlay planes (to offer
        hiding them)."""
        return self._overlaid

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
        ds = self._known(index, or_last=True)
        try:
            return datetime.strptime(str(ds.get("StudyDate", "")).strip(), "%Y%m%d").date() \
                if ds is not None else None
        except ValueError:
            return None

    def position_text(self, index: int) -> str:
        """Where the slice lies along the patient: Slice Location, else the last coordinate
        of Image Position (Patient), in millimetres; ``""`` when the image does not say."""
        ds = self._known(index)
        if ds is None:
            return ""
        try:
            where = ds.get("SliceLocation")
            if where is None:
                where = list(ds.get("ImagePositionPatient") or [None] * 3)[2]
            value = float(where)
        except (TypeError, ValueError, IndexError):
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
