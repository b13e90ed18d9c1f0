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


def test_a_french_config_check_names_the_problems_in_french(isolated_home, tmp_path,
                                                             capsys) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "fr"\n')
    checked = tmp_path / "desk.toml"
    checked.write_text('[kiosk]\nenabled = "yes"\nidle_reset_seconds = 5\npin_hash = "2468"\n'
                       '[ui]\nlanguage = "de"\n[server]\nulr = "https://x.example"\n',
                       encoding="utf-8")
    assert main(["config", "check", str(checked)]) == 1
    assert capsys.readouterr().out.splitlines()[:5] == [
        f"{checked}:2: kiosk.enabled doit être vrai ou faux (true ou false), et non du texte "
        "(écrivez-le sans guillemets)",
        f"{checked}:3: kiosk.idle_reset_seconds doit être au moins 10 et au plus 3600, et non 5",
        f"{checked}:4: kiosk.pin_hash doit être l’empreinte qu’écrit `desk kiosk-pin --machine`, "
        "jamais le code PIN lui-même",
        f'{checked}:6: ui.language doit être l’une des valeurs en, fr, es, et non "de"',
        f"{checked}:8: server.ulr n’est pas un réglage de desk\u00a0; vouliez-vous dire "
        "server.url\u00a0?"]


def test_the_sample_machine_file_stays_in_english(isolated_home, capsys) -> None:
    _machine_file(isolated_home, '[ui]\nlanguage = "fr"\n')
    assert main(["config", "sample"]) == 0
    assert "; at least 10 and at most 3600 [DESK_KIOSK_IDLE_RESET_SECONDS]" in \
        capsys.readouterr().out
