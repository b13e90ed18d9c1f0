"""Where desk finds its bundled resources (questionnaires, icons, demo data).

In a source checkout or an editable install they are the top-level ``resources/`` folder;
in a wheel the same folder is installed as the package ``desk_resources``; in the
installed bundle (PyInstaller, packaging/desk.spec) it is ``desk_resources`` beside the code.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled is not None:
        return Path(bundled) / "desk_resources"
    from importlib import resources

    return Path(str(resources.files("desk_resources")))


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("questionnaires", "phq9.json")``."""
    return resources_root().joinpath(*parts)
