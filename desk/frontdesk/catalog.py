"""The forms desk can send to the kiosk: its own, and the clinic's from its server.

Desk's own forms ship in ``resources/questionnaires`` and are named by their file's stem
(``phq-9``). The clinic's forms are the Questionnaires sync pulls from the clinic's server
and keeps as the server sent them (``history_resource``, type ``Questionnaire``); one is
named ``server:<server id>``. An ``intake`` row keeps that name: the server id names
exactly one resource whatever its url and version, and stays the same when the clinic
edits the form.

Which clinic forms are offered (:func:`available_forms`): those whose status is
``active`` (or not given), that the server still has (sync marks those it deleted), and
that desk's forms engine loads with at least one item. The rest are left out; the log
names their server id and nothing else. A clinic form's titles come from its ``title``
and the translation extensions on it; the answers to it cite its
canonical: ``url|version``, the url alone without a version, ``Questionnaire/<server id>``
without a url.

A clinic form with the url of one of desk's forms is the clinic's copy of it. With another
version it replaces desk's form in the list; with the same version it is the same form and
desk's own is offered (only desk's consent form makes a Consent when completed). Of several
clinic forms sharing a url (versions kept as separate resources), the one changed last on
the server is offered.

Forms already sent are found by the name their intake keeps, whatever the list offers now
(:func:`form_info`): a form retired or deleted since still completes (it cannot be sent
again), and one edited since completes with its current version when the answers fit it.
A clinic form that can no longer be loaded, or answers that no longer fit, are refused
with a message; nothing is changed and the intake stays waiting.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk.model import LANGUAGES
from desk.storage.database import among
from desk.storage.schema import history_resource
from desk.words import translate

if TYPE_CHECKING:
    from desk.forms.model import QuestionnaireDef

log = logging.getLogger(__name__)

CLINIC_PREFIX = "server:"
"""The start of the name of a form pulled from the clinic's server."""
CLINIC_FALLBACK_TITLE = "Form from the clinic"


@dataclass(frozen=True, slots=True)
class FormInfo:
    """A form that can be sent to the kiosk: its name, source, canonical URL and titles.

    ``source`` is what :meth:`desk.forms.Form.load` takes: the bundled file, or the pulled
    Questionnaire as a dict (shared between callers: read it, never change it).
    ``server_id`` is the clinic server's id of a pulled form, None for desk's own.
    """

    name: str
    source: Path | dict[str, Any]
    canonical: str
    titles: Mapping[str, str]
    status: str = "active"
    server_id: str | None = None

    @property
    def from_clinic(self) -> bool:
        return self.server_id is not None

    @property
    def url(self) -> str:
        return self.canonical.split("|")[0]

    @property
    def version(self) -> str | None:
        _, bar, version = self.canonical.partition("|")
        return version if bar else None

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.name


def form_info(conn: sa.Connection, name: str) -> FormInfo:
    """The form named ``name`` (by an intake, say), whatever its status now.

    Raises DeskError when desk has no such form or the clinic's copy can no longer be used.
    """
    found = forms_named(conn, [name]).get(name)
    if found is not None:
        return found
    if name.startswith(CLINIC_PREFIX):
        raise DeskError(translate("DeskError", "That form from the clinic's server can no "
                                               "longer be used here; nothing "
                                               "was changed."), kind="input")
    raise DeskError(translate("DeskError", "That form is not one of desk's forms."), kind="input")


def forms_named(conn: sa.Connection, names: Iterable[str]) -> dict[str, FormInfo]:
    """The usable forms among ``names``, by name (unknown and unusable ones are absent)."""
    found: dict[str, FormInfo] = {}
    server_ids: dict[str, str] = {}
    for name in names:
        if name.startswith(CLINIC_PREFIX):
            server_ids[name.removeprefix(CLINIC_PREFIX)] = name
        elif (info := _bundled(name)) is not None:
            found[name] = info
    if server_ids:
        for server_id, text in _pulled_rows(conn, server_ids):
            if (info := _pulled(server_id, text)) is not None:
                found[server_ids[server_id]] = info
    return found


def available_forms(conn: sa.Connection) -> list[FormInfo]:
    """The forms to offer for sending: desk's own in their order, then the clinic's by
    title (which ones: see the module docstring)."""
    from desk.forms import bundled_forms

    clinic = {f.url: f for f in _offered_from_clinic(conn)}
    own = []
    for name in bundled_forms():
        info = _bundled(name)
        if info is None:
            continue
        copy = clinic.get(info.url)
        if copy is not None and copy.version != info.version:
            continue  # the clinic's version of it is offered instead
        clinic.pop(info.url, None)  # the same form: desk's own copy is offered
        own.append(info)
    return own + sorted(clinic.values(), key=lambda f: (f.title("en").casefold(), f.name))


def title_of(name: str, forms: Mapping[str, FormInfo], language: str) -> str:
    """The title of form ``name`` in ``language``; a plain stand-in when it is not in
    ``forms`` (a clinic form that can no longer be loaded, a form desk no longer ships)."""
    info = forms.get(name)
    if info is not None:
        return info.title(language)
    return CLINIC_FALLBACK_TITLE if name.startswith(CLINIC_PREFIX) else name


def _offered_from_clinic(conn: sa.Connection) -> list[FormInfo]:
    """The active usable clinic forms, the one changed last for each url."""
    newest: dict[str, tuple[str, FormInfo]] = {}
    for server_id, text in _pulled_rows(conn, held=True):
        info = _pulled(server_id, text)
        if info is None or info.status != "active":
            continue
        changed = _last_updated(info.source)
        held = newest.get(info.url)
        if held is None or (changed, info.name) > (held[0], held[1].name):
            newest[info.url] = (changed, info)
    return [info for _, info in newest.values()]


def _pulled_rows(conn: sa.Connection, server_ids: Iterable[str] | None = None, *,
                 held: bool = False) -> Sequence[sa.Row]:
    """Pulled Questionnaires (``held``: only those the server still has)."""
    query = sa.select(history_resource.c.server_id, history_resource.c.resource_json).where(
        history_resource.c.resource_type == "Questionnaire")
    if held:
        query = query.where(history_resource.c.removed_at.is_(None))
    if server_ids is not None:
        query = query.where(among(history_resource.c.server_id, server_ids))
    return conn.execute(query.order_by(history_resource.c.server_id)).all()


@lru_cache(maxsize=256)
def _pulled(server_id: str, text: str) -> FormInfo | None:
    """A pulled Questionnaire as a form; None when desk cannot use it (logged once, by its
    server id only)."""
    from desk.forms import Form

    try:
        raw = json.loads(text)
        definition = Form.load(raw).definition  # the engine loads it, as the kiosk will
    except (DeskError, ValueError, RecursionError) as error:
        log.warning("Questionnaire %s from the server cannot be used (%s)", server_id,
                    type(error).__name__)
        return None
    if not definition.items:
        log.warning("Questionnaire %s from the server has no questions", server_id)
        return None
    return _info(f"{CLINIC_PREFIX}{server_id}", raw, definition,
                 str(raw.get("name") or CLINIC_FALLBACK_TITLE),
                 status=str(raw.get("status") or "active"), server_id=server_id)


@cache
def _bundled(name: str) -> FormInfo | None:
    from desk.forms import bundled_forms
    from desk.forms.loading import load_questionnaire

    path = bundled_forms().get(name)
    return None if path is None else _info(name, path, load_questionnaire(path), name)


def _info(name: str, source: Path | dict[str, Any], definition: QuestionnaireDef,
          fallback: str, *, status: str = "active", server_id: str | None = None) -> FormInfo:
    """A form's name, source, canonical and title in each of desk's languages (its base
    title, else ``fallback``, where it has no translation)."""
    base = definition.title.get(None) or fallback
    titles = {language: definition.title.get(language) or base for language in LANGUAGES}
    return FormInfo(name, source, definition.canonical or f"Questionnaire/{server_id}",
                    titles, status=status, server_id=server_id)


def _last_updated(source: Path | dict[str, Any]) -> str:
    meta = source.get("meta") if isinstance(source, dict) else None
    return str(meta.get("lastUpdated") or "") if isinstance(meta, dict) else ""
