"""What desk writes to its log and stderr: its own messages, and nothing another library
quotes from the data; files only their owner reads; no core dump."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from pydicom import config
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from desk import logs

CANARY = "19470319.5"  # an instance number, as an old disc wrote it


@pytest.fixture
def configured(tmp_path: Path):
    """desk's logging set up into tmp_path, as the app does; undone after the test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    path = logs.configure("INFO", folder=tmp_path / "log")
    yield path
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = handlers, level
    logging.captureWarnings(False)


def _old_disc(folder: Path) -> Path:
    """A disc whose image quotes a value pydicom finds invalid when it reads it."""
    folder.mkdir()
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID = generate_uid()
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientName, ds.PatientBirthDate, ds.Modality = "Canary^Zyx", "19470319", "OT"
    with warnings.catch_warnings():  # pydicom warns of the value here too
        warnings.simplefilter("ignore", UserWarning)
        ds.add(DataElement(0x00200013, "IS", CANARY))
    ds.Rows = ds.Columns = 2
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = bytes(4)
    config.settings.writing_validation_mode = config.IGNORE
    try:
        ds.save_as(folder / "IM0001", enforce_file_format=True)
    finally:
        config.settings.writing_validation_mode = config.WARN
    return folder


READ_DISC = """
import logging, sys
from pathlib import Path
from desk import logs
from desk.viewer import library
if sys.argv[2] == "configured":
    logs.configure("INFO", folder=Path(sys.argv[3]), console=True)
else:
    logs.guard()  # any desk command, before it sets up its log
found = library.scan(Path(sys.argv[1]))
logging.getLogger("desk.viewer").warning("disc read, %d images", len(found.images))
"""


def _read_disc(tmp_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    disc = _old_disc(tmp_path / "disc")
    return subprocess.run([sys.executable, "-c", READ_DISC, str(disc), how,
                           str(tmp_path / "log")], capture_output=True, text=True,
                          cwd=Path(__file__).parents[1], timeout=60, check=True)


def test_a_header_value_pydicom_quotes_reaches_neither_log_nor_stderr(tmp_path):
    done = _read_disc(tmp_path, "configured")
    text = (tmp_path / "log" / "desk.log").read_text(encoding="utf-8")
    assert "desk.viewer: disc read, 1 images" in text  # desk's own message is kept
    assert "pydicom: <message withheld>" in text
    assert "UserWarning at " in text and "(message withheld)" in text
    assert "1 images" in done.stderr  # the console copy, through the same withholding
    for written in (text, done.stdout, done.stderr):
        assert CANARY not in written and "Canary" not in written


def test_before_its_log_is_set_up_a_command_withholds_them_on_stderr_too(tmp_path):
    done = _read_disc(tmp_path, "guarded")
    assert "pydicom: <message withheld>" in done.stderr and "1 images" in done.stderr
    assert CANARY not in done.stderr and "Canary" not in done.stderr


def test_the_log_file_and_its_folder_are_the_owners_alone(configured):
    logging.getLogger("desk").warning("something")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert stat.S_IMODE(configured.stat().st_mode) == 0o600
    assert stat.S_IMODE(configured.parent.stat().st_mode) == 0o700


def test_a_log_an_older_desk_made_readable_by_all_becomes_the_owners(tmp_path, configured):
    older = tmp_path / "older"
    older.mkdir()
    (older / "desk.log").write_text("old line\n")
    (older / "desk.log").chmod(0o644)
    path = logs.configure("INFO", folder=older)
    logging.getLogger("desk").warning("new line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("old line\n")


def test_a_desk_command_forbids_core_dumps(tmp_path):
    script = ("import ctypes, resource, sys\n"
              "from desk import cli\n"
              "cli.main(['form', 'check', sys.argv[1]])\n"
              "print(resource.getrlimit(resource.RLIMIT_CORE),"
              " ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n")  # PR_GET_DUMPABLE
    form = tmp_path / "form.json"
    form.write_text('{"resourceType": "Questionnaire", "status": "active", "item": []}')
    done = subprocess.run([sys.executable, "-c", script, str(form)], capture_output=True,
                          text=True, cwd=Path(__file__).parents[1], timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "(0, 0) 0", done.stderr


def test_the_log_rotates_at_its_size_keeping_five_old_files_the_owners_alone(configured):
    line = "desk wrote record 0123456789abcdef " * 30
    per_file = logs.MAX_BYTES // len(line) + 1
    for _ in range(per_file * (logs.OLD_FILES + 2)):
        logging.getLogger("desk.test").warning(line)
    for handler in logging.getLogger().handlers:
        handler.flush()
    kept = sorted(p.name for p in configured.parent.iterdir())
    assert kept == ["desk.log", *(f"desk.log.{n}" for n in range(1, logs.OLD_FILES + 1))]
    for name in kept:
        path = configured.parent / name
        assert path.stat().st_size <= logs.MAX_BYTES
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
