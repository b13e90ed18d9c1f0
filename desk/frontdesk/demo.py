"""A demo workspace: deterministic synthetic patients, a full day's schedule, past visits.

Everything here is made up from small name lists and a seeded random generator, so two
demo workspaces made with the same arguments hold the same people.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from desk.frontdesk import catalog, intake, patients, schedule
from desk.frontdesk.history import occurred
from desk.frontdesk.model import Appointment, Patient
from desk.frontdesk.normalize import fold
from desk.storage import SYSTEM
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.schema import appointment, history_resource

FAMILIES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre", "Moreau", "Girard", "Fournier",
    "García", "Rodríguez", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Núñez",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
    "Nguyen", "Tran", "Müller", "Schmidt", "O'Brien", "Murphy", "Okafor", "Adeyemi", "Kowalski",
    "Nowak", "Haddad", "Khoury", "Tanaka", "Sato", "Kim", "Park", "Rossi", "Russo", "Silva",
    "Santos", "Cohen", "Levy", "Andersen", "Nielsen", "Dupont-Leroy", "de la Cruz", "MacLeod",
)
FEMALE = ("Marie", "Camille", "Léa", "Chloé", "Sofía", "Lucía", "María José", "Carmen", "Emma",
          "Olivia", "Ava", "Sarah", "Anne-Claire", "Zoë", "Aïcha", "Mai", "Yuki", "Ji-woo",
          "Giulia", "Ana", "Ingrid", "Fatima", "Grace", "Hélène", "Inès")
MALE = ("Jean", "Pierre", "Lucas", "Hugo", "Mateo", "José Luis", "Javier", "Diego", "James",
        "John", "Liam", "Noah", "Mohamed", "Minh", "Kenji", "Min-jun", "Marco", "João",
        "Lars", "Chidi", "Omar", "François", "Jérôme", "Seán", "Piotr")
STREETS = ("rue de la Paix", "avenue Jean-Jaurès", "Calle Mayor", "High Street", "Main Street",
           "chemin des Vignes", "Elm Road", "Paseo de Gracia", "boulevard Voltaire")
CITIES = (("Lyon", "69003"), ("Villeurbanne", "69100"), ("Bron", "69500"),
          ("Vénissieux", "69200"), ("Caluire-et-Cuire", "69300"))
REASONS = ("Annual check-up", "Follow-up", "Vaccination", "Blood pressure review", "Back pain",
           "New patient visit", "Prescription renewal", "Sore throat", "Lab results",
           "Pre-operative assessment", "Skin rash", "Diabetes review")
PRACTITIONERS = ("Dr Aubert", "Dr Benali", "Dr Castillo")


def make_patients(count: int, *, seed: int = 7) -> Iterator[Patient]:
    rng = random.Random(seed)
    today = date.today()
    for n in range(count):
        sex = rng.choice(("female", "male")) if rng.random() > 0.02 else "other"
        given = rng.choice(FEMALE if sex == "female" else MALE)
        family = rng.choice(FAMILIES)
        city, postcode = rng.choice(CITIES)
        yield Patient(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            family=family, given=given, sex=sex,
            birth_date=today - timedelta(days=rng.randint(1 * 365, 95 * 365)),
            phone=f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                  f"{rng.randint(10, 99)}",
            email=f"{_ascii(given)}.{_ascii(family)}{n}@example.org".lower(),
            address=f"{rng.randint(1, 180)} {rng.choice(STREETS)}", city=city,
            postal_code=postcode, language=rng.choice(("fr", "fr", "en", "es")),
        )


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text) if c.isascii() and c.isalnum())


def fill(conn: sa.Connection, blobs: BlobStore, *, patient_count: int, today: date,
         seed: int = 7) -> None:
    """Add demo patients, their past visits and ``today``'s schedule."""
    people = [patients.register(conn, p, SYSTEM) for p in make_patients(patient_count, seed=seed)]
    rng = random.Random(seed + 1)
    for p in people:
        for _ in range(rng.randint(0, 3)):
            when = datetime.combine(today - timedelta(days=rng.randint(20, 900)),
                                    time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))))
            schedule.book(conn, Appointment(patient_id=p.id, start=when, state="done",
                                            arrived_at=when - timedelta(minutes=rng.randint(0, 20)),
                                            reason=rng.choice(REASONS),
                                            practitioner=rng.choice(PRACTITIONERS)), SYSTEM)
    add_day(conn, people, today, rng=rng)
    add_history(conn, people, today, rng=rng)
    add_intakes(conn, blobs, today, rng=rng)


CONDITIONS = ("Hypertension", "Type 2 diabetes", "Asthma", "Hypothyroidism", "Migraine",
              "Osteoarthritis of the knee", "Seasonal allergic rhinitis")
ALLERGIES = (("Penicillin", "high"), ("Peanut", "high"), ("Latex", "low"),
             ("Ibuprofen", "low"), ("Cat dander", "low"))
MEDICATIONS = ("Amlodipine 5 mg", "Metformin 500 mg", "Salbutamol inhaler",
               "Levothyroxine 50 µg", "Atorvastatin 20 mg")
STUDIES = (("CR", "Chest X-ray", 1, 2), ("MR", "Knee MRI", 4, 96), ("US", "Abdominal ultrasound",
                                                                       1, 12),
           ("CT", "Head CT", 3, 180))


def add_history(conn: sa.Connection, people: list[Patient], today: date, *,
                rng: random.Random) -> int:
    """Give some patients history as the clinic's server would send it: conditions,
    allergies, medications, imaging studies and letters (small PDFs)."""
    added = 0
    for p in people:
        for res in _history_of(p, today, rng):
            res["id"] = f"demo-{uuid.UUID(int=rng.getrandbits(128), version=4)}"
            res["meta"] = {"versionId": "1"}
            res.setdefault("subject", {"reference": f"Patient/{p.id}"})
            conn.execute(history_resource.insert().values(
                resource_type=res["resourceType"], server_id=res["id"], patient_id=p.id,
                version="1", occurred=occurred(res), resource_json=json.dumps(res),
                pulled_at=stamp()))
            added += 1
    return added


def _history_of(p: Patient, today: date, rng: random.Random) -> Iterator[dict]:
    def day() -> str:
        return (today - timedelta(days=rng.randint(30, 3000))).isoformat()

    if rng.random() < 0.35:
        yield {"resourceType": "Condition", "code": {"text": rng.choice(CONDITIONS)},
               "clinicalStatus": {"text": "active"}, "onsetDateTime": day(),
               "recorder": {"display": rng.choice(PRACTITIONERS)}}
    if rng.random() < 0.2:
        substance, criticality = rng.choice(ALLERGIES)
        yield {"resourceType": "AllergyIntolerance", "code": {"text": substance},
               "criticality": criticality, "recordedDate": day(),
               "clinicalStatus": {"text": "active"}}
    if rng.random() < 0.3:
        yield {"resourceType": "MedicationStatement", "status": "active",
               "medicationCodeableConcept": {"text": rng.choice(MEDICATIONS)},
               "effectiveDateTime": day(), "dosage": [{"text": "once a day"}]}
    if rng.random() < 0.15:
        modality, title, series, images = rng.choice(STUDIES)
        yield {"resourceType": "ImagingStudy", "status": "available",
               "started": day() + "T10:00:00Z", "description": title,
               "modality": [{"code": modality}], "numberOfSeries": series,
               "numberOfInstances": images}
    if rng.random() < 0.1:
        when, doctor = day(), rng.choice(PRACTITIONERS)
        yield {"resourceType": "DocumentReference", "status": "current",
               "description": f"Letter from {doctor}", "date": when + "T12:00:00Z",
               "type": {"text": "Referral letter"}, "author": [{"display": doctor}],
               "content": [{"attachment": {"contentType": "application/pdf",
                                           "data": _letter(p, doctor, when)}}]}


def _letter(p: Patient, doctor: str, when: str) -> str:
    """A one-page letter as base64 PDF (what a DocumentReference carries inline)."""
    import base64
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 770, "Referral letter")
    page.setFont("Helvetica", 11)
    lines = (f"Date: {when}", f"Re: {p.display_name}", "",
             "Dear colleague,", "", "Thank you for seeing this patient, whom I saw today.",
             "The examination was unremarkable; I would value your opinion.", "",
             f"Yours sincerely, {doctor}", "", "(demo document: made-up patient and content)")
    for n, line in enumerate(lines):
        page.drawString(72, 740 - 16 * n, line)
    page.save()
    return base64.b64encode(out.getvalue()).decode()


def add_intakes(conn: sa.Connection, blobs: BlobStore, today: date, *,
                rng: random.Random) -> int:
    """Forms for today: the PHQ-9 filled in at the kiosk by some who arrived, and waiting
    for some who are booked."""
    from desk.forms import Clinic, Form

    day = [a for a in schedule.day(conn, today) if a.state in ("scheduled", "arrived")]
    chosen = rng.sample(day, min(len(day), 8))
    for n, appt in enumerate(chosen):
        [phq] = intake.send_forms(conn, appt.id, ["phq-9"], SYSTEM).intakes
        if appt.state == "arrived" and n % 2 == 0:
            form = Form.load(catalog.form_info(conn, "phq-9").source, language=phq.language)
            for number in range(1, 10):
                question = form.node(f"phq9-q{number}")
                form.set_answer(question, rng.choice(question.options[:3]).value)
            intake.complete(conn, blobs, phq.id, form.to_response(status="completed"), SYSTEM,
                            clinic=Clinic("Clinique du Parc (demo)"))
    return len(chosen)


def add_day(conn: sa.Connection, people: list[Patient], day: date, *,
            rng: random.Random, now: datetime | None = None) -> int:
    """Book a realistic day for three practitioners; states follow the clock of ``now``."""
    now = now or datetime.now()
    booked = 0
    chosen = rng.sample(people, min(len(people), 36))
    slots = [(doctor, datetime.combine(day, time(8)) + timedelta(minutes=20 * k))
             for doctor in PRACTITIONERS for k in range(27) if rng.random() < 0.45]
    for p, (doctor, start) in zip(chosen, sorted(slots, key=lambda s: s[1]), strict=False):
        state, arrived = _state_for(start, now, rng)
        schedule.book(conn, Appointment(patient_id=p.id, start=start, minutes=20,
                                        reason=rng.choice(REASONS), practitioner=doctor,
                                        state=state, arrived_at=arrived), SYSTEM)
        booked += 1
    return booked


def _state_for(start: datetime, now: datetime,
               rng: random.Random) -> tuple[str, datetime | None]:
    if start > now + timedelta(minutes=10):
        return "scheduled", None
    arrived = start - timedelta(minutes=rng.randint(-5, 15))
    if start < now - timedelta(minutes=60):
        return ("no-show", None) if rng.random() < 0.1 else ("done", arrived)
    if arrived > now:
        return "scheduled", None
    return ("in-room", arrived) if start < now - timedelta(minutes=15) else ("arrived", arrived)


def ensure_today(conn: sa.Connection, today: date) -> int:
    """Give a demo workspace a schedule for ``today`` if it has none yet (opened days later)."""
    start = datetime.combine(today, time.min)
    exists = conn.execute(sa.select(sa.func.count()).select_from(appointment).where(
        appointment.c.start >= start, appointment.c.start < start + timedelta(days=1))).scalar()
    if exists:
        return 0
    people = patients.all_patients(conn)
    return add_day(conn, people, today, rng=random.Random(today.toordinal())) if people else 0
