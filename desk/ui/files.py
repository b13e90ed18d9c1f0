"""File and folder choosers that leave no trace of what was chosen.

Qt's own file dialog keeps the last folder and a history of folders in plain text
(``QtProject.conf``, under the user's settings), and the platform's dialogs keep lists of
recent files of their own. Folder and file names can carry a patient's name (a disc's
folder, a form's PDF), so desk uses Qt's dialog and forgets what it kept once it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

#: What Qt's dialog writes to QtProject.conf that names folders or files.
_KEPT = ("FileDialog/lastVisited", "FileDialog/history")
_closed = False  # a kiosk's lockdown: no chooser opens (it would show the machine's files)


def close_choosers(closed: bool) -> None:
    """While ``closed`` (a kiosk in front of a patient), no chooser opens: each returns
    ``""``. Qt's dialog would let a patient browse, rename and delete the machine's files."""
    global _closed
    _closed = closed


def choosers_open() -> bool:
    return not _closed


def choose_folder(parent: QWidget | None, caption: str) -> str:
    """A folder chosen by staff, or ``""``."""
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _chosen(dialog)


def choose_file(parent: QWidget | None, caption: str) -> str:
    """An existing file chosen to open, or ``""``."""
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def choose_save_file(parent: QWidget | None, caption: str, name: str, filters: str) -> str:
    """Where to save a new file (``name`` offered), or ``""``."""
    dialog = _dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(filters)
    dialog.selectFile(name)
    return _chosen(dialog)


def _dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # no platform recent list
    dialog.setHistory([])
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if _closed:
        dialog.deleteLater()
        return ""
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        import shiboken6

        shiboken6.delete(dialog)  # its settings are written now, to be forgotten below
        forget_history()
    return files[0] if files else ""


def forget_history() -> None:
    """Remove the folders and files Qt's file dialog remembered."""
    kept = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _KEPT:
        kept.remove(key)
    kept.sync()
