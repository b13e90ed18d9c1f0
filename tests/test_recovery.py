"""The recovery passphrase puts a lost workspace key back (desk workspace recovery set,
desk workspace recover), against a real SQLCipher workspace and the tests' key store."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.cli import main
from desk.errors import DeskError
from desk.storage import Workspace, keys, recovery
from desk.storage.unlock import read_manifest
from tests.support.seeded import RECOVERY, patient_ids, seed, typed


def _set_recovery(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    typed(monkeypatch, RECOVERY, RECOVERY)
    assert main(["--workspace", str(ws), "workspace", "recovery", "set", "--stdin"]) == 0


def _lose_the_key(ws: Path) -> None:
    keys.delete_secret(read_manifest(ws).id)
    with pytest.raises(DeskError, match="not in this computer's key store"):
        Workspace.open(ws)


def test_a_lost_key_comes_back_with_the_recovery_passphrase(tmp_path: Path, monkeypatch,
                                                             capsys) -> None:
    ws = tmp_path / "ws"
    ids = seed(ws, 5)
    _set_recovery(ws, monkeypatch)
    assert "recovery passphrase is set" in capsys.readouterr().out
    assert RECOVERY not in (ws / recovery.FILE).read_text()
    _lose_the_key(ws)
    typed(monkeypatch, RECOVERY)
    assert main(["--workspace", str(ws), "workspace", "recover", "--stdin"]) == 0
    assert "back in this computer's key store" in capsys.readouterr().out
    assert patient_ids(ws) == set(ids)


def test_a_wrong_recovery_passphrase_is_refused_and_changes_nothing(tmp_path: Path,
                                                                    monkeypatch, capsys) -> None:
    ws = tmp_path / "ws"
    seed(ws)
    _set_recovery(ws, monkeypatch)
    _lose_the_key(ws)
    before = {f.name: f.read_bytes() for f in ws.iterdir() if f.is_file()}
    typed(monkeypatch, "not the recovery phrase")
    assert main(["--workspace", str(ws), "workspace", "recover", "--stdin"]) == 1
    assert "That recovery passphrase is not right for this workspace. Nothing was changed." \
        in capsys.readouterr().err
    assert keys.load_from_keyring(read_manifest(ws).id) is None
    assert {f.name: f.read_bytes() for f in ws.iterdir() if f.is_file()} == before


@pytest.mark.parametrize(("lines", "says"), [
    (("short one", "short one"), "at least 10 characters"),
    ((RECOVERY, RECOVERY + "!"), "not the same"),
])
def test_a_recovery_passphrase_too_short_or_typed_differently_is_not_set(
        tmp_path: Path, monkeypatch, capsys, lines: tuple[str, str], says: str) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    typed(monkeypatch, *lines)
    assert main(["--workspace", str(ws), "workspace", "recovery", "set", "--stdin"]) == 2
    assert says in capsys.readouterr().err
    assert not recovery.is_set(ws)


def test_without_a_recovery_passphrase_recover_says_so(tmp_path: Path, monkeypatch,
                                                       capsys) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    typed(monkeypatch, RECOVERY)
    assert main(["--workspace", str(ws), "workspace", "recover", "--stdin"]) == 1
    assert "has no recovery passphrase" in capsys.readouterr().err


def test_a_forgotten_workspace_passphrase_is_replaced_through_recovery(tmp_path: Path,
                                                                       monkeypatch) -> None:
    ws, old, new = tmp_path / "ws", "the first passphrase", "the second passphrase"
    ids = seed(ws, 2, passphrase=old)
    typed(monkeypatch, RECOVERY, RECOVERY, old)  # the workspace's passphrase opens it first
    assert main(["--workspace", str(ws), "workspace", "recovery", "set", "--stdin"]) == 0
    typed(monkeypatch, RECOVERY, new, new)
    assert main(["--workspace", str(ws), "workspace", "recover", "--stdin"]) == 0
    assert patient_ids(ws, new) == set(ids)
    with pytest.raises(DeskError, match="not right"):
        Workspace.open(ws, passphrase=old)
