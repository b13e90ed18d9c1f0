"""The canary scan: every byte of every file under a folder, searched for the patient data
a scripted session planted, as text, UTF-16 and base64 (each of its three alignments)."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def machine(root: Path) -> dict[str, str]:
    """The environment of a process whose every folder (home, temp, settings, data, logs,
    cache) is under ``root``, for a session whose files are scanned afterwards."""
    (root / "tmp").mkdir(parents=True)
    return dict(os.environ, HOME=str(root / "home"), TMPDIR=str(root / "tmp"),
                XDG_CONFIG_HOME=str(root / "config"), XDG_DATA_HOME=str(root / "data"),
                XDG_STATE_HOME=str(root / "state"), XDG_CACHE_HOME=str(root / "cache"),
                QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


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
