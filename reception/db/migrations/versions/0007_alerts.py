"""alerts: who acknowledged which alert, one row per alert key

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from reception.db.base import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_acknowledgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_alert_acknowledgement_operator_id_operator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_acknowledgement")),
        # two desks acknowledging the same alert at once leave one row
        sa.UniqueConstraint("key", name=op.f("uq_alert_acknowledgement_key")),
    )


def downgrade() -> None:
    op.drop_table("alert_acknowledgement")
