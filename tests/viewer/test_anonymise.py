"""An anonymised copy under DICOM PS3.15's Basic Application Level Confidentiality Profile:
every attribute of its table removed, emptied, given a dummy value or a new UID, the new UIDs
the same across the images of one export, private attributes and sequences cleaned."""

from __future__ import annotations

import pytest
from pydicom import Dataset
from pydicom.datadict import dictionary_VR
from pydicom.sequence import Sequence

from desk.errors import DeskError
from desk.viewer.anonymise import Anonymiser
from desk.viewer.confidentiality import RULES
from tests.viewer.crafted import ct

NAME, PID, BORN = "Secretname^Jane", "PID-4711-SECRET", "19610203"
STUDY = "1.2.826.0.1.3680043.2.1143.777"

_ORIGINAL = {
    "AE": "SECRETAE", "AS": "042Y", "CS": "SECRET", "DA": "20200102", "DS": "12.5",
    "DT": "20200102101112", "IS": "42", "LO": "Secret long", "LT": "Secret text",
    "PN": NAME, "SH": "Secret", "ST": "Secret text", "TM": "101112", "UC": "Secret",
    "UR": "http://secret.example", "UT": "Secret text", "FL": 7.0, "FD": 7.0, "SL": 7,
    "SS": 7, "UL": 7, "US": 7, "SV": 7, "UV": 7, "AT": 0x00100010, "OB": b"\x01\x02",
    "OD": b"\x01" * 8, "OF": b"\x01" * 4, "OL": b"\x01" * 4, "OV": b"\x01" * 8,
    "OW": b"\x01\x02", "UN": b"\x01\x02",
}


def _vr(tag: int) -> str:
    return dictionary_VR(tag).split(" or ")[0]


def _secret_item() -> Dataset:
    item = Dataset()
    item.PatientName = NAME
    item.ReferencedSOPInstanceUID = STUDY + ".9"
    item.add_new(0x00291010, "LO", "private secret")
    return item


def _original(tag: int, number: int) -> object:
    vr = _vr(tag)
    if vr == "SQ":
        return Sequence([_secret_item()])
    if vr == "UI":
        return f"{STUDY}.{number}"
    return _ORIGINAL[vr]


def _everything(sop_number: int) -> Dataset:
    """An image holding every attribute of the table (but the file meta and command groups,
    which are not in a dataset), a private one and a sequence the table does not list."""
    ds = ct(PatientName=NAME, PatientID=PID, PatientBirthDate=BORN)
    for number, tag in enumerate(t for t in RULES if t >> 16 not in (0x0000, 0x0002)):
        ds.add_new(tag, _vr(tag), _original(tag, number))
    ds.StudyInstanceUID = STUDY
    ds.SOPInstanceUID = f"{STUDY}.{1000 + sop_number}"
    ds.add_new(0x00291010, "LO", "private secret")
    ds.add_new(0x60003000, "OW", b"\x00\x01")  # an overlay of the repeating group
    ds.AnatomicRegionSequence = Sequence([_secret_item()])
    return ds


def _listed() -> list[int]:
    return [t for t in RULES if t >> 16 not in (0x0000, 0x0002)]


def test_no_attribute_of_the_table_keeps_its_original_value() -> None:
    ds = Anonymiser().apply(_everything(1))
    for number, tag in enumerate(_listed()):
        action, original = RULES[tag].action, _original(tag, number)
        element = ds.get(tag)
        if action == "X":
            assert element is None, RULES[tag].keyword
        elif action in ("Z", "X/Z") and element is not None and element.VR != "SQ":
            assert element.is_empty, RULES[tag].keyword
        elif element is not None and element.VR == "SQ" and action != "X/Z/U*":
            assert len(element.value) == 0, RULES[tag].keyword
        elif element is not None and element.VR != "SQ":
            assert element.value != original, RULES[tag].keyword


def test_the_patient_s_name_id_and_birth_date_are_gone_and_the_rest_kept() -> None:
    ds = Anonymiser().apply(_everything(1))
    assert (str(ds.PatientName), ds.PatientID, ds.PatientBirthDate) != (NAME, PID, BORN)
    assert not ds.PatientName and not ds.PatientBirthDate
    assert ds.Modality == "CT" and ds.Rows == 128 and "PixelData" in ds  # K: kept
    assert 0x60003000 not in ds  # the overlay of the repeating group


def test_private_attributes_go_and_sequences_are_cleaned() -> None:
    ds = Anonymiser().apply(_everything(1))
    assert 0x00291010 not in ds
    [item] = ds.AnatomicRegionSequence
    assert not item.PatientName and 0x00291010 not in item
    assert item.ReferencedSOPInstanceUID.startswith("2.25.")
    [image] = ds.SourceImageSequence  # X/Z/U*: kept, its items cleaned
    assert not image.PatientName and image.ReferencedSOPInstanceUID.startswith("2.25.")


def test_uids_stay_consistent_within_an_export_and_differ_between_exports() -> None:
    one = Anonymiser()
    first, second = one.apply(_everything(1)), one.apply(_everything(2))
    assert first.StudyInstanceUID == second.StudyInstanceUID != STUDY
    assert first.StudyInstanceUID.startswith("2.25.") and len(first.StudyInstanceUID) <= 64
    assert first.SOPInstanceUID != second.SOPInstanceUID
    assert first.file_meta.MediaStorageSOPInstanceUID == first.SOPInstanceUID
    assert Anonymiser().apply(_everything(1)).StudyInstanceUID != first.StudyInstanceUID


def test_the_copy_says_it_was_anonymised_and_how() -> None:
    ds = Anonymiser().apply(_everything(1))
    assert ds.PatientIdentityRemoved == "YES"
    assert "Basic Application Level Confidentiality Profile" in ds.DeidentificationMethod
    [code] = ds.DeidentificationMethodCodeSequence
    assert (code.CodeValue, code.CodingSchemeDesignator) == ("113100", "DCM")


def test_an_image_with_text_burned_into_its_pixels_is_refused() -> None:
    with pytest.raises(DeskError, match="burned into the picture"):
        Anonymiser().apply(ct(BurnedInAnnotation="YES"))
