"""What a PACS answers about a patient's images, whichever protocol asked.

A query names the patient by identifier (:class:`PatientKey`: the Patient ID and, when the
clinic's PACS keeps one, its issuer), never by name: two patients may share a name, never an
identifier. Both clients ask for the same attributes (:data:`STUDY_KEYS` and friends) and
turn each answer, a pydicom ``Dataset``, into a :class:`Study`, :class:`Series` or
:class:`Instance`. A study the PACS returns for another identifier is dropped
(:func:`studies_of`): the issuer is compared here, and a PACS that matched loosely must not
show another patient's images.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset

    from desk.viewer.quick_header import Header

log = logging.getLogger(__name__)



def garbled() -> str:
    """What staff read when the image archive's answer cannot be read."""
    return translate("DeskError", "The image archive (PACS) sent an answer desk cannot read. "
                                  "Try again; if it keeps happening, tell IT.")


STUDY_KEYS = ("StudyInstanceUID", "StudyDate", "StudyTime", "StudyDescription",
              "AccessionNumber", "ModalitiesInStudy", "PatientID", "IssuerOfPatientID",
              "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances")
SERIES_KEYS = ("SeriesInstanceUID", "SeriesNumber", "Modality", "SeriesDescription",
               "NumberOfSeriesRelatedInstances")
INSTANCE_KEYS = ("SOPInstanceUID", "SOPClassUID", "SeriesInstanceUID", "InstanceNumber")


@dataclass(frozen=True, slots=True)
class PatientKey:
    """Whose studies to ask for: the Patient ID (0010,0020) and its issuer (0010,0021);
    an empty issuer asks by the Patient ID alone."""

    patient_id: str
    issuer: str = ""

    def __post_init__(self) -> None:
        if not self.patient_id.strip() or "*" in self.patient_id or "?" in self.patient_id:
            raise DeskError(translate("DeskError", "This patient has no identifier the image "
                                                   "archive knows, so their studies cannot be "
                                                   "looked up."), kind="input")

    def owns(self, ds: Dataset | Header) -> bool:
        """Whether an answer is about this patient (the issuer compared when known)."""
        if str(ds.get("PatientID", "")).strip() != self.patient_id.strip():
            return False
        return not self.issuer or str(ds.get("IssuerOfPatientID", "")).strip() == self.issuer


@dataclass(frozen=True, slots=True)
class Study:
    uid: str
    date: str  # DICOM DA, YYYYMMDD, or ""
    description: str
    modalities: tuple[str, ...]
    accession: str
    series_count: int | None
    instance_count: int | None


@dataclass(frozen=True, slots=True)
class Series:
    uid: str
    number: int | None
    modality: str
    description: str
    instance_count: int | None


@dataclass(frozen=True, slots=True)
class Instance:
    uid: str
    sop_class: str
    series_uid: str
    number: int | None


def study_query(key: PatientKey) -> dict[str, str]:
    """The attributes of a study-level query for ``key``'s studies (empty: return it).

    The issuer is asked back, not matched: Orthanc 1.10's QIDO-RS matches no value holding
    a colon (``urn:oid:...``), so :func:`studies_of` compares it here, for both protocols."""
    query = dict.fromkeys(STUDY_KEYS, "")
    query["PatientID"] = key.patient_id
    return query


def studies_of(key: PatientKey, answers: Iterable[Dataset]) -> list[Study]:
    """The studies among ``answers`` that are ``key``'s, newest first."""
    found: list[Study] = []
    for ds in answers:
        if not key.owns(ds):
            log.warning("the PACS answered a study query with another patient's study; "
                        "it was left out")
            continue
        found.append(Study(
            _uid(ds, "StudyInstanceUID"), _text(ds, "StudyDate"), _text(ds, "StudyDescription"),
            tuple(str(m) for m in _values(ds, "ModalitiesInStudy")),
            _text(ds, "AccessionNumber"), _int(ds, "NumberOfStudyRelatedSeries"),
            _int(ds, "NumberOfStudyRelatedInstances")))
    return sorted(found, key=lambda s: s.date, reverse=True)


def series_of(answers: Iterable[Dataset]) -> list[Series]:
    """The series among ``answers``, in series number order."""
    found = [Series(_uid(ds, "SeriesInstanceUID"), _int(ds, "SeriesNumber"),
                    _text(ds, "Modality"), _text(ds, "SeriesDescription"),
                    _int(ds, "NumberOfSeriesRelatedInstances")) for ds in answers]
    return sorted(found, key=lambda s: (s.number is None, s.number or 0))


def instances_of(answers: Iterable[Dataset]) -> list[Instance]:
    """The instances among ``answers``, in instance number order."""
    found = [Instance(_uid(ds, "SOPInstanceUID"), _text(ds, "SOPClassUID"),
                      _text(ds, "SeriesInstanceUID"), _int(ds, "InstanceNumber"))
             for ds in answers]
    return sorted(found, key=lambda i: (i.number is None, i.number or 0))


def _text(ds: Dataset, keyword: str) -> str:
    value = ds.get(keyword, "")
    return "" if value is None else str(value).strip()


def _values(ds: Dataset, keyword: str) -> list[Any]:
    value = ds.get(keyword)
    if value is None or value == "":
        return []
    return list(value) if not isinstance(value, str) else value.split("\\")


def _uid(ds: Dataset, keyword: str) -> str:
    uid = _text(ds, keyword)
    if not uid or len(uid) > 64 or not all(c.isdigit() or c == "." for c in uid):
        log.warning("the PACS answered without a usable %s", keyword)
        raise DeskError(garbled(), kind="server")
    return uid


def _int(ds: Dataset, keyword: str) -> int | None:
    try:
        value = ds.get(keyword)
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None
