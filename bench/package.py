"""The .deb's size, its bundle's size, and the installed app's cold start against desk run from
the source tree, in the same run.

Both starts are fresh processes on the offscreen platform, alternating, timed from spawn to the
sign-in window and to the workspace open, as ``bench.startup`` times them: each runs
``packaging/launcher.py startup-probe``, the installed one frozen in the bundle, the other with
this checkout's Python. The installed files are the .deb's, unpacked (``dpkg-deb -x``) into a
temporary folder, so nothing is installed on the machine. The workspace key comes from a real
Secret Service. Goals: the installed app starts no slower than from source; the .deb is at most
150 MB. ``--deb FILE`` takes a built package; without it, ``packaging/build-deb.sh`` builds one.
Its smoke run is made by ``packaging/test-deb.sh`` on the package it has just built.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import emit, median, parser
from bench.startup import _make_workspace, _time, _under_secret_service

ROOT = Path(__file__).resolve().parent.parent
DEB_GOAL_MB = 150
MB = 1024 * 1024


def _built_deb() -> Path:
    subprocess.run(["bash", str(ROOT / "packaging" / "build-deb.sh")], check=True, cwd=ROOT)
    return max((ROOT / "dist").glob("desk_*_amd64.deb"), key=lambda p: p.stat().st_mtime)


def _unpack(deb: Path, into: Path) -> Path:
    """The bundle's program, from the package's files unpacked under ``into``."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    program = into / "opt" / "desk" / "desk"
    if not program.is_file():
        sys.exit(f"bench.package: {deb} holds no /opt/desk/desk")
    return program


def _same_schema(program: Path) -> None:
    """Stop unless the bundle knows the migrations this checkout makes its workspace with."""
    versions = Path("desk", "storage", "migrations", "versions")
    bundled = {p.name for p in (program.parent / "_internal" / versions).glob("*.py")}
    here = {p.name for p in (ROOT / versions).glob("*.py")}
    if bundled != here:
        sys.exit(f"bench.package: the package's migrations differ from this checkout's "
                 f"({', '.join(sorted(bundled ^ here))}): build it from this checkout "
                 f"(packaging/build-deb.sh) or leave out --deb")


def _folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def measure(runs: int, program: Path, workspace: Path,
            env: dict[str, str]) -> dict[str, list[float]]:
    """Start moments (ms) of the installed program and of the source tree, alternating."""
    probe = ["startup-probe", "--workspace", str(workspace)]
    installed = [str(program), *probe]
    source = [sys.executable, str(ROOT / "packaging" / "launcher.py"), *probe]
    figures: dict[str, list[float]] = {"shown": [], "ready": [], "source_shown": [],
                                       "source_ready": []}
    _time(installed, env), _time(source, env)  # warm the file cache for both
    for _ in range(runs):
        moments = _time(installed, env)
        figures["shown"].append(moments["shown"])
        figures["ready"].append(moments["ready"])
        moments = _time(source, env)
        figures["source_shown"].append(moments["shown"])
        figures["source_ready"].append(moments["ready"])
    return figures


def main() -> None:
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    p = parser("the installed package's size and cold start against the source tree's")
    p.add_argument("--deb", type=Path, help="a built desk_<version>_amd64.deb (default: build one)")
    p.add_argument("--runs", type=int, default=9)
    args = p.parse_args()
    if args.smoke:
        args.runs = 1
    if args.deb is not None and not args.deb.is_file():
        sys.exit(f"bench.package: no such package: {args.deb}")
    _under_secret_service("bench.package")
    deb = args.deb.resolve() if args.deb is not None else _built_deb()
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        program = _unpack(deb, Path(tmp) / "root")
        _same_schema(program)
        bundle_mb = _folder_bytes(program.parent) / MB
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_STATE_HOME=f"{tmp}/state",
                   DESK_MACHINE_CONFIG=f"{tmp}/none.toml", DESK_WORKSPACE="")
        _make_workspace(Path(tmp) / "ws")
        runs = measure(args.runs, program, Path(tmp) / "ws", env)
    shown, ready, source_shown, source_ready = (
        median(runs[k]) for k in ("shown", "ready", "source_shown", "source_ready"))
    deb_mb = deb.stat().st_size / MB
    figures = {"startup_ms": shown, "peer_source_startup_ms": source_shown,
               "ratio_startup": shown / source_shown, "ready_ms": ready,
               "peer_source_ready_ms": source_ready, "ratio_ready": ready / source_ready,
               "deb_mb": deb_mb, "bundle_mb": bundle_mb, "goal_deb_mb": DEB_GOAL_MB}
    rows = [("sign-in window shown (median ms)", shown, source_shown, shown / source_shown),
            ("workspace open, Sign in live (median ms)", ready, source_ready,
             ready / source_ready),
            (".deb (MB)", deb_mb, DEB_GOAL_MB, deb_mb / DEB_GOAL_MB),
            ("bundle installed under /opt/desk (MB)", bundle_mb, "", "")]
    emit(f"{deb.name}: installed (desk) against the source tree (peer), {args.runs} alternating"
         f" runs; the .deb against its goal", rows, figures, as_json=args.json)
    if not args.json:
        print(f"goals: installed start no slower than from source "
              f"({'met' if shown <= source_shown else 'missed'}); .deb <= {DEB_GOAL_MB} MB "
              f"({'met' if deb_mb <= DEB_GOAL_MB else 'missed'})")


if __name__ == "__main__":
    main()
