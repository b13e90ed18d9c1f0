"""The sync engine: one round pushes the outbox (:mod:`desk.sync.push`), then pulls what
changed (:mod:`desk.sync.pull`), and the state is told (:mod:`desk.sync.status`).

Long work is a plain method taking a small progress/cancel object
(:class:`~desk.sync.status.Progress` or anything with the same two members); the UI runs
it on its network executor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.storage.blobs import BlobStore
from desk.sync.bundle import Strategy
from desk.sync.client import FhirClient
from desk.sync.mapping import MappingOptions
from desk.sync.pull import PAGE_SIZE, Pull
from desk.sync.push import Push
from desk.sync.status import Progress, ProgressLike, PullReport, PushReport, SyncStatus, status

if TYPE_CHECKING:
    from desk.forms import Clinic


class SyncEngine:
    """Sync of one workspace database with one FHIR server.

    ``strategy`` None picks ``"put"`` when the server allows update-as-create, else
    ``"conditional"``. ``overlap`` is how far before the high-water mark a pull starts
    (servers commit out of order). ``bundle_size`` None follows the server's limits;
    ``concurrency`` is how many bundles may be in flight at once. ``blobs`` is the
    workspace's blob store, where the PDFs sent as DocumentReference are kept (None: they
    wait). ``today`` tells the day the schedule is pulled around.

    ``kiosk`` True makes it a kiosk tablet's sync (see :mod:`desk.sync.tasks`): a pull
    brings only today's hand-offs, and a push drops each submission the server has.
    Otherwise a pull also files the responses completed on tablets, with PDFs headed
    by ``clinic`` (None: filed without a clinic's name).
    """

    def __init__(self, db: sa.Engine, client: FhirClient, *,
                 options: MappingOptions | None = None, strategy: Strategy | None = None,
                 bundle_size: int | None = None, overlap: timedelta = timedelta(seconds=10),
                 page_size: int = PAGE_SIZE, concurrency: int = 3,
                 blobs: BlobStore | None = None,
                 today: Callable[[], date] = date.today, kiosk: bool = False,
                 clinic: Clinic | None = None) -> None:
        self.db = db
        self.client = client
        options = options or MappingOptions()
        self._push = Push(db, client, options=options, strategy=strategy,
                          bundle_size=bundle_size, concurrency=concurrency, blobs=blobs,
                          kiosk=kiosk)
        self._pull = Pull(db, client, options=options, overlap=overlap, page_size=page_size,
                          blobs=blobs, today=today, kiosk=kiosk, clinic=clinic)
        self.in_view: set[str] = set()
        """Local patient ids whose history a pull fetches besides the scheduled ones (the
        charts open on screen)."""

    def run_once(self, progress: ProgressLike | None = None) -> tuple[PushReport, PullReport]:
        """Push, then pull. Network and server errors are recorded in the status and
        raised."""
        progress = progress or Progress()
        pushed = self.push(progress)
        if progress.cancelled:
            return pushed, PullReport()
        pulled = self.pull(progress)
        return pushed, pulled

    def push(self, progress: ProgressLike | None = None) -> PushReport:
        """Send every waiting change (see :meth:`desk.sync.push.Push.run`)."""
        return self._push.run(progress or Progress())

    def pull(self, progress: ProgressLike | None = None) -> PullReport:
        """Fetch and apply what changed on the server (see :meth:`desk.sync.pull.Pull.run`)."""
        return self._pull.run(progress or Progress(), self.in_view)

    def pull_history(self, extra: Iterable[str] = (), *, report: PullReport | None = None,
                     today: date | None = None) -> PullReport:
        """History resources of the patients in view (see
        :meth:`desk.sync.pull.Pull.history`)."""
        return self._pull.history(extra, report=report, today=today)

    def strategy(self) -> Strategy:
        """How records are written: ``"put"`` or ``"conditional"``."""
        return self._push.strategy()

    def status(self) -> SyncStatus:
        """Online or offline, changes waiting, the last success, records needing attention."""
        return status(self.db)
