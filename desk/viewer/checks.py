"""Whether an image's pixels can be shown, judged from its header before anything is decoded.

A header may claim more than its file holds: a billion frames, or 65,535 × 65,535 pixels in
a few kilobytes of compressed data. Decoding such a claim would take all the computer's
memory, so the claimed sizes are checked against the data actually present (the compressed
fragments, the uncompressed bytes) and against a memory budget for one frame, at import and
again in the viewer. A compressed frame is also checked against its own codestream header
(JPEG, JPEG-LS, JPEG 2000), which the decoder sizes its memory by.
"""

from __future__ import annotations

import io
import struct
from typing import TYPE_CHECKING

from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pydicom import Dataset

    from desk.viewer.quick_header import Header

FRAME_BUDGET = 256 << 20
"""The most memory one frame may take in real units (4 bytes a sample): 8192 × 8192 grey."""

JPEG_12_BIT = QT_TRANSLATE_NOOP("DiscReason", "it is compressed as 12-bit JPEG (JPEG Extended), "
                                "which desk cannot decode")


def frame_count(ds: Dataset | Header) -> int:
    """How many frames an image says it holds (one unless it says more)."""
    try:
        return max(1, int(ds.get("NumberOfFrames") or 1))
    except (TypeError, ValueError):
        return 1


def pixel_problem(ds: Dataset) -> str | None:
    """Why the pixels of ``ds`` cannot be shown, in words for staff; ``None`` when they can.
    Raises ``ValueError``, ``TypeError`` or ``AttributeError`` on a header without sizes."""
    from pydicom.encaps import parse_basic_offsets, parse_fragments
    from pydicom.pixels.utils import get_expected_length
    from pydicom.uid import JPEGExtended12Bit

    rows, columns = int(ds.Rows), int(ds.Columns)
    samples = int(ds.get("SamplesPerPixel") or 1)
    if rows < 1 or columns < 1 or samples < 1:
        return translate("DiscReason", "its header gives the image no size")
    if rows * columns * samples * 4 > FRAME_BUDGET:
        return translate("DiscReason", "it is too large to show ({columns} × {rows} pixels)"
                         ).format(columns=f"{columns:,}", rows=f"{rows:,}")
    frames = frame_count(ds)
    meta = getattr(ds, "file_meta", None)
    syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    if syntax is None or not syntax.is_compressed:
        if len(ds.PixelData) < get_expected_length(ds):
            return translate("DiscReason", "its pixel data is shorter than the image (the "
                             "file is cut short)")
        return None
    if syntax == JPEGExtended12Bit and int(ds.get("BitsStored") or ds.BitsAllocated) > 8:
        return translate("DiscReason", JPEG_12_BIT)
    data = io.BytesIO(ds.PixelData)
    parse_basic_offsets(data)  # the offset table comes first, and is no fragment
    held = parse_fragments(data)[0]
    if frames > held:
        return translate("DiscReason", "it claims {frames} frames but holds {held}").format(
            frames=f"{frames:,}", held=f"{held:,}")
    return codestream_problem(ds, 0)


def codestream_problem(ds: Dataset, index: int) -> str | None:
    """Why compressed frame ``index`` cannot be decoded safely: its codestream says it is a
    larger image than the header does (the decoder would set aside memory for that size);
    ``None`` when it agrees, when the codestream gives no size (RLE), or for uncompressed
    data. Raises ``struct.error`` on a codestream cut short in its header."""
    from pydicom.encaps import get_frame

    meta = getattr(ds, "file_meta", None)
    syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    if syntax is None or not syntax.is_compressed:
        return None
    try:
        frame = get_frame(ds.PixelData, index, number_of_frames=frame_count(ds))
    except ValueError:  # frames not told apart here: the decoder judges the data
        return None
    size = _codestream_size(frame[:65536])
    if size is None or (size[0] <= int(ds.Rows) and size[1] <= int(ds.Columns)):
        return None
    return translate("DiscReason", "its compressed data holds a larger image ({columns} × "
                     "{rows} pixels) than its header says").format(columns=f"{size[1]:,}",
                                                                  rows=f"{size[0]:,}")


_SOF = {*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0), 0xF7}
"""The JPEG and JPEG-LS start-of-frame markers, which give the image's height and width."""


def _codestream_size(head: bytes) -> tuple[int, int] | None:
    """(rows, columns) from the start of a JPEG, JPEG-LS or JPEG 2000 codestream."""
    if head[:4] == b"\xff\x4f\xff\x51":  # JPEG 2000: SOC, then SIZ
        x, y, x0, y0 = struct.unpack(">IIII", head[8:24])
        return y - y0, x - x0
    if head[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 4 <= len(head) and head[at] == 0xFF:
        marker, length = head[at + 1], struct.unpack(">H", head[at + 2:at + 4])[0]
        if marker in _SOF:
            return struct.unpack(">HH", head[at + 5:at + 9])
        at += 2 + length
    return None
