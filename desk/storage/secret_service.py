"""A secret read straight from the freedesktop Secret Service, as ``keyring`` keeps it.

On Linux ``keyring`` keeps desk's secrets in the Secret Service (GNOME Keyring, KWallet's
Secret Service, KeePassXC). Asking ``keyring`` costs about 190 ms at each start, most of it
finding its backends (``importlib.metadata`` entry points) before one D-Bus round trip;
asking the service ourselves, for the item ``keyring`` wrote (attributes ``service`` and
``username`` in the default collection), costs about 40 ms.

This is only a shortcut to what ``keyring`` would answer: it is taken when ``keyring`` would
pick the Secret Service itself (Linux, no ``PYTHON_KEYRING_BACKEND``, no ``keyringrc.cfg``),
and :func:`lookup` answers None whenever it cannot tell (no session bus, a locked
collection, no such item, any error), so that the caller asks ``keyring``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def taken() -> bool:
    """Whether :func:`lookup` asks the Secret Service itself here (else it answers None)."""
    return _keyring_would_choose_it()


def _keyring_would_choose_it() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return not (config / "python_keyring" / "keyringrc.cfg").exists()


def lookup(service: str, username: str) -> str | None:
    """The secret ``keyring`` keeps for ``service`` and ``username``, when the Secret
    Service gives it without a prompt; None to ask ``keyring`` instead."""
    if not _keyring_would_choose_it():
        return None
    try:
        return _search(service, username)
    except Exception as exc:  # noqa: BLE001 - a shortcut: keyring then answers, or says why not
        log.info("secret service shortcut not taken: %s", type(exc).__name__)
        return None


def _search(service: str, username: str) -> str | None:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            return None
        for item in collection.search_items({"username": username, "service": service}):
            return None if item.is_locked() else item.get_secret().decode("utf-8")
        return None
    finally:
        connection.close()
