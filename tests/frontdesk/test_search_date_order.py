"""An ambiguous typed date (03/04/1962) finds the patients born on either reading, the
preferred reading first, and both are said to match on the birth date."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine

from desk.frontdesk.model import Patient
from desk.frontdesk.search import PatientIndex

# Mars is indexed first: only the preferred reading puts April ahead of him.
MARCH = Patient("Mars", "Marc", date(1962, 3, 4))
APRIL = Patient("Avril", "Anne", date(1962, 4, 3))


@pytest.mark.parametrize(("day_first", "order"), [(True, [APRIL, MARCH]),
                                                   (False, [MARCH, APRIL])])
def test_the_preferred_reading_ranks_first(day_first: bool, order: list[Patient]) -> None:
    with create_engine("sqlite://").begin() as conn:
        index = PatientIndex(conn, day_first=day_first)
        index.ensure_schema()
        index.rebuild([MARCH, APRIL])
        hits = index.search("03/04/1962")
    assert [h.patient_id for h in hits] == [p.id for p in order]
    assert all("birth date" in h.matched for h in hits)
