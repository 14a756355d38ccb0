"""guesthouse: rooms, delegations, guests, stays, checklists, programme

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

No double booking is kept here, not in the services alone: a live stay holds one bed of its
room for [arrive, depart), and neither a bed nor a guest is held twice on one night.
PostgreSQL: exclusion constraints (btree_gist, a trusted extension); SQLite: triggers,
which BEGIN IMMEDIATE makes safe because writers take turns.
"""

import sqlalchemy as sa
from alembic import op

from reception.db.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Messages raised by the SQLite triggers; the services map them to the office's words.
BED_TAKEN = "stay_bed_taken"
GUEST_ELSEWHERE = "stay_guest_elsewhere"
NO_SUCH_BED = "stay_no_such_bed"

_OVERLAP = "s.state <> 'cancelled' AND s.arrive < NEW.depart AND s.depart > NEW.arrive"
_SQLITE_CHECKS = f"""
    SELECT RAISE(ABORT, '{NO_SUCH_BED}')
     WHERE NEW.bed > (SELECT beds FROM room WHERE id = NEW.room_id);
    SELECT RAISE(ABORT, '{BED_TAKEN}') WHERE EXISTS (
        SELECT 1 FROM stay s WHERE s.room_id = NEW.room_id AND s.bed = NEW.bed
           AND s.id IS NOT NEW.id AND {_OVERLAP});
    SELECT RAISE(ABORT, '{GUEST_ELSEWHERE}') WHERE EXISTS (
        SELECT 1 FROM stay s WHERE s.guest_id = NEW.guest_id
           AND s.id IS NOT NEW.id AND {_OVERLAP});
"""

_PG_BED_FUNCTION = f"""
CREATE FUNCTION stay_bed_in_room() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.bed > (SELECT beds FROM room WHERE id = NEW.room_id) THEN
        RAISE EXCEPTION '{NO_SUCH_BED}' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'ck_stay_bed_in_room';
    END IF;
    RETURN NEW;
END $$
"""


def _tables() -> None:
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("unit", sa.String(length=80), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("letter_ref", sa.String(length=80), nullable=False),
        sa.Column("liaison_name", sa.String(length=40), nullable=False),
        sa.Column("liaison_phone_blob", sa.LargeBinary(), nullable=True),
        sa.Column("liaison_phone_masked", sa.String(length=20), nullable=False),
        sa.Column("arrive", sa.Date(), nullable=False),
        sa.Column("depart", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("depart >= arrive", name=op.f("ck_delegation_dates")),
        sa.CheckConstraint("length(letter_ref) > 0", name=op.f("ck_delegation_letter_ref")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index("ix_delegation_arrive_depart", ["arrive", "depart"], unique=False)

    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("room_type", sa.String(length=16), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("accessible", sa.Boolean(), nullable=False),
        sa.Column("quiet_side", sa.Boolean(), nullable=False),
        sa.Column("near_lift", sa.Boolean(), nullable=False),
        sa.Column("rate_yuan", sa.Integer(), nullable=False),
        sa.Column("housekeeping", sa.String(length=8), nullable=False),
        sa.Column("out_of_order_reason", sa.String(length=200), nullable=True),
        sa.Column("out_of_order_from", sa.Date(), nullable=True),
        sa.Column("out_of_order_to", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.CheckConstraint("housekeeping IN ('clean', 'dirty')", name=op.f("ck_room_housekeeping")),
        sa.CheckConstraint(
            "room_type IN ('standard', 'single', 'ordinary_suite', 'suite')",
            name=op.f("ck_room_room_type"),
        ),
        sa.CheckConstraint("beds BETWEEN 1 AND 6", name=op.f("ck_room_beds")),
        sa.CheckConstraint(
            "out_of_order_from IS NULL OR out_of_order_to IS NULL "
            "OR out_of_order_to > out_of_order_from",
            name=op.f("ck_room_out_of_order_dates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("building", "number", name=op.f("uq_room_building_number")),
    )
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.create_index(
            "ix_room_building_floor_number", ["building", "floor", "number"], unique=False
        )

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_checklist_item_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_checklist_item_due_at"), ["due_at"], unique=False)

    op.create_table(
        "delegation_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("accompanied_by", sa.String(length=120), nullable=False),
        sa.Column("cost_yuan", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_activity_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_activity")),
    )
    with op.batch_alter_table("delegation_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_activity_delegation_id"), ["delegation_id"], unique=False
        )

    op.create_table(
        "guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_pinyin", sa.String(length=160), nullable=False),
        sa.Column("name_initials", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("post", sa.String(length=80), nullable=False),
        sa.Column("rank", sa.String(length=20), nullable=False),
        sa.Column("halal", sa.Boolean(), nullable=False),
        sa.Column("vegetarian", sa.Boolean(), nullable=False),
        sa.Column("allergies", sa.String(length=200), nullable=False),
        sa.Column("needs_accessible", sa.Boolean(), nullable=False),
        sa.Column("mobility", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(length=200), nullable=False),
        sa.Column("id_number_blob", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_hash", sa.String(length=64), nullable=True),
        sa.Column("id_number_masked", sa.String(length=24), nullable=False),
        sa.CheckConstraint("gender IN ('male', 'female')", name=op.f("ck_guest_gender")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_guest_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guest")),
    )
    with op.batch_alter_table("guest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guest_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_guest_id_number_hash"), ["id_number_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_guest_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_guest_name_initials"), ["name_initials"], unique=False)
        batch_op.create_index(batch_op.f("ix_guest_name_pinyin"), ["name_pinyin"], unique=False)
        batch_op.create_index(
            "uq_guest_delegation_head",
            ["delegation_id"],
            unique=True,
            sqlite_where=sa.text("is_head"),
            postgresql_where=sa.text("is_head"),
        )

    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("bed", sa.Integer(), nullable=False),
        sa.Column("arrive", sa.Date(), nullable=False),
        sa.Column("depart", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("checked_in_at", UTCDateTime(), nullable=True),
        sa.Column("checked_out_at", UTCDateTime(), nullable=True),
        sa.Column("moved_from_id", sa.Integer(), nullable=True),
        sa.Column("exception_reason", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('booked', 'in_house', 'departed', 'cancelled')", name=op.f("ck_stay_state")
        ),
        sa.CheckConstraint("bed >= 1", name=op.f("ck_stay_bed")),
        sa.CheckConstraint("depart > arrive", name=op.f("ck_stay_nights")),
        sa.ForeignKeyConstraint(["guest_id"], ["guest.id"], name=op.f("fk_stay_guest_id_guest")),
        sa.ForeignKeyConstraint(
            ["moved_from_id"], ["stay.id"], name=op.f("fk_stay_moved_from_id_stay")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_stay_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay")),
    )
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.create_index("ix_stay_depart_arrive", ["depart", "arrive"], unique=False)
        batch_op.create_index(batch_op.f("ix_stay_guest_id"), ["guest_id"], unique=False)
        batch_op.create_index("ix_stay_room_arrive", ["room_id", "arrive"], unique=False)


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER stay_no_double_booking_insert BEFORE INSERT ON stay "
            f"WHEN NEW.state <> 'cancelled' BEGIN {_SQLITE_CHECKS} END"
        )
        op.execute(
            "CREATE TRIGGER stay_no_double_booking_update "
            "BEFORE UPDATE OF room_id, guest_id, bed, arrive, depart, state ON stay "
            f"WHEN NEW.state <> 'cancelled' BEGIN {_SQLITE_CHECKS} END"
        )
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        "ALTER TABLE stay ADD CONSTRAINT ex_stay_bed EXCLUDE USING gist "
        "(room_id WITH =, bed WITH =, daterange(arrive, depart) WITH &&) "
        "WHERE (state <> 'cancelled')"
    )
    op.execute(
        "ALTER TABLE stay ADD CONSTRAINT ex_stay_guest EXCLUDE USING gist "
        "(guest_id WITH =, daterange(arrive, depart) WITH &&) "
        "WHERE (state <> 'cancelled')"
    )
    op.execute(_PG_BED_FUNCTION)
    op.execute(
        "CREATE TRIGGER stay_bed_in_room BEFORE INSERT OR UPDATE OF room_id, bed ON stay "
        "FOR EACH ROW EXECUTE FUNCTION stay_bed_in_room()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER stay_bed_in_room ON stay")
        op.execute("DROP FUNCTION stay_bed_in_room()")
    for table in ("stay", "guest", "delegation_activity", "checklist_item", "room", "delegation"):
        op.drop_table(table)
