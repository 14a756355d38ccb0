"""petitions: petitioners, cases, visits, conversations, attachments, events, leader
reception days, and the working-day calendar seeded from chinesecalendar

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The calendar is seeded with every year the pinned chinesecalendar knows (public holidays
with their names, and adjusted working days, 调休); the administrator enters later years.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from reception.db.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# chinesecalendar names holidays in English; the office's calendar names them in Chinese.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


def _seed_calendar() -> None:
    from chinese_calendar import constants

    days = sa.table(
        "work_calendar_day",
        sa.column("day", sa.Date),
        sa.column("is_workday", sa.Boolean),
        sa.column("name", sa.String),
    )
    years = sa.table(
        "work_calendar_year",
        sa.column("year", sa.Integer),
        sa.column("source", sa.String),
        sa.column("updated_at", UTCDateTime()),
    )
    rows = [
        {"day": d, "is_workday": False, "name": HOLIDAY_NAMES.get(n, n)[:40]}
        for d, n in constants.holidays.items()
    ] + [
        {"day": d, "is_workday": True, "name": HOLIDAY_NAMES.get(n, n)[:40]}
        for d, n in constants.workdays.items()
    ]
    op.bulk_insert(days, rows)
    now = datetime.now(UTC)
    known = sorted({row["day"].year for row in rows})
    op.bulk_insert(
        years, [{"year": y, "source": "chinesecalendar", "updated_at": now} for y in known]
    )


def upgrade() -> None:
    op.create_table(
        "leader_reception_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("leader_name", sa.String(length=40), nullable=False),
        sa.Column("leader_post", sa.String(length=80), nullable=False),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leader_reception_day")),
    )
    with op.batch_alter_table("leader_reception_day", schema=None) as batch_op:
        batch_op.create_index("ix_leader_reception_day_day", ["day"], unique=False)

    op.create_table(
        "petitioner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_pinyin", sa.String(length=160), nullable=False),
        sa.Column("name_initials", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("id_number_blob", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_hash", sa.String(length=64), nullable=True),
        sa.Column("id_number_masked", sa.String(length=24), nullable=False),
        sa.Column("phone_blob", sa.LargeBinary(), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_masked", sa.String(length=20), nullable=False),
        sa.Column("address_blob", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitioner")),
        sa.UniqueConstraint("id_number_hash", name=op.f("uq_petitioner_id_number_hash")),
    )
    with op.batch_alter_table("petitioner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_petitioner_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_petitioner_name_initials"), ["name_initials"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_petitioner_name_pinyin"), ["name_pinyin"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_petitioner_phone_hash"), ["phone_hash"], unique=False)

    op.create_table(
        "work_calendar_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_workday", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_work_calendar_day")),
    )
    op.create_table(
        "work_calendar_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_work_calendar_year")),
    )
    op.create_table(
        "petition_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(length=20), nullable=False),
        sa.Column("form", sa.String(length=8), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("unit_concerned", sa.String(length=80), nullable=False),
        sa.Column("summary_blob", sa.LargeBinary(), nullable=False),
        sa.Column("demands_blob", sa.LargeBinary(), nullable=True),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("is_joint", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("decision_reason_blob", sa.LargeBinary(), nullable=True),
        sa.Column("assigned_unit", sa.String(length=80), nullable=True),
        sa.Column("assigned_on", sa.Date(), nullable=True),
        sa.Column("extension_asked_days", sa.Integer(), nullable=True),
        sa.Column("extension_asked_by", sa.String(length=40), nullable=True),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("extension_reason_blob", sa.LargeBinary(), nullable=True),
        sa.Column("extension_approved_by", sa.String(length=40), nullable=True),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("reply_blob", sa.LargeBinary(), nullable=True),
        sa.Column("review_asked_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("re_review_asked_on", sa.Date(), nullable=True),
        sa.Column("re_reviewed_on", sa.Date(), nullable=True),
        sa.Column("hearing_days", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("next_due_kind", sa.String(length=20), nullable=True),
        sa.Column("visit_count", sa.Integer(), nullable=False),
        sa.Column("last_visit_on", sa.Date(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.CheckConstraint("(state = 'final') = is_final", name=op.f("ck_petition_case_final")),
        sa.CheckConstraint(
            "form IN ('visit', 'letter', 'phone', 'online')", name=op.f("ck_petition_case_form")
        ),
        sa.CheckConstraint(
            "state IN ('registered', 'accepted', 'not_accepted', 'assigned', 'extended', "
            "'replied', 'closed', 'review', 'reviewed', 're_review', 'final')",
            name=op.f("ck_petition_case_state"),
        ),
        sa.CheckConstraint(
            "extension_days BETWEEN 0 AND 30", name=op.f("ck_petition_case_extension_days")
        ),
        sa.CheckConstraint("hearing_days >= 0", name=op.f("ck_petition_case_hearing_days")),
        sa.CheckConstraint(
            "is_joint = (people_count >= 5)", name=op.f("ck_petition_case_joint_visit")
        ),
        sa.CheckConstraint("people_count >= 1", name=op.f("ck_petition_case_people_count")),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["operator.id"], name=op.f("fk_petition_case_officer_id_operator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_case")),
        sa.UniqueConstraint("case_no", name=op.f("uq_petition_case_case_no")),
    )
    with op.batch_alter_table("petition_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_case_assigned_unit"), ["assigned_unit"], unique=False
        )
        batch_op.create_index("ix_petition_case_next_due_on", ["next_due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_petition_case_officer_id"), ["officer_id"], unique=False
        )
        batch_op.create_index("ix_petition_case_received_on", ["received_on"], unique=False)
        batch_op.create_index("ix_petition_case_state", ["state"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_petition_case_unit_concerned"), ["unit_concerned"], unique=False
        )

    op.create_table(
        "reception_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_reception_slot_times")),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["leader_reception_day.id"],
            name=op.f("fk_reception_slot_day_id_leader_reception_day"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_slot")),
        sa.UniqueConstraint("day_id", "starts_at", name=op.f("uq_reception_slot_day_id_starts_at")),
    )
    with op.batch_alter_table("reception_slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reception_slot_day_id"), ["day_id"], unique=False)

    op.create_table(
        "case_petitioner",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("petitioner_id", sa.Integer(), nullable=False),
        sa.Column("is_representative", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["petition_case.id"],
            name=op.f("fk_case_petitioner_case_id_petition_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["petitioner_id"],
            ["petitioner.id"],
            name=op.f("fk_case_petitioner_petitioner_id_petitioner"),
        ),
        sa.PrimaryKeyConstraint("case_id", "petitioner_id", name=op.f("pk_case_petitioner")),
    )
    with op.batch_alter_table("case_petitioner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_petitioner_petitioner_id"), ["petitioner_id"], unique=False
        )

    op.create_table(
        "petition_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content_blob", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=40), nullable=False),
        sa.CheckConstraint("size > 0", name=op.f("ck_petition_attachment_size")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["petition_case.id"],
            name=op.f("fk_petition_attachment_case_id_petition_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_attachment")),
    )
    with op.batch_alter_table("petition_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_attachment_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "petition_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("operator_login", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=True),
        sa.Column("to_state", sa.String(length=16), nullable=True),
        sa.Column("leader", sa.String(length=60), nullable=True),
        sa.Column("note_blob", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["petition_case.id"],
            name=op.f("fk_petition_event_case_id_petition_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_event")),
    )
    with op.batch_alter_table("petition_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_petition_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "petition_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("petitioner_id", sa.Integer(), nullable=True),
        sa.Column("came_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=8), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("is_repeat", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "form IN ('visit', 'letter', 'phone', 'online')", name=op.f("ck_petition_visit_form")
        ),
        sa.CheckConstraint("people_count >= 1", name=op.f("ck_petition_visit_people_count")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["petition_case.id"],
            name=op.f("fk_petition_visit_case_id_petition_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["petitioner_id"],
            ["petitioner.id"],
            name=op.f("fk_petition_visit_petitioner_id_petitioner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_visit")),
    )
    with op.batch_alter_table("petition_visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_petition_visit_case_came_on", ["case_id", "came_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_petition_visit_petitioner_id"), ["petitioner_id"], unique=False
        )

    op.create_table(
        "slot_booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("booked_at", UTCDateTime(), nullable=False),
        sa.Column("booked_by", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "state IN ('booked', 'attended', 'absent', 'cancelled')",
            name=op.f("ck_slot_booking_state"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["petition_case.id"], name=op.f("fk_slot_booking_case_id_petition_case")
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["reception_slot.id"],
            name=op.f("fk_slot_booking_slot_id_reception_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot_booking")),
    )
    with op.batch_alter_table("slot_booking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_booking_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "uq_slot_booking_live",
            ["slot_id"],
            unique=True,
            sqlite_where=sa.text("state <> 'cancelled'"),
            postgresql_where=sa.text("state <> 'cancelled'"),
        )

    op.create_table(
        "petition_conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=40), nullable=False),
        sa.Column("said_blob", sa.LargeBinary(), nullable=False),
        sa.Column("demands_blob", sa.LargeBinary(), nullable=True),
        sa.Column("promises_blob", sa.LargeBinary(), nullable=True),
        sa.Column("next_step_blob", sa.LargeBinary(), nullable=True),
        sa.Column("mood", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "mood IN ('calm', 'anxious', 'agitated', 'distressed')",
            name=op.f("ck_petition_conversation_mood"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["petition_case.id"],
            name=op.f("fk_petition_conversation_case_id_petition_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["petition_visit.id"],
            name=op.f("fk_petition_conversation_visit_id_petition_visit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_conversation")),
    )
    with op.batch_alter_table("petition_conversation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_conversation_case_id"), ["case_id"], unique=False
        )

    _seed_calendar()


def downgrade() -> None:
    with op.batch_alter_table("petition_conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_conversation_case_id"))

    op.drop_table("petition_conversation")
    with op.batch_alter_table("slot_booking", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_slot_booking_live",
            sqlite_where=sa.text("state <> 'cancelled'"),
            postgresql_where=sa.text("state <> 'cancelled'"),
        )
        batch_op.drop_index(batch_op.f("ix_slot_booking_case_id"))

    op.drop_table("slot_booking")
    with op.batch_alter_table("petition_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_visit_petitioner_id"))
        batch_op.drop_index("ix_petition_visit_case_came_on")

    op.drop_table("petition_visit")
    with op.batch_alter_table("petition_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_event_case_id"))

    op.drop_table("petition_event")
    with op.batch_alter_table("petition_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_attachment_case_id"))

    op.drop_table("petition_attachment")
    with op.batch_alter_table("case_petitioner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_petitioner_petitioner_id"))

    op.drop_table("case_petitioner")
    with op.batch_alter_table("reception_slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reception_slot_day_id"))

    op.drop_table("reception_slot")
    with op.batch_alter_table("petition_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_case_unit_concerned"))
        batch_op.drop_index("ix_petition_case_state")
        batch_op.drop_index("ix_petition_case_received_on")
        batch_op.drop_index(batch_op.f("ix_petition_case_officer_id"))
        batch_op.drop_index("ix_petition_case_next_due_on")
        batch_op.drop_index(batch_op.f("ix_petition_case_assigned_unit"))

    op.drop_table("petition_case")
    op.drop_table("work_calendar_year")
    op.drop_table("work_calendar_day")
    with op.batch_alter_table("petitioner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petitioner_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_petitioner_name_pinyin"))
        batch_op.drop_index(batch_op.f("ix_petitioner_name_initials"))
        batch_op.drop_index(batch_op.f("ix_petitioner_name"))

    op.drop_table("petitioner")
    with op.batch_alter_table("leader_reception_day", schema=None) as batch_op:
        batch_op.drop_index("ix_leader_reception_day_day")

    op.drop_table("leader_reception_day")
