"""Choosing where the counter's current ticket goes: another service's queue, or one counter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from reception.core.visitors.settings import QueueSettings


@dataclass(frozen=True)
class TransferTarget:
    """Exactly one of the two is set, as `service.transfer` wants it."""

    series: str | None = None
    counter: int | None = None


class TransferDialog(QDialog):
    """A list of the other services and the other counters (not the ticket's own queue nor
    this counter); accepted with one chosen.
    Read `target` after `accepted`."""

    def __init__(
        self,
        settings: QueueSettings,
        ticket: str,
        from_counter: int,
        from_series: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer {ticket}").format(ticket=ticket))
        self.destination = QComboBox(self)
        for service in settings.services:
            if service.series == from_series:
                continue  # it waits there already
            self.destination.addItem(
                self.tr("Service {series} · {name}").format(
                    series=service.series, name=service.name
                ),
                TransferTarget(series=service.series),
            )
        for counter in settings.counters:
            if counter.number != from_counter:
                self.destination.addItem(
                    self.tr("Counter {number} · {name}").format(
                        number=counter.number, name=counter.name
                    ),
                    TransferTarget(counter=counter.number),
                )
        note = QLabel(
            self.tr("The ticket keeps its place in time: it does not start waiting again."), self
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Send to:"), self.destination)
        form.addRow(note)
        form.addRow(self.buttons)
        self.setMinimumWidth(360)

    @property
    def target(self) -> TransferTarget:
        data = self.destination.currentData()
        return data if isinstance(data, TransferTarget) else TransferTarget()

    def choose(self, target: TransferTarget) -> bool:
        """Select a destination (for the keyboard and for tests); False if it is not offered."""
        for row in range(self.destination.count()):
            if self.destination.itemData(row) == target:
                self.destination.setCurrentIndex(row)
                return True
        return False
