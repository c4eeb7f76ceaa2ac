"""initial schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('area', sa.String(), nullable=False),
    sa.Column('municipality', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('question',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('minutes', sa.String(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=True),
    sa.Column('elapsed_seconds', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('session',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('county', sa.String(), nullable=False),
    sa.Column('municipalities', sa.String(), nullable=False),
    sa.Column('date', sa.String(), nullable=False),
    sa.Column('place', sa.String(), nullable=False),
    sa.Column('facilitators', sa.String(), nullable=False),
    sa.Column('template', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('preparation', sa.String(), nullable=False),
    sa.Column('contact_talk', sa.String(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('modified', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('vocabulary',
    sa.Column('keyword', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('keyword')
    )
    op.create_table('note_group',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('question_key', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_key'], ['question.key'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('note',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('question_key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('facet', sa.String(), nullable=True),
    sa.Column('group_id', sa.String(), nullable=True),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(), nullable=True),
    sa.Column('x', sa.Float(), nullable=True),
    sa.Column('y', sa.Float(), nullable=True),
    sa.Column('color', sa.String(), nullable=True),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('modified', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['note_group.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['question_key'], ['question.key'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_question_key'), ['question_key'], unique=False)

    op.create_table('note_keyword',
    sa.Column('note_id', sa.String(), nullable=False),
    sa.Column('keyword', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('note_id', 'keyword')
    )


def downgrade() -> None:
    op.drop_table('note_keyword')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_question_key'))

    op.drop_table('note')
    op.drop_table('note_group')
    op.drop_table('vocabulary')
    op.drop_table('session')
    op.drop_table('question')
    op.drop_table('participant')
