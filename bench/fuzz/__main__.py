"""``python -m bench.fuzz``: run one fuzz target, or every target briefly (``--smoke``)."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.fuzz import TARGETS
from bench.fuzz.harness import CORPUS, run, target_module

SMOKE_RUNS = 500
"""Inputs per target in a smoke run: the corpus first, then mutations from a fixed seed."""
SMOKE_SLOW = 10.0
"""A smoke run's hang limit, generous: CI machines are shared, and a smoke run must not
fail on a fixed tree (the 1 s limit is for fuzzing runs)."""


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__)
    p.add_argument("--target", choices=TARGETS, help="the one target to fuzz")
    p.add_argument("--runs", type=int, default=0, help="inputs to try (0: until stopped)")
    p.add_argument("--seed", type=int, default=1, help="libFuzzer's random seed")
    p.add_argument("--slow", type=float, default=1.0,
                   help="seconds one input may take before it counts as a hang")
    p.add_argument("--work", type=Path, help="folder for new inputs and crash files "
                   "(default: a temporary one)")
    p.add_argument("--no-instrument", action="store_true",
                   help="no coverage feedback (quicker to start; mutations are blind)")
    p.add_argument("--smoke", action="store_true",
                   help=f"every target, {SMOKE_RUNS} inputs each, seed 1, one at a time")
    p.add_argument("--make-corpus", action="store_true",
                   help="write corpus/<target>/ from desk's own inputs")
    args, extra = p.parse_known_args(argv)
    if args.make_corpus:
        return make_corpus()
    if args.smoke:
        return smoke()
    if args.target is None:
        p.error("give --target NAME, --smoke or --make-corpus")
    work = args.work or Path(tempfile.mkdtemp(prefix=f"desk-fuzz-{args.target}-"))
    run(args.target, runs=args.runs, seed=args.seed, slow=args.slow, work=work,
        instrument=not args.no_instrument, extra=extra)
    return 0


def smoke() -> int:
    """Each target in its own process (libFuzzer runs once per process), one after another."""
    failed = []
    with tempfile.TemporaryDirectory(prefix="desk-fuzz-smoke-") as tmp:
        for name in TARGETS:
            started = time.perf_counter()
            command = [sys.executable, "-m", "bench.fuzz", "--target", name,
                       "--runs", str(SMOKE_RUNS), "--seed", "1", "--slow", str(SMOKE_SLOW),
                       "--work", str(Path(tmp) / name), "--no-instrument"]
            done = subprocess.run(command, capture_output=True, text=True,
                                  env=dict(os.environ, PYTHONHASHSEED="0"))
            ran = re.search(r"^Done (\d+) runs", done.stderr, re.M)
            executions = int(ran[1]) if ran else 0
            summary = {"target": name, "executions": executions,
                       "seconds": round(time.perf_counter() - started, 1),
                       "ok": done.returncode == 0}
            print("fuzz " + json.dumps(summary), flush=True)
            if done.returncode != 0:
                failed.append(name)
                print(done.stderr[-4000:], file=sys.stderr)
    return 1 if failed else 0


def make_corpus() -> int:
    for name in TARGETS:
        folder = CORPUS / name
        folder.mkdir(parents=True, exist_ok=True)
        seeds = target_module(name).seeds()
        for file_name, data in seeds.items():
            (folder / file_name).write_bytes(data)
        print(f"{name}: {len(seeds)} seeds, {sum(map(len, seeds.values())):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
