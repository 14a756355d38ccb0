# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_QueueSettingsDialog(object):
    def setupUi(self, QueueSettingsDialog):
        if not QueueSettingsDialog.objectName():
            QueueSettingsDialog.setObjectName(u"QueueSettingsDialog")
        QueueSettingsDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(QueueSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tablesRow = QHBoxLayout()
        self.tablesRow.setObjectName(u"tablesRow")
        self.servicesGroup = QGroupBox(QueueSettingsDialog)
        self.servicesGroup.setObjectName(u"servicesGroup")
        self.servicesLayout = QVBoxLayout(self.servicesGroup)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.servicesTable = QTableView(self.servicesGroup)
        self.servicesTable.setObjectName(u"servicesTable")
        self.servicesTable.setAlternatingRowColors(True)
        self.servicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.servicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.servicesLayout.addWidget(self.servicesTable)

        self.serviceButtons = QHBoxLayout()
        self.serviceButtons.setObjectName(u"serviceButtons")
        self.addServiceButton = QPushButton(self.servicesGroup)
        self.addServiceButton.setObjectName(u"addServiceButton")

        self.serviceButtons.addWidget(self.addServiceButton)

        self.removeServiceButton = QPushButton(self.servicesGroup)
        self.removeServiceButton.setObjectName(u"removeServiceButton")

        self.serviceButtons.addWidget(self.removeServiceButton)

        self.serviceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serviceButtons.addItem(self.serviceSpacer)


        self.servicesLayout.addLayout(self.serviceButtons)


        self.tablesRow.addWidget(self.servicesGroup)

        self.countersGroup = QGroupBox(QueueSettingsDialog)
        self.countersGroup.setObjectName(u"countersGroup")
        self.countersLayout = QVBoxLayout(self.countersGroup)
        self.countersLayout.setObjectName(u"countersLayout")
        self.countersTable = QTableView(self.countersGroup)
        self.countersTable.setObjectName(u"countersTable")
        self.countersTable.setAlternatingRowColors(True)
        self.countersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.countersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.countersLayout.addWidget(self.countersTable)

        self.countersNote = QLabel(self.countersGroup)
        self.countersNote.setObjectName(u"countersNote")
        self.countersNote.setWordWrap(True)

        self.countersLayout.addWidget(self.countersNote)

        self.counterButtons = QHBoxLayout()
        self.counterButtons.setObjectName(u"counterButtons")
        self.addCounterButton = QPushButton(self.countersGroup)
        self.addCounterButton.setObjectName(u"addCounterButton")

        self.counterButtons.addWidget(self.addCounterButton)

        self.removeCounterButton = QPushButton(self.countersGroup)
        self.removeCounterButton.setObjectName(u"removeCounterButton")

        self.counterButtons.addWidget(self.removeCounterButton)

        self.counterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counterButtons.addItem(self.counterSpacer)


        self.countersLayout.addLayout(self.counterButtons)


        self.tablesRow.addWidget(self.countersGroup)

        self.tablesRow.setStretch(0, 2)
        self.tablesRow.setStretch(1, 3)

        self.dialogLayout.addLayout(self.tablesRow)

        self.rulesRow = QHBoxLayout()
        self.rulesRow.setObjectName(u"rulesRow")
        self.priorityGroup = QGroupBox(QueueSettingsDialog)
        self.priorityGroup.setObjectName(u"priorityGroup")
        self.priorityLayout = QVBoxLayout(self.priorityGroup)
        self.priorityLayout.setObjectName(u"priorityLayout")
        self.priorityNote = QLabel(self.priorityGroup)
        self.priorityNote.setObjectName(u"priorityNote")
        self.priorityNote.setWordWrap(True)

        self.priorityLayout.addWidget(self.priorityNote)

        self.bonusForm = QFormLayout()
        self.bonusForm.setObjectName(u"bonusForm")

        self.priorityLayout.addLayout(self.bonusForm)


        self.rulesRow.addWidget(self.priorityGroup)

        self.rulesGroup = QGroupBox(QueueSettingsDialog)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesForm = QFormLayout(self.rulesGroup)
        self.rulesForm.setObjectName(u"rulesForm")
        self.recallsLabel = QLabel(self.rulesGroup)
        self.recallsLabel.setObjectName(u"recallsLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recallsLabel)

        self.recalls = QSpinBox(self.rulesGroup)
        self.recalls.setObjectName(u"recalls")
        self.recalls.setMinimum(0)
        self.recalls.setMaximum(9)

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recalls)

        self.elderlyAgeLabel = QLabel(self.rulesGroup)
        self.elderlyAgeLabel.setObjectName(u"elderlyAgeLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.elderlyAgeLabel)

        self.elderlyAge = QSpinBox(self.rulesGroup)
        self.elderlyAge.setObjectName(u"elderlyAge")
        self.elderlyAge.setMinimum(50)
        self.elderlyAge.setMaximum(100)

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.elderlyAge)

        self.appointmentSeriesLabel = QLabel(self.rulesGroup)
        self.appointmentSeriesLabel.setObjectName(u"appointmentSeriesLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appointmentSeriesLabel)

        self.appointmentSeries = QComboBox(self.rulesGroup)
        self.appointmentSeries.setObjectName(u"appointmentSeries")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appointmentSeries)

        self.graceLabel = QLabel(self.rulesGroup)
        self.graceLabel.setObjectName(u"graceLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.graceLabel)

        self.graceMinutes = QSpinBox(self.rulesGroup)
        self.graceMinutes.setObjectName(u"graceMinutes")
        self.graceMinutes.setMinimum(0)
        self.graceMinutes.setMaximum(240)

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.graceMinutes)

        self.serviceMinutesLabel = QLabel(self.rulesGroup)
        self.serviceMinutesLabel.setObjectName(u"serviceMinutesLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceMinutesLabel)

        self.serviceMinutes = QSpinBox(self.rulesGroup)
        self.serviceMinutes.setObjectName(u"serviceMinutes")
        self.serviceMinutes.setMinimum(1)
        self.serviceMinutes.setMaximum(120)

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceMinutes)


        self.rulesRow.addWidget(self.rulesGroup)

        self.rulesRow.setStretch(0, 1)
        self.rulesRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.rulesRow)

        self.errorLabel = QLabel(QueueSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(QueueSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recallsLabel.setBuddy(self.recalls)
        self.elderlyAgeLabel.setBuddy(self.elderlyAge)
        self.appointmentSeriesLabel.setBuddy(self.appointmentSeries)
        self.graceLabel.setBuddy(self.graceMinutes)
        self.serviceMinutesLabel.setBuddy(self.serviceMinutes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.servicesTable, self.addServiceButton)
        QWidget.setTabOrder(self.addServiceButton, self.removeServiceButton)
        QWidget.setTabOrder(self.removeServiceButton, self.countersTable)
        QWidget.setTabOrder(self.countersTable, self.addCounterButton)
        QWidget.setTabOrder(self.addCounterButton, self.removeCounterButton)
        QWidget.setTabOrder(self.removeCounterButton, self.recalls)
        QWidget.setTabOrder(self.recalls, self.elderlyAge)
        QWidget.setTabOrder(self.elderlyAge, self.appointmentSeries)
        QWidget.setTabOrder(self.appointmentSeries, self.graceMinutes)
        QWidget.setTabOrder(self.graceMinutes, self.serviceMinutes)

        self.retranslateUi(QueueSettingsDialog)

        QMetaObject.connectSlotsByName(QueueSettingsDialog)
    # setupUi

    def retranslateUi(self, QueueSettingsDialog):
        QueueSettingsDialog.setWindowTitle(QCoreApplication.translate("QueueSettingsDialog", u"Queue settings", None))
        self.servicesGroup.setTitle(QCoreApplication.translate("QueueSettingsDialog", u"Services and their ticket series", None))
        self.addServiceButton.setText(QCoreApplication.translate("QueueSettingsDialog", u"Add &service", None))
        self.removeServiceButton.setText(QCoreApplication.translate("QueueSettingsDialog", u"Remove service", None))
        self.countersGroup.setTitle(QCoreApplication.translate("QueueSettingsDialog", u"Counters", None))
        self.countersNote.setText(QCoreApplication.translate("QueueSettingsDialog", u"Series served: letters in the order the counter calls from, such as A,C.", None))
        self.addCounterButton.setText(QCoreApplication.translate("QueueSettingsDialog", u"Add &counter", None))
        self.removeCounterButton.setText(QCoreApplication.translate("QueueSettingsDialog", u"Remove counter", None))
        self.priorityGroup.setTitle(QCoreApplication.translate("QueueSettingsDialog", u"Priority head start", None))
        self.priorityNote.setText(QCoreApplication.translate("QueueSettingsDialog", u"Minutes counted as already waited. Priority shortens the wait but never lets a class jump the whole queue.", None))
        self.rulesGroup.setTitle(QCoreApplication.translate("QueueSettingsDialog", u"Rules", None))
        self.recallsLabel.setText(QCoreApplication.translate("QueueSettingsDialog", u"&Recalls before a no-show:", None))
        self.elderlyAgeLabel.setText(QCoreApplication.translate("QueueSettingsDialog", u"&Elderly from age:", None))
        self.appointmentSeriesLabel.setText(QCoreApplication.translate("QueueSettingsDialog", u"&Appointment series:", None))
        self.graceLabel.setText(QCoreApplication.translate("QueueSettingsDialog", u"&Grace for late appointments:", None))
        self.graceMinutes.setSuffix(QCoreApplication.translate("QueueSettingsDialog", u" min", None))
        self.serviceMinutesLabel.setText(QCoreApplication.translate("QueueSettingsDialog", u"&Default service time:", None))
        self.serviceMinutes.setSuffix(QCoreApplication.translate("QueueSettingsDialog", u" min", None))
    # retranslateUi
