"""The schema of a session file at the newest revision, as a plain list (no SQLAlchemy to import).

Reading a file checks its schema against this before any query runs (store/untrusted.py). It is
the SQLModel tables at head plus alembic's version table, written out so that a command that only
reads a file need not import the ORM; tests/store/test_read_only.py checks that it agrees with
the table classes, so a new column or index fails there until it is added here too.
"""

from __future__ import annotations

# table → its columns, in the order the table classes declare them
TABLES: dict[str, tuple[str, ...]] = {
    "alembic_version": ("version_num",),
    "field_history": ("field", "clock", "versions"),
    "participant": ("id", "position", "role", "area", "municipality", "name", "uid", "stamps"),
    "question": ("key", "position", "summary", "minutes", "planned_minutes", "elapsed_seconds"),
    "session": ("id", "title", "county", "municipalities", "date", "place", "facilitators", "template", "status",
                "preparation", "contact_talk", "next_steps", "start_time", "end_time", "meeting_form", "round",
                "survey_items", "map_json", "created", "modified", "origin", "origin_place"),
    "survey_response": ("id", "position", "ratings", "comment", "created"),
    "talk": ("id", "position", "role", "municipality", "summary", "created"),
    "tombstone": ("kind", "id", "at", "snapshot"),
    "vocabulary": ("keyword", "position"),
    "note_group": ("id", "question_key", "label", "position", "votes", "stamp", "folded"),
    "note": ("id", "question_key", "position", "text", "facet", "group_id", "votes", "municipality", "x", "y", "color",
             "created", "modified", "channel", "talk_id", "stamps"),
    "note_keyword": ("note_id", "keyword", "position"),
}

# index → (table, columns)
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ix_note_talk_id": ("note", ("talk_id",)),
    "ix_note_question_key": ("note", ("question_key",)),
}
