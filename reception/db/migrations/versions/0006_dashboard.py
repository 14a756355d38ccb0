"""dashboard: petition visits by the day they came, so that the day's joint visits (and the
month's visits in the statistics) are counted from an index, not a scan of every visit

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # people_count in the index too: "joint visits today" is counted from the index alone.
    op.create_index(
        "ix_petition_visit_came_on_people", "petition_visit", ["came_on", "people_count"]
    )


def downgrade() -> None:
    op.drop_index("ix_petition_visit_came_on_people", table_name="petition_visit")
