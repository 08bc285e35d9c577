"""Several coordinators at once: row versions, no live pair twice, change notices on a server.

Revision ID: 0005_coordinators
Revises: 0004_evaluation
Create Date: 2026-12-04 21:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_coordinators"
down_revision = "0004_evaluation"
branch_labels = None
depends_on = None

# The tables coordinators edit (models.Versioned); person has had its updated_at from the start.
VERSIONED = ("setting", "person", "programme", "enrolment", "partnership", "goal", "check_in")
LIVE = "status IN ('draft', 'active', 'paused')"

# On PostgreSQL every change to a table wakes the other coordinators' windows (LISTEN/NOTIFY).
# The payload is the writer's application_name, so a window can skip its own changes.
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION revmentor_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('revmentor_changes', current_setting('application_name'));
    RETURN NULL;
END
$$
"""


def _tables() -> list[str]:
    return [t for t in sa.inspect(op.get_bind()).get_table_names() if t != "alembic_version"]


def upgrade() -> None:
    for table in VERSIONED:
        # recreate="never": a plain ALTER, never a rebuild that would cascade-delete children.
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
            batch_op.add_column(
                sa.Column("updated_by", sa.String(120), server_default="", nullable=False)
            )
            if table != "person":
                batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True)))
    # Two coordinators accepting the same suggestion at the same moment: the second one fails.
    op.create_index(
        "uq_partnership_live_pair",
        "partnership",
        ["programme_id", "mentor_id", "mentee_id"],
        unique=True,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        for table in _tables():
            op.execute(
                f"CREATE TRIGGER revmentor_notify_change AFTER INSERT OR UPDATE OR DELETE "
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION revmentor_notify_change()'
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _tables():
            op.execute(f'DROP TRIGGER IF EXISTS revmentor_notify_change ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS revmentor_notify_change()")
    op.drop_index("uq_partnership_live_pair", table_name="partnership")
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.drop_column("version")
            batch_op.drop_column("updated_by")
            if table != "person":
                batch_op.drop_column("updated_at")
