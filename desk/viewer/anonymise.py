"""Anonymised copies of DICOM images: the Basic Application Level Confidentiality Profile of
DICOM PS3.15 Annex E, with no options.

Every attribute of the profile's table (:mod:`desk.viewer.confidentiality`) is treated as its
basic-profile column says, in the dataset and in every item of every sequence: X removed,
Z emptied, D given a dummy value of its value representation, U (a UID) replaced. Where the
table allows a choice the attribute is kept in a valid form: Z/D and X/D and X/Z/D get a dummy
value, X/Z is emptied, and an X/Z/U* sequence is kept with its items cleaned like the rest.
Private attributes are removed. None of the profile's options is applied (no Retain Device
Identity, no Retain Longitudinal Temporal Information, no Clean Pixel Data...), so the
dataset says only code 113100 in De-identification Method Code Sequence.

UIDs stay consistent within one export: each is replaced by ``2.25.`` and the number made of
the first 128 bits of its HMAC-SHA256 under a random secret the :class:`Anonymiser` keeps in
memory only, so two images of one study still share their new study UID, and the original
cannot be worked back from it.

An image whose Burned In Annotation is YES may carry a name in its pixels: it is refused
(the profile removes identity from the header, not from the picture).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.viewer.confidentiality import action_for
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset
    from pydicom.dataelem import DataElement

METHOD = "Basic Application Level Confidentiality Profile, no options"

_DUMMY: dict[str, Any] = {
    "AE": "ANONYMOUS", "AS": "000Y", "CS": "ANONYMOUS", "DA": "19000101", "DS": "0",
    "DT": "19000101000000", "IS": "0", "LO": "ANONYMOUS", "LT": "ANONYMOUS",
    "PN": "ANONYMOUS", "SH": "ANONYMOUS", "ST": "ANONYMOUS", "TM": "000000",
    "UC": "ANONYMOUS", "UR": "", "UT": "ANONYMOUS", "FL": 0.0, "FD": 0.0, "SL": 0, "SS": 0,
    "UL": 0, "US": 0, "SV": 0, "UV": 0, "AT": 0, "OB": b"", "OD": b"", "OF": b"",
    "OL": b"", "OV": b"", "OW": b"", "UN": b"",
}


class Anonymiser:
    """Makes anonymised copies for one export (one secret, so one UID mapping)."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def uid(self, original: str) -> str:
        """The UID that stands for ``original`` in this export."""
        digest = hmac.new(self._secret, original.encode("ascii", "replace"),
                          hashlib.sha256).digest()
        return "2.25." + str(int.from_bytes(digest[:16], "big"))

    def apply(self, ds: Dataset) -> Dataset:
        """``ds`` made anonymous in place (and returned); raises :class:`DeskError` when its
        pixels may show who it is."""
        if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
            raise DeskError(translate("DeskError", "An image says a name or other text may be "
                                                   "burned into the picture (Burned In "
                                                   "Annotation is YES), so no anonymised copy "
                                                   "was written."), kind="input")
        ds.remove_private_tags()
        self._clean(ds)
        _mark(ds)
        meta = getattr(ds, "file_meta", None)
        if meta is not None and "SOPInstanceUID" in ds:
            meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        return ds

    def _clean(self, ds: Dataset) -> None:
        for element in list(ds):
            action = action_for(element.tag)
            if action is None or action == "X/Z/U*":
                if element.VR == "SQ":
                    for item in element.value:
                        self._clean(item)
            elif action == "X":
                del ds[element.tag]
            else:
                self._replace(element, action)

    def _replace(self, element: DataElement, action: str) -> None:
        if element.VR == "SQ":
            element.value = []
        elif element.VR == "UI" and action not in ("Z", "X/Z"):
            values = element.value if element.VM > 1 else [element.value]
            new = [self.uid(str(v)) for v in values if v]
            element.value = new if len(new) != 1 else new[0]
        elif action in ("Z", "X/Z"):
            element.value = None
        else:  # D and the choices that allow it
            element.value = _DUMMY.get(element.VR)


def _mark(ds: Dataset) -> None:
    from pydicom import Dataset

    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = METHOD
    code = Dataset()
    code.CodeValue = "113100"
    code.CodingSchemeDesignator = "DCM"
    code.CodeMeaning = "Basic Application Confidentiality Profile"
    ds.DeidentificationMethodCodeSequence = [code]
