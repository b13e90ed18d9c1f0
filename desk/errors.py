"""The one exception family the core raises.

Each error carries a ``kind`` that the UI maps to a message and an action
(``auth`` -> sign in again, ``disk`` -> free space, ...). Messages are written for a
receptionist and never contain patient data; details go to the log as record ids.

An error a patient may read at the kiosk also carries a stable ``code`` (one of
:data:`CODES`) and the ``values`` its words need, so that the UI shows it in the patient's
language; the English ``message`` stays for staff and logs.
"""

from __future__ import annotations

from collections.abc import Mapping

KINDS = frozenset(
    {"error", "input", "auth", "locked", "storage", "key", "disk", "network", "server", "conflict"}
)

# the messages a patient may meet at the kiosk, by stable code
CODE_FORMAT = "kiosk.code_format"
"""A check-in code that is not 6 letters and numbers."""
CODE_UNKNOWN = "kiosk.code_unknown"
"""No forms were ever sent under this code."""
CODE_CANCELLED = "kiosk.code_cancelled"
"""The forms sent under this code were withdrawn."""
CODE_USED = "kiosk.code_used"
"""The forms of this code are all filled in already."""
CODE_EXPIRED = "kiosk.code_expired"
"""The code was given on an earlier day."""
CODE_APPOINTMENT = "kiosk.code_appointment"
"""The code's appointment is no longer open (cancelled, a no-show, over)."""
CODE_WAIT = "kiosk.wait"
"""Too many wrong codes in a row: ``values["seconds"]`` to wait before the next."""
NAME_NOT_FOUND = "kiosk.name_not_found"
"""No one patient booked today has this name and birth date."""
FORM_NOT_WAITING = "kiosk.form_not_waiting"
"""The form was withdrawn or filed while the patient was filling it in."""
FORM_CHANGED = "kiosk.form_changed"
"""The form changed on the clinic's server while it was being filled in."""
FORM_MISFIT = "kiosk.form_misfit"
"""The answers do not fit the form; nothing was saved."""
CODES = frozenset({CODE_FORMAT, CODE_UNKNOWN, CODE_CANCELLED, CODE_USED, CODE_EXPIRED,
                   CODE_APPOINTMENT, CODE_WAIT, NAME_NOT_FOUND, FORM_NOT_WAITING, FORM_CHANGED,
                   FORM_MISFIT})


class DeskError(Exception):
    """Base of every error desk raises on purpose."""

    kind = "error"

    code = ""
    """A stable name of the message (one of :data:`CODES`), or "" for staff's errors."""

    def __init__(self, message: str, *, kind: str | None = None, code: str = "",
                 values: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"unknown error kind {kind!r}")
            self.kind = kind
        if code:
            if code not in CODES:
                raise ValueError(f"unknown error code {code!r}")
            self.code = code
        self.values: Mapping[str, object] = dict(values or {})
        """What the message's words need besides the code (never patient data)."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""
