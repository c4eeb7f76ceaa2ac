"""Alembic environment: always run on a connection handed over by dialogkarta.store."""

from __future__ import annotations

from alembic import context

from dialogkarta.model.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
