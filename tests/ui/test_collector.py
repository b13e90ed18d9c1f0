"""The garbage collector runs on the GUI thread only, as the app sets it up (a Qt object
destroyed on a worker thread crashes the process)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from desk.ui.app import make_app
from desk.ui.tasks import TaskRunner


class _Holder:
    pass


def test_garbage_holding_a_widget_is_collected_on_the_gui_thread_while_a_worker_allocates(
        qtbot) -> None:
    make_app()
    collected_on: list[str] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        destroyed: list[bool] = []
        holder = _Holder()
        holder.me, holder.widget = holder, QWidget()  # a cycle only the collector frees
        holder.widget.destroyed.connect(lambda: destroyed.append(True))
        del holder

        def churn() -> str:
            for _ in range(50_000):
                loop: list[object] = []
                loop.append(loop)
            return threading.current_thread().name

        worker = TaskRunner().submit(churn).result(timeout=30)
        assert worker not in collected_on
        qtbot.waitUntil(lambda: bool(destroyed), timeout=5000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(seen)
