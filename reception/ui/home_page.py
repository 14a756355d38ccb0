"""The first area: a calm welcome with the office, the operator, the role and today's date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reception.core.security.operators import OperatorView

CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def long_date(date: QDate, language: str) -> str:
    """'2026年11月25日 星期三' in Chinese; 'Wednesday 25 November 2026' in English."""
    if language == "en":
        return ENGLISH.toString(date, "dddd d MMMM yyyy")
    return CHINESE.toString(date, "yyyy年M月d日 dddd")


class HomePage(QWidget):
    """Welcome text; `refresh()` re-reads the date, `set_office_name` follows the settings."""

    def __init__(
        self,
        operator: OperatorView,
        office_name: str,
        language: str = "zh_CN",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operator = operator
        self._language = language
        self.office_label = QLabel(self)
        self.welcome_label = QLabel(self)
        self.role_label = QLabel(self)
        self.date_label = QLabel(self)
        office_font = QFont(self.office_label.font())
        office_font.setPointSizeF(office_font.pointSizeF() * 2)
        office_font.setBold(True)
        self.office_label.setFont(office_font)
        welcome_font = QFont(self.welcome_label.font())
        welcome_font.setPointSizeF(welcome_font.pointSizeF() * 1.4)
        self.welcome_label.setFont(welcome_font)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        for label in (self.office_label, self.welcome_label, self.role_label, self.date_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.welcome_label.setText(self.tr("Welcome, {name}.").format(name=operator.display_name))
        self.role_label.setText(
            self.tr("Signed in as {login}, role: {role}").format(
                login=operator.login,
                role=QCoreApplication.translate("Roles", operator.role.label),
            )
        )
        self.set_office_name(office_name)
        self.refresh()

    def compact(self) -> None:
        """Tighter, as the header of the overview page."""
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def set_office_name(self, office_name: str) -> None:
        self.office_label.setText(office_name or self.tr("Reception desk"))

    def refresh(self) -> None:
        self.date_label.setText(
            self.tr("Today is {date}.").format(date=long_date(QDate.currentDate(), self._language))
        )
