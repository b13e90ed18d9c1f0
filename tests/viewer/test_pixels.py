"""The pixel pipeline on the DICOM files pydicom ships: real units, windows, MONOCHROME1,
colour, multi-frame, every lossless compression alike, and a clear refusal of what cannot be
decoded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file

from desk.errors import DeskError
from desk.viewer import pixels
from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView


def _file(name: str) -> bytes:
    with open(get_testdata_file(name), "rb") as f:
        return f.read()


def _view(*names: str) -> SeriesView:
    return SeriesView(SeriesImages("1.2.3", 1, "", "", [_file(n) for n in names]))


def test_ct_values_are_hounsfield_units_and_the_window_sets_the_contrast() -> None:
    view = _view("CT_small.dcm")
    hu = view.values(0)
    ds = view.dataset(0)
    stored = pydicom.dcmread(get_testdata_file("CT_small.dcm")).pixel_array
    assert np.allclose(hu, stored * float(ds.RescaleSlope) + float(ds.RescaleIntercept))
    soft = view.frame(0, Window(40, 400))
    bone = view.frame(0, Window(400, 1800))
    assert soft.dtype == np.uint8 and soft.shape == (128, 128)
    # a narrow window clips more of the image to black or white than a wide one
    assert _clipped(soft) > _clipped(bone) + 0.05
    # a value at the window's centre is mid-grey
    assert pixels.apply_window(np.array([40.0]), Window(40, 400))[0] in (127, 128)


def _clipped(image: np.ndarray) -> float:
    return float(np.mean((image == 0) | (image == 255)))


def test_the_image_s_own_window_is_the_default() -> None:
    view = _view("MR_small.dcm")
    assert view.default_window(0) == Window(600, 1600)


def test_monochrome1_is_shown_inverted() -> None:
    ds = pydicom.dcmread(get_testdata_file("MR_small.dcm"))
    values = pixels.apply_modality(ds, ds.pixel_array)
    normal = pixels.render(ds, values, Window(600, 1600))
    ds.PhotometricInterpretation = "MONOCHROME1"
    inverted = pixels.render(ds, values, Window(600, 1600))
    assert np.array_equal(inverted, 255 - normal)


@pytest.mark.parametrize("name", ["MR_small_RLE.dcm", "MR_small_jp2klossless.dcm",
                                  "MR_small_jpeg_ls_lossless.dcm", "MR_small_bigendian.dcm"])
def test_every_lossless_encoding_shows_the_same_image(name: str) -> None:
    window = Window(600, 1600)
    assert np.array_equal(_view(name).frame(0, window),
                          _view("MR_small.dcm").frame(0, window))


def test_colour_and_palette_images_become_rgb() -> None:
    for name in ("SC_rgb_jpeg_dcmtk.dcm", "examples_palette.dcm", "examples_ybr_color.dcm"):
        view = _view(name)
        frame = view.frame(0, view.default_window(0))
        assert frame.ndim == 3 and frame.shape[2] == 3, name
        assert frame.dtype == np.uint8 and frame.std() > 10, name
    # a JPEG of red, green and blue bands stays red, green and blue (not YCbCr)
    rgb = _view("SC_rgb_jpeg_dcmtk.dcm").frame(0, None)
    top = rgb[2, 50].astype(int)
    assert top[0] > 200 and top[1] < 60 and top[2] < 60


def test_every_frame_of_a_multi_frame_image_is_a_page() -> None:
    view = _view("examples_ybr_color.dcm")
    assert len(view) == 30
    first, last = view.frame(0, None), view.frame(29, None)
    assert not np.array_equal(first, last)


def test_what_cannot_be_decoded_is_refused_with_a_clear_message() -> None:
    view = _view("JPGExtended.dcm", "MR_truncated.dcm", "MR_small.dcm")
    for index in (0, 1):
        with pytest.raises(DeskError, match="cannot be shown"):
            view.frame(index, Window(600, 1600))
    assert view.frame(2, Window(600, 1600)).shape == (64, 64)


def test_a_file_that_is_not_dicom_counts_as_one_page_that_says_so() -> None:
    view = SeriesView(SeriesImages("1", 1, "", "", [b"not a dicom file", _file("CT_small.dcm")]))
    assert len(view) == 2
    with pytest.raises(DeskError, match="damaged"):
        view.frame(0, None)
    assert view.frame(1, view.default_window(1)).shape == (128, 128)


def test_a_length_uses_the_row_and_column_spacing() -> None:
    from desk.viewer.series import length_text

    assert length_text(3, 4, None) == "5 px"
    # 3 rows of 0.5 mm and 4 columns of 2 mm: 1.5 mm down, 8 mm across
    assert length_text(3, 4, (0.5, 2.0)) == "8.1 mm"


FOUND = Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "dicom"


def test_damaged_rle_pixels_say_the_image_cannot_be_shown() -> None:
    # found by the dicom fuzz target: pylibjpeg-rle panicked (a BaseException from Rust)
    # and took the viewer down
    data = (FOUND / "rle-runs-past-the-frame.dcm").read_bytes()
    view = SeriesView(SeriesImages("1.2", 1, "", "CT", [data]))
    view.frame(0, None)  # the first frame is whole
    with pytest.raises(DeskError, match="cannot be shown"):
        view.frame(1, None)


def test_presentation_lut_shape_inverse_shows_monochrome2_inverted() -> None:
    ds = pydicom.dcmread(get_testdata_file("MR_small.dcm"))
    values = pixels.apply_modality(ds, ds.pixel_array)
    normal = pixels.render(ds, values, Window(600, 1600))
    ds.PresentationLUTShape = "INVERSE"
    assert np.array_equal(pixels.render(ds, values, Window(600, 1600)), 255 - normal)


def test_a_sigmoid_voi_lut_function_is_an_s_curve() -> None:
    ds = pydicom.dcmread(get_testdata_file("MR_small.dcm"))
    at = np.array([[600.0, 1400.0, -200.0]])  # the centre, and half a width either side
    assert pixels.render(ds, at, Window(600, 1600)).tolist() == [[127, 255, 0]]
    ds.VOILUTFunction = "SIGMOID"
    # PS3.3 C.11.2.1.3.1: 255 / (1 + exp(-4 (x - c) / w)): 224 and 30, not white and black
    assert pixels.render(ds, at, Window(600, 1600)).tolist() == [[127, 224, 30]]


def test_a_voi_lut_spans_its_own_output_range_not_the_frame_s() -> None:
    from pydicom import Dataset
    from pydicom.sequence import Sequence

    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    lut = Dataset()
    lut.LUTDescriptor = [4096, 0, 12]  # 12-bit output: 0..4095 is black to white
    lut.LUTData = [int(v) for v in np.linspace(0, 2047, 4096)]  # the lower half only
    ds.VOILUTSequence = Sequence([lut])
    shown = pixels.render(ds, np.arange(4096, dtype=np.float32).reshape(64, 64), None)
    assert int(shown.max()) == 127  # mid-grey at most, not stretched to white


def _enhanced_ct_with_per_frame_rescale() -> bytes:
    """eCT_Supplemental.dcm (two frames) with each frame's rescale of its own."""
    import copy
    import io

    ds = pydicom.dcmread(get_testdata_file("eCT_Supplemental.dcm"))
    shared = ds.SharedFunctionalGroupsSequence[0]
    base = shared.PixelValueTransformationSequence[0]
    del shared.PixelValueTransformationSequence
    for n, frame in enumerate(ds.PerFrameFunctionalGroupsSequence):
        item = copy.deepcopy(base)
        item.RescaleIntercept = str(float(base.RescaleIntercept) + 1000 * n)
        frame.PixelValueTransformationSequence = [item]
    out = io.BytesIO()
    ds.save_as(out)
    return out.getvalue()


def test_an_enhanced_image_s_frames_each_take_their_own_rescale() -> None:
    view = SeriesView(SeriesImages("1.2.3", 1, "", "", [_enhanced_ct_with_per_frame_rescale()]))
    ds = pydicom.dcmread(get_testdata_file("eCT_Supplemental.dcm"))
    stored = ds.pixel_array
    pvt = ds.SharedFunctionalGroupsSequence[0].PixelValueTransformationSequence[0]
    for n in range(2):
        expected = stored[n] * float(pvt.RescaleSlope) + float(pvt.RescaleIntercept) + 1000 * n
        assert np.allclose(view.values(n), expected)


def test_an_enhanced_image_opens_in_its_own_frame_window() -> None:
    view = _view("eCT_Supplemental.dcm")
    assert view.default_window(0) == Window(49, 102)
    assert [name for name, _ in view.own_windows(1)] == ["Window 1"]
