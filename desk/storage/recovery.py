"""The recovery passphrase: a second wrapping of the workspace key, for when the key store
loses it (a reinstalled computer, a wiped profile, a restore onto another machine).

An administrator chooses it (at least :data:`keys.MIN_PASSPHRASE` characters); scrypt, with
the cost kept beside it as for the workspace passphrase, derives a key-encryption key that
seals the workspace key, bound to the workspace id. Only that sealed key is written, to
``recovery.key`` in the workspace folder: the folder, or a backup of it, opens nothing
without the passphrase.
"""

from __future__ import annotations

import os
from pathlib import Path

from desk.errors import DeskError
from desk.storage import keys
from desk.words import translate

FILE = "recovery.key"


def _bound(workspace_id: str) -> str:
    return f"{workspace_id} recovery"  # a recovery wrapping is no workspace passphrase's


def is_set(folder: Path) -> bool:
    return (Path(folder) / FILE).is_file()


def keep(folder: Path, workspace_id: str, key: bytes, passphrase: str) -> Path:
    """Wrap ``key`` with ``passphrase`` into ``recovery.key`` (replacing one kept before)."""
    keys.check_passphrase(passphrase)
    text = keys.wrap_key(key, passphrase, _bound(workspace_id)).to_text()
    path = Path(folder) / FILE
    written = path.with_name(FILE + ".new")
    fd = os.open(written, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    os.replace(written, path)  # whole, or the old one
    return path


def unwrap(folder: Path, workspace_id: str, passphrase: str) -> bytes:
    """The workspace key, from ``recovery.key`` and its passphrase."""
    try:
        text = (Path(folder) / FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise DeskError(translate("DeskError", "This workspace has no recovery passphrase "
                                               "({file} is not in {folder}), so its key cannot "
                                               "be recovered. Nothing was changed.")
                        .format(file=FILE, folder=folder),
                        kind="key") from None
    wrapped = keys.WrappedKey.from_text(text)
    try:
        return keys.unwrap_key(wrapped, passphrase, _bound(workspace_id))
    except DeskError:
        raise DeskError(translate("DeskError", "That recovery passphrase is not right for this "
                                               "workspace. Nothing was "
                                               "changed."), kind="key") from None
