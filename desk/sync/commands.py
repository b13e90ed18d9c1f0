"""``desk sync`` and ``desk server login``.

Nothing heavy is imported at module level: the CLI builds its parser on every start.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from desk.errors import DeskError
from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desk.storage.settings import Settings
    from desk.sync.client import FhirClient
    from desk.sync.engine import SyncEngine
    from desk.sync.status import Progress, PullReport, PushReport

TOKEN_ACCOUNT = "server-token:{url}"
SECRET_ACCOUNT = "server-client-secret:{url}"

# What signs desk in to the server (credential_kind), in a sentence.
CREDENTIALS = {"access token": QT_TRANSLATE_NOOP("Credential", "access token"),
               "client secret": QT_TRANSLATE_NOOP("Credential", "client secret")}

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help=translate(
        "Cli", "send waiting changes to the server and fetch what changed there"))
    sync.add_argument("--once", action="store_true", help=translate(
        "Cli", "one round, then print a summary (otherwise repeat every "
               "server.sync_interval_seconds until interrupted)"))
    sync.add_argument("--resend-all", action="store_true", help=translate(
        "Cli", "after the server was put back from a backup: send every patient and "
               "appointment again (those it still has are not doubled)"))
    sync.set_defaults(handler=run_sync)
    server = subparsers.add_parser("server", help=translate("Cli", "the clinic's FHIR server"))
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    login = actions.add_parser("login", help=translate(
        "Cli", "keep the server's access token (or, with server.client_id set, the client "
               "secret) in the system key store; read from standard input"))
    login.set_defaults(handler=run_login)


def _settings(args: argparse.Namespace) -> Settings:
    from desk.storage import settings as settings_mod

    return settings_mod.load(extra_file=args.config, overrides=args.overrides,
                             workspace=args.workspace)


def server_url(config: Settings) -> str:
    """``server.url``; a clear error when none is set."""
    if not config.server.url:
        raise DeskError(translate("DeskError", "No server address is set. Set server.url (or "
                                               "DESK_SERVER_URL)."),
                        kind="input")
    return config.server.url


def client_from_settings(config: Settings, *,
                         sleep: Callable[[float], None] = time.sleep) -> FhirClient:
    """A FHIR client for ``server.url`` with the credentials kept in the key store.
    ``sleep`` waits between retries (the app passes one that wakes when sync stops)."""
    import httpx

    from desk.storage import keys
    from desk.sync.auth import BearerToken, ClientCredentials
    from desk.sync.client import FhirClient

    url = server_url(config)
    auth: httpx.Auth | None = None
    if config.server.client_id and config.server.token_url:
        secret = keys.load_secret(SECRET_ACCOUNT.format(url=url))
        if not secret:
            raise DeskError(translate("DeskError", "desk is not signed in to the server: run "
                                                   "'desk server login'."),
                            kind="auth")
        auth = ClientCredentials(config.server.token_url, config.server.client_id, secret)
    elif token := _stored_token(url):
        auth = BearerToken(token)
    return FhirClient(url, auth=auth, ca_bundle=config.server.ca_bundle or None,
                      timeout=config.server.timeout_seconds, sleep=sleep)


def _stored_token(url: str) -> str | None:
    """The access token kept for ``url``. Without a usable key store there is none: a
    server that needs no token is still reached, one that does answers 401."""
    from desk.storage import keys

    try:
        return keys.load_secret(TOKEN_ACCOUNT.format(url=url))
    except keys.KeyStoreUnavailable:
        log.warning("the key store is not available: the server is tried without a token")
        return None


def run_sync(args: argparse.Namespace) -> int:
    from desk.frontdesk.intake import clinic_of
    from desk.process import settle
    from desk.storage import Workspace
    from desk.sync.engine import SyncEngine
    from desk.sync.mapping import MappingOptions
    from desk.sync.status import Progress

    try:
        config = _settings(args)
        client = client_from_settings(config)
        workspace = Workspace.open(config.workspace_path)
    except DeskError as err:
        print(_refused(err), file=sys.stderr)
        return 2
    with workspace, client:
        if args.resend_all:
            from desk.sync.resend import resend_all

            queued = resend_all(workspace.engine)
            print(translate("Cli", "desk sync: {patients} and {appointments} will be sent "
                                   "again").format(
                patients=translate("Cli", "%n patient(s)", "", queued["Patient"]),
                appointments=translate("Cli", "%n appointment(s)", "", queued["Appointment"])))
        clinic = clinic_of(config.clinic)
        engine = SyncEngine(workspace.engine, client, blobs=workspace.blobs,
                            options=MappingOptions(mrn_system=config.server.mrn_system),
                            kiosk=config.kiosk.tablet, clinic=clinic)
        settle()
        while True:
            code = _one_round(engine, Progress())
            if args.once:
                return code
            try:
                time.sleep(max(1.0, config.server.sync_interval_seconds))
            except KeyboardInterrupt:
                return code


def _one_round(engine: SyncEngine, progress: Progress) -> int:
    try:
        pushed, pulled = engine.run_once(progress)
    except DeskError as err:
        state = engine.status()
        print(_refused(err), file=sys.stderr)
        print(translate("Cli", "%n change(s) wait to be sent.", "", state.waiting))
        return 1
    state = engine.status()
    print(_round_summary(pushed, pulled))
    print(translate("Cli", "{waiting}; {attention}.").format(
        waiting=translate("Cli", "%n change(s) wait", "", state.waiting),
        attention=translate("Cli", "%n record(s) need attention", "", len(state.attention))))
    for item in state.attention:
        print(f"  {item.record_type} {item.record_id}: {item.message}")
    return 0 if not state.attention else 3


def _refused(error: DeskError) -> str:
    return translate("Cli", "desk sync: {error}").format(error=error.message)


def _round_summary(pushed: PushReport, pulled: PullReport) -> str:
    """What a round sent and received, and what the server withdrew."""
    withdrawn = []
    if pulled.removed:
        withdrawn.append(translate("Cli", "%n clinic form(s) withdrawn", "", pulled.removed))
    if pulled.withdrawn:
        withdrawn.append(translate("Cli", "%n appointment(s) withdrawn", "", pulled.withdrawn))
    return translate("Cli", "{sent} in {bundles}; {received} ({changed}){withdrawn}.")\
        .format(sent=translate("Cli", "Sent %n change(s)", "", pushed.sent),
                bundles=translate("Cli", "%n bundle(s)", "", pushed.bundles),
                received=translate("Cli", "received %n record(s)", "", pulled.transferred),
                changed=translate("Cli", "%n new or changed", "", pulled.applied),
                withdrawn="".join(translate("Cli", "; {withdrawn}").format(withdrawn=w)
                                  for w in withdrawn))


def credential_kind(config: Settings) -> str:
    """What signs desk in to ``server.url``: ``"client secret"`` (with ``server.client_id``
    and ``server.token_url`` set) or ``"access token"``."""
    return "client secret" if config.server.client_id and config.server.token_url else \
        "access token"


def store_credential(config: Settings, secret: str) -> None:
    """Keep the server's access token (or client secret) in the system key store."""
    from desk.storage import keys

    url = server_url(config)
    secret = secret.strip()
    what = credential_kind(config)
    if not secret:
        raise DeskError(translate("DeskError", "No {what} was given; nothing was stored.")
                        .format(what=translate("Credential", CREDENTIALS[what])), kind="input")
    account = SECRET_ACCOUNT if what == "client secret" else TOKEN_ACCOUNT
    keys.store_secret(account.format(url=url), secret)


def run_login(args: argparse.Namespace) -> int:
    try:
        config = _settings(args)
        what, url = credential_kind(config), server_url(config)
        prompt, kept = _login_words(what)
        secret = getpass.getpass(prompt.format(url=url)) if sys.stdin.isatty() else \
            sys.stdin.readline()
        store_credential(config, secret)
    except DeskError as err:
        print(translate("Cli", "desk server login: {error}").format(error=err.message),
              file=sys.stderr)
        return 2
    print(kept.format(url=url))
    return 0


def _login_words(what: str) -> tuple[str, str]:
    """The prompt for the server's credential and the line once it is kept ({url} in both)."""
    if what == "client secret":
        return (translate("Cli", "Client secret for {url}: "),
                translate("Cli", "The client secret for {url} is kept in the system key "
                                 "store."))
    return (translate("Cli", "Access token for {url}: "),
            translate("Cli", "The access token for {url} is kept in the system key store."))
