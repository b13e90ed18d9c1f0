"""desk.sync: the FHIR R4 client, the record mapping, outbox push, incremental pull,
conflicts and the sync state.

Names are loaded on first use, so ``desk sync`` and the CLI start without importing
httpx or SQLAlchemy.

- :class:`FhirClient` (``read``, ``search``, ``search_pages``, ``create`` with
  ``if_none_exist``, ``update`` with ``if_match``, ``delete``, ``transaction``,
  ``capabilities``, ``update_create_allowed``), :class:`RetryPolicy`,
  :class:`BearerToken`, :class:`ClientCredentials`, :class:`FhirError`.
- :class:`SyncEngine` (``push``, ``pull``, ``run_once``, ``status``), :class:`Progress`,
  :func:`status`, :func:`open_conflicts`, :func:`resolve_conflict`,
  :func:`retry_refused`, :class:`SyncStatus`, :class:`Attention`.
- Mapping: :class:`MappingOptions`, :func:`patient_to_fhir`, :func:`patient_from_fhir`,
  :func:`appointment_to_fhir`, :func:`appointment_from_fhir`, :func:`record_id_of`,
  :func:`identifier_search`.
- Bundles: :class:`BundleSender`, :class:`Change`, :class:`Result`.
- :func:`client_from_settings`: a client for ``server.url`` with the key store's
  credentials.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "Answer": "client", "FhirClient": "client",
    "BearerToken": "auth", "ClientCredentials": "auth",
    "FhirError": "errors", "RetryPolicy": "errors",
    "SyncEngine": "engine",
    "Attention": "status", "Progress": "status", "PullReport": "status",
    "PushReport": "status", "SyncStatus": "status", "status": "status",
    "ConflictField": "conflicts", "open_conflicts": "conflicts",
    "resolve_conflict": "conflicts", "retry_refused": "conflicts",
    "MappingError": "mapping", "MappingOptions": "mapping",
    "identifier_search": "mapping", "record_id_of": "mapping",
    "appointment_from_fhir": "mapping_appointments",
    "appointment_to_fhir": "mapping_appointments",
    "patient_from_fhir": "mapping_patients", "patient_to_fhir": "mapping_patients",
    "BundleSender": "bundle", "Change": "bundle", "Result": "bundle",
    "client_from_settings": "commands",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'desk.sync' has no attribute {name!r}")
    return getattr(importlib.import_module(f"desk.sync.{module}"), name)
