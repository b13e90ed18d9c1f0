"""The search box: ``parse_query`` on what staff type, and a real ``PatientIndex.search``
on a small encrypted (SQLCipher) database made once per run.

An input is the search text (UTF-8; undecodable bytes replaced, as a text field would
never hold them). Refusal: none is documented, so every input must give a list of hits.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

REFUSED: tuple[type[BaseException], ...] = ()
INSTRUMENT = ("rapidfuzz", "doublemetaphone", "regex")
GIVEN = ["James", "Olivia", "Zoë", "Siobhan", "Pieter", "Margarethe", "Nguyễn", "Kai"]
FAMILY = ["Smith", "O'Brien-Walsh", "van der Berg", "McCarthy", "Schmidt", "Nguyễn", "Lee"]


def prepare() -> Callable[[bytes], None]:
    from sqlalchemy import create_engine

    from desk.frontdesk.model import Patient
    from desk.frontdesk.normalize import parse_query
    from desk.frontdesk.search import PatientIndex

    folder = Path(tempfile.mkdtemp(prefix="desk-fuzz-search-"))
    engine = create_engine(f"sqlite+pysqlcipher://:fuzz-key@/{folder / 'desk.db'}")
    rnd = random.Random(5)
    crowd = [Patient(rnd.choice(FAMILY), rnd.choice(GIVEN),
                     date(1930, 1, 1) + timedelta(days=rnd.randrange(33000)),
                     phone=f"04{rnd.randrange(10**8):08d}", mrn=f"MRN-{i:05d}",
                     postal_code=f"{rnd.randrange(10000):04d}") for i in range(300)]
    with engine.begin() as c:
        index = PatientIndex(c)
        index.ensure_schema()
        index.rebuild(crowd)
    connection = engine.connect()
    index = PatientIndex(connection)
    us_index = PatientIndex(connection, day_first=False)

    def one(data: bytes) -> None:
        text = data.decode("utf-8", "replace")
        parse_query(text)
        hits = index.search(text, limit=10)
        assert all(h.score >= 0 for h in hits)
        us_index.search(text + " ", limit=50)

    return one


def seeds() -> dict[str, bytes]:
    queries = ["smith", "jhon smith", "smith 1984-03-01", "(02) 9123 4567", "MRN-004711",
               "19840301", "o'brien walsh 2/1/1970", "nguyen zoe 6 may 1990", "+61 412 345 678",
               "mc carthy siobhan", "van der berg", "schm", "1962", "march 3rd, 1984",
               "3 janv. 1984", "Zoë  Nguyễn", "19840025", "smith, john 04123"]
    return {f"query-{n:02d}.txt": q.encode() for n, q in enumerate(queries)}
