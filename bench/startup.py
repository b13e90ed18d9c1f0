"""Cold start to the sign-in window, against a bare PySide6 process showing an empty window.

Both run as fresh processes on the offscreen platform, alternating, and the median wall time
from spawn to exit is compared. The desk child runs the real ``desk`` entry point and quits at
the main window's first show. The workspace key comes from a real Secret Service
(``dbus-run-session`` + ``gnome-keyring-daemon``), as on a workstation with a key store.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import emit, median, parser
from tests.support.secret_service import secret_service_env

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.processEvents()
print("shown", time.time(), flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""

# The real entry point; the child reports when the window is first shown, when the Sign in
# button is live (the workspace unlocked: a press then signs in as soon as the database is
# open, which a person cannot type a password before) and when the workspace is open in
# full, then closes itself. The window's methods are
# wrapped as ``desk.ui.shell`` loads, so every module is imported when and in the order desk
# imports it (PySide6 slows the imports after its own, and desk reads the workspace key on a
# thread while Qt starts).
DESK = """
import sys, time, importlib.machinery
def report(shell):
    window = shell.MainWindow
    shown, unlocked, opened = window.showEvent, window.set_unlocked, window.set_workspace
    def on_show(self, event):
        shown(self, event)
        print("shown", time.time(), flush=True)
    def on_unlocked(self, **kw):
        unlocked(self, **kw)
        print("ready", time.time(), flush=True)
    def on_open(self, workspace):
        from PySide6.QtCore import QTimer
        live = self.access_shown
        opened(self, workspace)
        if not live:
            print("ready", time.time(), flush=True)
        print("open", time.time(), flush=True)
        QTimer.singleShot(0, self.close)
    window.showEvent, window.set_unlocked, window.set_workspace = on_show, on_unlocked, on_open
class Shell:
    @staticmethod
    def find_spec(name, path, target=None):
        if name != "desk.ui.shell":
            return None
        sys.meta_path.remove(Shell)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            report(module)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Shell)
from desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _time(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from spawning ``args`` to each moment the child reports."""
    start = time.time()
    done = subprocess.run(args, env=env, check=True, capture_output=True, text=True, timeout=60)
    moments = dict(line.split() for line in done.stdout.splitlines()
                   if line.split()[:1] in (["shown"], ["ready"], ["open"]))
    return {name: (float(at) - start) * 1000 for name, at in moments.items()}


def measure(runs: int, workspace: Path, env: dict[str, str]) -> dict[str, list[float]]:
    # an installed desk has its bytecode compiled (pip does it at install); a checkout run
    # with PYTHONDONTWRITEBYTECODE would compile every module at every start
    compileall.compile_dir(ROOT / "desk", quiet=1)
    desk_args = [sys.executable, "-c", DESK, "--workspace", str(workspace)]
    bare_args = [sys.executable, "-c", BARE]
    figures: dict[str, list[float]] = {"shown": [], "ready": [], "open": [], "bare": []}
    for _ in range(2):  # warm the file cache for both
        _time(desk_args, env), _time(bare_args, env)
    for _ in range(runs):
        desk = _time(desk_args, env)
        figures["shown"].append(desk["shown"])
        figures["ready"].append(desk["ready"])
        figures["open"].append(desk["open"])
        figures["bare"].append(_time(bare_args, env)["shown"])
    return figures


def _make_workspace(folder: Path) -> None:
    from desk.storage import Workspace, accounts, keys

    if not keys.keyring_usable():
        sys.exit("bench.startup needs a Secret Service: install dbus and gnome-keyring "
                 "(scripts/setup.sh --test does)")
    with Workspace.create(folder) as ws, ws.begin() as conn:
        accounts.create_user(conn, "admin", "Admin", "administrator", "password1")


def _under_secret_service(module: str = "bench.startup") -> None:
    """Re-run this benchmark (``python -m module``, the same arguments) inside a private D-Bus
    session with an unlocked key store."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") or os.environ.get("DESK_BENCH_INNER"):
        return
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return
    home = tempfile.mkdtemp(prefix="desk-bench-home-")
    inner = (f"echo -n bench | gnome-keyring-daemon --unlock --components=secrets --daemonize"
             f" >/dev/null && exec {sys.executable} -m {module} {' '.join(sys.argv[1:])}")
    env = dict(os.environ, **secret_service_env(Path(home)), DESK_BENCH_INNER="1")
    code = subprocess.run(["dbus-run-session", "--", "sh", "-c", inner], env=env, cwd=ROOT)
    shutil.rmtree(home, ignore_errors=True)
    sys.exit(code.returncode)


def main() -> None:
    os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    p = parser("desk start-up time against a bare PySide6 window")
    p.add_argument("--runs", type=int, default=9)
    args = p.parse_args()
    if args.smoke:
        args.runs = 1
    _under_secret_service()
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_STATE_HOME=f"{tmp}/state",
                   DESK_MACHINE_CONFIG=f"{tmp}/none.toml", DESK_WORKSPACE="")
        _make_workspace(Path(tmp) / "ws")
        runs = measure(args.runs, Path(tmp) / "ws", env)
    shown, ready, opened, bare = (median(runs[k]) for k in ("shown", "ready", "open", "bare"))
    figures = {"startup_ms": shown, "peer_startup_ms": bare, "ratio_startup": shown / bare,
               "ready_ms": ready, "ratio_ready": ready / bare, "open_ms": opened,
               "ratio_open": opened / bare}
    rows = [("sign-in window shown (median ms)", shown, bare, shown / bare),
            ("workspace unlocked, Sign in live (median ms)", ready, bare, ready / bare),
            ("workspace open in full (median ms)", opened, bare, opened / bare)]
    emit(f"Cold start, {args.runs} alternating runs, key from the Secret Service", rows, figures,
         as_json=args.json)


if __name__ == "__main__":
    main()
