"""The core works on a machine without Qt: every module below desk.ui imports, and
``desk demo`` makes a workspace, with PySide6 blocked from loading (napari's headless job)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: the core must not need Qt")
        return None
sys.meta_path.insert(0, NoQt())
import desk
names = [m.name for m in pkgutil.walk_packages(desk.__path__, "desk.")
         if not m.name.startswith(("desk.ui", "desk.storage.migrations", "desk.__main__"))]
for name in names:
    importlib.import_module(name)
from desk.cli import main
code = main(["demo", "--workspace", sys.argv[1], "--patients", "20"])
print("imported", len(names), "exit", code)
"""


def test_core_imports_and_demo_run_without_qt(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "ws")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    count = int(done.stdout.split("imported")[1].split()[0])
    assert count >= 15 and done.stdout.rstrip().endswith("exit 0")
    assert (tmp_path / "ws" / "desk.db").exists()
