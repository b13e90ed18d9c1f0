from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from desk.errors import DeskError
from desk.storage import NeedPassphrase, Workspace, keys
from tests.support.secret_service import secret_service_env


def _use_backend(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)


def test_failing_key_store_asks_for_a_passphrase(tmp_path: Path, monkeypatch) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    _use_backend(monkeypatch, FailKeyring())
    assert not keys.keyring_usable()
    with pytest.raises(NeedPassphrase):
        Workspace.create(tmp_path / "ws")
    with Workspace.create(tmp_path / "ws", passphrase="clinic passphrase") as ws:
        assert ws.manifest.key_source == "passphrase"
    text = (tmp_path / "ws" / "workspace.toml").read_text()
    assert "wrapped_key" in text
    Workspace.open(tmp_path / "ws", passphrase="clinic passphrase").close()


def test_key_store_that_drops_writes_is_not_trusted(tmp_path: Path, monkeypatch) -> None:
    from keyring.backends.null import Keyring as NullKeyring

    _use_backend(monkeypatch, NullKeyring())
    assert not keys.keyring_usable()
    with pytest.raises(NeedPassphrase):
        Workspace.create(tmp_path / "ws")


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="at least 4"):
        Workspace.create(tmp_path / "ws", passphrase="abc")


SECRET_SERVICE_SCRIPT = """
import sys, pathlib
sys.path.insert(0, sys.argv[2])
import keyring
from desk.storage import Workspace, keys
backend = type(keyring.get_keyring()).__module__
assert keys.keyring_usable(), backend
ws = Workspace.create(pathlib.Path(sys.argv[1]))
assert ws.manifest.key_source == "keyring"
ws.close()
Workspace.open(pathlib.Path(sys.argv[1])).close()
print("OK", backend)
"""


@pytest.mark.secret_service
def test_real_secret_service_keeps_the_key(tmp_path: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: the test set-up installs it"
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(secret_service_env(tmp_path / "home"))
    script = tmp_path / "check.py"
    script.write_text(SECRET_SERVICE_SCRIPT)
    shell = ("echo -n 'test-login' | gnome-keyring-daemon --unlock --components=secrets "
             f"--daemonize >/dev/null && {sys.executable} {script} {tmp_path / 'ws'} "
             f"{Path(__file__).resolve().parents[2]}")
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("OK keyring.backends.SecretService"), done.stdout
