"""The ``intake.forms_by_reason`` setting read: which forms each visit reason sends."""

from __future__ import annotations

from desk.errors import DeskError
from desk.words import translate


def forms_by_reason(text: str) -> dict[str, list[str]]:
    """The ``intake.forms_by_reason`` setting as reason (case-folded) -> form names.

    The setting reads ``"New patient visit: new-patient-registration, consent; Follow-up:
    phq-9; *: consent"``: rules apart by ``;``, a reason and its forms by ``:``, forms by
    ``,``; the reason ``*`` stands for any reason without a rule of its own.
    """
    rules: dict[str, list[str]] = {}
    for rule in (r.strip() for r in text.split(";")):
        if not rule:
            continue
        reason, sep, names = rule.partition(":")
        forms = [n.strip() for n in names.split(",") if n.strip()]
        if not sep or not reason.strip() or not forms:
            raise DeskError(translate("DeskError", "The setting intake.forms_by_reason needs "
                                                   "\"reason: form, form; ...\", not {rule!r}.")
                            .format(rule=rule), kind="input")
        rules[reason.strip().casefold()] = forms
    return rules
