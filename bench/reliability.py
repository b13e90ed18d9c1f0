"""The reliability figures, measured again: ``python -m bench.reliability --report`` runs
the crash, fault, load, canary and fuzz benchmarks and writes their tables to
``docs/reliability.md`` with the date, the commit and the machine they came from.
Without ``--report`` it prints the page instead of writing it.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "reliability.md"
NOTES = ROOT / "docs" / "reliability"
"""``<benchmark>.md`` here follows that benchmark's figures on the page (``fuzz.md``)."""

INTRO = """\
# Reliability, measured

The figures below come from commands anyone can run on a checkout (each starts the FHIR
test server on 127.0.0.1 itself). They were all made in one run of
`python -m bench.reliability --report`, which wrote this page; CI runs the short version
of each (`tests/test_benchmarks.py`: 20 kills, the fault, load and canary runs, every fuzz
target briefly), and they pass.
"""

SECTIONS = (
    ("Crash consistency", "bench.crash", ["--trials", "{trials}"], """\
A worker registers patients, changes phone numbers, books and checks in, sends forms and
saves drafts, merges duplicates and syncs every few changes; it is killed (SIGKILL) a few
milliseconds into a change after a random number of them. After each kill the workspace
must open, hold every change the worker reported with its last value, and verify its audit
chain; after the last, one sync, and the server must hold each current record once.
Goal: 200 kills, all zero."""),
    ("Server faults", "bench.faults", [], """\
Sync through the test server's fault hooks, from a workspace of new patients with an
appointment each: how many records had to go, arrived, were doubled or were quarantined,
and the seconds from the fault's end to the last record on the server. Goal: all arrive
once, none lost."""),
    ("Load", "bench.load", ["--minutes", "{minutes}"], """\
Three front desks and two kiosk tablets, each its own process, on one test server: the
desks change the same patients' phone numbers and names, move the same appointments, send
forms and settle the conflicts they are shown; the tablets fill in the forms. Then each is
synced until nothing waits. *diverged*: records a desk holds otherwise than the server;
*lost_unseen*: saved values gone with no one having replaced them knowingly and no conflict
having shown them. Latencies are the board's and the search's p95 at the desks while their
sync ran, beside the same queries with nothing running (`peer_`); all five processes and
the server share this machine's cores. Goal: 0 diverged, 0 lost unseen, every completed
form filed once, p95 within 100 ms."""),
    ("PHI on disk", "bench.canary", [], """\
A scripted session with canary patient data in every field and answer (search, register,
intake with a signed consent, PDFs, labels, a disc imported and viewed, sync, a kill and a
restart, and IT's support bundle, `desk doctor --bundle`, unpacked), then every byte under
its home, temp, settings, data, log and cache folders searched as text, UTF-16 and base64.
Goal: zero hits."""),
    ("Hostile input", "bench.fuzz", ["--smoke"], """\
atheris fuzz targets (`bench/fuzz/`): every input either loads or is refused with desk's
own error; any other exception, an input taking over a second, or memory past the limit is
a finding. `python -m bench.fuzz --target NAME --runs N` runs one at length; what the
fuzzers found is kept in `bench/fuzz/found/`, each fixed with a test."""),
)


def _run(module: str, args: list[str]) -> str:
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                          text=True, timeout=7200)
    out = done.stdout.strip()
    if done.returncode != 0:
        out += f"\n\n(exit status {done.returncode}: the goal was not met)"
    return out


def page(sizes: dict[str, object]) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "unknown"
    machine = (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, "
               f"Python {platform.python_version()}")
    parts = [INTRO, f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit `{commit}` "
                    f"on {machine}.\n"]
    for title, module, args, about in SECTIONS:
        command = " ".join(["python -m", module, *args]).format(**sizes)
        table = _run(module, [a.format(**sizes) for a in args])
        parts.append(f"## {title}\n\n{about}\n\n`{command}`\n\n```\n{table}\n```\n")
        notes = NOTES / f"{module.removeprefix('bench.')}.md"
        if notes.is_file():  # what a run cannot print: kept by hand, under its figures
            parts.append(notes.read_text(encoding="utf-8"))
    return "\n".join(parts)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--report", action="store_true", help=f"write {PAGE.relative_to(ROOT)}")
    p.add_argument("--trials", type=int, default=200, help="kills of the crash benchmark")
    p.add_argument("--minutes", type=float, default=10, help="length of the load benchmark")
    args = p.parse_args()
    text = page({"trials": args.trials, "minutes": args.minutes})
    if args.report:
        PAGE.write_text(text, encoding="utf-8")
        print(f"wrote {PAGE.relative_to(ROOT)}")
    else:
        print(text)


if __name__ == "__main__":
    main()
