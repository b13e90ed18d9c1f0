"""The bundled program's entry point: the ``desk`` command of the wheel, the probe ``desk
doctor`` runs to see that Qt starts (a bundle has no ``python -c`` to run it with), and the
start-up probe ``python -m bench.package`` times the installed app with."""

import importlib.util
import sys
import time


def qt_probe() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print(app.platformName())


class StartupProbe:
    """``desk startup-probe --workspace WS``: desk as started normally, printing when the main
    window is first shown and when the workspace is open, then closing (bench/startup.py's
    child, for a bundle). The window is wrapped as ``desk.ui.shell`` loads, so every module is
    imported when and in the order desk imports it."""

    @classmethod
    def find_spec(cls, name, path, target=None):
        if name != "desk.ui.shell":
            return None
        sys.meta_path.remove(cls)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            cls.report(module.MainWindow)

        spec.loader.exec_module = exec_module
        return spec

    @staticmethod
    def report(window) -> None:
        shown, ready = window.showEvent, window.set_workspace

        def on_show(self, event):
            shown(self, event)
            print("shown", time.time(), flush=True)

        def on_ready(self, workspace):
            from PySide6.QtCore import QTimer

            ready(self, workspace)
            print("ready", time.time(), flush=True)
            QTimer.singleShot(0, self.close)

        window.showEvent, window.set_workspace = on_show, on_ready


if __name__ == "__main__":
    if sys.argv[1:] == ["qt-probe"]:
        qt_probe()
    else:
        if sys.argv[1:2] == ["startup-probe"]:
            sys.meta_path.insert(0, StartupProbe)
            del sys.argv[1]
        from desk.cli import main

        sys.exit(main())
