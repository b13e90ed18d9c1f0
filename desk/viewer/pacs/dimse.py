"""A PACS over DIMSE (pynetdicom): C-FIND to find studies, C-GET or C-MOVE to fetch them.

``DimseClient(host, port, called=..., calling=...)`` asks a PACS by the Study Root model.
:meth:`~DimseClient.studies`, :meth:`series` and :meth:`instances` are C-FINDs;
:meth:`retrieve` fetches a study's files one at a time by C-GET (on desk's own association)
or, with ``move_port`` set, by C-MOVE to a storage SCP desk starts for the retrieve on that
port (the PACS must know desk's AE title at this workstation's address); :meth:`store` sends
images by C-STORE. With ``tls`` (an ``ssl.SSLContext``) desk's associations use DICOM TLS,
the PACS's certificate checked; the C-MOVE storage SCP does not. Every socket gets
``TCP_NODELAY``: pynetdicom leaves Nagle on, and each round trip then waits ~44 ms for a
delayed ACK; and its reactor waits 0.1 ms, not 1 ms, when idle. A failed association or
a refused request raises ``DeskError``.
"""

from __future__ import annotations

import functools
import logging
import queue
import socket
import socketserver
import ssl
import struct
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.viewer.pacs.studies import (
    INSTANCE_KEYS,
    SERIES_KEYS,
    Instance,
    PatientKey,
    Series,
    Study,
    instances_of,
    series_of,
    studies_of,
    study_query,
)
from desk.words import translate

if TYPE_CHECKING:
    from pydicom import Dataset
    from pynetdicom.association import Association
    from pynetdicom.events import Event

log = logging.getLogger(__name__)

SUCCESS = 0x0000
STORED = (SUCCESS, 0xB000, 0xB006, 0xB007)  # kept, some with a warning (values coerced)
FIND = "1.2.840.10008.5.1.4.1.2.2.1"  # Study Root Query/Retrieve Information Model
MOVE = "1.2.840.10008.5.1.4.1.2.2.2"
GET = "1.2.840.10008.5.1.4.1.2.2.3"
POLL_SECONDS = 0.005  # how often the C-MOVE storage SCP looks whether it is to stop
MAX_PDU = 4 * 1024 * 1024
RUN_LOOP_SECONDS = 0.0001  # how long an association's reactor waits when it is idle
ACCEPTED = [  # images come as the PACS keeps them, in any syntax desk's decoders read
    "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",  # JPEG baseline, extended
    "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70",  # JPEG lossless
    "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",  # JPEG-LS
    "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91",  # JPEG 2000
    "1.2.840.10008.1.2.5",  # RLE
    "1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.2",  # uncompressed
]
MAX_CONTEXTS = 127  # an association holds 128 presentation contexts; one is the query model


class DimseClient:
    """One PACS at ``host``:``port`` whose AE title is ``called``; desk is ``calling``."""

    def __init__(self, host: str, port: int, *, called: str, calling: str = "DESK",
                 timeout: float = 30.0, move_port: int | None = None,
                 tls: ssl.SSLContext | None = None) -> None:
        self.host, self.port = host, port
        self.tls = tls
        self.called, self.calling = called, calling
        self.timeout = timeout
        self.move_port = move_port

    def studies(self, key: PatientKey) -> list[Study]:
        """``key``'s studies on the PACS, newest first (C-FIND, STUDY level)."""
        return studies_of(key, self._find("STUDY", study_query(key)))

    def series(self, study_uid: str) -> list[Series]:
        """The series of a study (C-FIND, SERIES level)."""
        query = dict.fromkeys(SERIES_KEYS, "") | {"StudyInstanceUID": study_uid}
        return series_of(self._find("SERIES", query))

    def instances(self, study_uid: str, series_uid: str | None = None) -> list[Instance]:
        """The instances of a study, or of one of its series (C-FIND, IMAGE level)."""
        if series_uid is None:
            return [i for s in self.series(study_uid) for i in self.instances(study_uid, s.uid)]
        query = dict.fromkeys(INSTANCE_KEYS, "") | {"StudyInstanceUID": study_uid,
                                                     "SeriesInstanceUID": series_uid}
        return instances_of(self._find("IMAGE", query))

    def retrieve(self, study_uid: str) -> Iterator[bytes]:
        """A study's DICOM files as they arrive (C-GET, or C-MOVE with ``move_port``).
        Closing the iterator early aborts the transfer."""
        identifier = _dataset({"QueryRetrieveLevel": "STUDY", "StudyInstanceUID": study_uid})
        if self.move_port is None:
            yield from self._get(identifier)
        else:
            yield from self._move(identifier)

    def store(self, datasets: Sequence[Dataset]) -> int:
        """Send images to the PACS by C-STORE on one association; returns how many it kept."""
        ae = self._ae()
        for context in _storage_contexts(datasets):
            ae.add_requested_context(*context)
        with self._association(ae) as assoc:
            for ds in datasets:
                _check_stored(assoc.send_c_store(ds))
        return len(datasets)

    def _find(self, level: str, keys: dict[str, str]) -> list[Dataset]:
        ae = self._ae()
        ae.add_requested_context(FIND)
        found: list[Dataset] = []
        with self._association(ae) as assoc:
            for status, answer in assoc.send_c_find(_dataset({"QueryRetrieveLevel": level}
                                                             | keys), FIND):
                _check(status, "C-FIND")
                if answer is not None and status.Status in (0xFF00, 0xFF01):
                    found.append(answer)
        return found

    def _get(self, identifier: Dataset) -> Iterator[bytes]:
        from pynetdicom import StoragePresentationContexts, build_role, evt

        ae = self._ae()
        ae.add_requested_context(GET)
        classes = self._sop_classes(identifier)
        if classes and len(classes) * len(ACCEPTED) <= MAX_CONTEXTS:
            # a context for each syntax: the PACS then sends each image in the syntax it
            # keeps it in (offered together in one context, Orthanc picks uncompressed)
            for sop_class in classes:
                for syntax in ACCEPTED:
                    ae.add_requested_context(sop_class, syntax)
        else:
            classes = [str(c.abstract_syntax) for c in StoragePresentationContexts]
            for sop_class in classes[:MAX_CONTEXTS]:
                ae.add_requested_context(sop_class, ACCEPTED)
        roles = [build_role(c, scp_role=True) for c in classes[:MAX_CONTEXTS]]
        arrived: list[bytes] = []
        handlers = [(evt.EVT_C_STORE, _keep, [arrived.append])]
        with self._association(ae, ext_neg=roles, handlers=handlers) as assoc:
            for status, _answer in assoc.send_c_get(identifier, GET):
                _check(status, "C-GET")
                yield from _drain(arrived)
            yield from _drain(arrived)

    def _sop_classes(self, identifier: Dataset) -> list[str]:
        """The SOP classes of the study (empty when the PACS does not say)."""
        query = {"StudyInstanceUID": str(identifier.StudyInstanceUID), "SOPClassesInStudy": ""}
        answers = self._find("STUDY", query)
        value = answers[0].get("SOPClassesInStudy") if answers else None
        if not value:
            return []
        return [str(v) for v in (value if not isinstance(value, str) else [value])]

    def _move(self, identifier: Dataset) -> Iterator[bytes]:
        from pynetdicom import evt

        arrived: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        scp = _storage_ae(self.calling, self.called, self.timeout)
        try:
            server = scp.make_server(
                ("", self.move_port or 0), server_class=_storage_server(),
                evt_handlers=[(evt.EVT_CONN_OPEN, _no_delay), (evt.EVT_C_STORE, _keep,
                                                               [arrived.put])])
        except OSError as err:
            log.warning("the C-MOVE storage SCP cannot listen (%s)", type(err).__name__)
            raise DeskError(translate("DeskError", "desk cannot receive images on port "
                                                   "{move_port}: another program uses it. Ask "
                                                   "IT to set pacs.move_port to a free port.")
                            .format(move_port=self.move_port),
                            kind="input") from None
        # served here rather than by AE.start_server, whose loop looks for a shutdown only
        # every 0.5 s: half a second added to every C-MOVE
        serving = threading.Thread(target=server.serve_forever, args=(POLL_SECONDS,),
                                   name="desk-storage-scp", daemon=True)
        serving.start()
        try:
            ae = self._ae()
            ae.add_requested_context(MOVE)
            with self._association(ae) as assoc:
                for status, _answer in assoc.send_c_move(identifier, self.calling, MOVE):
                    _check(status, "C-MOVE")
                    while not arrived.empty():
                        yield arrived.get()
            while not arrived.empty():
                yield arrived.get()
        finally:
            socketserver.BaseServer.shutdown(server)  # its own also drops it from AE's list
            server.server_close()
            serving.join()

    def _ae(self) -> Any:
        return _new_ae(self.calling, self.timeout)

    @contextmanager
    def _association(self, ae: Any, *, ext_neg: list[Any] | None = None,
                     handlers: list[Any] | None = None) -> Iterator[Association]:
        from pynetdicom import evt

        assoc = ae.associate(self.host, self.port, ae_title=self.called, ext_neg=ext_neg,
                             tls_args=(self.tls, self.host) if self.tls else None,
                             evt_handlers=[(evt.EVT_CONN_OPEN, _no_delay), *(handlers or [])])
        if not assoc.is_established:
            log.warning("no association with the PACS (%s)", "rejected" if assoc.is_rejected
                        else "aborted" if assoc.is_aborted else "no answer")
            raise DeskError(unreachable(), kind="network")
        done = False
        try:
            yield assoc
            done = True
        finally:
            if done and assoc.is_established:
                assoc.release()
            elif assoc.is_established:
                assoc.abort()  # left early (cancelled, or failed): stop the transfer


def _new_ae(calling: str, timeout: float) -> Any:
    from pynetdicom import AE, _config

    # pynetdicom writes every query and answer into its log, patient ids and names
    # included (desk's log withholds other libraries' messages too: a second guard)
    _config.LOG_REQUEST_IDENTIFIERS = _config.LOG_RESPONSE_IDENTIFIERS = False
    ae = AE(ae_title=calling)
    # the largest PDU desk takes: a PACS cuts each image into PDUs of at most this (pynetdicom
    # offers 16 kB: a 512 x 512 CT slice in 32 PDUs, each decoded in Python)
    ae.maximum_pdu_size = MAX_PDU
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = timeout
    ae.connection_timeout = min(timeout, 5.0)
    return ae


@functools.lru_cache(maxsize=4)
def _storage_ae(calling: str, called: str, timeout: float) -> Any:
    """The AE of the C-MOVE storage SCP, made once: its 170 storage contexts take pynetdicom
    20 ms to set up, a sixth of a whole retrieve. Each retrieve serves it on a server of
    its own, so retrieves at the same time share it safely."""
    from pynetdicom import AllStoragePresentationContexts

    scp = _new_ae(calling, timeout)
    for context in AllStoragePresentationContexts:
        scp.add_supported_context(context.abstract_syntax, ACCEPTED)
    scp.require_called_aet = True
    scp.require_calling_aet = [called]
    return scp


@functools.cache
def _storage_server() -> type:
    """pynetdicom's threaded server, less its ``service_actions``: that runs a full
    ``gc.collect()`` every 60 polls (every 0.3 s here), on the interpreter lock: a sixth
    of a 300-image C-MOVE's time in the benchmark, more in a running desk, whose heap is
    larger. desk's server lives for one retrieve: it has nothing to collect."""
    from pynetdicom.transport import ThreadedAssociationServer

    class StorageServer(ThreadedAssociationServer):
        def service_actions(self) -> None:
            pass

    return StorageServer


def _storage_contexts(datasets: Sequence[Dataset]) -> list[tuple[str, list[str]]]:
    """One presentation context per SOP class, with the transfer syntaxes the images are in
    (and Explicit VR Little Endian, which every PACS takes)."""
    syntaxes: dict[str, set[str]] = {}
    for ds in datasets:
        syntaxes.setdefault(str(ds.SOPClassUID), {"1.2.840.10008.1.2.1"}).add(
            str(ds.file_meta.TransferSyntaxUID))
    if len(syntaxes) > MAX_CONTEXTS:
        raise DeskError(translate("DeskError", "These images are of too many kinds to send at "
                                               "once."), kind="input")
    return [(sop_class, sorted(found)) for sop_class, found in syntaxes.items()]


def unreachable() -> str:
    """What staff read when the image archive cannot be reached over DIMSE."""
    return translate("DeskError", "desk cannot reach the image archive (PACS). Check the "
                                  "network and the PACS settings (host, port, AE titles, "
                                  "TLS); images already on this computer still open.")


def _no_delay(event: Event) -> None:
    """Turn Nagle off on a new association's socket, on both ends desk owns."""
    sock = event.assoc.dul.socket
    if sock is not None and sock.socket is not None:
        sock.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    # pynetdicom's reactor sleeps this long whenever it finds nothing to do (1 ms by
    # default, pydicom/pynetdicom#650): several times an image, half of a C-GET's time
    event.assoc.dul._run_loop_delay = RUN_LOOP_SECONDS


def _keep(event: Event, keep: Any) -> int:
    """A C-STORE sub-operation: keep the file's bytes (preamble and file meta included)."""
    request: Any = event.request  # a C-STORE request: its SOP UIDs and its encoded data set
    keep(b"".join((bytes(128), b"DICM", file_meta(
        str(request.AffectedSOPClassUID), str(request.AffectedSOPInstanceUID),
        str(event.context.transfer_syntax)), request.DataSet.getvalue())))
    return SUCCESS


def file_meta(sop_class: str, sop_instance: str, syntax: str) -> bytes:
    """A received image's file meta group, encoded (Explicit VR Little Endian) as pynetdicom's
    ``Event.encoded_dataset`` does, in a hundredth of its time (that builds and validates
    a pydicom dataset for each image)."""
    from pynetdicom import PYNETDICOM_IMPLEMENTATION_UID, PYNETDICOM_IMPLEMENTATION_VERSION

    elements = b"".join((
        b"\x02\x00\x01\x00OB\x00\x00" + struct.pack("<I", 2) + b"\x00\x01",
        _short(0x0002, "UI", sop_class), _short(0x0003, "UI", sop_instance),
        _short(0x0010, "UI", syntax), _short(0x0012, "UI", str(PYNETDICOM_IMPLEMENTATION_UID)),
        _short(0x0013, "SH", PYNETDICOM_IMPLEMENTATION_VERSION)))
    return b"\x02\x00\x00\x00UL\x04\x00" + struct.pack("<I", len(elements)) + elements


def _short(element: int, vr: str, value: str) -> bytes:
    """A group 0002 element with a 2-byte length: UIDs padded with NUL, text with a space."""
    data = value.encode("ascii")
    if len(data) % 2:
        data += b"\x00" if vr == "UI" else b" "
    return struct.pack("<HH2sH", 0x0002, element, vr.encode(), len(data)) + data


def _drain(arrived: list[bytes]) -> Iterator[bytes]:
    while arrived:
        yield arrived.pop(0)


def _check(status: Dataset, what: str) -> None:
    if "Status" not in status:  # no answer within the timeout: the association is gone
        log.warning("%s: the PACS did not answer", what)
        raise DeskError(unreachable(), kind="network")
    code = int(status.Status)
    if code in (SUCCESS, 0xFF00, 0xFF01):
        return
    if code == 0xB000:  # a retrieve's warning: some sub-operations failed
        log.warning("%s: the PACS could not send every image", what)
        raise DeskError(translate("DeskError", "The image archive (PACS) did not send every "
                                               "image of the study, so none was kept. Try again "
                                               "later."), kind="server")
    log.warning("%s failed with status 0x%04X", what, code)
    raise DeskError(translate("DeskError", "The image archive (PACS) refused the request "
                                           "(status 0x{code:04X}). Ask IT to check the PACS "
                                           "settings.")
                    .format(code=code), kind="server")


def _check_stored(status: Dataset) -> None:
    if "Status" not in status:
        log.warning("C-STORE: the PACS did not answer")
        raise DeskError(unreachable(), kind="network")
    code = int(status.Status)
    if code not in STORED:
        log.warning("C-STORE failed with status 0x%04X", code)
        raise DeskError(translate("DeskError", "The image archive (PACS) refused an image "
                                               "(status 0x{code:04X}). Ask IT to check the PACS "
                                               "settings.")
                        .format(code=code), kind="server")


def _dataset(keys: dict[str, str]) -> Dataset:
    from pydicom import Dataset

    ds = Dataset()
    for keyword, value in keys.items():
        setattr(ds, keyword, value)
    return ds
