"""The bundled program's entry point: the ``desk`` command of the wheel, and the probe
``desk doctor`` runs to see that Qt starts (a bundle has no ``python -c`` to run it with)."""

import sys


def qt_probe() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print(app.platformName())


if __name__ == "__main__":
    if sys.argv[1:] == ["qt-probe"]:
        qt_probe()
    else:
        from desk.cli import main

        sys.exit(main())
