# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(440, 300)
        self.verticalLayout = QVBoxLayout(OperatorDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.loginLabel = QLabel(OperatorDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(OperatorDialog)
        self.login.setObjectName(u"login")
        self.login.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.displayNameLabel = QLabel(OperatorDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(OperatorDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(OperatorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(OperatorDialog)
        self.role.setObjectName(u"role")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.passwordLabel = QLabel(OperatorDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(OperatorDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordAgainLabel = QLabel(OperatorDialog)
        self.passwordAgainLabel.setObjectName(u"passwordAgainLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordAgainLabel)

        self.passwordAgain = QLineEdit(OperatorDialog)
        self.passwordAgain.setObjectName(u"passwordAgain")
        self.passwordAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordAgain)


        self.verticalLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(OperatorDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(OperatorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(OperatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.passwordAgainLabel.setBuddy(self.passwordAgain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.displayName)
        QWidget.setTabOrder(self.displayName, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.passwordAgain)

        self.retranslateUi(OperatorDialog)

        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"Add an operator", None))
        self.loginLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Sign-in name:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Name shown:", None))
        self.roleLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Role:", None))
        self.passwordLabel.setText(QCoreApplication.translate("OperatorDialog", u"&First password:", None))
        self.passwordAgainLabel.setText(QCoreApplication.translate("OperatorDialog", u"Password &again:", None))
        self.noteLabel.setText(QCoreApplication.translate("OperatorDialog", u"The new operator chooses a new password at the first sign-in.", None))
    # retranslateUi
