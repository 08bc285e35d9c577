"""The complete schema of the first version.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 02:38:51.167449
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planning",
                "running",
                "closed",
                name="programme_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("meeting_interval_days", sa.Integer(), nullable=False),
        sa.Column("checkin_interval_days", sa.Integer(), nullable=False),
        sa.Column("stalled_after_days", sa.Integer(), nullable=False),
        sa.Column("matching_settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("checkin_interval_days > 0", name=op.f("ck_programme_checkin_positive")),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_programme_dates_order"),
        ),
        sa.CheckConstraint("meeting_interval_days > 0", name=op.f("ck_programme_meeting_positive")),
        sa.CheckConstraint("stalled_after_days > 0", name=op.f("ck_programme_stalled_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("name", name=op.f("uq_programme_name")),
    )
    op.create_table(
        "seniority_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_seniority_level_rank_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seniority_level")),
        sa.UniqueConstraint("label", name=op.f("uq_seniority_level_label")),
        sa.UniqueConstraint("rank", name=op.f("uq_seniority_level_rank")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "technology",
                "social_media",
                "diversity_inclusion",
                "leadership",
                "organisational_knowledge",
                "communication",
                "other",
                name="skill_category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
    )
    # Expression indexes: emails and skill names are unique ignoring case.
    op.create_index("uq_skill_name_lower", "skill", [sa.text("lower(name)")], unique=True)
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=False),
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("job_title", sa.String(length=160), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("is_external", sa.Boolean(), nullable=False),
        sa.Column("external_org", sa.String(length=160), nullable=False),
        sa.Column("share_permission_confirmed", sa.Boolean(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("hours_per_month", sa.Float(), nullable=True),
        sa.Column("swot_strengths", sa.Text(), nullable=False),
        sa.Column("swot_weaknesses", sa.Text(), nullable=False),
        sa.Column("swot_opportunities", sa.Text(), nullable=False),
        sa.Column("swot_threats", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("diversity_perspectives", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "hours_per_month IS NULL OR hours_per_month >= 0", name=op.f("ck_person_hours_positive")
        ),
        sa.CheckConstraint("length(trim(email)) > 0", name=op.f("ck_person_email_present")),
        sa.CheckConstraint(
            "manager_id IS NULL OR manager_id <> id", name=op.f("ck_person_not_own_manager")
        ),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["seniority_level.id"],
            name=op.f("fk_person_level_id_seniority_level"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["person.id"],
            name=op.f("fk_person_manager_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_archived"), ["archived"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_level_id"), ["level_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_manager_id"), ["manager_id"], unique=False)
    op.create_index("uq_person_email_lower", "person", [sa.text("lower(email)")], unique=True)

    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "reverse_mentor",
                "mentee",
                name="enrolment_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "withdrawn",
                name="enrolment_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_enrolment_capacity_positive")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_enrolment_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_enrolment_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint("programme_id", "person_id", name="uq_enrolment_programme_person"),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolment_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "pair_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "locked",
                "rejected",
                name="pair_decision_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["person.id"],
            name=op.f("fk_pair_decision_mentee_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["person.id"],
            name=op.f("fk_pair_decision_mentor_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_pair_decision_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pair_decision")),
        sa.UniqueConstraint("programme_id", "mentor_id", "mentee_id", name="uq_pair_decision_pair"),
    )
    with op.batch_alter_table("pair_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pair_decision_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "pairing_preference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "would_like",
                "would_rather_not",
                name="preference_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "person_id <> other_id", name=op.f("ck_pairing_preference_distinct_people")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["person.id"],
            name=op.f("fk_pairing_preference_other_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_pairing_preference_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_preference")),
        sa.UniqueConstraint("person_id", "other_id", name="uq_pairing_preference_pair"),
    )
    with op.batch_alter_table("pairing_preference", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pairing_preference_other_id"), ["other_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pairing_preference_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "paused",
                "completed",
                "ended_early",
                name="partnership_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("wizard_step", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("no_fault_ending", sa.Boolean(), nullable=False),
        sa.Column("match_score", sa.Float(), nullable=True),
        sa.Column("match_breakdown", sa.JSON(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("time_commitment_hours", sa.Float(), nullable=True),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("meeting_interval_days", sa.Integer(), nullable=True),
        sa.Column("meeting_minutes", sa.Integer(), nullable=True),
        sa.Column("meeting_place", sa.Text(), nullable=False),
        sa.Column("preferred_times", sa.Text(), nullable=False),
        sa.Column("agenda_owner", sa.String(length=32), nullable=False),
        sa.Column("cancellation_rule", sa.Text(), nullable=False),
        sa.Column("reply_time", sa.String(length=120), nullable=False),
        sa.Column("confidentiality_agreed", sa.Boolean(), nullable=False),
        sa.Column("off_limits_topics", sa.Text(), nullable=False),
        sa.Column("mentor_feedback_preference", sa.Text(), nullable=False),
        sa.Column("mentee_feedback_preference", sa.Text(), nullable=False),
        sa.Column("ground_rules_accepted", sa.JSON(), nullable=False),
        sa.Column("manager_visibility", sa.Text(), nullable=False),
        sa.Column("external_restrictions", sa.Text(), nullable=False),
        sa.Column("checkin_interval_days", sa.Integer(), nullable=True),
        sa.Column("fit_check_date", sa.Date(), nullable=True),
        sa.Column("midpoint_review_date", sa.Date(), nullable=True),
        sa.Column("final_review_date", sa.Date(), nullable=True),
        sa.Column("success_measures", sa.Text(), nullable=False),
        sa.Column("no_fault_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("mentor_signoff_name", sa.String(length=240), nullable=False),
        sa.Column("mentor_signoff_date", sa.Date(), nullable=True),
        sa.Column("mentee_signoff_name", sa.String(length=240), nullable=False),
        sa.Column("mentee_signoff_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_partnership_dates_order"),
        ),
        sa.CheckConstraint("mentor_id <> mentee_id", name=op.f("ck_partnership_distinct_partners")),
        sa.CheckConstraint(
            "wizard_step BETWEEN 0 AND 5", name=op.f("ck_partnership_wizard_step_range")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["person.id"],
            name=op.f("fk_partnership_mentee_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["person.id"],
            name=op.f("fk_partnership_mentor_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_partnership_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnership_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(
            "ix_partnership_programme_status", ["programme_id", "status"], unique=False
        )

    op.create_table(
        "person_skill",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column(
            "interest",
            sa.Enum(
                "offers",
                "wants",
                name="skill_interest",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_person_skill_level_range")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_skill_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_person_skill_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "skill_id", "interest", name=op.f("pk_person_skill")),
    )
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_skill_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fit_check",
                "check_in",
                "midpoint_review",
                "final_review",
                "brainstorming",
                name="check_in_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("mentor_rating", sa.Integer(), nullable=True),
        sa.Column("mentee_rating", sa.Integer(), nullable=True),
        sa.Column(
            "fit_verdict",
            sa.Enum(
                "good_fit",
                "deciding",
                "not_a_fit",
                name="fit_verdict",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("next_meeting_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name=op.f("ck_check_in_duration")
        ),
        sa.CheckConstraint(
            "mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5",
            name=op.f("ck_check_in_mentee_rating"),
        ),
        sa.CheckConstraint(
            "mentor_rating IS NULL OR mentor_rating BETWEEN 1 AND 5",
            name=op.f("ck_check_in_mentor_rating"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_check_in_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
    )
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_in_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "mentee_learns",
                "mentor_learns",
                name="goal_direction",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=240), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=True),
        sa.Column("success_measure", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "achieved",
                "dropped",
                name="goal_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_goal_progress_range")),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_goal_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_goal_skill_id_skill"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "check_in_goal_progress",
        sa.Column("check_in_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "progress BETWEEN 0 AND 100", name=op.f("ck_check_in_goal_progress_progress_range")
        ),
        sa.ForeignKeyConstraint(
            ["check_in_id"],
            ["check_in.id"],
            name=op.f("fk_check_in_goal_progress_check_in_id_check_in"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_check_in_goal_progress_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("check_in_id", "goal_id", name=op.f("pk_check_in_goal_progress")),
    )


def downgrade() -> None:
    op.drop_table("check_in_goal_progress")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_partnership_id"))

    op.drop_table("goal")
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_partnership_id"))

    op.drop_table("check_in")
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_skill_skill_id"))

    op.drop_table("person_skill")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index("ix_partnership_programme_status")
        batch_op.drop_index(batch_op.f("ix_partnership_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_mentee_id"))

    op.drop_table("partnership")
    with op.batch_alter_table("pairing_preference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairing_preference_person_id"))
        batch_op.drop_index(batch_op.f("ix_pairing_preference_other_id"))

    op.drop_table("pairing_preference")
    with op.batch_alter_table("pair_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pair_decision_programme_id"))

    op.drop_table("pair_decision")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_programme_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_person_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_manager_id"))
        batch_op.drop_index(batch_op.f("ix_person_level_id"))
        batch_op.drop_index(batch_op.f("ix_person_archived"))

    op.drop_index("uq_person_email_lower", table_name="person")
    op.drop_table("person")
    op.drop_index("uq_skill_name_lower", table_name="skill")
    op.drop_table("skill")
    op.drop_table("setting")
    op.drop_table("seniority_level")
    op.drop_table("programme")
