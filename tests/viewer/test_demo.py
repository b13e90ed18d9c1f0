"""The demo's images: studies of patients booked today, each naming its patient, shown once in
the history and viewable offline."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from desk.frontdesk import demo, history, patients, schedule
from desk.storage import SYSTEM
from desk.viewer import demo as demo_images
from desk.viewer import library
from desk.viewer.series import SeriesView

pytestmark = pytest.mark.clock


def test_some_patients_booked_today_have_a_study_to_view(workspace) -> None:
    today = date.today()
    with workspace.begin() as conn:
        demo.fill(conn, workspace.blobs, patient_count=40, today=today)
        assert demo_images.add(conn, workspace.blobs, today, count=4) == 4
    with workspace.begin() as conn:
        booked = {a.patient_id for a in schedule.day(conn, today)}
        studies = [(pid, item) for pid in booked for item in history.timeline(conn, pid)
                   if item.kind == "imaging" and item.source == "images"]
        assert len(studies) == 4
        for pid, item in studies:
            assert item.title in ("Head CT", "Brain MRI")
            # the server's record of the study is folded into the one on this computer
            assert sum(i.title == item.title for i in history.timeline(conn, pid)
                       if i.kind == "imaging") == 1
            series = library.load_study(conn, workspace.blobs, item.ref, SYSTEM)
            view = SeriesView(series[0])
            ds = view.dataset(0)
            assert ds.PatientID == patients.get(conn, pid).mrn
            middle = view.frame(len(view) // 2, view.default_window(len(view) // 2))
            assert middle.shape == (256, 256) and np.unique(middle).size > 20
