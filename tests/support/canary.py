"""The canary scan: every byte of every file under a folder, searched for the patient data
a scripted session planted, as text, UTF-16 and base64 (each of its three alignments)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path


def needles(values: Iterable[str]) -> list[bytes]:
    """What a planted value looks like on disk, in every form searched for."""
    found = []
    for value in values:
        token = max(value.split(), key=len)
        if len(token) < 8:  # "+33" turns up in megabytes of ciphertext by chance
            token = value
        raw = token.encode("utf-8")
        found += [raw, token.encode("utf-16-le"), token.lower().encode()]
        # base64 of the token at each alignment, minus the characters its neighbours change
        for shift in range(3):
            coded = base64.b64encode(b"\0" * shift + raw)[4 if shift else 0:]
            found.append(coded[:len(coded) - 4])
    return found


def scan(root: Path, values: Iterable[str]) -> tuple[int, int, list[tuple[str, bytes]]]:
    """Files and bytes read under ``root``, and each (file, needle) found."""
    wanted = needles(values)
    files = [f for f in root.rglob("*") if f.is_file()]
    hits: list[tuple[str, bytes]] = []
    size = 0
    for f in files:
        data = f.read_bytes()
        size += len(data)
        hits += [(str(f.relative_to(root)), n) for n in wanted if n in data]
    return len(files), size, hits
