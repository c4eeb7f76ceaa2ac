"""votes given to a theme (note_group.votes), beside the votes on its notes

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('votes', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.drop_column('votes')
