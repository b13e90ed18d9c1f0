"""The command line speaks IT's language: the machine file's ui.language, else the
environment's when it is French or Spanish, else English; what scripts read stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk import words
from desk.cli import cli_language, main


def _machine_file(home: Path, text: str) -> Path:
    path = home / "machine" / "desk.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def english_locale(monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_a_machine_file_in_french_makes_the_command_line_french(isolated_home, capsys) -> None:
    machine = _machine_file(isolated_home, '[ui]\nlanguage = "fr"\n')
    assert main(["config", "check", str(machine)]) == 0
    assert capsys.readouterr().out == f"{machine}: aucun problème (1 réglage défini).\n"
    assert words.current_language() == "en"  # the command's language ends with it


def test_french_help_for_it(isolated_home, capsys) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "fr"\n')
    with pytest.raises(SystemExit):
        main(["workspace", "--help"])
    shown = " ".join(capsys.readouterr().out.split())  # as argparse wrapped it
    assert "backup écrit une sauvegarde chiffrée de l’espace de travail" in shown


def test_the_environment_chooses_when_the_machine_file_is_silent(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert cli_language() == "es"
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    assert cli_language() == "fr"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert cli_language() == "en"


def test_the_machine_file_wins_over_the_environment(isolated_home, monkeypatch) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "es"\n')
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert cli_language() == "es"


def test_a_spanish_refusal_keeps_its_exit_status(isolated_home, tmp_path, capsys) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "es"\n')
    assert main(["dicom", "import", str(tmp_path / "none"), "--patient", "KQT1"]) == 2
    assert capsys.readouterr().err == (f"desk: {tmp_path / 'none'} no es una carpeta; indique el "
                                       "disco o la carpeta de imágenes.\n")


def test_json_and_setting_names_stay_as_they_are(isolated_home, capsys) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "fr"\n')
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "Fichiers de réglages, chacun remplaçant le précédent\u00a0:" in out
    assert 'ui.language = "fr"' in out
