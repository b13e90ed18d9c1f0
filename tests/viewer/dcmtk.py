"""dcmtk's ``dcmj2pnm`` as the reference rendering of a grey DICOM frame, and the test files
pydicom and pydicom-data hold on this machine (found without pydicom's network attempts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
from pydicom.data import DATA_ROOT
from pydicom.data.data_manager import DataTypes, external_data_sources


class DcmtkFailed(Exception):
    """dcmj2pnm could not render the file (its first error line is the message)."""


JPEG_LS = ("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81")


def dcmj2pnm(program: str = "dcmj2pnm") -> str:
    """The path of dcmj2pnm (or dcml2pnm, its JPEG-LS twin); AssertionError naming the
    package when it is not installed."""
    path = shutil.which(program)
    assert path, f"{program} not found: install the dcmtk package (scripts/setup.sh --test)"
    return path


def render(path: Path, syntax: str, frame: int, voi: list[str], out: Path) -> np.ndarray:
    """Frame ``frame`` (0-based) of ``path`` as dcmtk shows it through the VOI options ``voi``
    (``+Ww c w``, ``+Wi 1``, ``+Wl 1`` or ``+Wm``), 8 bits a pixel, with its overlay planes
    drawn (dcmtk's default, as desk's)."""
    program = dcmj2pnm("dcml2pnm" if syntax in JPEG_LS else "dcmj2pnm")
    done = subprocess.run([program, "+op", "+F", str(frame + 1), *voi, str(path),
                           str(out)], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.splitlines() if ln.startswith("E:")] or ["?"]
        raise DcmtkFailed(lines[0])
    return read_pgm(out.read_bytes())


def read_pgm(data: bytes) -> np.ndarray:
    """A binary 8-bit PGM (P5) as a (rows, columns) array."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while data[at:at + 1].isspace():
            at += 1
        if data[at:at + 1] == b"#":
            at = data.index(b"\n", at)
            continue
        end = at
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    assert fields[0] == b"P5" and fields[3] == b"255", "dcmj2pnm wrote no 8-bit grey PGM"
    width, height = int(fields[1]), int(fields[2])
    return np.frombuffer(data, np.uint8, width * height, at + 1).reshape(height, width)


def test_files() -> dict[str, Path]:
    """pydicom's own test files and pydicom-data's, by name; AssertionError when pydicom-data
    is not installed (it is a test dependency: it must not silently shrink the set)."""
    sources = external_data_sources()
    assert "pydicom-data" in sources, "pydicom-data is not installed (pip install -e .[test])"
    base = Path(DATA_ROOT) / "test_files"
    paths = [p for p in base.glob("**/*") if p.is_file() and p.suffix != ".py"]
    paths += [Path(p) for p in sources["pydicom-data"].get_paths("**/*", DataTypes.DATASET)]
    return {str(p.relative_to(base if p.is_relative_to(base) else
                               sources["pydicom-data"].data_path)): p for p in paths}
