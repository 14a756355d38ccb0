# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'counter_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CounterPage(object):
    def setupUi(self, CounterPage):
        if not CounterPage.objectName():
            CounterPage.setObjectName(u"CounterPage")
        CounterPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(CounterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.counterLabel = QLabel(CounterPage)
        self.counterLabel.setObjectName(u"counterLabel")

        self.topBar.addWidget(self.counterLabel)

        self.counterChooser = QComboBox(CounterPage)
        self.counterChooser.setObjectName(u"counterChooser")
        self.counterChooser.setMinimumContentsLength(14)
        self.counterChooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topBar.addWidget(self.counterChooser)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.waitingSummary = QLabel(CounterPage)
        self.waitingSummary.setObjectName(u"waitingSummary")
        self.waitingSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topBar.addWidget(self.waitingSummary)


        self.pageLayout.addLayout(self.topBar)

        self.readOnlyNote = QLabel(CounterPage)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.pageLayout.addWidget(self.readOnlyNote)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.currentFrame = QFrame(CounterPage)
        self.currentFrame.setObjectName(u"currentFrame")
        self.currentFrame.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.currentFrame.sizePolicy().hasHeightForWidth())
        self.currentFrame.setSizePolicy(sizePolicy)
        self.currentLayout = QVBoxLayout(self.currentFrame)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentCaption = QLabel(self.currentFrame)
        self.currentCaption.setObjectName(u"currentCaption")

        self.currentLayout.addWidget(self.currentCaption)

        self.currentTicket = QLabel(self.currentFrame)
        self.currentTicket.setObjectName(u"currentTicket")
        self.currentTicket.setText(u"\u2014")
        self.currentTicket.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.currentLayout.addWidget(self.currentTicket)

        self.currentName = QLabel(self.currentFrame)
        self.currentName.setObjectName(u"currentName")
        self.currentName.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.currentName.setWordWrap(True)
        self.currentName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.currentLayout.addWidget(self.currentName)

        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(8)
        self.detailsGrid.setVerticalSpacing(4)
        self.purposeLabel = QLabel(self.currentFrame)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.purposeLabel, 0, 0, 1, 1)

        self.currentPurpose = QLabel(self.currentFrame)
        self.currentPurpose.setObjectName(u"currentPurpose")
        self.currentPurpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentPurpose.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentPurpose, 0, 1, 1, 3)

        self.hostLabel = QLabel(self.currentFrame)
        self.hostLabel.setObjectName(u"hostLabel")
        self.hostLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.hostLabel, 1, 0, 1, 1)

        self.currentHost = QLabel(self.currentFrame)
        self.currentHost.setObjectName(u"currentHost")
        self.currentHost.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentHost.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentHost, 1, 1, 1, 1)

        self.partyLabel = QLabel(self.currentFrame)
        self.partyLabel.setObjectName(u"partyLabel")
        self.partyLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.partyLabel, 1, 2, 1, 1)

        self.currentParty = QLabel(self.currentFrame)
        self.currentParty.setObjectName(u"currentParty")
        self.currentParty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentParty.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentParty, 1, 3, 1, 1)

        self.priorityLabel = QLabel(self.currentFrame)
        self.priorityLabel.setObjectName(u"priorityLabel")
        self.priorityLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.priorityLabel, 2, 0, 1, 1)

        self.currentPriority = QLabel(self.currentFrame)
        self.currentPriority.setObjectName(u"currentPriority")
        self.currentPriority.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentPriority.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentPriority, 2, 1, 1, 1)

        self.calledLabel = QLabel(self.currentFrame)
        self.calledLabel.setObjectName(u"calledLabel")
        self.calledLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.calledLabel, 2, 2, 1, 1)

        self.currentCalled = QLabel(self.currentFrame)
        self.currentCalled.setObjectName(u"currentCalled")
        self.currentCalled.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentCalled.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentCalled, 2, 3, 1, 1)

        self.recallsLabel = QLabel(self.currentFrame)
        self.recallsLabel.setObjectName(u"recallsLabel")
        self.recallsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.recallsLabel, 3, 0, 1, 1)

        self.currentRecalls = QLabel(self.currentFrame)
        self.currentRecalls.setObjectName(u"currentRecalls")
        self.currentRecalls.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentRecalls.setWordWrap(True)

        self.detailsGrid.addWidget(self.currentRecalls, 3, 1, 1, 3)

        self.detailsGrid.setColumnStretch(1, 3)
        self.detailsGrid.setColumnStretch(3, 2)

        self.currentLayout.addLayout(self.detailsGrid)

        self.currentSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.currentLayout.addItem(self.currentSpacer)

        self.actionsGrid = QGridLayout()
        self.actionsGrid.setSpacing(8)
        self.actionsGrid.setObjectName(u"actionsGrid")
        self.callNextButton = QPushButton(self.currentFrame)
        self.callNextButton.setObjectName(u"callNextButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.callNextButton.sizePolicy().hasHeightForWidth())
        self.callNextButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.callNextButton, 0, 0, 1, 3)

        self.recallButton = QPushButton(self.currentFrame)
        self.recallButton.setObjectName(u"recallButton")
        sizePolicy1.setHeightForWidth(self.recallButton.sizePolicy().hasHeightForWidth())
        self.recallButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.recallButton, 1, 0, 1, 1)

        self.servedButton = QPushButton(self.currentFrame)
        self.servedButton.setObjectName(u"servedButton")
        sizePolicy1.setHeightForWidth(self.servedButton.sizePolicy().hasHeightForWidth())
        self.servedButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.servedButton, 1, 1, 1, 1)

        self.holdButton = QPushButton(self.currentFrame)
        self.holdButton.setObjectName(u"holdButton")
        sizePolicy1.setHeightForWidth(self.holdButton.sizePolicy().hasHeightForWidth())
        self.holdButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.holdButton, 1, 2, 1, 1)

        self.noShowButton = QPushButton(self.currentFrame)
        self.noShowButton.setObjectName(u"noShowButton")
        sizePolicy1.setHeightForWidth(self.noShowButton.sizePolicy().hasHeightForWidth())
        self.noShowButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.noShowButton, 2, 0, 1, 1)

        self.transferButton = QPushButton(self.currentFrame)
        self.transferButton.setObjectName(u"transferButton")
        sizePolicy1.setHeightForWidth(self.transferButton.sizePolicy().hasHeightForWidth())
        self.transferButton.setSizePolicy(sizePolicy1)

        self.actionsGrid.addWidget(self.transferButton, 2, 1, 1, 1)


        self.currentLayout.addLayout(self.actionsGrid)

        self.givenRow = QHBoxLayout()
        self.givenRow.setObjectName(u"givenRow")
        self.givenLabel = QLabel(self.currentFrame)
        self.givenLabel.setObjectName(u"givenLabel")

        self.givenRow.addWidget(self.givenLabel)

        self.givenTicket = QLineEdit(self.currentFrame)
        self.givenTicket.setObjectName(u"givenTicket")
        self.givenTicket.setMaxLength(8)
        self.givenTicket.setPlaceholderText(u"A023")
        self.givenTicket.setClearButtonEnabled(True)

        self.givenRow.addWidget(self.givenTicket)

        self.callGivenButton = QPushButton(self.currentFrame)
        self.callGivenButton.setObjectName(u"callGivenButton")

        self.givenRow.addWidget(self.callGivenButton)


        self.currentLayout.addLayout(self.givenRow)

        self.messageRow = QHBoxLayout()
        self.messageRow.setObjectName(u"messageRow")
        self.statusLine = QLabel(self.currentFrame)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)
        self.statusLine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageRow.addWidget(self.statusLine)

        self.undoButton = QPushButton(self.currentFrame)
        self.undoButton.setObjectName(u"undoButton")

        self.messageRow.addWidget(self.undoButton)

        self.messageRow.setStretch(0, 1)

        self.currentLayout.addLayout(self.messageRow)


        self.bodyLayout.addWidget(self.currentFrame)

        self.queueLayout = QVBoxLayout()
        self.queueLayout.setObjectName(u"queueLayout")
        self.waitingTitle = QLabel(CounterPage)
        self.waitingTitle.setObjectName(u"waitingTitle")

        self.queueLayout.addWidget(self.waitingTitle)

        self.waitingTable = QTableView(CounterPage)
        self.waitingTable.setObjectName(u"waitingTable")
        self.waitingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitingTable.setAlternatingRowColors(True)
        self.waitingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitingTable.setWordWrap(False)

        self.queueLayout.addWidget(self.waitingTable)

        self.heldTitleRow = QHBoxLayout()
        self.heldTitleRow.setObjectName(u"heldTitleRow")
        self.heldTitle = QLabel(CounterPage)
        self.heldTitle.setObjectName(u"heldTitle")

        self.heldTitleRow.addWidget(self.heldTitle)

        self.heldSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldTitleRow.addItem(self.heldSpacer)

        self.callBackButton = QPushButton(CounterPage)
        self.callBackButton.setObjectName(u"callBackButton")

        self.heldTitleRow.addWidget(self.callBackButton)


        self.queueLayout.addLayout(self.heldTitleRow)

        self.heldTable = QTableView(CounterPage)
        self.heldTable.setObjectName(u"heldTable")
        self.heldTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heldTable.setAlternatingRowColors(True)
        self.heldTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heldTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.heldTable.setWordWrap(False)

        self.queueLayout.addWidget(self.heldTable)


        self.bodyLayout.addLayout(self.queueLayout)

        self.bodyLayout.setStretch(0, 4)
        self.bodyLayout.setStretch(1, 6)

        self.pageLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.counterLabel.setBuddy(self.counterChooser)
        self.givenLabel.setBuddy(self.givenTicket)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.counterChooser, self.callNextButton)
        QWidget.setTabOrder(self.callNextButton, self.recallButton)
        QWidget.setTabOrder(self.recallButton, self.servedButton)
        QWidget.setTabOrder(self.servedButton, self.holdButton)
        QWidget.setTabOrder(self.holdButton, self.noShowButton)
        QWidget.setTabOrder(self.noShowButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.givenTicket)
        QWidget.setTabOrder(self.givenTicket, self.callGivenButton)
        QWidget.setTabOrder(self.callGivenButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.waitingTable)
        QWidget.setTabOrder(self.waitingTable, self.heldTable)
        QWidget.setTabOrder(self.heldTable, self.callBackButton)

        self.retranslateUi(CounterPage)

        QMetaObject.connectSlotsByName(CounterPage)
    # setupUi

    def retranslateUi(self, CounterPage):
        self.counterLabel.setText(QCoreApplication.translate("CounterPage", u"&Counter:", None))
        self.readOnlyNote.setText(QCoreApplication.translate("CounterPage", u"Your role may look at the queue but not call tickets.", None))
        self.currentCaption.setText(QCoreApplication.translate("CounterPage", u"Now serving", None))
        self.purposeLabel.setText(QCoreApplication.translate("CounterPage", u"Purpose:", None))
        self.hostLabel.setText(QCoreApplication.translate("CounterPage", u"Host:", None))
        self.partyLabel.setText(QCoreApplication.translate("CounterPage", u"People:", None))
        self.priorityLabel.setText(QCoreApplication.translate("CounterPage", u"Priority:", None))
        self.calledLabel.setText(QCoreApplication.translate("CounterPage", u"Called at:", None))
        self.recallsLabel.setText(QCoreApplication.translate("CounterPage", u"Recalls:", None))
        self.callNextButton.setText(QCoreApplication.translate("CounterPage", u"Call next", None))
#if QT_CONFIG(tooltip)
        self.callNextButton.setToolTip(QCoreApplication.translate("CounterPage", u"Call the first ticket in this counter\u2019s queue; the one called now counts as served", None))
#endif // QT_CONFIG(tooltip)
        self.recallButton.setText(QCoreApplication.translate("CounterPage", u"Recall", None))
#if QT_CONFIG(tooltip)
        self.recallButton.setToolTip(QCoreApplication.translate("CounterPage", u"Call the current ticket again", None))
#endif // QT_CONFIG(tooltip)
        self.servedButton.setText(QCoreApplication.translate("CounterPage", u"Served", None))
#if QT_CONFIG(tooltip)
        self.servedButton.setToolTip(QCoreApplication.translate("CounterPage", u"The current visitor has been served", None))
#endif // QT_CONFIG(tooltip)
        self.holdButton.setText(QCoreApplication.translate("CounterPage", u"Hold", None))
#if QT_CONFIG(tooltip)
        self.holdButton.setToolTip(QCoreApplication.translate("CounterPage", u"Set the current ticket aside; call it back later from the held list", None))
#endif // QT_CONFIG(tooltip)
        self.noShowButton.setText(QCoreApplication.translate("CounterPage", u"No-show", None))
        self.transferButton.setText(QCoreApplication.translate("CounterPage", u"Transfer\u2026", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("CounterPage", u"Send the current ticket to another service or counter", None))
#endif // QT_CONFIG(tooltip)
        self.givenLabel.setText(QCoreApplication.translate("CounterPage", u"Call &given ticket:", None))
        self.callGivenButton.setText(QCoreApplication.translate("CounterPage", u"Call", None))
        self.undoButton.setText(QCoreApplication.translate("CounterPage", u"&Undo", None))
        self.waitingTitle.setText(QCoreApplication.translate("CounterPage", u"Waiting for this counter", None))
        self.heldTitle.setText(QCoreApplication.translate("CounterPage", u"Held", None))
        self.callBackButton.setText(QCoreApplication.translate("CounterPage", u"Call &back", None))
#if QT_CONFIG(tooltip)
        self.callBackButton.setToolTip(QCoreApplication.translate("CounterPage", u"Call the selected held ticket back to this counter (double-click or Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
