"""The room chart's side panel: the stay under the cursor (guest, delegation, room, dates,
state), the guest's needs in plain sight, a room above the standard with its reason, the
buttons of the page's actions, and the legend of the bars.

Its words are the room chart page's (context "RoomChartPage")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.lodging.chart import RoomChart
from reception.core.lodging.views import StayView
from reception.ui.lodging.chart_styles import NEEDS_STYLE, NOTE_STYLE
from reception.ui.lodging.room_chart_texts import stay_state_label
from reception.ui.lodging.stay_texts import needs_text, nights_text
from reception.ui.models.guest_model import rank_label
from reception.ui.models.room_model import room_type_label

WIDTH = 280
# The legend's swatches, drawn like the chart's bars (room_chart_paint: a delegation's
# colour filled when in house, tinted when booked, dashed grey once departed).
SWATCHES = (
    "background: #95afca; border: 1px solid #3a5a7c; border-radius: 3px;",
    "background: #e2e9f1; border: 2px solid #445f7d; border-radius: 3px;",
    "background: #eeeeee; border: 1px dashed #9e9e9e; border-radius: 3px;",
    "background: #d84315; border-radius: 4px;",
)


class StayPanel(QFrame):
    """Shows a stay (`show_stay`), a free cell (`show_free`) or nothing (`show_nothing`).
    `buttons` maps each action given to its button."""

    def __init__(
        self,
        rows: Iterable[tuple[QAction, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        big = QFont(self.font())
        big.setPixelSize(22)
        big.setBold(True)
        self.guest_label = QLabel(self)
        self.guest_label.setFont(big)
        self.guest_label.setWordWrap(True)
        self.delegation_label = QLabel(self)
        self.delegation_label.setWordWrap(True)
        self.room_label = QLabel(self)
        self.dates_label = QLabel(self)
        self.dates_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.needs_label = QLabel(self)
        self.needs_label.setWordWrap(True)
        self.needs_label.setStyleSheet(NEEDS_STYLE)
        self.exception_label = QLabel(self)
        self.exception_label.setWordWrap(True)
        self.exception_label.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        for label in (
            self.guest_label,
            self.delegation_label,
            self.room_label,
            self.dates_label,
            self.state_label,
            self.needs_label,
            self.exception_label,
        ):
            layout.addWidget(label)
        self.buttons: dict[QAction, QPushButton] = {}
        for actions in rows:
            if len(actions) == 1:
                layout.addWidget(self._button(actions[0]))
                continue
            row = QHBoxLayout()
            for action in actions:
                row.addWidget(self._button(action))
            layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(self._legend())

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        button.setVisible(action.isVisible())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.buttons[action] = button
        return button

    def _legend(self) -> QGridLayout:
        """One key per line, each with a swatch drawn like the chart's bars."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        words = (
            QCoreApplication.translate("RoomChartPage", "Filled bar: in house"),
            QCoreApplication.translate("RoomChartPage", "Light bar: booked"),
            QCoreApplication.translate("RoomChartPage", "Dashed: departed"),
            QCoreApplication.translate("RoomChartPage", "Orange dot: the guest has needs"),
        )
        for row, (style, text) in enumerate(zip(SWATCHES, words, strict=True)):
            swatch = QLabel(self)
            swatch.setStyleSheet(style)
            swatch.setFixedSize(QSize(9, 9) if row == 3 else QSize(24, 12))
            label = QLabel(text, self)
            label.setStyleSheet(NOTE_STYLE)
            grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def show_nothing(self) -> None:
        self._hide_notes()
        self.guest_label.setText(QCoreApplication.translate("RoomChartPage", "No room is shown."))
        for label in (self.delegation_label, self.room_label, self.dates_label):
            label.clear()
        self.state_label.clear()

    def show_free(self, chart: RoomChart, cell: tuple[int, date, int], writable: bool) -> None:
        """A free cell: the room, the bed, the night, and how to book it."""
        self._hide_notes()
        room_id, day, bed = cell
        room = chart.rooms[chart.room_row(room_id)].room
        self.guest_label.setText(QCoreApplication.translate("RoomChartPage", "Free"))
        self.delegation_label.setText(
            QCoreApplication.translate("RoomChartPage", "Room {number}, bed {bed}").format(
                number=room.number, bed=bed
            )
        )
        self.room_label.setText(
            QCoreApplication.translate("RoomChartPage", "{type} · floor {floor}").format(
                type=room_type_label(room.room_type), floor=room.floor
            )
        )
        self.dates_label.setText(
            QCoreApplication.translate("RoomChartPage", "Night of {day}").format(
                day=day.isoformat()
            )
        )
        self.state_label.setText(
            QCoreApplication.translate("RoomChartPage", "Ctrl+B or Enter: book a guest here.")
            if writable
            else ""
        )

    def show_stay(self, stay: StayView) -> None:
        self._hide_notes()
        self.guest_label.setText(stay.guest_name)
        self.delegation_label.setText(
            stay.delegation_name
            or QCoreApplication.translate("RoomChartPage", "Not in a delegation")
        )
        self.room_label.setText(
            QCoreApplication.translate("RoomChartPage", "Room {number}, bed {bed} · {rank}").format(
                number=stay.room_number, bed=stay.bed, rank=rank_label(stay.rank)
            )
        )
        self.dates_label.setText(
            QCoreApplication.translate("RoomChartPage", "{arrive} → {depart} · {nights}").format(
                arrive=stay.arrive.isoformat(),
                depart=stay.depart.isoformat(),
                nights=nights_text(stay.nights),
            )
        )
        self.state_label.setText(stay_state_label(stay.state))
        needs = needs_text(stay)
        if needs:
            self.needs_label.setText(needs)
            self.needs_label.show()
        if stay.exception_reason:
            self.exception_label.setText(
                QCoreApplication.translate("RoomChartPage", "Above the standard: {reason}").format(
                    reason=stay.exception_reason
                )
            )
            self.exception_label.show()

    def _hide_notes(self) -> None:
        for label in (self.exception_label, self.needs_label):
            label.hide()
