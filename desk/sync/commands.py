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
from desk.words import translate

if TYPE_CHECKING:
    from desk.storage.settings import Settings
    from desk.sync.client import FhirClient
    from desk.sync.engine import SyncEngine
    from desk.sync.status import Progress

TOKEN_ACCOUNT = "server-token:{url}"
SECRET_ACCOUNT = "server-client-secret:{url}"

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="send waiting changes to the server and fetch "
                                              "what changed there")
    sync.add_argument("--once", action="store_true",
                      help="one round, then print a summary (otherwise repeat every "
                           "server.sync_interval_seconds until interrupted)")
    sync.add_argument("--resend-all", action="store_true",
                      help="after the server was put back from a backup: send every patient "
                           "and appointment again (those it still has are not doubled)")
    sync.set_defaults(handler=run_sync)
    server = subparsers.add_parser("server", help="the clinic's FHIR server")
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    login = actions.add_parser("login", help="keep the server's access token (or, with "
                                             "server.client_id set, the client secret) in the "
                                             "system key store; read from standard input")
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
        print(f"desk sync: {err.message}", file=sys.stderr)
        return 2
    with workspace, client:
        if args.resend_all:
            from desk.sync.resend import resend_all

            queued = resend_all(workspace.engine)
            print(f"desk sync: {queued['Patient']} patients and {queued['Appointment']} "
                  "appointments will be sent again")
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
        print(f"desk sync: {err.message}", file=sys.stderr)
        print(f"{state.waiting} changes wait to be sent.")
        return 1
    state = engine.status()
    gone = "".join(f"; {n} {what}{'' if n == 1 else 's'} withdrawn" for n, what in (
        (pulled.removed, "clinic form"), (pulled.withdrawn, "appointment")) if n)
    print(f"Sent {pushed.sent} changes in {pushed.bundles} bundles; received "
          f"{pulled.transferred} records ({pulled.applied} new or changed){gone}.")
    print(f"{state.waiting} changes wait; {len(state.attention)} records need attention.")
    for item in state.attention:
        print(f"  {item.record_type} {item.record_id}: {item.message}")
    return 0 if not state.attention else 3


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
                        .format(what=what), kind="input")
    account = SECRET_ACCOUNT if what == "client secret" else TOKEN_ACCOUNT
    keys.store_secret(account.format(url=url), secret)


def run_login(args: argparse.Namespace) -> int:
    try:
        config = _settings(args)
        what, url = credential_kind(config), server_url(config)
        if sys.stdin.isatty():
            secret = getpass.getpass(f"{what.capitalize()} for {url}: ")
        else:
            secret = sys.stdin.readline()
        store_credential(config, secret)
    except DeskError as err:
        print(f"desk server login: {err.message}", file=sys.stderr)
        return 2
    print(f"The {what} for {url} is kept in the system key store.")
    return 0
