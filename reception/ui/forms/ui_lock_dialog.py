# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(420, 220)
        self.verticalLayout = QVBoxLayout(LockDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.lockedLabel = QLabel(LockDialog)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.verticalLayout.addWidget(self.lockedLabel)

        self.whoLabel = QLabel(LockDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.whoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.whoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(LockDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LockDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.switchButton = QPushButton(LockDialog)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.switchButton)

        self.horizontalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.horizontalSpacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.verticalLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchButton)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Desk locked", None))
        self.lockedLabel.setText(QCoreApplication.translate("LockDialog", u"The desk is locked.", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"&Password:", None))
        self.switchButton.setText(QCoreApplication.translate("LockDialog", u"Sign in as &someone else", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Unlock", None))
    # retranslateUi
