"""Plain records of the front desk: patients and appointments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from desk.words import QT_TRANSLATE_NOOP, label

SEXES = ("female", "male", "other", "unknown")
SEX_LABELS = {"female": QT_TRANSLATE_NOOP("Sex", "Female"),
              "male": QT_TRANSLATE_NOOP("Sex", "Male"),
              "other": QT_TRANSLATE_NOOP("Sex", "Other"),
              "unknown": QT_TRANSLATE_NOOP("Sex", "Not stated")}
"""A patient's sex in words (see :func:`sex_label`)."""
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
"""The languages desk speaks to patients in (its bundled forms are written in them)."""
FIELD_LABELS = {"family": QT_TRANSLATE_NOOP("PatientField", "Family name"),
                "given": QT_TRANSLATE_NOOP("PatientField", "Given names"),
                "birth_date": QT_TRANSLATE_NOOP("PatientField", "Birth date"),
                "sex": QT_TRANSLATE_NOOP("PatientField", "Sex"),
                "phone": QT_TRANSLATE_NOOP("PatientField", "Phone"),
                "email": QT_TRANSLATE_NOOP("PatientField", "E-mail"),
                "address": QT_TRANSLATE_NOOP("PatientField", "Address"),
                "city": QT_TRANSLATE_NOOP("PatientField", "City"),
                "postal_code": QT_TRANSLATE_NOOP("PatientField", "Postal code"),
                "state": QT_TRANSLATE_NOOP("PatientField", "State or region"),
                "language": QT_TRANSLATE_NOOP("PatientField", "Language"),
                "mrn": QT_TRANSLATE_NOOP("PatientField", "MRN")}
"""A patient's fields as staff read them, wherever a screen names one (see
:func:`field_label`)."""
APPOINTMENT_STATES = ("scheduled", "arrived", "in-room", "done", "no-show", "cancelled")
VISIT_STATES = ("arrived", "in-room", "done")
"""States of an appointment the patient came to (a visit; the arrival opens an Encounter)."""
OPEN_STATES = ("scheduled", "arrived", "in-room")
"""States of an appointment still to come or under way (it can take forms; a walk-in for
the same patient would be a second visit)."""


def sex_label(sex: str) -> str:
    """A patient's sex in the staff's language ("Not stated" for unknown)."""
    return label("Sex", SEX_LABELS, sex)


def field_label(name: str) -> str:
    """A patient field's name in the staff's language ("Family name", "Nom de famille")."""
    return label("PatientField", FIELD_LABELS, name)


def derived_id(record_id: str, mask: str) -> str:
    """The id of a record made from another (an Encounter from its appointment): the UUID
    XOR ``mask``, a UUID whose version and variant bits are zero, so the result is a valid
    UUID distinct from ``record_id``, and applying it again gives ``record_id`` back."""
    return str(uuid.UUID(int=uuid.UUID(record_id).int ^ uuid.UUID(mask).int))


def new_id() -> str:
    """A client-generated record id (UUID4, lower-case text)."""
    return str(uuid.uuid4())


@dataclass(slots=True)
class Patient:
    """A patient as the front desk sees one. ``given`` holds all given names, space-separated."""

    family: str
    given: str
    birth_date: date | None = None
    sex: str = "unknown"
    phone: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    postal_code: str = ""
    state: str = ""
    language: str = "en"
    mrn: str = ""
    id: str = field(default_factory=new_id)
    last_visit: date | None = None

    @property
    def display_name(self) -> str:
        return f"{self.family.upper()}, {self.given}".strip(", ")


@dataclass(slots=True)
class Appointment:
    """One booked slot on the schedule."""

    patient_id: str
    start: datetime
    minutes: int = 15
    reason: str = ""
    practitioner: str = ""
    state: str = "scheduled"
    arrived_at: datetime | None = None
    walk_in: bool = False
    id: str = field(default_factory=new_id)
