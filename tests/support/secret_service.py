"""A private gnome-keyring Secret Service for tests and benchmarks (a real one, not a fake)."""

from __future__ import annotations

from pathlib import Path


def secret_service_env(home: Path) -> dict[str, str]:
    """Environment for ``dbus-run-session`` + ``gnome-keyring-daemon`` living under ``home``.

    The daemon needs an existing runtime folder for its control socket; without one it fails
    and D-Bus activation waits two minutes for it.
    """
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    return {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / "data")}
