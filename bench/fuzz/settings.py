"""Settings files: ``desk config check`` on a file, and desk reading it at start.

An input is the bytes of a ``desk.toml``. ``machine_file.check_file`` must report on any
file and raise nothing; ``settings.resolve`` reads it as the machine file and as the file
given to ``--config`` (TOML parsed by ``settings.read_file``, then applied) and either
gives the settings or refuses with ``DeskError``. Reading a file must never change what
desk takes as its defaults.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desk.errors import DeskError

REFUSED = (DeskError,)
INSTRUMENT = ("tomllib",)
ROOT = Path(__file__).resolve().parents[2]


def prepare() -> Callable[[bytes], None]:
    from desk.storage import machine_file, settings

    folder = Path(tempfile.mkdtemp(prefix="desk-fuzz-settings-"))
    path = folder / "desk.toml"
    os.environ["DESK_MACHINE_CONFIG"] = str(path)
    os.environ["DESK_USER_CONFIG"] = str(folder / "absent.toml")
    defaults = settings.as_dict(settings.Settings())

    def one(data: bytes) -> None:
        path.write_bytes(data)
        try:
            report = machine_file.check_file(path)
            assert isinstance(report.problems, list)
            settings.resolve(extra_file=str(path), environ={})
        finally:
            if settings.as_dict(settings.Settings()) != defaults:
                raise AssertionError("reading a settings file changed desk's defaults")

    return one


def dictionary() -> list[str]:
    from desk.storage import settings

    names = settings.keys()
    sections = sorted({n.rpartition(".")[0] for n in names if "." in n})
    return [*names, *(n.rpartition(".")[2] for n in names), *(f"[{s}]" for s in sections),
            "version", "__class__", "__dict__", "true", "false", "inf", "nan", '"""', "'''",
            "[[", "]]", "=", "{", "}", "1979-05-27T07:32:00Z"]


def seeds() -> dict[str, bytes]:
    from desk.storage.machine_file import sample_file

    sample = sample_file()
    uncommented = "\n".join(line[1:] if line.startswith("#") and "=" in line else line
                            for line in sample.splitlines())
    return {
        "packaging-desk.toml": (ROOT / "packaging" / "desk.toml").read_bytes(),
        "sample-set.toml": uncommented.encode(),
        "small.toml": b'version = 1\n[server]\nurl = "https://fhir.example.org/fhir"\n'
                      b'[security]\nlockout_minutes = 15\nidle_lock_minutes = 5\n'
                      b'[kiosk]\nenabled = true\n[ui]\nlanguage = "fr"\n',
        "dotted.toml": b'server.url = "http://x"\nsecurity = { lockout_attempts = 3 }\n'
                       b'intake.forms_by_reason = "New: consent; *: phq-9"\n',
        "wrong-types.toml": b'version = "1"\n[security]\nlockout_minutes = "15"\n'
                            b'idle_lock_minutes = 1e3\n[server]\nurl = 3\n',
    }
