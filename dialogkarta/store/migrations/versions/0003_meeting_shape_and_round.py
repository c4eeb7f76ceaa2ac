"""the meeting's shape (start, end, form) and the round a session belongs to

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start_time', sa.String(), nullable=False, server_default='09:00'))
        batch_op.add_column(sa.Column('end_time', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('meeting_form', sa.String(), nullable=False, server_default='on_site'))
        batch_op.add_column(sa.Column('round', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('round')
        batch_op.drop_column('meeting_form')
        batch_op.drop_column('end_time')
        batch_op.drop_column('start_time')
