# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(480, 360)
        self.verticalLayout = QVBoxLayout(SetupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.officeNameLabel = QLabel(SetupDialog)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(SetupDialog)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setMaxLength(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.loginLabel = QLabel(SetupDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(SetupDialog)
        self.login.setObjectName(u"login")
        self.login.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.login)

        self.displayNameLabel = QLabel(SetupDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(SetupDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(40)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.passwordLabel = QLabel(SetupDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SetupDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordAgainLabel = QLabel(SetupDialog)
        self.passwordAgainLabel.setObjectName(u"passwordAgainLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordAgainLabel)

        self.passwordAgain = QLineEdit(SetupDialog)
        self.passwordAgain.setObjectName(u"passwordAgain")
        self.passwordAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordAgain)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.loginLabel.setBuddy(self.login)
        self.displayNameLabel.setBuddy(self.displayName)
        self.passwordLabel.setBuddy(self.password)
        self.passwordAgainLabel.setBuddy(self.passwordAgain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeName, self.login)
        QWidget.setTabOrder(self.login, self.displayName)
        QWidget.setTabOrder(self.displayName, self.password)
        QWidget.setTabOrder(self.password, self.passwordAgain)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"First start", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"This desk has no operators yet. Name the office and create the administrator, who then adds the other operators.", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Office name:", None))
        self.loginLabel.setText(QCoreApplication.translate("SetupDialog", u"Administrator's &sign-in name:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Name shown:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password:", None))
        self.passwordAgainLabel.setText(QCoreApplication.translate("SetupDialog", u"Password &again:", None))
    # retranslateUi
