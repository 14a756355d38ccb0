"""The one table of the alerts: who acknowledged which alert, and when. Alerts themselves are
not stored: every desk derives the same list from the data (raised.py), so only the
acknowledgement needs a row. `key` is unique, so two desks acknowledging at once leave one
row (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.base import Base, UTCDateTime

KEY_MOST = 80
NOTE_MOST = 200


class AlertAcknowledgement(Base):
    __tablename__ = "alert_acknowledgement"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_MOST))  # raised.Alert.key
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(NOTE_MOST), default="")
