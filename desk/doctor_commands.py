"""``desk doctor``: check this machine and print a table for IT; ``--bundle FILE`` also
writes a support archive. Neither prints nor packs patient data: settings with secrets
hidden, counts, versions, paths, and desk's own log (which names record ids only)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desk import logs
from desk.errors import DeskError
from desk.storage import settings as settings_mod
from desk.storage import settings_text
from desk.versions import versions

MIN_FREE_BYTES = 500 * 1024 * 1024
CERT_WARNING_DAYS = 30


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool | None  # None: a fact, neither passed nor failed
    detail: str


@dataclass(frozen=True)
class Inspection:
    """What opening the workspace told: its checks, and its tables' row counts."""

    checks: list[Check]
    rows: dict[str, int]


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser("doctor", help="check this machine and print a table")
    doctor.add_argument("--bundle", metavar="FILE",
                        help="also write a support archive (zip) to FILE: no patient data")
    doctor.set_defaults(handler=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from desk.app_commands import load_settings

    config = load_settings(args)
    found = _inspect(config.workspace_path, config)
    checks = [_check_keyring(), *found.checks, _check_qt(), _check_disk(config.workspace_path),
              _check_server(config), *_check_ca(config)]
    table = f"{render(facts(config))}\n{render(checks)}"
    print(table, end="")
    if args.bundle:
        from desk.doctor_bundle import write_bundle

        write_bundle(Path(args.bundle), args, table, found.rows)
        print(f"desk: support bundle written to {args.bundle} (no patient data).")
    return 0 if all(c.ok is not False for c in checks) else 1


def render(checks: list[Check]) -> str:
    """One line a check: name, ok or FAIL, detail; facts (``ok`` None) without the mark."""
    width = max(len(c.name) for c in checks)
    marks = {True: "ok    ", False: "FAIL  ", None: ""}
    return "".join(f"{c.name.ljust(width)}  {marks[c.ok]}{c.detail}\n" for c in checks)


def facts(config: settings_mod.Settings) -> list[Check]:
    """Versions, where desk keeps things, and the PACS settings."""
    workspace = config.workspace_path
    return [Check("versions", None, ", ".join(f"{k} {v}" for k, v in versions().items())),
            Check("workspace", None, str(workspace)),
            Check("machine settings", None, _file(settings_mod.machine_file())),
            Check("user settings", None, _file(settings_mod.user_file())),
            Check("backups", None, f"{workspace / 'backups'} (made before each upgrade; "
                                   "desk workspace backup writes where you say)"),
            Check("log", None, f"{logs.log_dir() / 'desk.log'} (rotates at "
                               f"{logs.MAX_BYTES / 1e6:g} MB, {logs.OLD_FILES} old files kept)"),
            Check("PACS", None, _pacs(config))]


def _file(path: Path) -> str:
    return f"{path}{'' if path.is_file() else ' (none)'}"


def _pacs(config: settings_mod.Settings) -> str:
    shown = [f"{name} = {settings_text.shown(name, value)}"
             for name, (_, default) in settings_mod.specs().items()
             if name.startswith("pacs.")
             and (value := settings_mod.value_of(config, name)) != default]
    return "; ".join(shown) if shown else "not configured"


def _check_keyring() -> Check:
    from desk.storage import keys

    if keys.keyring_usable():
        return Check("key store", True, "the system key store keeps secrets")
    return Check("key store", True,
                 "no usable system key store: workspaces are opened with a passphrase")


def _inspect(path: Path, config: settings_mod.Settings) -> Inspection:
    """The database whole, the audit log as it was written (chain and kept end), the
    recovery passphrase, sync's state, the image cache and the tables' row counts."""
    from desk.storage import NeedPassphrase, Workspace, recovery

    if not Workspace.exists(path):
        return Inspection([Check("database", False, f"no workspace in {path}")], {})
    kept = Check("recovery", True, "a recovery passphrase is set") if recovery.is_set(path) \
        else Check("recovery", None, "no recovery passphrase: desk workspace recovery set")
    try:
        with Workspace.open(path) as ws:
            damage = ws.damage()
            chain = ws.audit_check()
            sync, images, rows = _sync(ws), _images(ws, config), _row_counts(ws)
    except NeedPassphrase:
        return Inspection([Check("database", True, f"{path} (locked by passphrase; not "
                                                   "opened)"), kept], {})
    except DeskError as err:
        return Inspection([Check("database", False, err.message), kept], {})
    audit = Check("audit log", True, f"{chain.entries} entries, chain and end verified") \
        if chain.ok else Check("audit log", False, f"altered at entry {chain.first_bad_seq}")
    database = Check("database", damage is None, damage or f"{path}: integrity ok")
    return Inspection([database, audit, kept, sync, images], rows)


def _sync(ws: object) -> Check:
    from desk.sync.status import status

    state = status(ws.engine)  # type: ignore[attr-defined]
    last = state.last_success.isoformat(timespec="seconds") if state.last_success else "never"
    return Check("sync", None, f"last success {last}; {state.waiting} records waiting to be "
                               f"sent; {len(state.attention)} needing attention")


def _images(ws: object, config: settings_mod.Settings) -> Check:
    from desk.viewer import cache

    with ws.read() as conn:  # type: ignore[attr-defined]
        held = cache.contents(conn)
    limit = config.imaging.cache_limit_gb
    mb = 1 << 20
    return Check("image cache", None,
                 f"limit {f'{limit:g} GB' if limit > 0 else 'none'}; retrieved from the "
                 f"PACS {held.retrieved.studies} studies, {held.retrieved.size / mb:.1f} MB; "
                 f"from discs {held.disc.studies} studies, {held.disc.size / mb:.1f} MB "
                 "(never dropped)")


def _row_counts(ws: object) -> dict[str, int]:
    import sqlalchemy as sa

    with ws.read() as conn:  # type: ignore[attr-defined]
        # ordinary tables only: a virtual (search) table cannot be scanned, and its shadow
        # tables are the search index's inner workings
        names = sorted(row[1] for row in conn.exec_driver_sql("PRAGMA table_list")
                       if row[0] == "main" and row[2] == "table"
                       and not row[1].startswith("sqlite_"))
        return {name: int(conn.execute(sa.select(sa.func.count()).select_from(
            sa.table(name))).scalar_one()) for name in names}


def _check_qt() -> Check:
    import subprocess

    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    code = ("from PySide6.QtWidgets import QApplication; import sys; "
            "app = QApplication(sys.argv); print(app.platformName())")
    # the installed bundle has no Python to run code with: its launcher answers the probe
    # (packaging/launcher.py)
    command = [sys.executable, "qt-probe"] if getattr(sys, "frozen", False) else [
        sys.executable, "-c", code]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return Check("Qt platform", False, f"{platform}: timed out")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["unknown error"])[-1]
        return Check("Qt platform", False, f"{platform}: {last[:120]}")
    return Check("Qt platform", True, done.stdout.strip())


def _check_disk(path: Path) -> Check:
    import shutil

    probe = path if path.exists() else next((p for p in path.parents if p.exists()), Path("/"))
    free = shutil.disk_usage(probe).free
    detail = f"{free / 1024**3:.1f} GiB free at {probe}"
    return Check("free disk", free >= MIN_FREE_BYTES, detail)


def _check_server(config: settings_mod.Settings) -> Check:
    if not config.server.url:
        return Check("server", True, "no server configured (server.url): working offline")
    import httpx

    verify: str | bool = config.server.ca_bundle or True
    try:
        reply = httpx.get(config.server.url.rstrip("/") + "/metadata", timeout=5, verify=verify,
                          headers={"Accept": "application/fhir+json"})
        kind = reply.json().get("resourceType") if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError) as err:
        return Check("server", False, f"{config.server.url}: {type(err).__name__}")
    if kind != "CapabilityStatement":
        return Check("server", False, f"{config.server.url}: HTTP {reply.status_code}, not FHIR")
    return Check("server", True, f"{config.server.url}: FHIR server answers")


def _check_ca(config: settings_mod.Settings) -> list[Check]:
    """When ``server.ca_bundle`` is set: the first of its certificates to expire."""
    bundle = config.server.ca_bundle
    if not bundle:
        return []
    from cryptography import x509

    from desk.storage.clock import now

    try:
        certs = x509.load_pem_x509_certificates(Path(bundle).read_bytes())
    except (OSError, ValueError) as err:
        return [Check("server CA", False, f"{bundle}: cannot be read as PEM certificates "
                                          f"({type(err).__name__})")]
    first = min(certs, key=lambda c: c.not_valid_after_utc)
    ends, days = first.not_valid_after_utc, (first.not_valid_after_utc - now()).days
    who = first.subject.rfc4514_string()
    if days < 0:
        return [Check("server CA", False, f"{who} expired on {ends:%Y-%m-%d}; replace "
                                          f"{bundle}")]
    soon = f"; renew it within {days} days" if days < CERT_WARNING_DAYS else ""
    return [Check("server CA", True, f"{len(certs)} certificates; the first to expire, {who}, "
                                     f"on {ends:%Y-%m-%d} (in {days} days){soon}")]
