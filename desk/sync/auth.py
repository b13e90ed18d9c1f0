"""How desk signs in to the FHIR server: an OAuth2 client-credentials token, or a static
bearer token (both ``httpx.Auth``, given to :class:`desk.sync.client.FhirClient`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator

import httpx
import orjson

from desk.sync.errors import FhirError
from desk.words import translate


class ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials flow: fetches a token, refreshes it before it expires
    and once more when the server answers 401."""

    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, client_secret: str, *,
                 scope: str | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._clock = clock
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def _build_token_request(self) -> httpx.Request:
        req = httpx.Request("POST", self.token_url, data=self._form())
        basic = httpx.BasicAuth(self.client_id, self.client_secret)
        return next(basic.auth_flow(req))

    def _form(self) -> dict[str, str]:
        data = {"grant_type": "client_credentials"}
        if self.scope:
            data["scope"] = self.scope
        return data

    def _accept(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise FhirError(translate("DeskError", "The clinic server refused desk's sign-in. "
                                                   "Ask IT to check the client credentials."),
                            kind="auth", status=response.status_code)
        try:
            payload = orjson.loads(response.content)
            token = str(payload["access_token"])
            lifetime = float(payload.get("expires_in", 300))
        except (ValueError, KeyError, TypeError) as exc:
            raise FhirError(translate("DeskError", "The sign-in service sent an answer desk "
                                                   "cannot read."),
                            kind="auth", status=response.status_code) from exc
        self._token = token
        # refresh a little early so a token never expires in flight
        self._expires = self._clock() + max(0.0, lifetime - min(30.0, lifetime / 10))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            need = self._token is None or self._clock() >= self._expires
        if need:
            self._accept((yield self._build_token_request()))
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401:
            self._accept((yield self._build_token_request()))
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request


class BearerToken(httpx.Auth):
    """A static bearer token (from the key store)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request
