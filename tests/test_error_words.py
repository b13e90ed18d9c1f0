"""The core's errors read in the staff's language: a disc folder that cannot be opened says
so in French or Spanish once that language is chosen, and in English again after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk import words
from desk.errors import DeskError
from desk.storage import settings
from desk.viewer import library

MISSING_DISC = "That folder cannot be opened. Check that the disc is in the drive."


@pytest.fixture
def language() -> Iterator[None]:
    yield
    words.set_language("en")


def _missing_disc_message(tmp_path) -> str:
    with pytest.raises(DeskError) as err:
        library.scan(tmp_path / "no-disc")
    return err.value.message


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize(("language_code", "expected"), [
    ("fr", "Ce dossier ne peut pas être ouvert. Vérifiez que le disque est dans le lecteur."),
    ("es-MX", "No se puede abrir esa carpeta. Compruebe que el disco está en la unidad."),
])
def test_a_disc_folder_that_cannot_be_opened_says_so_in_the_staff_language(
        tmp_path, language_code: str, expected: str) -> None:
    words.set_language(language_code)
    assert _missing_disc_message(tmp_path) == expected

    words.set_language("en")
    assert _missing_disc_message(tmp_path) == MISSING_DISC


@pytest.mark.usefixtures("language")
def test_a_wrong_setting_keeps_what_was_typed_in_the_spanish_message() -> None:
    words.set_language("es")
    with pytest.raises(DeskError) as err:
        settings.load(overrides=["lockout_minutes"])
    assert err.value.message == "--set necesita CLAVE=VALOR, no 'lockout_minutes'."


@pytest.mark.usefixtures("language")
def test_a_setting_out_of_its_bounds_says_them_in_spanish() -> None:
    words.set_language("es")
    with pytest.raises(DeskError) as err:
        settings.load(overrides=["security.lockout_attempts=0"])
    assert err.value.message == ("El ajuste security.lockout_attempts de --set debe ser al "
                                 "menos 1 y como máximo 100, no '0'.")
