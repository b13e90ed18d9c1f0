"""Discs as patients bring them, made from the DICOM files pydicom ships."""

from __future__ import annotations

import shutil
from pathlib import Path

from pydicom.data import get_testdata_file


def archibald_disc(target: Path) -> Path:
    """A disc of Archibald Doe: 7 images in 2 studies (CR and CT) in folders of extensionless
    files, with a DICOMDIR, a README, a damaged file and a DICOM report that is no image."""
    tests = Path(get_testdata_file("CT_small.dcm")).parent / "dicomdirtests"
    shutil.copytree(tests / "77654033", target / "77654033")
    shutil.copy(tests / "DICOMDIR", target / "DICOMDIR")
    (target / "README.TXT").write_text("Open viewer.exe to see the images.\n")
    whole = (tests / "77654033" / "CR1" / "6154").read_bytes()
    (target / "77654033" / "CR1" / "BROKEN").write_bytes(whole[:-200])
    return target
