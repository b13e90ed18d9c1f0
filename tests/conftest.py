"""Every test runs against throw-away folders: never a real user's settings or key store."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"

# Property tests draw the same cases at every run, so that the suite passes or fails alike
# on any day; DESK_HYPOTHESIS=explore draws new ones (and keeps what fails in .hypothesis/).
settings.register_profile("suite", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile("explore" if os.environ.get("DESK_HYPOTHESIS") == "explore" else "suite")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("DESK_MACHINE_CONFIG", str(home / "machine" / "desk.toml"))
    monkeypatch.delenv("DESK_USER_CONFIG", raising=False)
    from desk.storage.settings import keys

    for name in keys():
        monkeypatch.delenv("DESK_" + name.replace(".", "_").upper(), raising=False)
    from tests.support.memory_keyring import MemoryKeyring

    MemoryKeyring.secrets.clear()
    return home


@pytest.fixture
def workspace(tmp_path: Path):
    from desk.storage import Workspace

    ws = Workspace.create(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 3 MB file system (tmpfs), mounted for the test; needs root, as CI runs."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", str(mount)], check=True)
