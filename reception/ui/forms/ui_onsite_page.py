# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onsite_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OnSitePage(object):
    def setupUi(self, OnSitePage):
        if not OnSitePage.objectName():
            OnSitePage.setObjectName(u"OnSitePage")
        OnSitePage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(OnSitePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerLabel = QLabel(OnSitePage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.departureMode = QCheckBox(OnSitePage)
        self.departureMode.setObjectName(u"departureMode")

        self.headerRow.addWidget(self.departureMode)


        self.pageLayout.addLayout(self.headerRow)

        self.toolsRow = QHBoxLayout()
        self.toolsRow.setObjectName(u"toolsRow")
        self.filterEdit = QLineEdit(OnSitePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.toolsRow.addWidget(self.filterEdit)

        self.leaveButton = QPushButton(OnSitePage)
        self.leaveButton.setObjectName(u"leaveButton")

        self.toolsRow.addWidget(self.leaveButton)

        self.printButton = QPushButton(OnSitePage)
        self.printButton.setObjectName(u"printButton")

        self.toolsRow.addWidget(self.printButton)

        self.saveButton = QPushButton(OnSitePage)
        self.saveButton.setObjectName(u"saveButton")

        self.toolsRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.toolsRow)

        self.table = QTableView(OnSitePage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.pageLayout.addWidget(self.table)

        self.statusLine = QLabel(OnSitePage)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)
        self.statusLine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLine)

        QWidget.setTabOrder(self.filterEdit, self.table)
        QWidget.setTabOrder(self.table, self.leaveButton)
        QWidget.setTabOrder(self.leaveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.departureMode)

        self.retranslateUi(OnSitePage)

        QMetaObject.connectSlotsByName(OnSitePage)
    # setupUi

    def retranslateUi(self, OnSitePage):
        self.departureMode.setText(QCoreApplication.translate("OnSitePage", u"&Departure scans: a scanned slip signs its visitor out", None))
#if QT_CONFIG(tooltip)
        self.departureMode.setToolTip(QCoreApplication.translate("OnSitePage", u"While this is ticked, scanning a slip records that the visitor left instead of checking in", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OnSitePage", u"Filter by name, pinyin initials or host", None))
        self.leaveButton.setText(QCoreApplication.translate("OnSitePage", u"Mark as left", None))
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("OnSitePage", u"Sign the selected visitor out: they have left the building", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("OnSitePage", u"Print roll call\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("OnSitePage", u"&Save roll call PDF\u2026", None))
        pass
    # retranslateUi
