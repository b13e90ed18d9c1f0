"""Process-wide tuning for a long-running desk process (the app, ``desk sync``).

Nearly everything made while a process starts (modules, classes, their caches, the main
window) lives as long as the process, so the garbage collector has nothing to find in it:
it is kept off while desk starts, and what start-up made is then kept out of its passes.

In the app the collector runs on the GUI thread only (:func:`collect_when_asked`): run
automatically, it collects on whichever thread happens to allocate, and a cycle that holds
a Qt object collected on a worker thread destroys that object there, which crashes Qt.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_DUMPABLE = 4  # linux/prctl.h
_asked_only = False  # the automatic collector stays off: see collect_when_asked


def starting() -> None:
    """Hold the collector while desk starts (it cost the sign-in window about 9 ms)."""
    gc.disable()


def forbid_core_dumps() -> None:
    """A core dump of desk would hold the database key and the records it had open: the
    operating system is told to write none, and (Linux) that no other process of the
    user may read this one's memory."""
    try:
        import resource
    except ImportError:  # Windows: no core files
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def settle() -> None:
    """Keep the objects made so far out of the collector's full passes, and let it run.

    Call once the process has loaded what it works with (and again after it loaded more:
    the sync worker does). Scanning the modules and classes again at every full
    collection cost a push of 500 patients about a quarter of its time. Frozen objects
    are still freed by reference counting.
    """
    gc.freeze()
    if not _asked_only:
        gc.enable()


def collect_when_asked() -> None:
    """Turn the automatic collector off for good: from now on the caller's thread runs
    :func:`collect_due` (the app's GUI thread, on a timer)."""
    global _asked_only
    _asked_only = True
    gc.disable()


def collect_due() -> None:
    """The pass the automatic collector would have made by now, if any: the youngest
    generation once enough objects were made, an older one once it has had enough passes
    of the one before."""
    counts, limits = gc.get_count(), gc.get_threshold()
    if counts[0] <= limits[0]:
        return
    generation = 2 if counts[2] > limits[2] else 1 if counts[1] > limits[1] else 0
    gc.collect(generation)


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
