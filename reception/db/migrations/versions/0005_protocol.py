"""protocol: officials in the office's precedence order, seating events with their
participants and computed seats, and the reception plan's meals and vehicles

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from reception.db.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "official",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_pinyin", sa.String(length=160), nullable=False),
        sa.Column("post", sa.String(length=80), nullable=False),
        sa.Column("unit", sa.String(length=80), nullable=False),
        sa.Column("rank", sa.String(length=20), nullable=False),
        sa.Column("order_in_rank", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_official_name")),
        sa.CheckConstraint("order_in_rank >= 1", name=op.f("ck_official_order_in_rank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official")),
    )
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_official_name_pinyin"), ["name_pinyin"], unique=False)
        batch_op.create_index("ix_official_rank_order", ["rank", "order_in_rank"], unique=False)

    op.create_table(
        "plan_meal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("staff", sa.Integer(), nullable=False),
        sa.Column("cost_yuan", sa.Integer(), nullable=False),
        sa.Column("exception_reason", sa.Text(), nullable=True),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.CheckConstraint("cost_yuan >= 0", name=op.f("ck_plan_meal_cost_yuan")),
        sa.CheckConstraint("guests >= 0", name=op.f("ck_plan_meal_guests")),
        sa.CheckConstraint("staff >= 0", name=op.f("ck_plan_meal_staff")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_plan_meal_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_meal")),
    )
    with op.batch_alter_table("plan_meal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_meal_delegation_id"), ["delegation_id"], unique=False
        )

    op.create_table(
        "seating_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("convention", sa.String(length=16), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("layout", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("computed_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "convention IN ('domestic', 'international')", name=op.f("ck_seating_event_convention")
        ),
        sa.CheckConstraint(
            "kind IN ('podium', 'banquet', 'meeting', 'car', 'photo')",
            name=op.f("ck_seating_event_kind"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_seating_event_title")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_seating_event_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_event")),
    )
    with op.batch_alter_table("seating_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seating_event_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index("ix_seating_event_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "plan_vehicle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("plate", sa.String(length=20), nullable=False),
        sa.Column("driver", sa.String(length=40), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.CheckConstraint("seats >= 1", name=op.f("ck_plan_vehicle_seats")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["delegation_activity.id"],
            name=op.f("fk_plan_vehicle_activity_id_delegation_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_plan_vehicle_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_vehicle")),
    )
    with op.batch_alter_table("plan_vehicle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_vehicle_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_vehicle_delegation_id"), ["delegation_id"], unique=False
        )

    op.create_table(
        "seating_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("guest_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=8), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=True),
        sa.CheckConstraint(
            "role IS NULL OR role IN ('host', 'deputy_host', 'staff', 'guest')",
            name=op.f("ck_seating_participant_role"),
        ),
        sa.CheckConstraint("side IN ('host', 'guest')", name=op.f("ck_seating_participant_side")),
        sa.CheckConstraint(
            "(official_id IS NULL) <> (guest_id IS NULL)",
            name=op.f("ck_seating_participant_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["seating_event.id"],
            name=op.f("fk_seating_participant_event_id_seating_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guest.id"],
            name=op.f("fk_seating_participant_guest_id_guest"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["official.id"],
            name=op.f("fk_seating_participant_official_id_official"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_participant")),
        sa.UniqueConstraint(
            "event_id", "guest_id", name=op.f("uq_seating_participant_event_id_guest_id")
        ),
        sa.UniqueConstraint(
            "event_id", "official_id", name=op.f("uq_seating_participant_event_id_official_id")
        ),
    )
    with op.batch_alter_table("seating_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seating_participant_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_seating_participant_guest_id"), ["guest_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_seating_participant_official_id"), ["official_id"], unique=False
        )

    op.create_table(
        "seating_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("block", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=8), nullable=True),
        sa.Column("seat_order", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("role_number", sa.Integer(), nullable=False),
        sa.Column("swapped_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "side IS NULL OR side IN ('host', 'guest')", name=op.f("ck_seating_seat_side")
        ),
        sa.CheckConstraint("seat_order >= 1", name=op.f("ck_seating_seat_seat_order")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["seating_event.id"],
            name=op.f("fk_seating_seat_event_id_seating_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["seating_participant.id"],
            name=op.f("fk_seating_seat_participant_id_seating_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_seat")),
        sa.UniqueConstraint(
            "event_id", "block", "place", name=op.f("uq_seating_seat_event_id_block_place")
        ),
    )
    with op.batch_alter_table("seating_seat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seating_seat_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("seating_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seating_seat_participant_id"))

    op.drop_table("seating_seat")
    with op.batch_alter_table("seating_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seating_participant_official_id"))
        batch_op.drop_index(batch_op.f("ix_seating_participant_guest_id"))
        batch_op.drop_index(batch_op.f("ix_seating_participant_event_id"))

    op.drop_table("seating_participant")
    with op.batch_alter_table("plan_vehicle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_vehicle_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_plan_vehicle_activity_id"))

    op.drop_table("plan_vehicle")
    with op.batch_alter_table("seating_event", schema=None) as batch_op:
        batch_op.drop_index("ix_seating_event_starts_at")
        batch_op.drop_index(batch_op.f("ix_seating_event_delegation_id"))

    op.drop_table("seating_event")
    with op.batch_alter_table("plan_meal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_meal_delegation_id"))

    op.drop_table("plan_meal")
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.drop_index("ix_official_rank_order")
        batch_op.drop_index(batch_op.f("ix_official_name_pinyin"))

    op.drop_table("official")
