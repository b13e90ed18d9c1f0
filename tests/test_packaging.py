"""The wheel carries every package, the migrations and the bundled resources."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_on_disk_is_declared() -> None:
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desk").rglob(
        "__init__.py")}
    assert on_disk | {"desk_resources"} == _declared()


def test_wheel_holds_resources_and_migrations(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, timeout=300,
                   capture_output=True)
    wheel = next(tmp_path.glob("desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = {str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*")
                 if p.is_file()}
    assert {f"desk_resources/{r}" for r in resources} <= names
    migrations = {str(p.relative_to(ROOT)) for p in
                  (ROOT / "desk/storage/migrations").rglob("*.py")}
    assert migrations <= names
    assert "desk/storage/migrations/script.py.mako" in names
