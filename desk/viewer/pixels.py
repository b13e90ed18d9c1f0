"""From a DICOM frame to 8-bit pixels on screen, as a chain of stateless steps.

stored values → :func:`apply_modality` (rescale to real units, e.g. Hounsfield) →
:func:`apply_window` (or the image's own VOI LUT) → :func:`apply_invert` for MONOCHROME1 →
``uint8``. Colour images (RGB, YCbCr, palette) become 8-bit RGB by :func:`apply_color`.
The image's overlay planes (60xx,3000) that fall on a frame (:func:`overlay_mask`) are then
drawn over it in white, as dcmtk draws them (:func:`draw_overlay`).
The conversion to a ``QImage`` is done in ``desk.ui``.
"""

from __future__ import annotations

import logging
import math
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydicom import Dataset
from pydicom.errors import BytesLengthException
from pydicom.multival import MultiValue
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi_lut
from pydicom.pixels import pixel_array as decode

from desk.errors import DeskError
from desk.words import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Window:
    """A display window in the image's real units: ``center`` ± ``width`` / 2."""

    center: float
    width: float

    def moved(self, d_center: float, d_width: float) -> Window:
        return Window(self.center + d_center, max(1.0, self.width + d_width))


@dataclass(frozen=True, slots=True)
class StoredLut:
    """One of the image's own VOI LUTs, shown instead of a window: item ``index`` of its
    VOI LUT Sequence, named by its LUT Explanation."""

    index: int
    name: str


VoiChoice = Window | StoredLut
"""What turns real values into grey: a window, or one of the image's own VOI LUTs."""


PRESETS: dict[str, tuple[tuple[str, Window], ...]] = {
    "CT": ((QT_TRANSLATE_NOOP("Presets", "Brain"), Window(40, 80)),
           (QT_TRANSLATE_NOOP("Presets", "Subdural"), Window(75, 200)),
           (QT_TRANSLATE_NOOP("Presets", "Stroke"), Window(32, 8)),
           (QT_TRANSLATE_NOOP("Presets", "Lung"), Window(-600, 1500)),
           (QT_TRANSLATE_NOOP("Presets", "Mediastinum"), Window(50, 350)),
           (QT_TRANSLATE_NOOP("Presets", "Abdomen"), Window(50, 400)),
           (QT_TRANSLATE_NOOP("Presets", "Liver"), Window(30, 150)),
           (QT_TRANSLATE_NOOP("Presets", "Bone"), Window(400, 1800))),
}
"""Window presets by modality, as radiologists name them (level and width in Hounsfield
units, as Radiopaedia's "Windowing (CT)" gives them); the names are shown translated
(context "Presets")."""


_DECODE_FAILURES = (ValueError, RuntimeError, NotImplementedError, AttributeError, KeyError,
                    TypeError, IndexError, EOFError, BytesLengthException, struct.error,
                    MemoryError)


def frame_values(ds: Dataset, index: int) -> np.ndarray:
    """Frame ``index`` of ``ds`` as stored (colour already as RGB); raises :class:`DeskError`
    when its pixel data is damaged or in a compression desk has no decoder for."""
    try:
        return decode(ds, index=index)
    except BaseException as err:
        # a decoder written in Rust (pylibjpeg-rle) panics on some damaged data, and pyo3
        # raises that as a BaseException named PanicException
        if not isinstance(err, _DECODE_FAILURES) and type(err).__name__ != "PanicException":
            raise
        syntax = getattr(ds, "file_meta", Dataset()).get("TransferSyntaxUID", "?")
        log.warning("pixel decode failed (%s, transfer syntax %s)", type(err).__name__, syntax)
        raise DeskError(translate("DeskError", "This image cannot be shown: its pixel data is "
                                               "damaged or compressed in a way desk cannot "
                                               "read."), kind="input") from None


def is_colour(ds: Dataset) -> bool:
    return ds.get("SamplesPerPixel", 1) == 3 or ds.get("PhotometricInterpretation") == \
        "PALETTE COLOR"


def apply_modality(ds: Dataset, values: np.ndarray, frame: int = 0) -> np.ndarray:
    """Stored values of frame ``frame`` in real units (rescale slope and intercept, or a
    modality LUT); an enhanced image keeps its rescale in the functional groups, shared
    or per frame (PS3.3 C.7.6.16.2.9)."""
    rescale = None
    if "ModalityLUTSequence" not in ds:
        rescale = _group_rescale(ds, frame) if "RescaleSlope" not in ds else \
            _own_rescale(ds)
    if rescale is not None:  # in single precision, in place: a third of pydicom's time
        slope, intercept = rescale
        real = values.astype(np.float32)
        if slope != 1:
            real *= np.float32(slope)
        if intercept:
            real += np.float32(intercept)
        return real
    return np.asarray(apply_modality_lut(values, ds), dtype=np.float32)


def _own_rescale(ds: Dataset) -> tuple[float, float] | None:
    """The image's Rescale Slope and Intercept, when it gives both (as pydicom applies
    them); a value that is no number raises ValueError, as pydicom's own would."""
    if "RescaleIntercept" not in ds:
        return None
    return float(ds.RescaleSlope), float(ds.RescaleIntercept)


def _group_rescale(ds: Dataset, frame: int) -> tuple[float, float] | None:
    """The Pixel Value Transformation of frame ``frame`` of an enhanced image."""
    item = frame_group(ds, frame, "PixelValueTransformationSequence")
    if item is None:
        return None
    return float(item.get("RescaleSlope", 1) or 1), float(item.get("RescaleIntercept", 0) or 0)


def frame_group(ds: Dataset, frame: int, name: str) -> Dataset | None:
    """The first item of functional group macro ``name`` for frame ``frame`` of an enhanced
    image: the frame's own (Per-Frame Functional Groups), else the one every frame shares."""
    frames = list(ds.get("PerFrameFunctionalGroupsSequence") or [])
    shared = list(ds.get("SharedFunctionalGroupsSequence") or [])[:1]
    for group in ([frames[frame]] if 0 <= frame < len(frames) else []) + shared:
        items = list(group.get(name) or [])
        if items:
            return items[0]
    return None


def apply_window(values: np.ndarray, window: Window, *, function: str = "LINEAR"
                 ) -> np.ndarray:
    """A DICOM window onto 0..255, by the image's VOI LUT Function (PS3.3 C.11.2.1.2-3):
    ``LINEAR`` (a width of 1 is a threshold: above ``center - 0.5`` white, else black),
    ``LINEAR_EXACT`` or ``SIGMOID``."""
    c, w = window.center, max(window.width, 1e-6)
    if function == "SIGMOID":
        return (255.0 / (1.0 + np.exp(np.clip(-4.0 * (values - c) / w, -80, 80)))
                ).astype(np.uint8)
    if function == "LINEAR_EXACT":
        return np.clip(((values - c) / w + 0.5) * 255.0, 0, 255).astype(np.uint8)
    if window.width <= 1:
        return np.where(values > window.center - 0.5, 255, 0).astype(np.uint8)
    low = window.center - 0.5 - (window.width - 1) / 2
    scaled = (values - low) * (255.0 / max(window.width - 1, 1.0))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def apply_voi(ds: Dataset, values: np.ndarray, *, lut: int = 0) -> np.ndarray:
    """The image's own VOI LUT (item ``lut`` of its sequence) onto 0..255 (used while staff
    have not moved the window): the LUT's output range, 0 to 2^bits - 1 of its descriptor,
    spans black to white, the same for every frame (not each frame's own darkest to
    brightest)."""
    out = np.asarray(apply_voi_lut(values, ds, index=lut, prefer_lut=True), dtype=np.float32)
    if "VOILUTSequence" not in ds:  # none to apply: the values' own range
        return apply_window(out, _full_range(out))
    bits = int(ds.VOILUTSequence[lut].LUTDescriptor[2])
    if not 1 <= bits <= 16:
        raise ValueError("a VOI LUT of no bit depth")
    return apply_window(out, _full_range(np.array([0.0, 2.0 ** bits - 1])))


def voi_function(ds: Dataset) -> str:
    """The image's VOI LUT Function: ``LINEAR`` unless it says ``LINEAR_EXACT`` or
    ``SIGMOID``."""
    function = str(ds.get("VOILUTFunction", "") or "").strip().upper()
    return function if function in ("LINEAR_EXACT", "SIGMOID") else "LINEAR"


def apply_invert(ds: Dataset, pixels: np.ndarray) -> np.ndarray:
    """MONOCHROME1 shows low values white, and so does any image whose Presentation LUT Shape
    is INVERSE: invert, so that bright means dense everywhere."""
    if ds.get("PhotometricInterpretation") == "MONOCHROME1" or \
            str(ds.get("PresentationLUTShape", "")).strip().upper() == "INVERSE":
        return 255 - pixels
    return pixels


def apply_color(ds: Dataset, values: np.ndarray) -> np.ndarray:
    """Colour frame (RGB or palette) as 8-bit RGB."""
    if ds.get("PhotometricInterpretation") == "PALETTE COLOR":
        values = apply_color_lut(values, ds)
    if values.dtype != np.uint8:
        top = float(values.max()) or 1.0
        values = (values.astype(np.float32) * (255.0 / top)).astype(np.uint8)
    return np.ascontiguousarray(values)


def default_window(ds: Dataset, values: np.ndarray, frame: int = 0) -> Window | None:
    """The window frame ``frame`` asks for; ``None`` for a VOI LUT or colour; else its full
    range."""
    if is_colour(ds):
        return None
    voi = _voi_of(ds, frame)
    center, width = _first(voi.get("WindowCenter")), _first(voi.get("WindowWidth"))
    if center is not None and width is not None and width >= 1:
        return Window(center, width)
    return None if "VOILUTSequence" in ds else _full_range(values)


def _voi_of(ds: Dataset, frame: int) -> Dataset:
    """Where frame ``frame``'s windows are: the image, or an enhanced image's Frame VOI LUT
    functional group."""
    return ds if "WindowCenter" in ds else (frame_group(ds, frame, "FrameVOILUTSequence")
                                            or ds)


def own_windows(ds: Dataset, frame: int = 0) -> list[tuple[str, Window]]:
    """Every window frame ``frame`` offers (Window Center and Width may hold several), each
    named by its Window Center & Width Explanation, else "Window 1", "Window 2"…"""
    voi = _voi_of(ds, frame)
    centers, widths = _all(voi.get("WindowCenter")), _all(voi.get("WindowWidth"))
    names = _all(voi.get("WindowCenterWidthExplanation"), kind=str)
    return [(str(names[n]).strip() if n < len(names) and str(names[n]).strip()
             else translate("Presets", "Window {number}").format(number=n + 1),
             Window(float(c), float(w)))
            for n, (c, w) in enumerate(zip(centers, widths, strict=False))
            if c is not None and w is not None and math.isfinite(c) and math.isfinite(w)
            and w >= 1]


def own_luts(ds: Dataset) -> list[tuple[str, StoredLut]]:
    """Every VOI LUT the image holds, named by its LUT Explanation, else "VOI LUT 1", 2…"""
    items = list(ds.get("VOILUTSequence") or [])
    names = [str(item.get("LUTExplanation", "") or "").strip()
             or translate("Presets", "VOI LUT {number}").format(number=n + 1)
             for n, item in enumerate(items)]
    return [(name, StoredLut(n, name)) for n, name in enumerate(names)]


def _all(value: Any, *, kind: type = float) -> list[Any]:
    """A value that may be one or many, as a list of ``kind`` (``None`` where one is not)."""
    items = list(value) if isinstance(value, MultiValue | list | tuple) else \
        ([] if value is None else [value])
    out: list[Any] = []
    for item in items:
        try:
            out.append(kind(item))
        except (TypeError, ValueError):
            out.append(None)
    return out


def render(ds: Dataset, values: np.ndarray, window: VoiChoice | None) -> np.ndarray:
    """Real-unit grey values (or a stored colour frame) as the ``uint8`` array to show:
    (rows, columns) for grey, (rows, columns, 3) for colour. ``window`` ``None``: the
    image's first VOI LUT, if it has one."""
    if is_colour(ds):
        return apply_color(ds, values)
    if window is None or isinstance(window, StoredLut):
        pixels = apply_voi(ds, values, lut=window.index if window else 0)
    else:
        pixels = apply_window(values, window, function=voi_function(ds))
    return np.ascontiguousarray(apply_invert(ds, pixels))


def _full_range(values: np.ndarray) -> Window:
    """The window that spans every value of the frame."""
    low, high = float(values.min()), float(values.max())
    return Window((low + high) / 2, max(high - low, 1.0))


def _first(value: Any) -> float | None:
    """WindowCenter and WindowWidth may hold several values; the first is the default."""
    if isinstance(value, MultiValue | list | tuple):
        value = value[0] if len(value) else None
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


OVERLAY_GROUPS = range(0x6000, 0x6020, 2)
"""The repeating groups an overlay plane may be in (PS3.3 C.9.2)."""
MAX_OVERLAY_BITS = 1 << 26  # a plane larger than 8 MB of bits is passed over as damaged


def overlay_mask(ds: Dataset, frame: int) -> np.ndarray | None:
    """Where the image's overlay planes mark frame ``frame`` (0-based), as one (rows,
    columns) ``bool`` array placed by each plane's Overlay Origin; None without any. A
    plane whose data is short or absurd is passed over (logged): the image still shows."""
    rows, columns = int(ds.get("Rows") or 0), int(ds.get("Columns") or 0)
    mask: np.ndarray | None = None
    for group in OVERLAY_GROUPS:
        if (group, 0x3000) not in ds:
            continue
        try:
            plane = _overlay_plane(ds, group, frame)
        except (ValueError, TypeError, AttributeError, IndexError):
            log.info("an overlay plane of an image cannot be read; it is not drawn")
            continue
        if plane is not None:
            mask = np.zeros((rows, columns), bool) if mask is None else mask
            _place(mask, plane, ds[group, 0x0050].value if (group, 0x0050) in ds else (1, 1))
    return mask


def draw_overlay(pixels: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``pixels`` (grey or RGB ``uint8``) with the marked points white."""
    out = pixels.copy()
    out[mask] = 255
    return out


def _overlay_plane(ds: Dataset, group: int, frame: int) -> np.ndarray | None:
    """The plane of overlay ``group`` for image frame ``frame``, or None if it covers
    other frames."""
    first = int(ds.get((group, 0x0051)).value if (group, 0x0051) in ds else 1)
    count = int(ds.get((group, 0x0015)).value if (group, 0x0015) in ds else 1)
    at = frame - (first - 1)
    if not 0 <= at < max(count, 1):
        return None
    rows, columns = int(ds[group, 0x0010].value), int(ds[group, 0x0011].value)
    bits = rows * columns * max(count, 1)
    if not 0 < rows * columns <= MAX_OVERLAY_BITS or len(ds[group, 0x3000].value) * 8 < bits:
        raise ValueError("overlay data shorter than its size")
    planes = ds.overlay_array(group)
    return planes if planes.ndim == 2 else planes[at]


def _place(mask: np.ndarray, plane: np.ndarray, origin: Any) -> None:
    """Mark ``plane``'s points on ``mask``, its top left at the 1-based ``origin`` (row,
    column), clipped to the image."""
    top, left = int(origin[0]) - 1, int(origin[1]) - 1
    rows = slice(max(top, 0), min(top + plane.shape[0], mask.shape[0]))
    columns = slice(max(left, 0), min(left + plane.shape[1], mask.shape[1]))
    if rows.start < rows.stop and columns.start < columns.stop:
        mask[rows, columns] |= plane[rows.start - top:rows.stop - top,
                                     columns.start - left:columns.stop - left].astype(bool)
