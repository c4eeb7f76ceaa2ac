"""the map stored in the session file, a channel on notes, the one-to-one talks

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('talk',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('municipality', sa.String(), nullable=True),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('map_json', sa.String(), nullable=False, server_default=''))
    # The batch copy drops the old note table, and with foreign keys on (they cannot be switched
    # off inside the upgrade's one transaction) that cascades into note_keyword: keep it aside.
    op.execute('CREATE TEMP TABLE keywords_0007 AS SELECT * FROM note_keyword')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('talk_id', sa.String(), nullable=True))
        batch_op.create_index(batch_op.f('ix_note_talk_id'), ['talk_id'], unique=False)
        batch_op.create_foreign_key('fk_note_talk_id_talk', 'talk', ['talk_id'], ['id'], ondelete='CASCADE')
    op.execute('DELETE FROM note_keyword')
    op.execute('INSERT INTO note_keyword SELECT * FROM keywords_0007')
    op.execute('DROP TABLE keywords_0007')

def downgrade() -> None:
    op.execute('CREATE TEMP TABLE keywords_0007 AS SELECT * FROM note_keyword')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_constraint('fk_note_talk_id_talk', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_note_talk_id'))
        batch_op.drop_column('talk_id')
        batch_op.drop_column('channel')
    op.execute('DELETE FROM note_keyword')
    op.execute('INSERT INTO note_keyword SELECT * FROM keywords_0007')
    op.execute('DROP TABLE keywords_0007')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('map_json')
    op.drop_table('talk')
