"""Whether an image's pixels can be shown, judged from its header before anything is decoded.

A header may claim more than its file holds: a billion frames, or 65,535 × 65,535 pixels in
a few kilobytes of compressed data. Decoding such a claim would take all the computer's
memory, so the claimed sizes are checked against the data actually present (the compressed
fragments, the uncompressed bytes) and against a memory budget for one frame, at import and
again in the viewer.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydicom import Dataset

FRAME_BUDGET = 256 << 20
"""The most memory one frame may take in real units (4 bytes a sample): 8192 × 8192 grey."""

JPEG_12_BIT = "it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode"


def frame_count(ds: Dataset) -> int:
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
        return "its header gives the image no size"
    if rows * columns * samples * 4 > FRAME_BUDGET:
        return f"it is too large to show ({columns:,} × {rows:,} pixels)"
    frames = frame_count(ds)
    meta = getattr(ds, "file_meta", None)
    syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    if syntax is None or not syntax.is_compressed:
        if len(ds.PixelData) < get_expected_length(ds):
            return "its pixel data is shorter than the image (the file is cut short)"
        return None
    if syntax == JPEGExtended12Bit and int(ds.get("BitsStored") or ds.BitsAllocated) > 8:
        return JPEG_12_BIT
    data = io.BytesIO(ds.PixelData)
    parse_basic_offsets(data)  # the offset table comes first, and is no fragment
    held = parse_fragments(data)[0]
    if frames > held:
        return f"it claims {frames:,} frames but holds {held:,}"
    return None
