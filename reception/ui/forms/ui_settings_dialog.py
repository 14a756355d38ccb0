# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(480, 400)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.officeGroup = QGroupBox(SettingsDialog)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeForm = QFormLayout(self.officeGroup)
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officeGroup)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setMaxLength(60)

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.idleLockLabel = QLabel(self.officeGroup)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockMinutes = QSpinBox(self.officeGroup)
        self.idleLockMinutes.setObjectName(u"idleLockMinutes")
        self.idleLockMinutes.setMinimum(0)
        self.idleLockMinutes.setMaximum(240)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockMinutes)

        self.officeNote = QLabel(self.officeGroup)
        self.officeNote.setObjectName(u"officeNote")
        self.officeNote.setWordWrap(True)

        self.officeForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.officeNote)


        self.verticalLayout.addWidget(self.officeGroup)

        self.deskGroup = QGroupBox(SettingsDialog)
        self.deskGroup.setObjectName(u"deskGroup")
        self.deskForm = QFormLayout(self.deskGroup)
        self.deskForm.setObjectName(u"deskForm")
        self.deskNameLabel = QLabel(self.deskGroup)
        self.deskNameLabel.setObjectName(u"deskNameLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deskNameLabel)

        self.deskName = QLineEdit(self.deskGroup)
        self.deskName.setObjectName(u"deskName")
        self.deskName.setMaxLength(40)

        self.deskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deskName)

        self.counterLabel = QLabel(self.deskGroup)
        self.counterLabel.setObjectName(u"counterLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.counterLabel)

        self.counter = QSpinBox(self.deskGroup)
        self.counter.setObjectName(u"counter")
        self.counter.setMinimum(0)
        self.counter.setMaximum(99)

        self.deskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.counter)

        self.languageLabel = QLabel(self.deskGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.deskGroup)
        self.language.setObjectName(u"language")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.languageNote = QLabel(self.deskGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.deskForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.languageNote)


        self.verticalLayout.addWidget(self.deskGroup)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.idleLockLabel.setBuddy(self.idleLockMinutes)
        self.deskNameLabel.setBuddy(self.deskName)
        self.counterLabel.setBuddy(self.counter)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeName, self.idleLockMinutes)
        QWidget.setTabOrder(self.idleLockMinutes, self.deskName)
        QWidget.setTabOrder(self.deskName, self.counter)
        QWidget.setTabOrder(self.counter, self.language)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Office (every desk)", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Office name:", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock when idle for:", None))
        self.idleLockMinutes.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"Never", None))
        self.idleLockMinutes.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.officeNote.setText(QCoreApplication.translate("SettingsDialog", u"Only the administrator can change the office settings.", None))
        self.deskGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This desk", None))
        self.deskNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Desk name:", None))
        self.counterLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Counter number:", None))
        self.counter.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"None", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies when the desk is started again.", None))
    # retranslateUi
