"""Patients to FHIR R4 ``Patient`` resources and back: pure functions, no I/O (what
all mappings share is in :mod:`desk.sync.mapping`).

Local-only fields: ``Patient.last_visit`` (derived from the schedule) is not sent. A merge
travels as ``Patient.active`` and ``Patient.link``; a pull does not read them back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from desk.frontdesk.model import Patient
from desk.sync.mapping import (
    URI_SYSTEM,
    MappingError,
    MappingOptions,
    base_resource,
    expect_type,
    keep_other_identifiers,
    record_id_of,
    set_element,
    uuid_identifier,
)
from desk.words import translate

LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
# the record fields the mapping carries; a field-by-field merge looks only at these
PATIENT_FIELDS = ("family", "given", "birth_date", "sex", "phone", "email", "address", "city",
                  "postal_code", "state", "language", "mrn")


def patient_to_fhir(patient: Patient, *, options: MappingOptions = MappingOptions(),
                    server_id: str | None = None,
                    onto: Mapping[str, Any] | None = None, active: bool = True,
                    links: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """A FHIR Patient for ``patient``; ``server_id`` sets ``id`` (needed for PUT).

    A record merged into another is sent with ``active=False``; ``links`` are (reference,
    type) pairs of merges (``replaced-by``, ``replaces``) and take the place of those in
    ``onto``.
    """
    out = base_resource(onto, "Patient")
    if not active:
        out["active"] = False
    if links:
        others = [lk for lk in out.get("link") or []
                  if isinstance(lk, dict) and lk.get("type") not in ("replaced-by", "replaces")]
        out["link"] = [{"other": {"reference": ref}, "type": kind} for ref, kind in links
                       ] + others
    if server_id is not None:
        out["id"] = server_id
    identifiers: list[dict[str, Any]] = [uuid_identifier(patient.id)]
    if patient.mrn:
        identifiers.append({
            "use": "usual",
            "type": {"coding": [{"system": V2_IDENTIFIER_TYPE, "code": "MR"}]},
            "system": options.mrn_system,
            "value": patient.mrn,
        })
    identifiers += keep_other_identifiers(onto, {URI_SYSTEM, options.mrn_system})
    out["identifier"] = identifiers
    name: dict[str, Any] = {"use": "official"}
    if patient.family:
        name["family"] = patient.family
    if patient.given.split():
        name["given"] = patient.given.split()
    others = [n for n in (onto or {}).get("name") or []
              if isinstance(n, dict) and n.get("use") not in (None, "official")]
    set_element(out, "name", ([name] if len(name) > 1 else []) + others)
    telecom = [t for t in (onto or {}).get("telecom") or []
               if isinstance(t, dict) and t.get("system") not in ("phone", "email")]
    if patient.phone:
        telecom.insert(0, {"system": "phone", "value": patient.phone})
    if patient.email:
        telecom.insert(1 if patient.phone else 0, {"system": "email", "value": patient.email})
    set_element(out, "telecom", telecom)
    set_element(out, "gender", patient.sex if patient.sex in ("female", "male", "other", "unknown")
         else None)
    set_element(out, "birthDate", patient.birth_date.isoformat() if patient.birth_date else None)
    addr: dict[str, Any] = {}
    if patient.address:
        addr["line"] = patient.address.split("\n")
    if patient.city:
        addr["city"] = patient.city
    if patient.state:
        addr["state"] = patient.state
    if patient.postal_code:
        addr["postalCode"] = patient.postal_code
    old_addr = [a for a in (onto or {}).get("address") or []][1:]
    set_element(out, "address", ([addr] if addr else []) + old_addr)
    comms = [c for c in (onto or {}).get("communication") or [] if not
             (isinstance(c, dict) and c.get("preferred"))]
    if patient.language:
        comms.insert(0, {"language": {"coding": [{"system": LANGUAGE_SYSTEM,
                                                  "code": patient.language}]},
                         "preferred": True})
    set_element(out, "communication", comms)
    return out


def replaced_by(resource: Mapping[str, Any]) -> str | None:
    """The server id of the Patient an inactive Patient was merged into, if it was."""
    if resource.get("active") is not False:
        return None
    for link in resource.get("link") or []:
        if isinstance(link, dict) and link.get("type") == "replaced-by":
            ref = (link.get("other") or {}).get("reference")
            if isinstance(ref, str) and ref.startswith("Patient/"):
                return ref.removeprefix("Patient/")
    return None


def patient_from_fhir(resource: Mapping[str, Any], *,
                      options: MappingOptions = MappingOptions(),
                      record_id: str | None = None) -> Patient:
    """The front-desk view of a FHIR Patient. Raises MappingError for a broken one.
    ``record_id`` is its local id when the caller has it already (else
    :func:`record_id_of` works it out)."""
    expect_type(resource, "Patient")
    try:
        # plain loops: a pull maps every patient of a page, and generators cost more here
        name: Mapping[str, Any] | None = None  # the official name, else the first
        for n in resource.get("name") or ():
            if isinstance(n, dict):
                if n.get("use") == "official":
                    name = n
                    break
                if name is None:
                    name = n
        if name is None:
            name = {}
        mrn = ""
        for ident in resource.get("identifier") or ():
            if ident.get("system") == options.mrn_system:
                mrn = str(ident.get("value", ""))
                break
        phone = email = ""
        for t in resource.get("telecom") or ():
            kind = t.get("system")
            if kind == "phone":
                if not phone:
                    phone = str(t.get("value", ""))
            elif kind == "email" and not email:
                email = str(t.get("value", ""))
        addresses = resource.get("address")
        addr = addresses[0] if addresses else {}
        language = "en"
        comms = resource.get("communication")
        if comms:
            preferred = comms[0]
            for c in comms:
                if c.get("preferred"):
                    preferred = c
                    break
            codings = (preferred.get("language") or {}).get("coding")
            if codings and codings[0].get("code"):
                language = str(codings[0]["code"])
        birth = resource.get("birthDate")
        given = name.get("given")
        lines = addr.get("line")
        return Patient(
            family=str(name.get("family", "")),
            given=" ".join(map(str, given)) if given else "",
            birth_date=_parse_date(birth) if birth else None,
            sex=str(resource.get("gender") or "unknown"),
            phone=phone,
            email=email,
            address="\n".join(map(str, lines)) if lines else "",
            city=str(addr.get("city", "")),
            postal_code=str(addr.get("postalCode", "")),
            state=str(addr.get("state", "")),
            language=language,
            mrn=mrn,
            id=record_id if record_id is not None else record_id_of(resource),
        )
    except (AttributeError, TypeError, ValueError, KeyError, IndexError, OverflowError) as exc:
        raise MappingError(translate("DeskError", "A patient record from the server is malformed."),
                           details=f"Patient/{resource.get('id')}: {type(exc).__name__}"
                           ) from exc


def _parse_date(text: str) -> date:
    # FHIR dates may be partial (YYYY or YYYY-MM): the first day stands in
    parts = str(text).split("-")
    if len(parts) == 1:
        return date(int(parts[0]), 1, 1)
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1)
    return date.fromisoformat(str(text)[:10])
