"""visitor queue: visitors, visits, tickets, check-ins, ticket numbers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from reception.db.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_number",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("series", sa.String(length=1), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "series", name=op.f("pk_ticket_number")),
    )
    op.create_table(
        "visitor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_pinyin", sa.String(length=160), nullable=False),
        sa.Column("name_initials", sa.String(length=40), nullable=False),
        sa.Column("phone_blob", sa.LargeBinary(), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_tail", sa.String(length=4), nullable=True),
        sa.Column("phone_masked", sa.String(length=20), nullable=False),
        sa.Column("id_number_blob", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_hash", sa.String(length=64), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("last_visit_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor")),
    )
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visitor_id_number_hash"), ["id_number_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visitor_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visitor_name_initials"), ["name_initials"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visitor_name_pinyin"), ["name_pinyin"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_phone_hash"), ["phone_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_phone_tail"), ["phone_tail"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=60), nullable=False),
        sa.Column("party_size", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("appointment_at", UTCDateTime(), nullable=True),
        sa.Column("registered_at", UTCDateTime(), nullable=False),
        sa.Column("registered_by", sa.Integer(), nullable=True),
        sa.Column("arrived_at", UTCDateTime(), nullable=True),
        sa.Column("left_at", UTCDateTime(), nullable=True),
        sa.Column("token_id", sa.String(length=20), nullable=False),
        sa.Column("token_expires_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('walk_in', 'appointment')", name=op.f("ck_visit_kind")),
        sa.CheckConstraint("party_size BETWEEN 1 AND 99", name=op.f("ck_visit_party_size")),
        sa.ForeignKeyConstraint(
            ["registered_by"], ["operator.id"], name=op.f("fk_visit_registered_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_visit_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("token_id", name=op.f("uq_visit_token_id")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_day_left", ["day", "left_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_visitor_id"), ["visitor_id"], unique=False)

    op.create_table(
        "check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("desk", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_check_in_operator_id_operator")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_check_in_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_check_in_visit_id")),
    )
    op.create_table(
        "ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("series", sa.String(length=1), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("queue_series", sa.String(length=1), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("order_key", UTCDateTime(), nullable=True),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=True),
        sa.Column("first_called_at", UTCDateTime(), nullable=True),
        sa.Column("called_at", UTCDateTime(), nullable=True),
        sa.Column("served_at", UTCDateTime(), nullable=True),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("for_counter", sa.Integer(), nullable=True),
        sa.Column("recalls", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('expected', 'waiting', 'called', 'held', 'served', 'no_show')",
            name=op.f("ck_ticket_state"),
        ),
        sa.CheckConstraint("number BETWEEN 1 AND 999", name=op.f("ck_ticket_number")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_ticket_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket")),
        sa.UniqueConstraint("day", "series", "number", name=op.f("uq_ticket_day_series_number")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_ticket_visit_id")),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_called", ["day", "called_at"], unique=False)
        batch_op.create_index(
            "ix_ticket_queue", ["day", "state", "queue_series", "order_key"], unique=False
        )
        batch_op.create_index(
            "uq_ticket_one_call_per_counter",
            ["day", "counter"],
            unique=True,
            sqlite_where=sa.text("state = 'called'"),
            postgresql_where=sa.text("state = 'called'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("uq_ticket_one_call_per_counter")
        batch_op.drop_index("ix_ticket_queue")
        batch_op.drop_index("ix_ticket_called")

    op.drop_table("ticket")
    op.drop_table("check_in")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_visitor_id"))
        batch_op.drop_index("ix_visit_day_left")

    op.drop_table("visit")
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visitor_phone_tail"))
        batch_op.drop_index(batch_op.f("ix_visitor_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_visitor_name_pinyin"))
        batch_op.drop_index(batch_op.f("ix_visitor_name_initials"))
        batch_op.drop_index(batch_op.f("ix_visitor_name"))
        batch_op.drop_index(batch_op.f("ix_visitor_id_number_hash"))

    op.drop_table("visitor")
    op.drop_table("ticket_number")
