"""The schema revision this desk writes: Alembic's head (a test keeps the two equal). A
module of its own, so that desk's start compares the stored revision with it without
importing SQLAlchemy or Alembic (:mod:`desk.storage.unlock`)."""

HEAD = "0015_staff_language"
