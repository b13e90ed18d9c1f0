"""Small cryptographic building blocks: AES-256-GCM sealing, scrypt and HKDF.

Sealed data is ``nonce (12 bytes) || ciphertext+tag``. Associated data binds a sealed
value to what it belongs to (a record id, a workspace id): moved or altered data fails.

``cryptography`` is imported at first use (15 ms): desk's start reads the key store and
shows the sign-in window before anything is sealed.
"""

from __future__ import annotations

import hashlib
import hmac
import os

KEY_BYTES = 32
NONCE_BYTES = 12
# scrypt cost: about 0.1 s and 64 MiB here; stored beside each hash so it can be raised later.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1


class SealError(Exception):
    """Sealed data did not authenticate: wrong key, wrong associated data, or altered bytes."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise SealError("sealed data is truncated")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except InvalidTag as exc:
        raise SealError("sealed data does not authenticate") from exc


def scrypt(secret: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
           p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


def derive(key: bytes, purpose: str) -> bytes:
    """A sub-key of ``key`` for one purpose (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=purpose.encode()).derive(key)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = scrypt(password, salt)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = scrypt(password, bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(actual, bytes.fromhex(digest))
