"""The core's messages to the patient at the kiosk, in the language of the kiosk's words.

The core raises :class:`~desk.errors.DeskError` with an English message and a stable
``code`` (:data:`desk.errors.CODES`); here each code has its words in Qt's translation
system (context ``KioskMessages`` in ``resources/translations``). An error with no code the
kiosk knows, or no DeskError at all, gets one translated sentence sending the patient to the
front desk: no English and no internals reach the patient.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk import errors


def _texts(values: dict[str, object]) -> dict[str, str]:
    translate = QCoreApplication.translate
    seconds = values.get("seconds")
    return {
        errors.CODE_FORMAT: translate(
            "KioskMessages", "A check-in code has 6 letters and numbers. Please check it and "
            "try again."),
        errors.CODE_UNKNOWN: translate(
            "KioskMessages", "This check-in code is not known. Please check it and try again, "
            "or ask at the front desk."),
        errors.CODE_CANCELLED: translate(
            "KioskMessages", "This check-in code was cancelled. Please ask at the front desk "
            "for a new one."),
        errors.CODE_USED: translate(
            "KioskMessages", "The forms for this check-in code are already completed. Thank "
            "you!"),
        errors.CODE_EXPIRED: translate(
            "KioskMessages", "This check-in code has expired. Please ask at the front desk for "
            "a new one."),
        errors.CODE_APPOINTMENT: translate(
            "KioskMessages", "This check-in code is no longer valid for its appointment. "
            "Please ask at the front desk."),
        errors.CODE_WAIT: translate(
            "KioskMessages", "Too many codes were not right. Please wait %n seconds, or ask at "
            "the front desk.", "", seconds if isinstance(seconds, int) else 30),
        errors.NAME_NOT_FOUND: translate(
            "KioskMessages", "We could not find forms for you today. Please check what you "
            "typed, or ask at the front desk."),
        errors.FORM_NOT_WAITING: translate(
            "KioskMessages", "These forms are no longer waiting for you. Please ask at the "
            "front desk."),
        errors.FORM_CHANGED: translate(
            "KioskMessages", "This form was changed at the clinic while you were filling it "
            "in, and your answers could not be kept. Please ask at the front desk."),
        errors.FORM_MISFIT: translate(
            "KioskMessages", "Your answers could not be kept. Please ask at the front desk."),
    }


def kiosk_message(error: BaseException) -> str:
    """What the patient reads for ``error``, in the language installed now."""
    code = error.code if isinstance(error, errors.DeskError) else ""
    values = dict(error.values) if isinstance(error, errors.DeskError) else {}
    found = _texts(values).get(code)
    if found is not None:
        return found
    return QCoreApplication.translate(
        "KioskMessages", "Something went wrong. Please ask at the front desk.")
