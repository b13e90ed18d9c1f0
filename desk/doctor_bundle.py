"""The support bundle of ``desk doctor --bundle FILE``: a zip for desk's support holding
doctor's table, the versions, the settings in force as ``desk config show`` prints them
(secrets hidden), the database's row counts per table, and desk's log files. Nothing else
of the workspace: no record, no name, no stored file."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import zipfile
from pathlib import Path

from desk import logs
from desk.errors import DeskError
from desk.words import translate


def write_bundle(out: Path, args: argparse.Namespace, table: str, rows: dict[str, int]
                 ) -> None:
    """Write the bundle to ``out`` (a new file), whole or not at all."""
    from desk.config_commands import show_settings
    from desk.versions import versions

    if out.exists():
        raise DeskError(translate("DeskError", "{file} already exists; name a new file for the "
                                               "bundle.").format(file=out), kind="input")
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        show_settings(args)
    counts = "".join(f"{name}  {count}\n" for name, count in rows.items()) or \
        translate("Cli", "the workspace was not opened: no counts") + "\n"
    partial = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            os.chmod(partial, 0o600)  # before anything is in it
            archive.writestr("doctor.txt", table)
            archive.writestr("versions.json", json.dumps(versions(), indent=1))
            archive.writestr("settings.txt", shown.getvalue())
            archive.writestr("database-rows.txt", counts)
            found = sorted(logs.log_dir().glob("desk.log*"))
            for log_file in found:
                archive.write(log_file, f"logs/{log_file.name}")
            if not found:  # desk has not run under this account (commands do not log)
                archive.writestr("logs/none.txt", translate("Cli", "no desk.log in {folder}")
                                 .format(folder=logs.log_dir()) + "\n")
        os.replace(partial, out)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise DeskError(translate("DeskError", "desk could not write the bundle to {file} "
                                               "({error}).").format(file=out, error=err.strerror),
                        kind="storage") from None
