"""A JSON-aware mutation for the targets whose inputs are JSON (forms, FHIR answers).

libFuzzer's byte mutations seldom keep JSON valid, so they test the parser and little
behind it. Half the time this one swaps one value deep in the document for a value of
another JSON type, an empty one or an odd one instead; the other half it leaves the
bytes to libFuzzer.
"""

from __future__ import annotations

import json
import random
from typing import Any

ODD: list[Any] = [None, True, 0, -1, 10**20, 1.5e308, "", "x", "\u0000", "9" * 40, [], {},
                  ["x"], [None], [[]], {"": None}, "urn:uuid:", "2024-13-45", "Patient/",
                  {"coding": [{}]}]


def json_mutator(prefix_end: bytes = b"") -> Any:
    """The custom mutator; with ``prefix_end``, the JSON starts after its first occurrence
    (the FHIR target's status and header lines)."""
    import atheris

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        rnd = random.Random(seed)
        head, sep, body = data.partition(prefix_end) if prefix_end else (b"", b"", data)
        if prefix_end and not sep:
            head, body = b"", data
        try:
            doc = json.loads(body) if rnd.random() < 0.5 else None
        except (ValueError, RecursionError):
            doc = None
        if doc is None:
            return atheris.Mutate(data, max_size)
        slots = _slots(doc)
        if slots:
            holder, key = rnd.choice(slots)
            holder[key] = rnd.choice(ODD) if rnd.random() < 0.8 else _copy_of(rnd, slots)
        out = head + sep + json.dumps(doc, separators=(",", ":")).encode()
        return out if len(out) <= max_size else atheris.Mutate(data, max_size)

    return mutate


def _slots(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) of ``doc``, to put another value at."""
    out: list[tuple[Any, Any]] = []
    stack = [doc]
    while stack:
        value = stack.pop()
        items = value.items() if isinstance(value, dict) else enumerate(value) \
            if isinstance(value, list) else ()
        for key, child in items:
            out.append((value, key))
            stack.append(child)
    return out


def _copy_of(rnd: random.Random, slots: list[tuple[Any, Any]]) -> Any:
    holder, key = rnd.choice(slots)
    return json.loads(json.dumps(holder[key]))
