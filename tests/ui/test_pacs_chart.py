"""The chart's image archive panel against a real Orthanc: the patient's studies listed by
record number (not a namesake's), one retrieved with its progress to the end and opened in
the viewer, then opened again with the PACS emptied; a cancelled retrieve keeps nothing; an
unreachable PACS or a refused sign-in says so in the panel; no PACS set up, no panel."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
import sqlalchemy as sa

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.schema import history_resource, image_instance
from desk.storage.schema import patient as patient_table
from desk.ui.chart import PatientChartWidget
from desk.ui.image_view import ImageViewerDialog
from desk.ui.pacs_studies import HERE, PacsStudiesPanel
from desk.viewer.pacs import connect
from desk.viewer.pacs.dicomweb import refused, unreachable
from tests.pacs import orthanc as orthanc_mod
from tests.pacs.makers import ISSUER, ct_study
from tests.pacs.orthanc import orthanc, pacs  # noqa: F401
from tests.ui.conftest import signed_in_session

pytestmark = pytest.mark.pacs

MRN = "MRN-PACS-7"


def _chart(qtbot, staffed, url: str, password: str = orthanc_mod.PASSWORD, mrn: str = MRN,
           *settings: str) -> PatientChartWidget:
    with staffed.begin() as conn:
        patient = patients.register(conn, Patient(family="Doe", given="Archibald", mrn=MRN,
                                                  birth_date=date(1950, 1, 1)), SYSTEM)
        conn.execute(sa.update(patient_table).where(patient_table.c.id == patient.id)
                     .values(mrn=mrn))  # one pulled from the server may have none
    session = signed_in_session(staffed, "remi", f"pacs.dicomweb_url={url}",
                                f"pacs.username={orthanc_mod.USER}", f"pacs.issuer={ISSUER}",
                                *settings)
    connect.store_password(session.settings, password)
    chart = PatientChartWidget(session, patient.id)
    qtbot.addWidget(chart)
    chart.resize(1100, 760)
    chart.show()
    return chart


def _listed(qtbot, chart: PatientChartWidget) -> PacsStudiesPanel:
    panel = chart.pacs
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 or panel.message.text().endswith("."),
                    timeout=15000)
    return panel


def _kept(staffed) -> list[str]:
    with staffed.read() as conn:
        return list(conn.execute(sa.select(image_instance.c.source)).scalars())


def test_a_study_is_listed_retrieved_with_progress_and_opens_offline_after(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    study_uid, files = ct_study(MRN, slices=3, description="CT CHEST")
    pacs.upload(files)
    pacs.upload(ct_study("MRN-OTHER", slices=1, description="NAMESAKE")[1])
    chart = _chart(qtbot, staffed, pacs.dicomweb_url)
    panel = _listed(qtbot, chart)
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 1)) == "CT CHEST"

    panel.table.selectRow(0)
    panel.retrieve.click()
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog),
                    timeout=20000)
    assert panel.progress.value() == panel.progress.maximum() == 3
    assert panel.model.data(panel.model.index(0, 4)) == HERE
    assert panel.retrieve.text() == "Open"  # the same row, still selected
    assert _kept(staffed) == ["pacs"] * 3
    assert chart.opened.save.isVisibleTo(chart.opened)  # the chart's viewer saves a PNG
    chart.opened.close()

    pacs.empty()  # the archive no longer has it: it opens from this computer
    chart.opened = None
    panel.table.selectRow(0)
    assert panel.retrieve.text() == "Open"
    panel.retrieve.click()
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog),
                    timeout=10000)
    assert len(chart.opened.canvas.series) == 3


def test_a_study_the_cache_let_go_since_it_was_listed_is_retrieved_again(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    first, files = ct_study(MRN, slices=2, description="CT HEAD")
    pacs.upload(files)
    pacs.upload(ct_study(MRN, slices=2, description="CT KNEE")[1])
    # room for one study: retrieving the second lets the first go
    chart = _chart(qtbot, staffed, pacs.dicomweb_url, orthanc_mod.PASSWORD, MRN,
                   "imaging.cache_limit_gb=0.000001")
    panel = _listed(qtbot, chart)
    rows = {panel.model.data(panel.model.index(n, 1)): n for n in range(2)}
    for name in ("CT HEAD", "CT KNEE"):
        chart.opened = None
        panel.table.selectRow(rows[name])
        panel.retrieve.click()
        qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog),
                        timeout=20000)
        chart.opened.close()
    with staffed.read() as conn:
        assert first not in set(conn.execute(sa.select(image_instance.c.study_uid)).scalars())

    chart.opened = None
    panel.table.selectRow(rows["CT HEAD"])
    panel.retrieve.click()
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog),
                    timeout=20000)
    assert len(chart.opened.canvas.series) == 2
    assert panel.model.data(panel.model.index(rows["CT HEAD"], 4)) == HERE
    assert "Retrieved" in panel.message.text()


def test_a_cancelled_retrieve_keeps_nothing(qtbot, staffed, pacs) -> None:  # noqa: F811
    pacs.upload(ct_study(MRN, slices=3)[1])
    chart = _chart(qtbot, staffed, pacs.dicomweb_url)
    panel = _listed(qtbot, chart)
    hold = threading.Event()
    chart.session.runner.net.submit(hold.wait)  # the retrieve waits behind this
    panel.table.selectRow(0)
    panel.retrieve.click()
    qtbot.waitUntil(panel.stop.isVisible)
    panel.stop.click()
    hold.set()
    qtbot.waitUntil(lambda: "stopped" in panel.message.text(), timeout=15000)
    assert _kept(staffed) == []
    assert panel.retrieve.isEnabled() and not panel.stop.isVisible()
    assert getattr(chart, "opened", None) is None


def test_a_refused_sign_in_shows_in_the_panel_and_the_chart_works_on(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    chart = _chart(qtbot, staffed, pacs.dicomweb_url, password="not-the-password")
    panel = _listed(qtbot, chart)
    assert panel.message.text() == refused()
    assert chart.title.text() == "DOE, Archibald"


def test_an_unreachable_pacs_shows_in_the_panel(qtbot, staffed) -> None:
    closed = orthanc_mod.free_port()  # nothing listens there
    chart = _chart(qtbot, staffed, f"http://127.0.0.1:{closed}/dicom-web")
    panel = _listed(qtbot, chart)
    assert panel.message.text() == unreachable()
    assert panel.model.rowCount() == 0


def test_without_a_pacs_the_chart_has_no_panel(qtbot, staffed) -> None:
    with staffed.begin() as conn:
        patient = patients.register(conn, Patient(family="Doe", given="Archibald", mrn=MRN),
                                    SYSTEM)
    chart = PatientChartWidget(signed_in_session(staffed), patient.id)
    qtbot.addWidget(chart)
    assert chart.pacs is None and chart.findChild(PacsStudiesPanel) is None


def test_the_server_s_record_of_a_study_opens_its_images_from_the_pacs(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    study_uid, files = ct_study(MRN, slices=2, description="MR KNEE")
    pacs.upload(files)
    chart = _chart(qtbot, staffed, pacs.dicomweb_url)
    record = {"resourceType": "ImagingStudy", "id": "img-1", "status": "available",
              "identifier": [{"system": "urn:dicom:uid", "value": f"urn:oid:{study_uid}"}],
              "description": "MR KNEE", "numberOfSeries": 1, "numberOfInstances": 2}
    with staffed.begin() as conn:
        conn.execute(history_resource.insert().values(
            resource_type="ImagingStudy", server_id="img-1", patient_id=chart.patient_id,
            version="1", resource_json=json.dumps(record), pulled_at="2026-03-02T09:00:00"))
    chart.reload()
    _listed(qtbot, chart)
    qtbot.waitUntil(lambda: chart.timeline.rowCount() == 1)
    item = chart.timeline.row_at(0)
    assert item.source == "ImagingStudy"

    chart.open_item(item)
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog),
                    timeout=20000)
    assert len(chart.opened.canvas.series) == 2
    assert _kept(staffed) == ["pacs"] * 2


def test_the_server_s_record_of_a_study_the_pacs_does_not_list_says_so(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    from PySide6.QtWidgets import QLabel

    from desk.ui.details import DetailsDialog

    chart = _chart(qtbot, staffed, pacs.dicomweb_url)
    record = {"resourceType": "ImagingStudy", "id": "img-2", "status": "available",
              "identifier": [{"system": "urn:dicom:uid", "value": "urn:oid:1.2.3.4.5"}],
              "description": "MR ANKLE"}
    with staffed.begin() as conn:
        conn.execute(history_resource.insert().values(
            resource_type="ImagingStudy", server_id="img-2", patient_id=chart.patient_id,
            version="1", resource_json=json.dumps(record), pulled_at="2026-03-02T09:00:00"))
    chart.reload()
    _listed(qtbot, chart)
    qtbot.waitUntil(lambda: chart.timeline.rowCount() == 1)
    chart.open_item(chart.timeline.row_at(0))
    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), DetailsDialog),
                    timeout=20000)
    texts = [label.text() for label in chart.opened.findChildren(QLabel)]
    assert any("the image archive (PACS) does not list them" in t for t in texts)


def test_a_patient_without_a_record_number_is_not_looked_up_by_name(
        qtbot, staffed, pacs) -> None:  # noqa: F811
    pacs.upload(ct_study(MRN, slices=1)[1])  # a namesake's, under a record number
    chart = _chart(qtbot, staffed, pacs.dicomweb_url, mrn="")
    panel = _listed(qtbot, chart)
    assert panel.message.text().startswith("This patient has no identifier the image archive")
    assert panel.model.rowCount() == 0
