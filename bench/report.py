"""Shared output for benchmarks: a human table, or one JSON object with ``--json``.

Keys are snake_case with the unit as suffix (``startup_ms``); the peer's figures are
``peer_...`` and ratios ``ratio...`` (desk / peer).
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Sequence


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--smoke", action="store_true",
                   help="a tiny size that only shows the benchmark runs and prints both sides "
                        "(its figures mean nothing)")
    return p


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    k = (len(ordered) - 1) * pct / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def emit(title: str, rows: Sequence[Sequence[object]], figures: dict[str, float], *,
         as_json: bool, header: Sequence[str] = ("measure", "desk", "peer", "ratio")) -> None:
    """Print ``figures`` as JSON, or ``rows`` as an aligned table under ``title``."""
    if as_json:
        print(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                          for k, v in figures.items()}))
        return
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(title)
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)
