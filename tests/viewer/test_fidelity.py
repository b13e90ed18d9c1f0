"""Fidelity against dcmtk: desk's 8-bit frame of every grey image both can decode equals
dcmtk's ``dcmj2pnm`` (``dcml2pnm`` for JPEG-LS) to within 1 grey level.

Each file of pydicom's and pydicom-data's test data (found on disk: no network attempts) is
opened as desk opens an image (:class:`desk.viewer.series.SeriesView`); for its first,
middle and last frame two renderings are compared with dcmtk's PGM: desk's default window
(the file's first window: ``+Wi 1``; its VOI LUT: ``+Wl 1``; else the frame's range: ``+Wm``)
and a window half as wide as the frame's range (``+Ww center width``), so both ends clip.
Both draw the overlay planes (60xx,3000) over the image (dcmtk's default): among the compared,
MR-SIEMENS-DICOM-WithOverlays.dcm has one.

The list below is the outcome each file must have; the test checks it, so it cannot go
stale: a file both decode that differs fails; it is never a skip. Covered among the compared:
rescale slope and intercept (CT_small.dcm, the dicomdirtests CTs, liver.dcm, and
eCT_Supplemental.dcm, whose rescale is in its shared functional groups), signed data
(MR_small*.dcm, JPEG-LL.dcm, mlut_18.dcm), MONOCHROME1 (RG1_*, RG3_*, the dicomdirtests
CRs), a VOI LUT sequence (vlut_04.dcm) and multi-frame (emri_small*.dcm, liver*.dcm,
rtdose.dcm, rtdose_rle.dcm, eCT_Supplemental.dcm). No shipped file has a SIGMOID or
LINEAR_EXACT VOI LUT Function, an INVERSE Presentation LUT Shape or a window 1 wide: the
second test compares CT_small.dcm made to have each.

Excluded because dcmtk is the one that deviates: rtdose_expb.dcm and rtdose_expb_1frame.dcm
hold the same 32-bit dose grid as rtdose.dcm (pydicom decodes them to identical arrays, and
desk's rtdose.dcm matches dcmtk's), but dcmtk 3.6.7 shows their brightest values near black
(1,249,000 of 795,000..1,254,000 as 11 of 255 under ``+Wm``): the byte order of a 32-bit
Explicit VR Big Endian value (PS3.5 section 7.3) is misread (inferred: the same grid in
Little Endian renders as desk's), where the linear window (PS3.3 C.11.2.1.2.1) gives 252.
The test checks that this difference is still there.

Outcomes (name: outcome):

    693_J2KI.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression
    693_J2KR.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    693_UNCI.dcm: compared, frames 1
    693_UNCR.dcm: compared, frames 1
    CT_small.dcm: compared, frames 1
    ExplVR_BigEnd.dcm: skipped, colour
    ExplVR_BigEndNoMeta.dcm: skipped, no pixel data
    ExplVR_LitEndNoMeta.dcm: skipped, no pixel data
    GDCMJ2K_TextGBR.dcm: skipped, colour
    J2K_pixelrep_mismatch.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    JPEG-LL.dcm: compared, frames 1
    JPEG-lossy.dcm: skipped, desk refuses it (This image cannot be shown: it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode.)
    JPEG2000-embedded-sequence-delimiter.dcm: skipped, desk refuses it (This image cannot be shown: its compressed data holds a larger image (3,722,445,056 × 1,024 pixels) than its header says.)
    JPEG2000.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression
    JPEG2000_UNC.dcm: compared, frames 1
    JPEGLSNearLossless_08.dcm: compared, frames 1
    JPEGLSNearLossless_16.dcm: compared, frames 1
    JPGExtended.dcm: skipped, desk refuses it (This image cannot be shown: it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode.)
    JPGLosslessP14SV1_1s_1f_8b.dcm: compared, frames 1
    MR-SIEMENS-DICOM-WithOverlays.dcm: compared, frames 1
    MR2_J2KI.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression
    MR2_J2KR.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    MR2_UNCI.dcm: compared, frames 1
    MR2_UNCR.dcm: compared, frames 1
    MR_small.dcm: compared, frames 1
    MR_small_RLE.dcm: compared, frames 1
    MR_small_bigendian.dcm: compared, frames 1
    MR_small_expb.dcm: compared, frames 1
    MR_small_implicit.dcm: compared, frames 1
    MR_small_jp2klossless.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    MR_small_jpeg_ls_lossless.dcm: compared, frames 1
    MR_small_padded.dcm: compared, frames 1
    MR_truncated.dcm: skipped, desk refuses it (This image cannot be shown: its pixel data is shorter than the image (the file is cut short).)
    OBXXXX1A.dcm: skipped, colour
    OBXXXX1A_2frame.dcm: skipped, colour
    OBXXXX1A_expb.dcm: skipped, colour
    OBXXXX1A_expb_2frame.dcm: skipped, colour
    OBXXXX1A_rle.dcm: skipped, colour
    OBXXXX1A_rle_2frame.dcm: skipped, colour
    OT-PAL-8-face.dcm: skipped, colour
    README.txt: skipped, desk refuses it (This image is damaged and cannot be shown.)
    RG1_J2KI.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression
    RG1_J2KR.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    RG1_UNCI.dcm: compared, frames 1
    RG1_UNCR.dcm: compared, frames 1
    RG3_J2KI.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression
    RG3_J2KR.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    RG3_UNCI.dcm: compared, frames 1
    RG3_UNCR.dcm: compared, frames 1
    SC_jpeg_no_color_transform.dcm: skipped, colour
    SC_jpeg_no_color_transform_2.dcm: skipped, colour
    SC_rgb.dcm: skipped, colour
    SC_rgb_16bit.dcm: skipped, colour
    SC_rgb_16bit_2frame.dcm: skipped, colour
    SC_rgb_2frame.dcm: skipped, colour
    SC_rgb_32bit.dcm: skipped, colour
    SC_rgb_32bit_2frame.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cr.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cy+n1.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cy+n2.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cy+np.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cy+s2.dcm: skipped, colour
    SC_rgb_dcmtk_+eb+cy+s4.dcm: skipped, colour
    SC_rgb_dcmtk_ebcr_dcmd.dcm: skipped, colour
    SC_rgb_dcmtk_ebcyn1_dcmd.dcm: skipped, colour
    SC_rgb_dcmtk_ebcyn2_dcmd.dcm: skipped, colour
    SC_rgb_dcmtk_ebcynp_dcmd.dcm: skipped, colour
    SC_rgb_dcmtk_ebcys2_dcmd.dcm: skipped, colour
    SC_rgb_dcmtk_ebcys4_dcmd.dcm: skipped, colour
    SC_rgb_expb.dcm: skipped, colour
    SC_rgb_expb_16bit.dcm: skipped, colour
    SC_rgb_expb_16bit_2frame.dcm: skipped, colour
    SC_rgb_expb_2frame.dcm: skipped, colour
    SC_rgb_expb_32bit.dcm: skipped, colour
    SC_rgb_expb_32bit_2frame.dcm: skipped, colour
    SC_rgb_gdcm2k_uncompressed.dcm: skipped, colour
    SC_rgb_gdcm_KY.dcm: skipped, colour
    SC_rgb_jls_lossy_line.dcm: skipped, colour
    SC_rgb_jls_lossy_sample.dcm: skipped, colour
    SC_rgb_jpeg.dcm: skipped, colour
    SC_rgb_jpeg_app14_dcmd.dcm: skipped, colour
    SC_rgb_jpeg_dcmd.dcm: skipped, colour
    SC_rgb_jpeg_dcmtk.dcm: skipped, colour
    SC_rgb_jpeg_gdcm.dcm: skipped, colour
    SC_rgb_jpeg_lossy_gdcm.dcm: skipped, colour
    SC_rgb_rle.dcm: skipped, colour
    SC_rgb_rle_16bit.dcm: skipped, colour
    SC_rgb_rle_16bit_2frame.dcm: skipped, colour
    SC_rgb_rle_2frame.dcm: skipped, colour
    SC_rgb_rle_32bit.dcm: skipped, colour
    SC_rgb_rle_32bit_2frame.dcm: skipped, colour
    SC_rgb_small_odd.dcm: skipped, colour
    SC_rgb_small_odd_big_endian.dcm: skipped, colour
    SC_rgb_small_odd_jpeg.dcm: skipped, colour
    SC_ybr_full_422_uncompressed.dcm: skipped, colour
    SC_ybr_full_uncompressed.dcm: skipped, colour
    UN_sequence.dcm: skipped, no pixel data
    US1_J2KI.dcm: skipped, colour
    US1_J2KR.dcm: skipped, colour
    US1_UNCI.dcm: skipped, colour
    US1_UNCR.dcm: skipped, colour
    badVR.dcm: skipped, desk refuses it (This image is damaged and cannot be shown.)
    bad_sequence.dcm: compared, frames 1
    color-pl.dcm: skipped, colour
    color-px.dcm: skipped, colour
    color3d_jpeg_baseline.dcm: skipped, colour
    crayons.icc: skipped, desk refuses it (This image is damaged and cannot be shown.)
    dicomdirtests/77654033/CR1/6154: compared, frames 1
    dicomdirtests/77654033/CR2/6247: compared, frames 1
    dicomdirtests/77654033/CR3/6278: compared, frames 1
    dicomdirtests/77654033/CT2/17106: compared, frames 1
    dicomdirtests/77654033/CT2/17136: compared, frames 1
    dicomdirtests/77654033/CT2/17166: compared, frames 1
    dicomdirtests/77654033/CT2/17196: compared, frames 1
    dicomdirtests/98892001/CT2N/6293: compared, frames 1
    dicomdirtests/98892001/CT2N/6924: compared, frames 1
    dicomdirtests/98892001/CT5N/2062: compared, frames 1
    dicomdirtests/98892001/CT5N/2392: compared, frames 1
    dicomdirtests/98892001/CT5N/2693: compared, frames 1
    dicomdirtests/98892001/CT5N/3023: compared, frames 1
    dicomdirtests/98892001/CT5N/3353: compared, frames 1
    dicomdirtests/98892003/MR1/15820: compared, frames 1
    dicomdirtests/98892003/MR1/4919: compared, frames 1
    dicomdirtests/98892003/MR1/5641: compared, frames 1
    dicomdirtests/98892003/MR2/15970: compared, frames 1
    dicomdirtests/98892003/MR2/4950: compared, frames 1
    dicomdirtests/98892003/MR2/4981: compared, frames 1
    dicomdirtests/98892003/MR2/5011: compared, frames 1
    dicomdirtests/98892003/MR2/6273: compared, frames 1
    dicomdirtests/98892003/MR2/6605: compared, frames 1
    dicomdirtests/98892003/MR2/6935: compared, frames 1
    dicomdirtests/98892003/MR700/4467: compared, frames 1
    dicomdirtests/98892003/MR700/4528: compared, frames 1
    dicomdirtests/98892003/MR700/4558: compared, frames 1
    dicomdirtests/98892003/MR700/4588: compared, frames 1
    dicomdirtests/98892003/MR700/4618: compared, frames 1
    dicomdirtests/98892003/MR700/4648: compared, frames 1
    dicomdirtests/98892003/MR700/4678: compared, frames 1
    dicomdirtests/DICOMDIR: skipped, no pixel data
    dicomdirtests/DICOMDIR-bigEnd: skipped, no pixel data
    dicomdirtests/DICOMDIR-empty.dcm: skipped, no pixel data
    dicomdirtests/DICOMDIR-implicit: skipped, no pixel data
    dicomdirtests/DICOMDIR-nooffset: skipped, no pixel data
    dicomdirtests/DICOMDIR-nopatient: skipped, no pixel data
    dicomdirtests/DICOMDIR-reordered: skipped, no pixel data
    dicomdirtests/README.txt: skipped, desk refuses it (This image is damaged and cannot be shown.)
    dicomdirtests/TINY_ALPHA/DICOMDIR: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000000: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000001: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000002: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000003: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000004: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000005: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000006: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000007: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000008: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000009: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000A: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000B: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000C: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000D: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000E: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000F: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000G: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000H: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000I: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000J: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000K: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000L: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000M: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000N: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000O: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000P: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000Q: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000R: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000S: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000T: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000U: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000V: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000W: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000X: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000Y: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00000Z: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000010: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000011: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000012: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000013: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000014: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000015: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000016: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000017: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000018: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM000019: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00001A: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00001B: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00001C: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/PT000000/ST000000/SE000000/IM00001D: skipped, no pixel data
    dicomdirtests/TINY_ALPHA/README: skipped, desk refuses it (This image is damaged and cannot be shown.)
    eCT_Supplemental.dcm: compared, frames 1 2
    empty_charset_LEI.dcm: skipped, no pixel data
    emri_small.dcm: compared, frames 1 6 10
    emri_small_RLE.dcm: compared, frames 1 6 10
    emri_small_big_endian.dcm: compared, frames 1 6 10
    emri_small_jpeg_2k_lossless.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    emri_small_jpeg_2k_lossless_too_short.dcm: skipped, no pixel data
    emri_small_jpeg_ls_lossless.dcm: compared, frames 1 6 10
    examples_jpeg2k.dcm: skipped, colour
    examples_overlay.dcm: compared, frames 1
    examples_palette.dcm: skipped, colour
    examples_rgb_color.dcm: skipped, colour
    examples_ybr_color.dcm: skipped, colour
    explicit_VR-UN.dcm: skipped, dcmtk cannot decode JPEG 2000 Image Compression (Lossless Only)
    gdcm-US-ALOKA-16.dcm: skipped, colour
    gdcm-US-ALOKA-16_big.dcm: skipped, colour
    image_dfl.dcm: compared, frames 1
    liver.dcm: compared, frames 1 2 3
    liver_1frame.dcm: compared, frames 1
    liver_expb.dcm: compared, frames 1 2 3
    liver_expb_1frame.dcm: compared, frames 1
    meta_missing_tsyntax.dcm: skipped, desk refuses it (This image is damaged and cannot be shown.)
    mlut_18.dcm: compared, frames 1
    nested_priv_SQ.dcm: skipped, desk refuses it (This image is damaged and cannot be shown.)
    no_meta.dcm: skipped, desk refuses it (This image is damaged and cannot be shown.)
    no_meta_group_length.dcm: skipped, no pixel data
    priv_SQ.dcm: skipped, no pixel data
    reportsi.dcm: skipped, no pixel data
    reportsi_with_empty_number_tags.dcm: skipped, no pixel data
    rtdose.dcm: compared, frames 1 8 15
    rtdose_1frame.dcm: compared, frames 1
    rtdose_expb.dcm: excluded, dcmtk reads 32-bit Explicit VR Big Endian wrongly (above)
    rtdose_expb_1frame.dcm: excluded, dcmtk reads 32-bit Explicit VR Big Endian wrongly (above)
    rtdose_rle.dcm: compared, frames 1 8 15
    rtdose_rle_1frame.dcm: compared, frames 1
    rtplan.dcm: skipped, no pixel data
    rtplan.dump: skipped, desk refuses it (This image is damaged and cannot be shown.)
    rtplan_truncated.dcm: skipped, no pixel data
    rtstruct.dcm: skipped, no pixel data
    rtstruct.dump: skipped, desk refuses it (This image is damaged and cannot be shown.)
    test-SR.dcm: skipped, no pixel data
    test1.json: skipped, desk refuses it (This image is damaged and cannot be shown.)
    test_PN.json: skipped, desk refuses it (This image is damaged and cannot be shown.)
    vlut_04.dcm: compared, frames 1
    waveform_ecg.dcm: skipped, no pixel data
    zipMR.gz: skipped, desk refuses it (This image is damaged and cannot be shown.)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.multival import MultiValue
from pydicom.uid import UID

from desk.errors import DeskError
from desk.viewer import pixels
from desk.viewer.library import SeriesImages
from desk.viewer.pixels import Window
from desk.viewer.series import SeriesView
from tests.viewer import dcmtk
from tests.viewer.crafted import ct

_FILES = dcmtk.test_files()


def _expected() -> dict[str, str]:
    """The outcome this docstring lists for each file."""
    lines = (__doc__ or "").splitlines()
    return dict(ln.strip().split(": ", 1) for ln in lines if ln.startswith("    ") and ": " in ln)


def _frames(count: int) -> list[int]:
    """The frames compared: the first, the middle and the last."""
    return sorted({0, count // 2, count - 1})


def _default_voi(ds: pydicom.Dataset, window: Window | None) -> list[str]:
    """dcmj2pnm's options for the window desk opens an image with."""
    if window is None:
        return ["+Wl", "1"]
    if "WindowCenter" in ds and Window(float(_first(ds.WindowCenter)),
                                       float(_first(ds.WindowWidth))) == window:
        return ["+Wi", "1"]
    voi = pixels.frame_group(ds, 0, "FrameVOILUTSequence")
    if voi is not None:  # an enhanced image's own window (dcmj2pnm reads only the image's)
        return ["+Ww", f"{window.center:g}", f"{window.width:g}"]
    return ["+Wm"]


def _first(value: object) -> object:
    return value[0] if isinstance(value, MultiValue) else value


def _syntax(ds: pydicom.Dataset) -> str:
    return str(getattr(ds, "file_meta", pydicom.Dataset()).get("TransferSyntaxUID", ""))


def _narrow(values: np.ndarray) -> Window:
    """A window half as wide as the frame's range, centred on it: both ends clip."""
    low, high = float(values.min()), float(values.max())
    return Window(round((low + high) / 2, 1), max(round((high - low) / 2, 1), 2.0))


def _differs(ours: np.ndarray, theirs: np.ndarray) -> str:
    """How desk's 8-bit frame differs from dcmtk's by more than 1 grey level, or ``""``."""
    if ours.shape != theirs.shape:
        return f"shape {ours.shape} against dcmtk's {theirs.shape}"
    gap = np.abs(ours.astype(np.int16) - theirs.astype(np.int16))
    worst = int(gap.max())
    return "" if worst <= 1 else f"{int((gap > 1).sum())} pixels differ, by up to {worst}"


def _outcome(path: Path, out: Path) -> str:
    """``compared, frames …`` after desk's frames matched dcmtk's (AssertionError when one
    differs), or ``skipped, why``."""
    view = SeriesView(SeriesImages("1.2.3", 1, "", "", [path.read_bytes()]))
    try:
        ds = view.dataset(0)
        if "PixelData" not in ds:
            return "skipped, no pixel data"
        if pixels.is_colour(ds):
            return "skipped, colour"
        frames = _frames(len(view))
        values = {i: view.values(i) for i in frames}
    except DeskError as err:
        return f"skipped, desk refuses it ({err})"
    for i in frames:
        window = view.default_window(i)
        for voi, shown in ((_default_voi(ds, window), window), (None, _narrow(values[i]))):
            options = voi or ["+Ww", f"{shown.center:g}", f"{shown.width:g}"] if shown else voi
            try:
                theirs = dcmtk.render(path, _syntax(ds), i, options or [], out)
            except dcmtk.DcmtkFailed:
                return f"skipped, dcmtk cannot decode {UID(_syntax(ds)).name}"
            problem = _differs(view.frame(i, shown), theirs)
            assert not problem, f"frame {i + 1}, dcmj2pnm {' '.join(options or [])}: {problem}"
    return "compared, frames " + " ".join(str(i + 1) for i in frames)


@pytest.mark.dcmtk
@pytest.mark.parametrize("name", sorted(_FILES))
def test_desk_shows_each_grey_image_as_dcmtk_does(name: str, tmp_path: Path) -> None:
    dcmtk.dcmj2pnm()
    expected = _expected().get(name)
    if expected and expected.startswith("excluded"):  # dcmtk's own deviation, still there
        with pytest.raises(AssertionError, match="pixels differ"):
            _outcome(_FILES[name], tmp_path / "frame.pgm")
        return
    assert _outcome(_FILES[name], tmp_path / "frame.pgm") == expected


_CRAFTED = {
    "SIGMOID": {"VOILUTFunction": "SIGMOID", "WindowCenter": 40, "WindowWidth": 400},
    "LINEAR_EXACT": {"VOILUTFunction": "LINEAR_EXACT", "WindowCenter": 40, "WindowWidth": 400},
    "INVERSE": {"PresentationLUTShape": "INVERSE"},
    "width 1": {"WindowCenter": 40, "WindowWidth": 1},
}


@pytest.mark.dcmtk
@pytest.mark.parametrize("label", sorted(_CRAFTED))
def test_desk_shows_lut_functions_and_an_inverse_shape_as_dcmtk_does(label: str,
                                                                      tmp_path: Path) -> None:
    """No shipped file has them: CT_small.dcm made to say so."""
    dcmtk.dcmj2pnm()
    path = tmp_path / "image.dcm"
    ct(**_CRAFTED[label]).save_as(path, enforce_file_format=True)
    assert _outcome(path, tmp_path / "frame.pgm") == "compared, frames 1"
