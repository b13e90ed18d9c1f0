"""A disc's study sent from the chart to a real Orthanc: staff confirm whose it is, it goes
in the background, and the Sync screen shows it while the archive cannot be reached and
lets a refused one be retried."""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.ui.chart import PatientChartWidget
from desk.ui.pacs_send import PacsSender
from desk.ui.sync_issues import SyncIssuesWidget
from desk.viewer import library
from desk.viewer.pacs import connect
from desk.viewer.pacs.dicomweb import DicomWebClient
from desk.viewer.pacs.studies import PatientKey
from tests.pacs import orthanc as orthanc_mod
from tests.pacs.makers import ISSUER
from tests.pacs.orthanc import orthanc, pacs  # noqa: F401
from tests.ui.conftest import signed_in_session

pytestmark = pytest.mark.pacs

MRN = "MRN-SEND-3"
WAIT = 20000


def _chart_with_disc(qtbot, staffed, tmp_path, url: str, mrn: str = MRN):
    from tests.viewer.discs import archibald_disc

    with staffed.begin() as conn:
        doe = patients.register(conn, Patient(family="Doe", given="Archibald"), SYSTEM)
        conn.execute(sa.text("UPDATE patient SET mrn = :mrn WHERE id = :id"),
                     {"mrn": mrn, "id": doe.id})
        library.store(conn, staffed.blobs, doe.id,
                      library.scan(archibald_disc(tmp_path / "disc")), SYSTEM)
    session = signed_in_session(staffed, "remi", f"pacs.dicomweb_url={url}",
                                f"pacs.username={orthanc_mod.USER}", f"pacs.issuer={ISSUER}")
    connect.store_password(session.settings, orthanc_mod.PASSWORD)
    session.pacs_send = sender = PacsSender(session)
    sender.start()
    chart = PatientChartWidget(session, doe.id)
    qtbot.addWidget(chart)
    chart.resize(1100, 760)
    chart.show()
    qtbot.waitUntil(lambda: chart.timeline.rowCount() > 0, timeout=WAIT)
    return chart, session


def _send_ct(qtbot, chart) -> None:
    [row] = [n for n in range(chart.timeline.rowCount())
             if "CT" in chart.timeline.row_at(n).title]
    chart.table.clearSelection()
    assert not chart.send_images.isEnabled()
    chart.table.selectRow(row)
    assert chart.send_images.isEnabled()
    chart.send_images.click()
    dialog = chart.send_dialog
    assert "DOE, Archibald" in dialog.confirm.text() and not dialog.send.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.send.click()


def _on_pacs(pacs) -> list[str]:  # noqa: F811
    client = DicomWebClient(pacs.dicomweb_url,
                            auth=httpx.BasicAuth(orthanc_mod.USER, orthanc_mod.PASSWORD))
    try:
        return [s.description for s in client.studies(PatientKey(MRN, ISSUER))]
    finally:
        client.close()


def test_a_disc_s_study_sent_from_the_chart_reaches_the_archive_once(
        qtbot, staffed, pacs, tmp_path) -> None:  # noqa: F811
    chart, session = _chart_with_disc(qtbot, staffed, tmp_path, pacs.dicomweb_url)
    _send_ct(qtbot, chart)
    qtbot.waitUntil(lambda: "in the background" in chart.banner.label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: _on_pacs(pacs) == ["CT, HEAD/BRAIN WO CONTRAST"], timeout=WAIT)
    _send_ct(qtbot, chart)  # asked again: nothing more goes
    qtbot.waitUntil(lambda: "already" in chart.banner.label.text(), timeout=WAIT)
    screen = SyncIssuesWidget(session)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.images.help.text().startswith("None"), timeout=WAIT)
    assert not screen.images.table.isVisible()
    session.pacs_send.stop()


def test_a_study_waits_on_the_sync_screen_while_the_archive_is_down(
        qtbot, staffed, tmp_path) -> None:
    nowhere = f"http://127.0.0.1:{orthanc_mod.free_port()}/dicom-web"
    chart, session = _chart_with_disc(qtbot, staffed, tmp_path, nowhere)
    _send_ct(qtbot, chart)
    screen = SyncIssuesWidget(session)
    qtbot.addWidget(screen)
    screen.show()

    def state() -> str:
        return screen.images.model.data(screen.images.model.index(0, 1)) or ""

    qtbot.waitUntil(lambda: screen.images.model.rowCount() == 1
                    and "cannot reach the image archive" in state(), timeout=WAIT)
    assert state().startswith("Waiting")
    assert "DOE, Archibald" in screen.images.model.data(screen.images.model.index(0, 0))
    session.pacs_send.stop()
