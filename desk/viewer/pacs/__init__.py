"""desk.viewer.pacs: a patient's studies on the clinic's PACS, fetched into the image store.

The flow, for the chart::

    config = settings.load()
    client = connect.client_from_settings(config)       # DICOMweb or DIMSE, as set up
    key = connect.patient_key(patient.mrn, config)       # by identifier, never by name
    found = client.studies(key)                          # list[Study], newest first
    retrieve.retrieve(workspace, client, found[0], key, patient.id, actor,
                      progress=on_progress, cancel=stop_event)
    # then desk.viewer.library.load_study opens it offline, as a disc's study
    send.send_study(workspace, client, disc_study_uid, key, actor)   # STOW-RS or C-STORE

``studies`` holds the result model (``PatientKey``, ``Study``, ``Series``, ``Instance``),
``dicomweb`` and ``dimse`` the two clients (both also list a study's ``series`` and
``instances``), ``retrieve`` the sealing into the encrypted store (marked ``source =
"pacs"``), ``send`` a disc's study to the PACS under the clinic's identifier, ``connect``
the client the ``pacs.*`` settings name. Every failure is a ``DeskError`` with a message for
a receptionist; nothing of a failed or cancelled retrieve is kept.
"""
