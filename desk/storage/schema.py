"""The tables of the workspace database (SQLAlchemy Core).

Every table lives in the one SQLCipher file. Changes to this module ship with an Alembic
migration in ``desk/storage/migrations/versions``.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

workspace_info = sa.Table(
    "workspace_info", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

staff_user = sa.Table(
    "staff_user", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("username", sa.Text, nullable=False, unique=True),
    sa.Column("display_name", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("failed_attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.Text),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("language", sa.Text),  # None: the machine's default (ui.language)
)

patient = sa.Table(
    "patient", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("mrn", sa.Text, nullable=False, unique=True),
    sa.Column("family", sa.Text, nullable=False),
    sa.Column("given", sa.Text, nullable=False),
    sa.Column("birth_date", sa.Date),
    sa.Column("sex", sa.Text, nullable=False, server_default="unknown"),
    sa.Column("phone", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
    sa.Column("address", sa.Text, nullable=False, server_default=""),
    sa.Column("city", sa.Text, nullable=False, server_default=""),
    sa.Column("postal_code", sa.Text, nullable=False, server_default=""),
    sa.Column("state", sa.Text, nullable=False, server_default=""),
    sa.Column("language", sa.Text, nullable=False, server_default="en"),
    sa.Column("merged_into", sa.Text, sa.ForeignKey("patient.id")),
    sa.Column("updated_at", sa.Text, nullable=False),
    sa.Index("ix_patient_merged_into", "merged_into",
             sqlite_where=sa.text("merged_into IS NOT NULL")),
)

appointment = sa.Table(
    "appointment", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("patient_id", sa.Text, sa.ForeignKey("patient.id"), nullable=False, index=True),
    sa.Column("start", sa.DateTime, nullable=False, index=True),
    sa.Column("minutes", sa.Integer, nullable=False, server_default="15"),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("practitioner", sa.Text, nullable=False, server_default=""),
    sa.Column("state", sa.Text, nullable=False, server_default="scheduled"),
    sa.Column("arrived_at", sa.DateTime),
    sa.Column("walk_in", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("intake_status", sa.Text, nullable=False, server_default="none"),
    sa.Column("updated_at", sa.Text, nullable=False),
)

# One row per change that must reach the server, written in the change's own transaction.
# The push reads the record's current state, so several changes to one record coalesce.
outbox = sa.Table(
    "outbox", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("record_type", sa.Text, nullable=False),
    sa.Column("record_id", sa.Text, nullable=False, index=True),
    sa.Column("op", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.Text),
    sa.Column("state", sa.Text, nullable=False, server_default="pending"),
    sa.Column("last_error", sa.Text),
)

# Who viewed or changed what, never the data. Each entry hashes the previous one.
audit = sa.Table(
    "audit", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("user_id", sa.Text),
    sa.Column("username", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("record_type", sa.Text, nullable=False, server_default=""),
    sa.Column("record_id", sa.Text, nullable=False, server_default=""),
    sa.Column("outcome", sa.Text, nullable=False, server_default="ok"),
    sa.Column("prev_hash", sa.Text, nullable=False),
    sa.Column("hash", sa.Text, nullable=False),
    sqlite_autoincrement=True,  # a deleted entry's number is never given again
)

# Names of files in the encrypted blob store, by the record they belong to.
blob = sa.Table(
    "blob", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("record_type", sa.Text, nullable=False),
    sa.Column("record_id", sa.Text, nullable=False, index=True),
    sa.Column("media_type", sa.Text, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
)

# A form being filled in, saved after every change so nothing typed is lost.
draft = sa.Table(
    "draft", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("patient_id", sa.Text, sa.ForeignKey("patient.id")),
    sa.Column("appointment_id", sa.Text),
    sa.Column("questionnaire", sa.Text, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
    sa.Column("page", sa.Integer, nullable=False, server_default="0"),
)

# Forms handed to the kiosk for a patient (``status`` sent, completed or cancelled), found at
# the kiosk by ``code``; the completed QuestionnaireResponse is kept as JSON.
intake = sa.Table(
    "intake", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("patient_id", sa.Text, sa.ForeignKey("patient.id"), nullable=False, index=True),
    sa.Column("appointment_id", sa.Text, index=True),
    sa.Column("questionnaire", sa.Text, nullable=False),
    sa.Column("language", sa.Text, nullable=False, server_default="en"),
    sa.Column("status", sa.Text, nullable=False, server_default="sent"),
    sa.Column("code", sa.Text, index=True),
    sa.Column("response_json", sa.Text),
    sa.Column("sent_at", sa.Text, nullable=False),
    sa.Column("completed_at", sa.Text),
    sa.Column("updated_at", sa.Text, nullable=False),
)

# Read-only history pulled from the server (Encounter, Condition, AllergyIntolerance,
# MedicationStatement, ImagingStudy, DocumentReference), by the local patient it concerns.
history_resource = sa.Table(
    "history_resource", metadata,
    sa.Column("resource_type", sa.Text, primary_key=True),
    sa.Column("server_id", sa.Text, primary_key=True),
    sa.Column("patient_id", sa.Text, index=True),
    sa.Column("version", sa.Text),
    sa.Column("occurred", sa.Text),
    sa.Column("resource_json", sa.Text, nullable=False),
    sa.Column("pulled_at", sa.Text, nullable=False),
    sa.Column("removed_at", sa.Text),  # when the server was found no longer to hold it
)

# DICOM images kept on this computer (from a patient's disc, the demo, or retrieved from the
# PACS), one row per SOP instance; the file itself is sealed in the blob store under the
# row's id. ``source`` is "disc" or "pacs": a retrieved image can be fetched again, so a
# cache limit may drop it, never a disc's.
image_instance = sa.Table(
    "image_instance", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("patient_id", sa.Text, sa.ForeignKey("patient.id"), nullable=False, index=True),
    sa.Column("sop_uid", sa.Text, nullable=False, unique=True),
    sa.Column("study_uid", sa.Text, nullable=False, index=True),
    sa.Column("series_uid", sa.Text, nullable=False),
    sa.Column("study_date", sa.Text),
    sa.Column("study_description", sa.Text, nullable=False, server_default=""),
    sa.Column("series_description", sa.Text, nullable=False, server_default=""),
    sa.Column("modality", sa.Text, nullable=False, server_default=""),
    sa.Column("series_number", sa.Integer),
    sa.Column("instance_number", sa.Integer),
    sa.Column("slice_position", sa.Float),
    sa.Column("frames", sa.Integer, nullable=False, server_default="1"),
    sa.Column("blob_id", sa.Text, nullable=False),
    sa.Column("imported_at", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False, server_default="disc"),
    # every element of the file was read when it was kept (the viewer need not again)
    sa.Column("read_whole", sa.Boolean, nullable=False, server_default="0"),
)

# Studies from discs staff asked to send to the clinic's PACS, until they are there
# (``desk.viewer.pacs.queue``): waiting (retried), refused (with the reason), sent. Whose
# they are is the images' own patient (a merge moves them).
image_send = sa.Table(
    "image_send", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("study_uid", sa.Text, nullable=False, unique=True),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("queued_at", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("sent", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
    sa.Column("done_at", sa.Text),
)

# When a study of images was last opened in the viewer or retrieved: the cache limit
# (``imaging.cache_limit_gb``) drops the least recently used retrieved study first.
image_study_use = sa.Table(
    "image_study_use", metadata,
    sa.Column("study_uid", sa.Text, primary_key=True),
    sa.Column("used_at", sa.Text, nullable=False),
)
