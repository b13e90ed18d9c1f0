"""The PACS this workstation is set up for (the ``pacs.*`` settings), and its password.

``client_from_settings(config)`` gives a :class:`~desk.viewer.pacs.dicomweb.DicomWebClient`
(``pacs.protocol = "dicomweb"``: ``pacs.dicomweb_url``, basic auth as ``pacs.username``
with the password from the key store, TLS checked against ``server.ca_bundle``, the
clinic's CA) or a :class:`~desk.viewer.pacs.dimse.DimseClient` (``"c-get"`` or
``"c-move"``: ``pacs.host``, ``pacs.port``, the AE titles, ``pacs.move_port``, DICOM TLS
with ``pacs.dimse_tls``).
``patient_key(mrn, config)`` is whose studies to ask for; ``store_password`` keeps the
DICOMweb password in the system key store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.errors import DeskError
from desk.viewer.pacs.studies import PatientKey
from desk.words import translate

if TYPE_CHECKING:
    from desk.storage.settings import Settings
    from desk.viewer.pacs.dicomweb import DicomWebClient
    from desk.viewer.pacs.dimse import DimseClient

PASSWORD_ACCOUNT = "pacs-password:{url}"


def client_from_settings(config: Settings) -> DicomWebClient | DimseClient:
    """A client for the PACS the settings name; a clear error when none is set."""
    pacs = config.pacs
    if pacs.protocol == "dicomweb":
        return _dicomweb(config)
    from desk.viewer.pacs.dicomweb import tls_context
    from desk.viewer.pacs.dimse import DimseClient

    if not pacs.host:
        raise DeskError(translate("DeskError", "No PACS is set up on this workstation. Set "
                                               "pacs.host (or pacs.dicomweb_url with "
                                               "pacs.protocol = \"dicomweb\")."), kind="input")
    return DimseClient(pacs.host, pacs.port, called=pacs.ae_title, calling=pacs.own_ae_title,
                       timeout=pacs.timeout_seconds,
                       move_port=pacs.move_port if pacs.protocol == "c-move" else None,
                       tls=tls_context(config.server.ca_bundle) if pacs.dimse_tls else None)


def patient_key(mrn: str, config: Settings) -> PatientKey:
    """Whose studies to ask for: the patient's record number at the clinic's issuer."""
    return PatientKey(mrn, config.pacs.issuer)


def store_password(config: Settings, password: str) -> None:
    """Keep the DICOMweb PACS's password in the system key store."""
    from desk.storage import keys

    if not password:
        raise DeskError(translate("DeskError", "No password was given; nothing "
                                               "was stored."), kind="input")
    keys.store_secret(PASSWORD_ACCOUNT.format(url=_url(config)), password)


def _dicomweb(config: Settings) -> DicomWebClient:
    import httpx

    from desk.storage import keys
    from desk.viewer.pacs.dicomweb import DicomWebClient

    url = _url(config)
    auth = None
    if config.pacs.username:
        password = keys.load_secret(PASSWORD_ACCOUNT.format(url=url))
        if not password:
            raise DeskError(translate("DeskError", "desk has no password for the PACS. Ask IT "
                                                   "to store it."),
                            kind="auth")
        auth = httpx.BasicAuth(config.pacs.username, password)
    return DicomWebClient(url, auth=auth, ca_bundle=config.server.ca_bundle or None,
                          timeout=config.pacs.timeout_seconds)


def _url(config: Settings) -> str:
    if not config.pacs.dicomweb_url:
        raise DeskError(translate("DeskError", "No PACS is set up on this workstation. Set "
                                               "pacs.dicomweb_url."),
                        kind="input")
    return config.pacs.dicomweb_url
