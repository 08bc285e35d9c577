"""Erased people are marked, and data-protection requests have an audit trail.

Revision ID: 0003_privacy
Revises: 0002_employee_id
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_privacy"
down_revision = "0002_employee_id"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column is a plain ALTER; recreate="never" keeps the person table from being
    # rebuilt, which with foreign keys on would cascade-delete every enrolment and skill.
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "privacy_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "export",
                "erase",
                name="privacy_request_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("backups_holding", sa.Integer(), nullable=True),
        sa.Column("backups_deleted", sa.Integer(), nullable=True),
        sa.CheckConstraint("records >= 0", name=op.f("ck_privacy_request_records_positive")),
        sa.CheckConstraint(
            "backups_holding IS NULL OR backups_holding >= 0",
            name=op.f("ck_privacy_request_backups_holding_positive"),
        ),
        sa.CheckConstraint(
            "backups_deleted IS NULL OR backups_deleted >= 0",
            name=op.f("ck_privacy_request_backups_deleted_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_request")),
    )


def downgrade() -> None:
    op.drop_table("privacy_request")
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.drop_column("erased_at")
