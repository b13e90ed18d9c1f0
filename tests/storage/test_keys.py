from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from desk.errors import DeskError
from desk.storage import NeedPassphrase, Workspace, crypto, keys
from desk.storage.unlock import read_manifest
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
    for short in ("abc", "1234", "nine char"):
        with pytest.raises(DeskError, match="at least 10 characters"):
            Workspace.create(tmp_path / "ws", passphrase=short)
    assert not (tmp_path / "ws" / "workspace.toml").exists()
    Workspace.create(tmp_path / "ws", passphrase="ten chars!").close()


PASSPHRASE = "clinic passphrase"


def _made(path: Path) -> tuple[bytes, str]:
    """A passphrase workspace at ``path``: its key and id."""
    Workspace.create(path, passphrase=PASSPHRASE).close()
    manifest = read_manifest(path)
    return keys.unwrap_key(keys.WrappedKey.from_text(manifest.wrapped_key), PASSPHRASE,
                           manifest.id), manifest.id


def _set_wrapped(path: Path, text: str) -> None:
    manifest = path / "workspace.toml"
    old = read_manifest(path).wrapped_key
    manifest.write_text(manifest.read_text().replace(old, text))


def _opens(path: Path) -> bool:
    """Whether the workspace opens with the passphrase (the key unwrapped opens the
    database)."""
    with Workspace.open(path, passphrase=PASSPHRASE) as ws, ws.read() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() > 0


def test_the_scrypt_cost_is_kept_with_the_wrapped_key(tmp_path: Path) -> None:
    key, workspace_id = _made(tmp_path / "ws")
    assert read_manifest(tmp_path / "ws").wrapped_key.startswith(f"scrypt${crypto.SCRYPT_N}$")
    # a key wrapped at another cost (a later desk raised it) opens with that cost
    salt = os.urandom(16)
    kek = crypto.scrypt(PASSPHRASE, salt, n=2**14, r=8, p=2)
    _set_wrapped(tmp_path / "ws", keys.WrappedKey(
        salt, crypto.seal(kek, key, workspace_id.encode()), (2**14, 8, 2)).to_text())
    assert _opens(tmp_path / "ws")


def test_a_key_wrapped_before_the_cost_was_kept_still_opens(tmp_path: Path) -> None:
    key, workspace_id = _made(tmp_path / "ws")
    salt = os.urandom(16)
    sealed = crypto.seal(crypto.scrypt(PASSPHRASE, salt), key, workspace_id.encode())
    _set_wrapped(tmp_path / "ws", base64.b64encode(salt).decode() + ":"
                 + base64.b64encode(sealed).decode())
    assert _opens(tmp_path / "ws")


def test_a_damaged_wrapped_key_is_said_plainly(tmp_path: Path) -> None:
    _made(tmp_path / "ws")
    _set_wrapped(tmp_path / "ws", "scrypt$x$8$1$AAAA$AAAA")
    with pytest.raises(DeskError, match="wrapped key is damaged"):
        Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE)


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


# A later desk start, in a process of its own: the key comes straight from the Secret
# Service (storage.secret_service), the same as keyring's answer, and keyring is not loaded.
SHORTCUT_SCRIPT = """
import sys, pathlib
sys.path.insert(0, sys.argv[2])
from desk.storage import Workspace, secret_service
with Workspace.open(pathlib.Path(sys.argv[1])) as ws:
    loaded = "keyring" in sys.modules
    found = secret_service.lookup("desk", ws.id)
    assert secret_service.lookup("desk", "no such workspace") is None
import keyring
assert found == keyring.get_password("desk", ws.id), "not keyring's answer"
print("SHORTCUT", "keyring loaded" if loaded else "keyring not loaded")
"""


# desk's start: the key read ahead by a child forked for it (storage.key_ahead), which opens
# the workspace; this process never loads the Secret Service's client itself.
AHEAD_SCRIPT = """
import sys, pathlib
sys.path.insert(0, sys.argv[2])
from desk.storage.key_ahead import KeyAhead
path = pathlib.Path(sys.argv[1])
ahead = KeyAhead(path)
from desk.storage import Workspace
with Workspace.open(path, key_ahead=ahead) as ws, ws.read() as conn:
    assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() > 0
    here = "secretstorage" in sys.modules  # (closing keeps the audit head in the key store)
print("AHEAD", "in this process" if here else "in a child")
"""


def _under_secret_service(tmp_path: Path, *scripts: str) -> str:
    """Run each script, in turn, under a private real Secret Service; their output."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: the test set-up installs it"
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(secret_service_env(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    runs = []
    for n, text in enumerate(scripts):
        (tmp_path / f"script{n}.py").write_text(text)
        runs.append(f"{sys.executable} {tmp_path / f'script{n}.py'} {tmp_path / 'ws'} "
                    f"{Path(__file__).resolve().parents[2]}")
    shell = ("echo -n 'test-login' | gnome-keyring-daemon --unlock --components=secrets "
             f"--daemonize >/dev/null && {' && '.join(runs)}")
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.secret_service
def test_real_secret_service_keeps_the_key(tmp_path: Path) -> None:
    out = _under_secret_service(tmp_path, SECRET_SERVICE_SCRIPT, SHORTCUT_SCRIPT, AHEAD_SCRIPT)
    assert out.startswith("OK keyring.backends.SecretService"), out
    assert "SHORTCUT keyring not loaded" in out, out
    assert "AHEAD in a child" in out, out


def test_a_keyring_configured_by_hand_is_asked_itself(tmp_path: Path, monkeypatch) -> None:
    from desk.storage import secret_service

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert secret_service._keyring_would_choose_it()
    (tmp_path / "python_keyring").mkdir()
    (tmp_path / "python_keyring" / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.kwallet.DBusKeyring\n")
    assert not secret_service._keyring_would_choose_it()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert secret_service.lookup("desk", "any") is None  # keyring answers, as configured


def test_the_key_read_ahead_opens_the_workspace(tmp_path: Path, monkeypatch) -> None:
    from desk.storage.key_ahead import KeyAhead

    Workspace.create(tmp_path / "ws").close()
    reads: list[str] = []
    load = keys.load_from_keyring
    monkeypatch.setattr(keys, "load_from_keyring",
                        lambda account: reads.append(account) or load(account))
    ahead = KeyAhead(tmp_path / "ws")  # as desk starts, before its window
    with Workspace.open(tmp_path / "ws", key_ahead=ahead) as ws, ws.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() > 0
    assert reads == [ws.id]  # the key store was asked once, ahead


def test_a_key_read_ahead_for_another_workspace_is_not_used(tmp_path: Path) -> None:
    from desk.storage.key_ahead import KeyAhead

    Workspace.create(tmp_path / "one").close()
    Workspace.create(tmp_path / "two").close()
    ahead = KeyAhead(tmp_path / "one")
    with Workspace.open(tmp_path / "two", key_ahead=ahead) as ws, ws.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() > 0
    assert KeyAhead(tmp_path / "missing").key_of("any") is None  # no workspace there yet


def test_a_key_missing_from_the_key_store_is_said_and_nothing_is_touched(tmp_path: Path
                                                                        ) -> None:
    import keyring as system_keyring

    Workspace.create(tmp_path / "ws").close()
    before = {f.name: f.read_bytes() for f in (tmp_path / "ws").iterdir() if f.is_file()}
    manifest = read_manifest(tmp_path / "ws")
    system_keyring.delete_password(keys.SERVICE, manifest.id)  # a new profile, a wiped store
    with pytest.raises(DeskError) as err:
        Workspace.open(tmp_path / "ws")
    assert err.value.kind == "key" and "not in this computer's key store" in err.value.message
    after = {f.name: f.read_bytes() for f in (tmp_path / "ws").iterdir() if f.is_file()}
    assert after == before
