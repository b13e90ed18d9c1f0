"""How alike a search's query, or another patient, is to an indexed record: names by
Jaro-Winkler similarity, birth dates allowing one typo, phone numbers and MRNs exactly."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import JaroWinkler

from desk.frontdesk.normalize import Part, date_key, name_variants, phonetic
from desk.frontdesk.search_keys import Record, mrn_number

# Word similarity (Jaro-Winkler) at or below which a name word counts for nothing.
_NAME_FLOOR = 0.7
#: The score of a birth date matching the reading of a typed date that is not preferred.
OTHER_READING = 0.98


def name_similarity(a: str, b: str) -> float:
    """How alike two folded name words are (0-1): Jaro-Winkler, lifted for phonetic twins."""
    if a == b:
        return 1.0
    s = JaroWinkler.normalized_similarity(a, b)
    if s < 0.9 and set(phonetic(a)) & set(phonetic(b)):
        s = 0.9
    return s


def name_score(query: Sequence[str], names: Sequence[str], *, partial_last: bool = False
               ) -> tuple[float, list[tuple[str, str, float]]]:
    """Score query words against a patient's name words, in any order.

    Returns the score (0-1) and, per query word, the best name word and its similarity.
    With ``partial_last`` the last query word may be the start of a name still being typed.
    """
    variants = name_variants(list(names))
    if not query or not variants:
        return 0.0, []
    pairs: list[tuple[str, str, float]] = []
    used: set[str] = set()
    last = len(query) - 1
    for i, q in enumerate(query):
        best, best_word = 0.0, ""
        for w in variants:
            s = name_similarity(q, w)
            if partial_last and i == last and s < 1.0 and w.startswith(q):
                s = max(s, 0.92 + 0.08 * len(q) / len(w))
            if w in used:
                s *= 0.9  # one name word should not answer two query words
            if s > best:
                best, best_word = s, w
        used.add(best_word)
        pairs.append((q, best_word, best))
    # Jaro-Winkler gives unrelated names 0.6-0.7; stretch so that only likeness counts
    # (a typo ~0.9 -> ~0.7) and a strange name cannot ride on an exact birth date.
    score = sum(max(0.0, (p[2] - _NAME_FLOOR) / (1 - _NAME_FLOOR)) for p in pairs) / len(pairs)
    # Prefer the patient whose name is fully covered by the query (no unmatched extra words).
    covered = sum(1 for w in names if w in used) / len(names)
    return 0.92 * score + 0.08 * covered, pairs


def date_similarity(a: str, b: str) -> float:
    """How alike two ``YYYYMMDD`` dates are: 1 equal, 0.7 one typo or day/month swapped."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]:
        return 0.7
    diff = [i for i in range(8) if a[i] != b[i]]
    if len(diff) == 1:
        return 0.7
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]:
        return 0.7
    return 0.0


def phone_equal(a: str, b: str) -> bool:
    """Same phone number on the trailing digits both have (at least seven)."""
    n = min(len(a), len(b))
    return n >= 7 and a[-n:] == b[-n:]


def part_score(part: Part, rec: Record) -> tuple[float, str]:
    best, label = 0.0, ""
    for m in part.mrns:
        if m and rec.mrn and m == rec.mrn:
            return 1.0, "MRN"
        if m and rec.mrn and mrn_number(m) == mrn_number(rec.mrn) != "":
            # just the number: one that reads as a year too is only half an MRN
            return 0.5 if part.years else 1.0, "MRN"
    for p in part.phones:
        if rec.phone and phone_equal(p, rec.phone):
            return 1.0, "phone"
    for n, key in enumerate([*(date_key(d) for d in part.dates), *part.near_dates]):
        alike = date_similarity(key, rec.birth)
        # an ambiguous date's other reading (03/04 as March 4 where the 3rd of April is
        # preferred) finds its patient, ranked just below the preferred reading's
        s = alike * OTHER_READING if 0 < n < len(part.dates) else alike
        if s > best:
            best, label = s, "birth date" if alike == 1.0 else ""
    if any(rec.birth.startswith(year) for year in part.years):
        return 1.0, "birth year"
    return best, label
