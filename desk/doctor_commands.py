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
from desk.words import translate

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
    doctor = subparsers.add_parser("doctor", help=translate("Cli", "check this machine and "
                                                                   "print a table"))
    doctor.add_argument("--bundle", metavar="FILE",
                        help=translate("Cli", "also write a support archive (zip) to FILE: no "
                                              "patient data"))
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
        print(translate("Cli", "desk: support bundle written to {file} (no patient data).")
              .format(file=args.bundle))
    return 0 if all(c.ok is not False for c in checks) else 1


def render(checks: list[Check]) -> str:
    """One line a check: name, ok or FAIL, detail; facts (``ok`` None) without the mark.
    The marks stay in English in every language: scripts look for ``FAIL``."""
    width = max(len(c.name) for c in checks)
    marks = {True: "ok    ", False: "FAIL  ", None: ""}
    return "".join(f"{c.name.ljust(width)}  {marks[c.ok]}{c.detail}\n" for c in checks)


def facts(config: settings_mod.Settings) -> list[Check]:
    """Versions, where desk keeps things, and the PACS settings."""
    workspace = config.workspace_path
    return [Check(translate("Cli", "versions"), None,
                  ", ".join(f"{k} {v}" for k, v in versions().items())),
            Check(translate("Cli", "workspace"), None, str(workspace)),
            Check(translate("Cli", "machine settings"), None, _file(settings_mod.machine_file())),
            Check(translate("Cli", "user settings"), None, _file(settings_mod.user_file())),
            Check(translate("Cli", "backups"), None,
                  translate("Cli", "{folder} (made before each upgrade; desk workspace backup "
                                   "writes where you say)").format(folder=workspace / "backups")),
            Check(translate("Cli", "log"), None,
                  translate("Cli", "{file} (rotates at {size} MB, %n old files kept)", "",
                            logs.OLD_FILES).format(file=logs.log_dir() / "desk.log",
                                                   size=f"{logs.MAX_BYTES / 1e6:g}")),
            Check(translate("Cli", "PACS"), None, _pacs(config))]


def _file(path: Path) -> str:
    return f"{path}" if path.is_file() else f"{path} " + translate("Cli", "(none)")


def _pacs(config: settings_mod.Settings) -> str:
    shown = [f"{name} = {settings_text.shown(name, value)}"
             for name, (_, default) in settings_mod.specs().items()
             if name.startswith("pacs.")
             and (value := settings_mod.value_of(config, name)) != default]
    return "; ".join(shown) if shown else translate("Cli", "not configured")


def _check_keyring() -> Check:
    from desk.storage import keys

    name = translate("Cli", "key store")
    if keys.keyring_usable():
        return Check(name, True, translate("Cli", "the system key store keeps secrets"))
    return Check(name, True, translate("Cli", "no usable system key store: workspaces are "
                                              "opened with a passphrase"))


def _inspect(path: Path, config: settings_mod.Settings) -> Inspection:
    """The database whole, the audit log as it was written (chain and kept end), the
    recovery passphrase, sync's state, the image cache and the tables' row counts."""
    from desk.storage import NeedPassphrase, Workspace, recovery

    database = translate("Cli", "database")
    if not Workspace.exists(path):
        return Inspection([Check(database, False, translate("Cli", "no workspace in {folder}")
                                 .format(folder=path))], {})
    kept = Check(translate("Cli", "recovery"), True,
                 translate("Cli", "a recovery passphrase is set")) if recovery.is_set(path) \
        else Check(translate("Cli", "recovery"), None,
                   translate("Cli", "no recovery passphrase: desk workspace recovery set"))
    try:
        with Workspace.open(path) as ws:
            damage = ws.damage()
            chain = ws.audit_check()
            sync, images, rows = _sync(ws), _images(ws, config), _row_counts(ws)
    except NeedPassphrase:
        return Inspection([Check(database, True, translate(
            "Cli", "{folder} (locked by passphrase; not opened)").format(folder=path)), kept], {})
    except DeskError as err:
        return Inspection([Check(database, False, err.message), kept], {})
    audit = translate("Cli", "audit log")
    verified = Check(audit, True, translate("Cli", "%n entries, chain and end verified", "",
                                            chain.entries)) if chain.ok else \
        Check(audit, False, translate("Cli", "altered at entry {entry}")
              .format(entry=chain.first_bad_seq))
    whole = Check(database, damage is None,
                  damage or translate("Cli", "{folder}: integrity ok").format(folder=path))
    return Inspection([whole, verified, kept, sync, images], rows)


def _sync(ws: object) -> Check:
    from desk.sync.status import status

    state = status(ws.engine)  # type: ignore[attr-defined]
    last = state.last_success.isoformat(timespec="seconds") if state.last_success \
        else translate("Cli", "never")
    return Check(translate("Cli", "sync"), None, translate(
        "Cli", "last success {last}; {waiting}; {attention}").format(
        last=last, waiting=translate("Cli", "%n records waiting to be sent", "", state.waiting),
        attention=translate("Cli", "%n needing attention", "", len(state.attention))))


def _images(ws: object, config: settings_mod.Settings) -> Check:
    from desk.viewer import cache

    with ws.read() as conn:  # type: ignore[attr-defined]
        held = cache.contents(conn)
    limit = config.imaging.cache_limit_gb
    mb = 1 << 20
    most = f"{limit:g} GB" if limit > 0 else translate("Cli", "none")
    return Check(translate("Cli", "image cache"), None, translate(
        "Cli", "limit {limit}; retrieved from the PACS {retrieved}, {retrieved_size} MB; from "
               "discs {disc}, {disc_size} MB (never dropped)").format(
        limit=most, retrieved=translate("Cli", "%n studies", "", held.retrieved.studies),
        retrieved_size=f"{held.retrieved.size / mb:.1f}",
        disc=translate("Cli", "%n studies", "", held.disc.studies),
        disc_size=f"{held.disc.size / mb:.1f}"))


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
    name = translate("Cli", "Qt platform")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return Check(name, False, translate("Cli", "{platform}: timed out")
                     .format(platform=platform))
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [translate("Cli", "unknown error")])[-1]
        return Check(name, False, f"{platform}: {last[:120]}")
    return Check(name, True, done.stdout.strip())


def _check_disk(path: Path) -> Check:
    import shutil

    probe = path if path.exists() else next((p for p in path.parents if p.exists()), Path("/"))
    free = shutil.disk_usage(probe).free
    detail = translate("Cli", "{size} GiB free at {folder}").format(
        size=f"{free / 1024**3:.1f}", folder=probe)
    return Check(translate("Cli", "free disk"), free >= MIN_FREE_BYTES, detail)


def _check_server(config: settings_mod.Settings) -> Check:
    name = translate("Cli", "server")
    if not config.server.url:
        return Check(name, True, translate("Cli", "no server configured (server.url): working "
                                                  "offline"))
    import httpx

    verify: str | bool = config.server.ca_bundle or True
    try:
        reply = httpx.get(config.server.url.rstrip("/") + "/metadata", timeout=5, verify=verify,
                          headers={"Accept": "application/fhir+json"})
        kind = reply.json().get("resourceType") if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError) as err:
        return Check(name, False, f"{config.server.url}: {type(err).__name__}")
    if kind != "CapabilityStatement":
        return Check(name, False, translate("Cli", "{url}: HTTP {status}, not FHIR").format(
            url=config.server.url, status=reply.status_code))
    return Check(name, True, translate("Cli", "{url}: FHIR server answers")
                 .format(url=config.server.url))


def _check_ca(config: settings_mod.Settings) -> list[Check]:
    """When ``server.ca_bundle`` is set: the first of its certificates to expire."""
    bundle = config.server.ca_bundle
    if not bundle:
        return []
    from cryptography import x509

    from desk.storage.clock import now

    name = translate("Cli", "server CA")
    try:
        certs = x509.load_pem_x509_certificates(Path(bundle).read_bytes())
    except (OSError, ValueError) as err:
        return [Check(name, False, translate(
            "Cli", "{file}: cannot be read as PEM certificates ({error})").format(
            file=bundle, error=type(err).__name__))]
    first = min(certs, key=lambda c: c.not_valid_after_utc)
    ends, days = first.not_valid_after_utc, (first.not_valid_after_utc - now()).days
    who = first.subject.rfc4514_string()
    if days < 0:
        return [Check(name, False, translate("Cli", "{who} expired on {date}; replace {file}")
                      .format(who=who, date=f"{ends:%Y-%m-%d}", file=bundle))]
    soon = translate("Cli", "; renew it within %n days", "", days) if days < CERT_WARNING_DAYS \
        else ""
    return [Check(name, True, translate(
        "Cli", "{certificates}; the first to expire, {who}, on {date} (in {days}){soon}").format(
        certificates=translate("Cli", "%n certificates", "", len(certs)), who=who,
        date=f"{ends:%Y-%m-%d}", days=translate("Cli", "%n days", "", days), soon=soon))]
