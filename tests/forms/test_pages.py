"""Pages, progress and the review list of a form, and the rich-text sanitizer."""

from __future__ import annotations

from typing import Any

from desk.forms import Form, bundled_forms
from desk.forms.pages import (
    is_signature,
    orientation,
    page_of,
    page_problems,
    paginate,
    problems,
    progress,
    review,
    visible_pages,
    wrong_answers,
    xhtml,
)
from desk.forms.richtext import plain_text, sanitize


def _form(items: list[dict[str, Any]]) -> Form:
    return Form.load({"resourceType": "Questionnaire", "status": "active", "item": items})


def _mixed() -> Form:
    return _form([
        {"linkId": "intro", "type": "display", "text": "Welcome"},
        {"linkId": "name", "type": "string", "text": "Name", "required": True},
        {"linkId": "g1", "type": "group", "text": "About you", "item": [
            {"linkId": "smoker", "type": "boolean", "text": "Do you smoke?"}]},
        {"linkId": "g2", "type": "group", "text": "Smoking", "item": [
            {"linkId": "packs", "type": "integer", "text": "Packs a day"}],
         "enableWhen": [{"question": "smoker", "operator": "=", "answerBoolean": True}]},
        {"linkId": "last", "type": "string", "text": "Anything else?",
         "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                        "valueCodeableConcept": {"coding": [{"code": "page"}]}}]},
    ])


def test_loose_items_share_a_page_and_each_group_or_page_item_has_its_own() -> None:
    form = _mixed()
    pages = paginate(form)
    assert [[i.link_id for i in p.items] for p in pages] == [
        ["intro", "name"], ["g1"], ["g2"], ["last"]]
    assert pages[1].title(form) == "About you"


def test_a_disabled_group_drops_out_of_the_page_count() -> None:
    form = _mixed()
    pages = paginate(form)
    assert visible_pages(form, pages) == [0, 1, 3]
    assert progress(form, pages, 3) == (3, 3)
    form.set_answer("smoker", True)
    assert visible_pages(form, pages) == [0, 1, 2, 3]
    assert progress(form, pages, 3) == (4, 4)


def test_review_lists_every_question_and_flags_the_missing_required_one() -> None:
    form = _mixed()
    pages = paginate(form)
    form.set_answer("smoker", False)
    entries = {e.node.link_id: e for e in review(form, pages)}
    assert set(entries) == {"name", "smoker", "last"}
    assert entries["name"].needs_answer and entries["name"].page == 0
    assert entries["smoker"].answers == ("No",) and not entries["smoker"].needs_answer
    assert [n.link_id for n in page_problems(form, pages[0])] == ["name"]
    assert page_of(pages, form.node("packs")) == 2


def test_hints_read_from_the_item() -> None:
    consent = Form.load(bundled_forms()["consent"])
    assert is_signature(consent.node("signature").definition)
    horizontal = _form([{"linkId": "c", "type": "choice", "answerOption": [
        {"valueString": "a"}], "extension": [{
            "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
            "valueCode": "horizontal"}]}])
    assert orientation(horizontal.node("c").definition) == "horizontal"
    assert orientation(consent.node("signer-role").definition) == "vertical"


def test_xhtml_is_used_only_in_its_own_language() -> None:
    form = _form([{"linkId": "d", "type": "display", "text": "Plain", "_text": {"extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
         "valueString": "<b>Bold</b>"},
        {"url": "http://hl7.org/fhir/StructureDefinition/translation", "extension": [
            {"url": "lang", "valueCode": "fr"}, {"url": "content", "valueString": "Simple"}]}]}}])
    item = form.node("d").definition
    assert xhtml(item, None) == "<b>Bold</b>"
    assert xhtml(item, "fr") is None


def test_sanitizer_drops_scripts_handlers_and_remote_images() -> None:
    dirty = ('<p onclick="steal()">Hi <b>there</b><script>alert(1)</script></p>'
             '<img src="https://tracker.example/x.png"><img src="data:image/png;base64,AAAA" '
             'alt="dot"><a href="javascript:x()">link</a><style>p{}</style>'
             '<span style="color: red; background: url(http://x)">red</span><iframe>z</iframe>')
    clean = sanitize(dirty)
    assert "script" not in clean and "alert" not in clean and "onclick" not in clean
    assert "tracker.example" not in clean and "javascript" not in clean and "url(" not in clean
    assert "<img" in clean and 'src="data:image/png;base64,AAAA"' in clean
    assert "<b>there</b>" in clean and 'style="color: red"' in clean and "link" in clean
    assert "z" not in plain_text(dirty).split()


def test_sanitizer_closes_what_it_opened_and_escapes_text() -> None:
    assert sanitize("<ul><li>1 < 2 & 3") == "<ul><li>1 &lt; 2 &amp; 3</li></ul>"
    assert plain_text("<p>One</p><p>Two</p>") == "One Two"


def test_wrong_answers_leave_out_a_missing_one() -> None:
    form = _form([
        {"linkId": "name", "type": "string", "text": "Name", "required": True},
        {"linkId": "zip", "type": "string", "text": "Postcode", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": "[0-9]{5}"}]},
        {"linkId": "age", "type": "integer", "text": "Age"}])
    form.set_answer("zip", "abc")
    form.set_answer("age", "old")
    assert wrong_answers(form.node("name")) == []
    assert problems(form.node("name")) == ["This question needs an answer."]
    assert wrong_answers(form.node("zip")) == ["The answer does not have the expected format."]
    assert wrong_answers(form.node("age")) == ["Enter a whole number."]


def test_review_numbers_the_entries_of_a_repeating_group() -> None:
    form = Form.load(bundled_forms()["medical-history"])
    pages = paginate(form)
    assert [e.question for e in review(form, pages)][:1] == ["Condition"]
    form.add_instance(form.find("conditions")[0])
    names = [e.question for e in review(form, pages) if e.node.link_id == "condition-name"]
    assert names == ["Condition (1)", "Condition (2)"]
