"""Check-in codes: what a patient types at the kiosk to reach the forms sent for them.

Six letters and digits from an alphabet without look-alikes, shown as two groups of three.
A code travels to a kiosk tablet only as its hash (:func:`code_hash`).
"""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

import sqlalchemy as sa

from desk.storage.schema import intake

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"  # no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B
CODE_LENGTH = 6
_CODE_SALT = "desk check-in code v2"  # the same on every workspace: the tablet compares
_LEGACY_CODE_SALT = "desk check-in code v1:"


def normalize_code(text: str) -> str:
    """A code as typed (any case, spaces or dashes) in its stored form."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def format_code(code: str) -> str:
    """A code as printed and shown: two groups of three (``KT4 7XA``)."""
    return f"{code[:3]} {code[3:]}" if len(code) == CODE_LENGTH else code


@lru_cache(maxsize=256)
def code_hash(code: str) -> str:
    """The scrypt hash (hex) of a code in its stored form, as a Task carries it. A code has
    22 ** 6 values: memory-hard and slow (about 50 ms), its hash is not worth trying them
    all for, where SHA-256 gave them all up in seconds. The salt is the same everywhere,
    so that a tablet finds the Task of a code typed on it."""
    return hashlib.scrypt(normalize_code(code).encode(), salt=_CODE_SALT.encode(), n=2**14,
                          r=8, p=1, dklen=32).hex()


def sha256_code_hash(code: str) -> str:
    """How desk 0.1.0 hashed codes: a Task it sent may still be open on a tablet."""
    return hashlib.sha256((_LEGACY_CODE_SALT + normalize_code(code)).encode()).hexdigest()


def new_code(conn: sa.Connection) -> str:
    """A code no intake waiting now has."""
    taken = set(conn.execute(sa.select(intake.c.code).where(intake.c.status == "sent"))
                .scalars())
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code
