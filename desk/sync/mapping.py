"""What the mappings of front-desk records to FHIR R4 resources share: pure functions,
no I/O. The mappings themselves are in :mod:`desk.sync.mapping_patients`,
:mod:`desk.sync.mapping_appointments` and :mod:`desk.sync.mapping_records`.

Every record carries its client-generated UUID as an identifier
(``system: urn:ietf:rfc:3986``, ``value: urn:uuid:<id>``); that identifier is how a
resource is found again, whatever id the server gave it.

``*_to_fhir`` may start from the server's last copy (``onto=``, :func:`base_resource`) so
that elements desk does not manage (extensions, other identifiers, contacts added
elsewhere) survive an update. ``*_from_fhir`` never keeps anything desk does not show.

Naive datetimes are taken as local time; what comes back from FHIR is timezone-aware.
Times travel to the millisecond.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desk.errors import DeskError
from desk.words import translate

URI_SYSTEM = "urn:ietf:rfc:3986"
# the same default as settings server.mrn_system
DEFAULT_MRN_SYSTEM = "urn:oid:2.16.840.1.113883.4.999"
# the namespace for local ids of resources created elsewhere (no urn:uuid identifier)
FOREIGN_ID_NAMESPACE = uuid.UUID("6f1d2a4e-3c8b-5b9e-9d57-1f0d6c2a8e41")
# a record id in the canonical form desk gives it (others are normalised through UUID)
_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class MappingError(DeskError):
    """A resource could not be turned into a record."""

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message, kind="server")
        self.details = details


@dataclass(frozen=True, slots=True)
class MappingOptions:
    """Site settings for the mapping: the system URI of the clinic's MRNs."""

    mrn_system: str = DEFAULT_MRN_SYSTEM


def uuid_identifier(record_id: str) -> dict[str, str]:
    return {"system": URI_SYSTEM, "value": f"urn:uuid:{record_id}"}


def identifier_search(record_id: str) -> str:
    """The ``If-None-Exist`` / search query that finds a record's resource."""
    return f"identifier={URI_SYSTEM}|urn:uuid:{record_id}"


def record_id_of(resource: Mapping[str, Any]) -> str:
    """The local record id of a resource: its ``urn:uuid`` identifier, else a stable UUID
    derived from its type and server id (a resource created elsewhere)."""
    identifiers = resource.get("identifier") or []
    if isinstance(identifiers, dict):  # 0..1 in some resources (QuestionnaireResponse)
        identifiers = [identifiers]
    for ident in identifiers:
        if isinstance(ident, dict) and ident.get("system") == URI_SYSTEM:
            value = str(ident.get("value", ""))
            if _URN_UUID.fullmatch(value):  # as desk writes it
                return value[9:]
            if value.startswith("urn:uuid:"):
                try:
                    return str(uuid.UUID(value[9:]))
                except ValueError:
                    continue
    rid = resource.get("id")
    rtype = resource.get("resourceType")
    if not isinstance(rid, str) or not rid:
        raise MappingError(translate("DeskError", "A record from the server has no id."))
    return str(uuid.uuid5(FOREIGN_ID_NAMESPACE, f"{rtype}/{rid}"))


def keep_other_identifiers(onto: Mapping[str, Any] | None, drop_systems: set[str]
                           ) -> list[dict[str, Any]]:
    """Deep copies of the identifiers of ``onto`` whose system is not in ``drop_systems``."""
    if not onto:
        return []
    return [copy.deepcopy(i) for i in onto.get("identifier") or []
            if isinstance(i, dict) and i.get("system") not in drop_systems]


def base_resource(onto: Mapping[str, Any] | None, resource_type: str) -> dict[str, Any]:
    """A copy of the server's last copy ``onto`` (or a new resource) to map a record onto."""
    out = copy.deepcopy(dict(onto)) if onto else {}
    out["resourceType"] = resource_type
    out.pop("meta", None)  # versions come from If-Match, not the body
    out.pop("text", None)  # a narrative would go stale
    return out


def set_element(out: dict[str, Any], key: str, value: Any) -> None:
    """``out[key] = value``, or no ``key`` at all when ``value`` is empty."""
    if value in (None, "", [], {}):
        out.pop(key, None)
    else:
        out[key] = value


def expect_type(resource: Mapping[str, Any], rtype: str) -> None:
    """Raise :class:`MappingError` unless ``resource`` is a ``rtype``."""
    if not isinstance(resource, Mapping) or resource.get("resourceType") != rtype:
        raise MappingError(translate("DeskError", "The server sent something other than a {value}.")
                           .format(value=rtype.lower()))


def aware(value: datetime) -> datetime:
    """``value``, a naive one taken as local time."""
    return value if value.tzinfo is not None else value.astimezone()


def instant_text(value: datetime) -> str:
    """``value`` as a FHIR instant in its own offset (milliseconds only when it has them)."""
    text = value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    return text.replace("+00:00", "Z")


def parse_instant(text: str) -> datetime:
    """A FHIR instant as an aware datetime; ValueError without a time zone."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("FHIR instant without a time zone")
    return value


def last_updated(resource: Mapping[str, Any]) -> datetime | None:
    """``meta.lastUpdated`` as an aware datetime, or None if missing or unreadable."""
    meta = resource.get("meta")
    text = meta.get("lastUpdated") if isinstance(meta, dict) else None
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def instant(when: datetime) -> str:
    """A FHIR instant in UTC (``2026-11-23T08:00:00Z``), as search parameters take it."""
    return instant_text(when.astimezone(UTC))
