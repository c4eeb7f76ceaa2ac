"""a theme folded to its label on the board (note_group.folded), kept with the session

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain text default lets SQLite add the column in place: a batch copy of note_group would
    # drop the old table, and with foreign keys on that empties every note's group_id.
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('folded', sa.Boolean(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.drop_column('folded')
