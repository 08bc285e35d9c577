"""People keep their HR system's employee ID, so re-imports recognise them by it.

Revision ID: 0002_employee_id
Revises: 0001_initial
Create Date: 2026-11-30 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_employee_id"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column and an index are plain ALTERs even on SQLite. recreate="never" makes sure
    # the person table is never rebuilt: with foreign keys on, dropping it would cascade-delete
    # every enrolment and skill.
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("employee_id", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_person_employee_id"), ["employee_id"], unique=True)


def downgrade() -> None:
    # SQLite (3.35 and later) drops a column in place once no index uses it.
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_employee_id"))
        batch_op.drop_column("employee_id")
