"""The queue per service series on the dashboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from reception.core.dashboard.views import SeriesFigure
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel

LONG_WAIT_MINUTES = 30  # a wait this long is shown in red
LONG_COLOR = QColor("#b00020")


class SeriesModel(RowsModel[SeriesFigure]):
    """One row per series, as the queue settings order them.

    Columns:
        SERIES    "A 综合咨询": the series letter and the service's name
        WAITING   tickets waiting now
        LONGEST   the longest current wait, "12 分钟"; empty when nobody waits
        AVERAGE   the mean wait of today's called tickets, "6 分钟"; empty before the first
        CALLED    tickets called today

    Roles:
        DisplayRole        the texts above
        ForegroundRole     LONGEST in red from LONG_WAIT_MINUTES on
        TextAlignmentRole  numbers right-aligned
        SERIES_ROLE        the row's SeriesFigure (any column)
    """

    SERIES, WAITING, LONGEST, AVERAGE, CALLED = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("SeriesModel", "Series"),
        QT_TRANSLATE_NOOP("SeriesModel", "Waiting"),
        QT_TRANSLATE_NOOP("SeriesModel", "Longest wait"),
        QT_TRANSLATE_NOOP("SeriesModel", "Mean wait"),
        QT_TRANSLATE_NOOP("SeriesModel", "Called today"),
    )
    SERIES_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def figure(self, row: int) -> SeriesFigure | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        figure = self.figure(index.row()) if index.isValid() else None
        if figure is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(figure, column)
        if role == self.SERIES_ROLE:
            return figure
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.LONGEST
            and (figure.longest_wait_minutes or 0) >= LONG_WAIT_MINUTES
        ):
            return QBrush(LONG_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.SERIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, figure: SeriesFigure, column: int) -> str:
        if column == self.SERIES:
            return f"{figure.series} {figure.name}".strip()
        if column == self.WAITING:
            return str(figure.waiting)
        if column == self.LONGEST:
            return _minutes(figure.longest_wait_minutes)
        if column == self.AVERAGE:
            return _minutes(figure.average_wait_minutes)
        if column == self.CALLED:
            return str(figure.called_today)
        return ""


def _minutes(value: int | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("SeriesModel", "{minutes} min").format(minutes=value)
