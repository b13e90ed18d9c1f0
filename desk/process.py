"""Process-wide tuning for a long-running desk process (the app, ``desk sync``).

Nearly everything made while a process starts (modules, classes, their caches, the main
window) lives as long as the process, so the garbage collector has nothing to find in it:
it is kept off while desk starts, and what start-up made is then kept out of its passes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def starting() -> None:
    """Hold the collector while desk starts (it cost the sign-in window about 9 ms)."""
    gc.disable()


def settle() -> None:
    """Keep the objects made so far out of the collector's full passes, and let it run.

    Call once the process has loaded what it works with (and again after it loaded more:
    the sync worker does). Scanning the modules and classes again at every full
    collection cost a push of 500 patients about a quarter of its time. Frozen objects
    are still freed by reference counting.
    """
    gc.freeze()
    gc.enable()


@contextmanager
def holding_gc() -> Iterator[None]:
    """Hold the collector through a bounded burst of short-lived objects (a page of pulled
    records): they are freed by reference counting, and young collections in the middle
    of it find nothing. The collector is as it was afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
