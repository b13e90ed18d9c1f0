"""The database key: 256 random bits, kept in the OS key store or wrapped by a passphrase.

The OS key store (``keyring``) is used only after a write-then-read round trip proves it
keeps secrets; the "null" backend silently drops writes and the "fail" backend raises, and
``keyrings.alt`` stores plaintext, so none of them is trusted. Without a usable key store an
administrator's passphrase derives a key-encryption key with scrypt, and only the wrapped
(AES-GCM sealed) key is written to the workspace. A plaintext key never touches the disk.
"""

from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass

from desk.errors import DeskError
from desk.storage import crypto
from desk.words import translate

log = logging.getLogger(__name__)

SERVICE = "desk"
_UNTRUSTED_BACKENDS = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


class KeyStoreUnavailable(DeskError):
    kind = "key"


# A passphrase guards the whole database against anyone holding the file, who can try
# guesses offline (each costs one scrypt): ten characters at the least.
MIN_PASSPHRASE = 10


@dataclass(frozen=True, slots=True)
class WrappedKey:
    """A database key sealed with a passphrase-derived key; safe to store on disk. The
    scrypt cost is kept with it, so a later desk can raise the cost for new keys and still
    open this one."""

    salt: bytes
    sealed: bytes
    cost: tuple[int, int, int] = (crypto.SCRYPT_N, crypto.SCRYPT_R, crypto.SCRYPT_P)

    def to_text(self) -> str:
        n, r, p = self.cost
        return (f"scrypt${n}${r}${p}$" + base64.b64encode(self.salt).decode() + "$"
                + base64.b64encode(self.sealed).decode())

    @classmethod
    def from_text(cls, text: str) -> WrappedKey:
        try:
            if ":" in text:  # before the cost was kept: desk's cost then, which is today's
                salt, sealed = text.split(":")
                return cls(base64.b64decode(salt), base64.b64decode(sealed))
            scheme, n, r, p, salt, sealed = text.split("$")
            if scheme != "scrypt":
                raise ValueError(scheme)
            return cls(base64.b64decode(salt), base64.b64decode(sealed),
                       (int(n), int(r), int(p)))
        except ValueError:
            raise DeskError(translate("DeskError", "The workspace's wrapped key is damaged; it "
                                                   "cannot be opened with a passphrase. Restore "
                                                   "workspace.toml from a backup."),
                            kind="key") from None


def check_passphrase(passphrase: str) -> None:
    """Refuses a passphrase too short to protect a workspace."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise DeskError(translate("DeskError", "The passphrase must be at least "
                                               "{min_passphrase} characters long; a few words "
                                               "make a good one.")
                        .format(min_passphrase=MIN_PASSPHRASE), kind="input")


def wrap_key(key: bytes, passphrase: str, workspace_id: str) -> WrappedKey:
    salt = os.urandom(16)
    kek = crypto.scrypt(passphrase, salt)
    return WrappedKey(salt, crypto.seal(kek, key, workspace_id.encode()))


def unwrap_key(wrapped: WrappedKey, passphrase: str, workspace_id: str) -> bytes:
    n, r, p = wrapped.cost
    kek = crypto.scrypt(passphrase, wrapped.salt, n=n, r=r, p=p)
    try:
        return crypto.unseal(kek, wrapped.sealed, workspace_id.encode())
    except crypto.SealError:
        raise DeskError(translate("DeskError", "That passphrase is not right for this "
                                               "workspace."), kind="key") from None


def _trusted_backend() -> bool:
    """False for backends that drop writes, always fail, or keep secrets in plaintext."""
    import keyring

    backend = keyring.get_keyring()
    backends = getattr(backend, "backends", None) or [backend]
    return not any(type(b).__module__.startswith(_UNTRUSTED_BACKENDS) for b in backends)


def keyring_usable() -> bool:
    """True when the OS key store keeps and returns a secret (write-then-read round trip)."""
    import keyring
    from keyring.errors import KeyringError

    if not _trusted_backend():
        return False
    probe = base64.b64encode(os.urandom(12)).decode()
    try:
        keyring.set_password(SERVICE, "probe", probe)
        ok = keyring.get_password(SERVICE, "probe") == probe
        keyring.delete_password(SERVICE, "probe")
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("key store not usable: %s", type(exc).__name__)
        return False
    return ok


def store_in_keyring(account: str, key: bytes) -> None:
    """Keep ``key`` under ``account``; raise unless it reads back identically."""
    store_secret(account, key.hex())


def load_from_keyring(account: str) -> bytes | None:
    text = load_secret(account)
    return bytes.fromhex(text) if text else None


def store_secret(account: str, secret: str) -> None:
    """Keep a secret (a workspace key, a server token); raise unless it reads back identically."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account, secret)
        ok = keyring.get_password(SERVICE, account) == secret
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyStoreUnavailable(translate("DeskError", "The system key store is "
                                                         "not available.")) from exc
    if not ok:
        raise KeyStoreUnavailable(translate("DeskError", "The system key store did not keep the "
                                                         "secret."))


def load_secret(account: str) -> str | None:
    from desk.storage import secret_service

    found = secret_service.lookup(SERVICE, account)  # a shortcut to keyring's answer
    if found is not None:
        return found
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyStoreUnavailable(translate("DeskError", "The system key store is "
                                                         "not available.")) from exc



def delete_secret(account: str) -> None:
    """Remove a secret; one that is not there is no error."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyStoreUnavailable(translate("DeskError", "The system key store is "
                                                         "not available.")) from exc
