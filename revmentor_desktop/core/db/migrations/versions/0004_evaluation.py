"""Partners' self-assessments and closing conversations; a calendar export count per partnership.

Revision ID: 0004_evaluation
Revises: 0003_privacy
Create Date: 2026-12-04 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_evaluation"
down_revision = "0003_privacy"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    # A column with a default is a plain ALTER; recreate="never" keeps the partnership table
    # from being rebuilt, which with foreign keys on would cascade-delete goals and check-ins.
    with op.batch_alter_table("partnership", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("calendar_sequence", sa.Integer(), server_default="0", nullable=False)
        )
    op.create_table(
        "self_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction", _enum("goal_direction", "mentee_learns", "mentor_learns"), nullable=False
        ),  # fmt: skip
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column(
            "moment", _enum("assessment_moment", "start", "midpoint", "final"), nullable=False
        ),  # fmt: skip
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("confidence_note", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("check_in_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_self_assessment_level_range")),
        sa.ForeignKeyConstraint(
            ["check_in_id"],
            ["check_in.id"],
            name=op.f("fk_self_assessment_check_in_id_check_in"),
            ondelete="SET NULL",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_self_assessment_partnership_id_partnership"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_self_assessment_skill_id_skill"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_assessment")),
        sa.UniqueConstraint(
            "partnership_id",
            "direction",
            "skill_id",
            "moment",
            name="uq_self_assessment_one_rating",
        ),  # fmt: skip
    )
    op.create_index(
        op.f("ix_self_assessment_partnership_id"), "self_assessment", ["partnership_id"]
    )
    op.create_table(
        "closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("role", _enum("closure_role", "reverse_mentor", "mentee"), nullable=False),
        sa.Column("learnt", sa.Text(), nullable=False),
        sa.Column("recommend_score", sa.Integer(), nullable=True),
        sa.Column("would_take_part_again", sa.Boolean(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "recommend_score IS NULL OR recommend_score BETWEEN 0 AND 10",
            name=op.f("ck_closure_recommend_range"),
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_closure_partnership_id_partnership"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
        sa.UniqueConstraint("partnership_id", "role", name="uq_closure_one_per_partner"),
    )
    op.create_index(op.f("ix_closure_partnership_id"), "closure", ["partnership_id"])


def downgrade() -> None:
    op.drop_table("closure")
    op.drop_table("self_assessment")
    with op.batch_alter_table("partnership", recreate="never") as batch_op:
        batch_op.drop_column("calendar_sequence")
