# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 240)
        self.verticalLayout = QVBoxLayout(PasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.noticeLabel = QLabel(PasswordDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.noticeLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.currentLabel = QLabel(PasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLineEdit(PasswordDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(PasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.againLabel = QLabel(PasswordDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.newPasswordAgain = QLineEdit(PasswordDialog)
        self.newPasswordAgain.setObjectName(u"newPasswordAgain")
        self.newPasswordAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPasswordAgain)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.current)
        self.newLabel.setBuddy(self.newPassword)
        self.againLabel.setBuddy(self.newPasswordAgain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.newPasswordAgain)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change password", None))
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
        self.againLabel.setText(QCoreApplication.translate("PasswordDialog", u"New password &again:", None))
    # retranslateUi
