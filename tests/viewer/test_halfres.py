"""A grey JPEG 2000 frame at half resolution, for the viewer's first view: the same values
as the whole frame, at half its rows and columns, for signed, unsigned and narrow data;
nothing for other kinds of image (real files, pydicom's JPEG 2000 encoder)."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.uid import JPEG2000Lossless, RLELossless

from desk.viewer.halfres import half_frame
from tests.viewer import crafted


def _smooth(rows: int, columns: int, low: int, high: int) -> np.ndarray:
    """A gentle ramp from ``low`` to ``high``: its half-resolution view is its every other
    pixel, near enough."""
    ramp = np.linspace(low, high, rows * columns).reshape(rows, columns)
    return np.round(ramp).astype(np.int32)


def _compressed(values: np.ndarray, *, bits: int, signed: bool, syntax=JPEG2000Lossless):
    ds = crafted.ct(Rows=values.shape[0], Columns=values.shape[1], BitsStored=bits,
                    HighBit=bits - 1, PixelRepresentation=int(signed))
    ds.PixelData = values.astype(np.int16 if signed else np.uint16).tobytes()
    ds.compress(syntax)
    return pydicom.dcmread(io.BytesIO(crafted.to_bytes(ds)))


@pytest.mark.parametrize(("bits", "signed", "low", "high"), [
    (16, True, -1024, 3000), (16, False, 0, 60000), (12, False, 0, 4095),
    (12, True, -2048, 2047), (10, True, -500, 500)])
def test_half_a_frame_holds_the_whole_frames_values(bits, signed, low, high) -> None:
    values = _smooth(100, 131, low, high)
    ds = _compressed(values, bits=bits, signed=signed)
    half = half_frame(ds, 0)
    assert half is not None and half.shape == (50, 66)
    assert np.abs(half - values[::2, ::2]).max() <= (high - low) / 50


def test_other_images_have_no_half_view() -> None:
    values = _smooth(64, 64, 0, 1000)
    assert half_frame(_compressed(values, bits=16, signed=False, syntax=RLELossless), 0) is None
    assert half_frame(crafted.ct(), 0) is None  # uncompressed
    damaged = _compressed(values, bits=16, signed=False)
    damaged.PixelData = damaged.PixelData[:200] + b"\x00" * 64
    assert half_frame(damaged, 0) is None  # the whole frame's decode says what is wrong
