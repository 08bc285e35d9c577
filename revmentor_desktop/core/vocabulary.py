"""The product's words for stored values: every label, the wizard's steps, the ground rules.

Screens, documents, exports and the command line all read their wording from here, so a value
is called the same everywhere. Labels are keyed by the stored enum members.
"""

from __future__ import annotations

from revmentor_desktop.core.db.values import (
    AssessmentMoment,
    Channel,
    CheckInKind,
    FitVerdict,
    PartnershipStatus,
    PreferenceKind,
    PrivacyRequestKind,
    ProgrammeStatus,
    Role,
    SkillCategory,
)

# --- people -----------------------------------------------------------------------------------

ROLE_LABELS: dict[Role, str] = {
    Role.REVERSE_MENTOR: "Reverse mentor",
    Role.MENTEE: "Mentee",
}
# As a column heading or a check box; matching/explain has the in-a-sentence form.
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.IN_PERSON: "In person",
    Channel.VIDEO: "Video call",
    Channel.PHONE: "Phone",
    Channel.EMAIL: "Email",
    Channel.MESSAGING: "Instant messaging",
}
PREFERENCE_LABELS: dict[PreferenceKind, str] = {
    PreferenceKind.WOULD_LIKE: "Would like to work with",
    PreferenceKind.WOULD_RATHER_NOT: "Would rather not work with",
}
# Until the organisation names its categories in its own words (organisation settings).
DEFAULT_CATEGORY_LABELS: dict[SkillCategory, str] = {
    SkillCategory.TECHNOLOGY: "Technology",
    SkillCategory.SOCIAL_MEDIA: "Social media",
    SkillCategory.DIVERSITY_INCLUSION: "Diversity & inclusion",
    SkillCategory.LEADERSHIP: "Leadership",
    SkillCategory.ORGANISATIONAL_KNOWLEDGE: "Organisational knowledge",
    SkillCategory.COMMUNICATION: "Communication",
    SkillCategory.OTHER: "Other",
}

# --- programmes -------------------------------------------------------------------------------

PROGRAMME_STATUS_LABELS: dict[ProgrammeStatus, str] = {
    ProgrammeStatus.PLANNING: "Planning",
    ProgrammeStatus.RUNNING: "Running",
    ProgrammeStatus.CLOSED: "Closed",
}
# The meeting frequencies offered by name; the database keeps the days between meetings.
MEETING_FREQUENCIES = (
    (7, "Weekly"),
    (14, "Every two weeks"),
    (21, "Every three weeks"),
    (30, "Monthly"),
)

# --- partnerships -----------------------------------------------------------------------------

PARTNERSHIP_STATUS_LABELS: dict[PartnershipStatus, str] = {
    PartnershipStatus.DRAFT: "Draft",
    PartnershipStatus.ACTIVE: "Active",
    PartnershipStatus.PAUSED: "Paused",
    PartnershipStatus.COMPLETED: "Completed",
    PartnershipStatus.ENDED_EARLY: "Ended early",
}
# "This partnership …"
PARTNERSHIP_STATUS_PHRASES: dict[PartnershipStatus, str] = {
    PartnershipStatus.DRAFT: "is still a draft",
    PartnershipStatus.ACTIVE: "is active",
    PartnershipStatus.PAUSED: "is paused",
    PartnershipStatus.COMPLETED: "is completed",
    PartnershipStatus.ENDED_EARLY: "has ended early",
}
# Under way: set up and not yet over, so meetings are logged and it can be completed or ended.
LIVE = (PartnershipStatus.ACTIVE, PartnershipStatus.PAUSED)
# Over: read-only, and no longer holding a place in either partner's capacity. A partnership
# that is not finished (a draft or a live one) holds a place.
FINISHED = (PartnershipStatus.COMPLETED, PartnershipStatus.ENDED_EARLY)

# The wizard's steps; Partnership.wizard_step counts how many of them are saved.
STEPS: tuple[str, ...] = ("partners", "goals", "communication", "openness", "progress")

GROUND_RULES: tuple[tuple[str, str], ...] = (
    ("tactful", "We are tactful: we say difficult things kindly, and in private."),
    ("patient", "We are patient: new skills and new points of view take time."),
    ("open_minded", "We are open-minded: each of us has something to teach the other."),
    ("listen_actively", "We listen actively: we let the other finish and ask before we judge."),
    ("constructive_feedback", "We give constructive, encouraging feedback, in both directions."),
)
# How a ground rule reads in a list of those still to accept.
GROUND_RULE_NAMES = {
    "tactful": "tactful",
    "patient": "patient",
    "open_minded": "open-minded",
    "listen_actively": "listen actively",
    "constructive_feedback": "constructive feedback",
}
AGENDA_OWNERS: tuple[tuple[str, str], ...] = (
    ("mentor", "The reverse mentor"),
    ("mentee", "The mentee"),
    ("both", "Both, taking turns"),
)
# The agreement's planned reviews, by the field that holds their date.
REVIEW_LABELS = {
    "fit_check_date": "first-session fit check",
    "midpoint_review_date": "mid-point review",
    "final_review_date": "final review",
}

# --- check-ins --------------------------------------------------------------------------------

CHECK_IN_KIND_LABELS: dict[CheckInKind, str] = {
    CheckInKind.FIT_CHECK: "First-session fit check",
    CheckInKind.CHECK_IN: "Check-in",
    CheckInKind.MIDPOINT_REVIEW: "Mid-point review",
    CheckInKind.FINAL_REVIEW: "Final review",
    CheckInKind.BRAINSTORMING: "Brainstorming session",
}
ASSESSMENT_MOMENT_LABELS: dict[AssessmentMoment, str] = {
    AssessmentMoment.START: "At the start",
    AssessmentMoment.MIDPOINT: "At the mid-point",
    AssessmentMoment.FINAL: "At the end",
}
FIT_VERDICT_LABELS: dict[FitVerdict, str] = {
    FitVerdict.GOOD_FIT: "Good fit",
    FitVerdict.DECIDING: "Still deciding",
    FitVerdict.NOT_A_FIT: "Not a fit",
}

# --- privacy requests -------------------------------------------------------------------------

# The name an erased person's row keeps, so their past partnerships still read sensibly.
ERASED_NAME = "Erased partner"
REQUEST_KIND_LABELS = {PrivacyRequestKind.EXPORT: "Export", PrivacyRequestKind.ERASE: "Erasure"}
