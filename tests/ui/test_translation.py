"""The words around the forms in the patient's language: Qt translators installed and
removed, widgets retranslated, the .ts files complete and up to date for every message
marked anywhere in desk/ (staff screens, kiosk, forms, the command line, printed pages, the
core's errors), and the layout direction that goes with the language."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWidget

from desk.frontdesk import intake, schedule
from desk.paths import resource
from desk.storage import SYSTEM
from desk.ui import translation
from desk.ui.forms import FormWidget
from desk.ui.kiosk import KioskPinDialog, KioskWidget
from tests.ui.conftest import signed_in_session
from tests.ui.forms.helpers import small_form

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\w+\}|%n")  # {0}, {date}, %n


@pytest.fixture(autouse=True)
def english_after(qtbot):
    yield
    translation.set_language("en")
    QApplication.processEvents()  # the LanguageChange events reach the widgets left


def two_page_form() -> FormWidget:
    form = small_form(
        {"linkId": "p1", "type": "group", "text": "Habits",
         "item": [{"linkId": "smokes", "type": "boolean", "text": "Do you smoke?"}]},
        {"linkId": "p2", "type": "group", "text": "More",
         "item": [{"linkId": "notes", "type": "string", "text": "Anything else?"}]})
    return FormWidget(form)


def shown_texts(root: QWidget) -> set[str]:
    return {w.text() for w in root.findChildren(QRadioButton) if w.isVisibleTo(root)}


def test_the_form_reads_in_french_then_in_english_again(qtbot) -> None:
    translation.set_language("fr")
    view = two_page_form()
    qtbot.addWidget(view)
    view.show()
    assert view.next_button.text() == "Suivant"
    assert view.progress.text() == "Page 1 sur 2"
    assert shown_texts(view) == {"Oui", "Non"}
    qtbot.mouseClick(next(b for b in view.findChildren(QRadioButton) if b.text() == "Oui"),
                     Qt.MouseButton.LeftButton)
    view.next_page()
    assert view.back_button.text() == "Retour"
    view.next_page()
    assert view.on_review and view.submit_button.text() == "Envoyer"
    assert view.submit_button.accessibleDescription() == "Envoie vos réponses"

    translation.set_language("en")
    qtbot.waitUntil(lambda: view.submit_button.text() == "Submit")
    assert view.on_review and view.progress.text() == "Review your answers"
    view.back()
    view.back()
    assert view.next_button.text() == "Next"
    assert view.progress.text() == "Page 1 of 2"
    chosen = [b.text() for b in view.findChildren(QRadioButton)
              if b.isChecked() and b.isVisibleTo(view)]  # the old ones may await deletion
    assert chosen == ["Yes"]  # the answer survived the rebuild
    assert view.form.node("smokes").answer is True


def test_the_pin_dialog_reads_in_spanish(qtbot) -> None:
    translation.set_language("es")
    dialog = KioskPinDialog("")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "PIN del personal"
    assert dialog.pin.accessibleDescription() == "El PIN del personal, de 4 a 8 dígitos"


@pytest.mark.clock  # the hand-off is for today's appointment
def test_the_kiosk_follows_its_default_the_hand_off_and_the_patients_choice(qtbot, staffed):
    session = signed_in_session(staffed, "remi", "ui.language=es")
    flow = KioskWidget(session, session.user.actor)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    assert heading_text(flow.welcome) == "Le damos la bienvenida"
    assert flow.welcome.open_code.text() == "Abrir mis formularios"
    assert flow.staff.text() == "Para el personal"

    with staffed.begin() as conn:
        appointment = schedule.day(conn, schedule_today())[0]
        handoff = intake.send_forms(conn, appointment.id, ["medical-history"], SYSTEM,
                                    language="fr")
    flow.welcome.code.setText(handoff.code)
    qtbot.mouseClick(flow.welcome.open_code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.view is not None)
    assert translation.current_language() == "fr"
    assert flow.view.next_button.text() == "Suivant"
    assert flow.view.title.text() == "Antécédents médicaux"  # the engine's own translation
    qtbot.waitUntil(lambda: heading_text(flow.thanks) == "Merci\u00a0!")
    flow._warn(20)  # the idle warning
    assert flow.warning_text.text().endswith("Cet écran sera effacé dans 20 secondes.")
    assert flow.still.text() == "Je suis toujours là"

    flow.view.set_language("en")  # the patient's choice on the form
    assert translation.current_language() == "en"
    qtbot.waitUntil(lambda: flow.view.next_button.text() == "Next")

    flow.wipe()
    assert translation.current_language() == "es"
    qtbot.waitUntil(lambda: heading_text(flow.welcome) == "Le damos la bienvenida")
    assert flow.stack.currentWidget() is flow.welcome
    assert flow.welcome.code.isEnabled()
    session.user = dataclasses.replace(session.user, language="fr")  # remi's account: French
    flow.stop()
    assert translation.current_language() == "fr"  # the staff screens', remi's own


def test_english_says_one_second_and_many_seconds() -> None:
    translation.set_language("en")
    warning = "Are you still there? This screen will be cleared in %n seconds."
    assert QCoreApplication.translate("KioskWidget", warning, "", 1).endswith("in 1 second.")
    assert QCoreApplication.translate("KioskWidget", warning, "", 20).endswith("in 20 seconds.")


def test_the_staff_screens_show_the_core_s_words_in_spanish(qtbot) -> None:
    """A form's state, a patient's fields and sex, a clashing field: the core's tables."""
    from desk.ui import register, sync_issues, widgets
    from desk.ui.staff_forms import FormsModel
    from tests.frontdesk.test_staff_words import form_entry

    translation.set_language("es")
    model = FormsModel()
    assert model.status(form_entry(draft_page=1, changes=2)) == \
        "Borrador · 2 cambios por revisar (página 2)"
    assert [register.field_label(f) for f in ("name", "family", "state")] == [
        "Nombre completo", "Apellidos", "Provincia o región"]
    assert [widgets.sex_text(s) for s in ("female", "unknown")] == ["Femenino", "—"]
    assert sync_issues.field_label("Patient", "birth_date") == "Fecha de nacimiento"
    assert sync_issues.show_value("Appointment", "state", "no-show", {}) == "No se presentó"


def heading_text(root: QWidget) -> str:
    return next(w.text() for w in root.findChildren(QLabel) if w.objectName() == "h1")


def schedule_today():
    from datetime import date

    return date.today()


def test_the_layout_follows_the_language_direction(qtbot) -> None:
    translation.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    view = two_page_form()
    qtbot.addWidget(view)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.next_button.text() == "Next"  # no Arabic translation: the English source
    translation.set_language("fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: view.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def ts_files() -> list[Path]:
    found = sorted(TRANSLATIONS.glob("desk_*.ts"))
    assert {p.stem for p in found} >= {"desk_en", "desk_fr", "desk_es"}
    return found


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name") or "", m.findtext("source") or ""): m
            for context in root.iter("context") for m in context.iter("message")}


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.stem)
def test_every_message_is_translated(path: Path) -> None:
    for (context, source), message in messages(path).items():
        where = f"{path.name}: {context}: {source!r}"
        found = message.find("translation")
        assert found is not None and found.get("type") is None, where
        forms = [f.text or "" for f in found.iter("numerusform")] \
            if message.get("numerus") == "yes" else [found.text or ""]
        for text in forms:
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                where


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.stem)
def test_the_ts_files_hold_every_message_of_the_sources(path: Path, tmp_path: Path) -> None:
    fresh = tmp_path / path.name
    plural = ["-pluralonly"] if path.stem == "desk_en" else []  # English needs only plurals
    lupdate = ROOT / ".venv" / "qt-tools" / "PySide6" / "lupdate"  # scripts/setup.sh's
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *plural, *SOURCES,
                    "-ts", str(fresh)], cwd=ROOT, check=True, timeout=120)
    assert set(messages(fresh)) == set(messages(path)), \
        "run scripts/translations.sh and translate what it lists"


@pytest.mark.parametrize("path", [p for p in ts_files() if p.stem != "desk_en"],
                         ids=lambda p: p.stem)  # desk_en.ts holds only plurals
def test_the_search_s_separator_carries_only_its_own_note(path: Path) -> None:
    """A translator reads what ", " is for, not a comment of the code that follows it."""
    separator = messages(path)[("SearchModel", ", ")]
    assert separator.findtext("comment") == "between the fields a result matched on"
    assert separator.find("extracomment") is None


def test_words_without_a_translation_are_looked_up_again_and_again_safely() -> None:
    """Every message a language lacks goes through the installed translators: none of
    them may be a Python override, whose "not found" (None) PySide6 frees once too often,
    until the interpreter aborts ("none_dealloc") after some thousands of lookups."""
    translation.set_language("fr")
    before = sys.getrefcount(None)
    for n in range(20_000):
        QCoreApplication.translate("Nowhere", f"not a message {n}")
    assert sys.getrefcount(None) >= before - 100


def test_the_renderer_s_own_words_are_translated() -> None:
    """The form renderer's helpers translate under no context, as lupdate files them."""
    from desk.ui.forms import choices, review

    translation.set_language("fr")
    assert (review.tr("Not answered"), choices.tr("Type to search")) == \
        ("Sans réponse", "Tapez pour chercher")


def test_the_set_up_built_every_translation() -> None:
    for path in ts_files():
        built = resource("translations", f"{path.stem}.qm")
        assert built.is_file(), "scripts/setup.sh builds it"
        assert built.stat().st_mtime >= path.stat().st_mtime, "scripts/setup.sh rebuilds it"


def test_the_script_adds_a_new_message_and_says_it_needs_a_translation(tmp_path: Path) -> None:
    """scripts/translations.sh on a copy of the checkout with one new staff message."""
    shutil.copytree(ROOT / "desk" / "ui", tmp_path / "desk" / "ui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TRANSLATIONS, tmp_path / "resources" / "translations",
                    ignore=shutil.ignore_patterns("*.qm"))
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "translations.sh", tmp_path / "scripts")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parents[1])
    board = tmp_path / "desk" / "ui" / "board.py"
    board.write_text(board.read_text().replace('self.tr("Today — {date}")',
                                               'self.tr("Tomorrow — {date}")'))
    done = subprocess.run(["bash", str(tmp_path / "scripts" / "translations.sh")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "desk_fr.ts: BoardWidget: 'Tomorrow — {date}'" in done.stdout
    assert "desk_es.ts: BoardWidget: 'Tomorrow — {date}'" in done.stdout
    fresh = tmp_path / "resources" / "translations"
    french = messages(fresh / "desk_fr.ts")
    assert ("BoardWidget", "Today — {date}") not in french  # gone from the code: dropped
    assert french[("BoardWidget", "Tomorrow — {date}")].find("translation").get("type") \
        == "unfinished"
    assert ("BoardWidget", "Tomorrow — {date}") not in messages(fresh / "desk_en.ts")
    assert all((fresh / f"desk_{lang}.qm").is_file() for lang in ("en", "fr", "es"))
