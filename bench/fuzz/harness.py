"""The fuzz process: limits, the guard around a target, and atheris's loop.

A target module names what its API refuses (``REFUSED``), which packages atheris follows
for coverage (``INSTRUMENT``), its one-time setup (``prepare() -> test_one_input``) and the
seed inputs made from desk's own files (``seeds() -> {file name: bytes}``) and, if it has
one, words for libFuzzer to splice in (``dictionary() -> [str]``) and a mutation of its
own (``mutator()``, :mod:`bench.fuzz.mutate`).
"""

from __future__ import annotations

import importlib
import json
import logging
import resource
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FOUND = HERE / "found"
MEMORY_LIMIT = 2 << 30
"""Bytes of address space the fuzz process may map (``RLIMIT_AS``): beyond it is a finding."""


class HangFinding(Exception):
    """An input that took longer than the limit: a hang finding, reported as a crash."""


def target_module(name: str) -> ModuleType:
    return importlib.import_module(f"bench.fuzz.{name}")


def guarded(one: Callable[[bytes], None], refused: tuple[type[BaseException], ...], *,
            slow: float, runs: int, name: str) -> Callable[[bytes], None]:
    """``one`` with desk's refusals counted as fine and any input slower than ``slow``
    seconds raised as a hang; prints the counts once ``runs`` inputs have run."""
    counts = {"executions": 0, "loaded": 0, "refused": 0}

    def test_one_input(data: bytes) -> None:
        started = time.perf_counter()
        try:
            one(data)
        except refused:
            counts["refused"] += 1
        else:
            counts["loaded"] += 1
        counts["executions"] += 1
        took = time.perf_counter() - started
        if took > slow:
            raise HangFinding(f"one input took {took:.2f} s (the limit is {slow:g} s)")
        if counts["executions"] == runs:
            print("fuzz-summary " + json.dumps({"target": name, **counts}), file=sys.stderr,
                  flush=True)

    return test_one_input


def run(name: str, *, runs: int, seed: int, slow: float, work: Path, instrument: bool,
        extra: list[str]) -> None:
    """Fuzz target ``name`` in this process: ``runs`` inputs (0: until stopped), new inputs
    into ``work``, the repository's corpus read first. Never returns (libFuzzer exits)."""
    import atheris

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    logging.disable(logging.CRITICAL)  # desk logs every refusal; a fuzz run makes millions
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(1000)  # the default: a deep input must meet the same limit
    if instrument:
        with atheris.instrument_imports(include=["desk", *target_module(name).INSTRUMENT]):
            module = target_module(name)
            one = module.prepare()
    else:
        module = target_module(name)
        one = module.prepare()
    work.mkdir(parents=True, exist_ok=True)
    # new inputs go to work/; the corpus and the inputs that found defects are read first
    seeds = [str(d) for d in (CORPUS / name, FOUND / name) if d.is_dir()]
    args = [sys.argv[0], str(work), *seeds,
            f"-seed={seed}", f"-artifact_prefix={work}/", "-timeout=30",
            f"-rss_limit_mb={MEMORY_LIMIT >> 20}", f"-malloc_limit_mb={MEMORY_LIMIT >> 20}",
            "-max_len=65536", *extra]
    if runs:
        args.append(f"-runs={runs}")
    if hasattr(module, "dictionary"):  # words worth splicing in, in libFuzzer's format
        dictionary = work / "words.dict"
        dictionary.write_text("".join(f"{json.dumps(word)}\n" for word in module.dictionary()))
        args.append(f"-dict={dictionary}")
    mutator = module.mutator() if hasattr(module, "mutator") else None
    atheris.Setup(args, guarded(one, module.REFUSED, slow=slow, runs=runs, name=name),
                  custom_mutator=mutator)
    atheris.Fuzz()
