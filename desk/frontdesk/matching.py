"""Duplicate detection: is this new patient someone we already have?

Candidates come from the search index (blocking on name words, sound-alike codes, name
pieces, birth date, phone and MRN). Each candidate pair is then scored in the manner of
Fellegi and Sunter: every field is compared at a few agreement levels, each level has a
probability ``m`` of occurring for the same person and ``u`` for two different people,
and the pair's weight is the sum of ``log2(m / u)`` over the fields. A missing field
counts for nothing either way. Pairs above a threshold are reported with the reasons in
words a receptionist can check ("same birth date, similar name (Jon ~ John)").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import phonetic
from desk.frontdesk.search import PatientIndex
from desk.frontdesk.search_keys import Record, record_of
from desk.frontdesk.search_scores import date_similarity, phone_equal

#: (m, u) per agreement level of each field. Levels not listed for a field never occur.
#: ``m``: how often the level is seen for two records of one person (typos, moves and
#: missing data included); ``u``: how often for two different people who got past the
#: blocking. Chosen from the error rates of registration data (FEBRL's generator models
#: them) rather than fitted to any one test set.
DEFAULT_LEVELS: dict[str, dict[str, tuple[float, float]]] = {
    "family": {"exact": (0.86, 0.01), "close": (0.08, 0.004), "alike": (0.03, 0.03),
               "differ": (0.03, 0.956)},
    "given": {"exact": (0.84, 0.02), "close": (0.09, 0.006), "alike": (0.04, 0.04),
              "differ": (0.03, 0.934)},
    "birth": {"exact": (0.88, 0.006), "close": (0.08, 0.004), "differ": (0.04, 0.99)},
    "sex": {"exact": (0.97, 0.5), "differ": (0.03, 0.5)},
    "phone": {"exact": (0.85, 0.002), "differ": (0.15, 0.998)},
    "mrn": {"exact": (0.9, 0.0001), "differ": (0.1, 0.9999)},
    "address": {"exact": (0.75, 0.002), "close": (0.15, 0.01), "differ": (0.10, 0.988)},
    "postcode": {"exact": (0.88, 0.02), "close": (0.06, 0.08), "differ": (0.06, 0.90)},
    "city": {"exact": (0.85, 0.03), "close": (0.07, 0.01), "differ": (0.08, 0.96)},
}

#: Weight (log2 likelihood ratio) from which a pair is called a duplicate: about where a
#: duplicate becomes as likely as not when one in ten blocked candidates is the same
#: person (log2(9) ~ 3.2). A false alarm costs a receptionist a glance; a missed
#: duplicate costs a split chart, hence the lower side.
DEFAULT_THRESHOLD = 3.0


@dataclass(frozen=True, slots=True)
class Comparison:
    """How two records compare: the agreement level of each field both have."""

    levels: Mapping[str, str]
    swapped_names: bool = False
    name_pairs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Model:
    """Fellegi-Sunter parameters: ``levels[field][level] = (m, u)`` and a threshold."""

    levels: Mapping[str, Mapping[str, tuple[float, float]]] = field(
        default_factory=lambda: DEFAULT_LEVELS)
    threshold: float = DEFAULT_THRESHOLD

    def weight(self, comparison: Comparison) -> float:
        """The pair's match weight: the sum of ``log2(m/u)`` over compared fields."""
        total = 0.0
        for name, level in comparison.levels.items():
            m, u = self.levels[name][level]
            total += math.log2(m / u)
        return total


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """An existing patient who may be the new one, with the weight and the reasons."""

    patient_id: str
    weight: float
    reasons: tuple[str, ...]

    @property
    def explanation(self) -> str:
        return ", ".join(self.reasons)


def _word_level(a: str, b: str) -> str:
    if a == b:
        return "exact"
    jw = JaroWinkler.normalized_similarity(a, b)
    if jw >= 0.92:
        return "close"
    if jw >= 0.8 or set(phonetic(a)) & set(phonetic(b)):
        return "alike"
    return "differ"


_RANK = {"exact": 3, "close": 2, "alike": 1, "differ": 0}


def _name_level(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, str, str]:
    """Best level between two multi-word names, and the words that gave it."""
    if not a or not b:
        return "", "", ""
    if " ".join(a) == " ".join(b) or "".join(a) == "".join(b):
        return "exact", " ".join(a), " ".join(b)
    best = ("differ", a[0], b[0])
    for x in a:
        for y in b:
            lev = _word_level(x, y)
            if _RANK[lev] > _RANK[best[0]]:
                best = (lev, x, y)
    joined = _word_level("".join(a), "".join(b))
    if _RANK[joined] > _RANK[best[0]]:
        best = (joined, " ".join(a), " ".join(b))
    return best


def _address_level(a: str, b: str) -> str:
    """Addresses compared with spaces ignored ("callistercrescent"), and allowing a
    missing unit or building line ("21 brewster place" in "21 brewster place summerdale")."""
    a_joined, b_joined = a.replace(" ", ""), b.replace(" ", "")
    if a_joined == b_joined:
        return "exact"
    score = max(fuzz.ratio(a_joined, b_joined), fuzz.token_set_ratio(a, b))
    if min(len(a_joined), len(b_joined)) >= 10:
        score = max(score, fuzz.partial_ratio(a_joined, b_joined))
    return "close" if score >= 85 else "differ"


def compare(a: Record, b: Record) -> Comparison:
    """Compare two indexed records field by field (missing fields are left out)."""
    levels: dict[str, str] = {}
    straight = (_name_level(a.family, b.family), _name_level(a.given, b.given))
    crossed = (_name_level(a.family, b.given), _name_level(a.given, b.family))

    def rank(pair: tuple[tuple[str, str, str], tuple[str, str, str]]) -> int:
        return sum(_RANK.get(p[0], 0) for p in pair)

    swapped = rank(crossed) > rank(straight) + 1
    family, given = crossed if swapped else straight
    pairs = []
    if family[0]:
        levels["family"] = family[0]
        pairs.append((family[1], family[2]))
    if given[0]:
        levels["given"] = given[0]
        pairs.append((given[1], given[2]))
    if a.birth and b.birth:
        s = date_similarity(a.birth, b.birth)
        levels["birth"] = "exact" if s == 1.0 else "close" if s > 0 else "differ"
    if a.sex and b.sex:
        levels["sex"] = "exact" if a.sex == b.sex else "differ"
    if a.phone and b.phone:
        levels["phone"] = "exact" if phone_equal(a.phone, b.phone) else "differ"
    if a.mrn and b.mrn:
        levels["mrn"] = "exact" if a.mrn == b.mrn else "differ"
    if a.address and b.address:
        levels["address"] = _address_level(a.address, b.address)
    if a.postcode and b.postcode:
        if a.postcode == b.postcode:
            levels["postcode"] = "exact"
        else:
            same_len = len(a.postcode) == len(b.postcode)
            diff = sum(x != y for x, y in zip(a.postcode, b.postcode, strict=False))
            levels["postcode"] = "close" if same_len and diff == 1 else "differ"
    if a.city and b.city:
        levels["city"] = _word_level(a.city.replace(" ", ""), b.city.replace(" ", ""))
        if levels["city"] == "alike":
            levels["city"] = "close"
    return Comparison(levels, swapped, tuple(pairs))


def _title(words: str) -> str:
    return " ".join(w.capitalize() for w in words.split())


def explain(comparison: Comparison) -> tuple[str, ...]:
    """The reasons a pair looks alike, strongest first, in plain words.

    Agreeing fields are named, e.g. ``("same birth date", "similar name (Jon ~ John)",
    "same phone")``; a name that agrees nowhere is said last ("but a different name").
    """
    lv = comparison.levels
    out: list[str] = []
    fam, giv = lv.get("family"), lv.get("given")
    if fam == "exact" and giv == "exact":
        out.append("same name, first and last swapped" if comparison.swapped_names
                   else "same name")
    elif fam in ("exact", "close", "alike") or giv in ("exact", "close", "alike"):
        similar = [f"{_title(x)} ~ {_title(y)}" for (x, y), key in
                   zip(comparison.name_pairs, ("family", "given"), strict=False)
                   if lv.get(key) in ("close", "alike")]
        same = [key for key in ("family", "given") if lv.get(key) == "exact"]
        words = []
        if same:
            words.append("same " + ("last name" if same == ["family"] else "first name"))
        if similar:
            words.append("similar name (" + "; ".join(similar) + ")")
        out.extend(words)
        if comparison.swapped_names:
            out.append("first and last names swapped")
    labels = {"birth": "birth date", "phone": "phone", "mrn": "MRN", "address": "address",
              "postcode": "postcode", "city": "town", "sex": "sex"}
    for key in ("birth", "phone", "mrn", "address", "postcode", "city"):
        level = lv.get(key)
        if level == "exact":
            out.append("same " + labels[key])
        elif level == "close":
            out.append("similar " + labels[key])
    if (fam == "differ" and giv in ("differ", None)) or (giv == "differ" and fam is None):
        out.append("but a different name")  # worth a look: a new married name, a typo
    return tuple(out)


def score_pair(a: Record, b: Record, model: Model | None = None) -> float:
    """The Fellegi-Sunter match weight of two records (higher: more likely one person)."""
    return (model or Model()).weight(compare(a, b))


def find_duplicates(index: PatientIndex, patient: Patient, *, model: Model | None = None,
                    candidates: int = 50) -> list[DuplicateCandidate]:
    """Existing patients that may be ``patient``, most likely first.

    Looks at up to ``candidates`` patients the index finds by name, sound-alike name,
    birth date, phone and MRN, and keeps those whose weight reaches the model's
    threshold. ``patient`` itself (same id) is never reported.
    """
    model = model or Model()
    new = record_of(patient)
    found = []
    for rec in index.candidates(patient, k=candidates):
        comparison = compare(new, rec)
        weight = model.weight(comparison)
        if weight >= model.threshold:
            found.append(DuplicateCandidate(rec.patient_id, round(weight, 2),
                                            explain(comparison)))
    found.sort(key=lambda d: -d.weight)
    return found
