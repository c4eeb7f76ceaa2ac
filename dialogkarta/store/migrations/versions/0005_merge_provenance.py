"""what a file remembers for merging copies: origin, per-field stamps, tombstones, field clocks

Existing notes get modified = created where it was empty; existing participants get uuids.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tombstone',
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('at', sa.String(), nullable=False),
    sa.Column('snapshot', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'id')
    )
    op.create_table('field_history',
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('clock', sa.String(), nullable=False),
    sa.Column('versions', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('field')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('origin_place', sa.String(), nullable=False, server_default=''))
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uid', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('stamps', sa.String(), nullable=False, server_default='{}'))
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stamp', sa.String(), nullable=False, server_default=''))
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stamps', sa.String(), nullable=False, server_default='{}'))
    connection = op.get_bind()
    connection.execute(sa.text("UPDATE note SET modified = created WHERE modified = ''"))
    # Derived, not random: two copies of one old file upgraded on two laptops must agree on them.
    session_id = connection.execute(sa.text("SELECT id FROM session")).scalar() or ""
    for (participant_id,) in connection.execute(sa.text("SELECT id FROM participant")).fetchall():
        uid = uuid.uuid5(uuid.NAMESPACE_URL, f"dialogkarta:{session_id}:participant:{participant_id}")
        connection.execute(sa.text("UPDATE participant SET uid = :uid WHERE id = :id"), {"uid": str(uid), "id": participant_id})
    connection.execute(sa.text("UPDATE session SET origin = :origin"), {"origin": str(uuid.uuid4())})


def downgrade() -> None:
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_column('stamps')
    with op.batch_alter_table('note_group', schema=None) as batch_op:
        batch_op.drop_column('stamp')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('stamps')
        batch_op.drop_column('uid')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('origin_place')
        batch_op.drop_column('origin')
    op.drop_table('field_history')
    op.drop_table('tombstone')
