# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RegistrationPage(object):
    def setupUi(self, RegistrationPage):
        if not RegistrationPage.objectName():
            RegistrationPage.setObjectName(u"RegistrationPage")
        RegistrationPage.resize(1000, 720)
        self.pageLayout = QVBoxLayout(RegistrationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.formBox = QGroupBox(RegistrationPage)
        self.formBox.setObjectName(u"formBox")
        self.formBoxLayout = QVBoxLayout(self.formBox)
        self.formBoxLayout.setObjectName(u"formBoxLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.formBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.formBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.phoneLabel = QLabel(self.formBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.formBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(24)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneHint = QLabel(self.formBox)
        self.phoneHint.setObjectName(u"phoneHint")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneHint)

        self.purposeLabel = QLabel(self.formBox)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QLineEdit(self.formBox)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.hostLabel = QLabel(self.formBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(self.formBox)
        self.host.setObjectName(u"host")
        self.host.setMaxLength(60)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.host)

        self.partySizeLabel = QLabel(self.formBox)
        self.partySizeLabel.setObjectName(u"partySizeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partySizeLabel)

        self.partySize = QSpinBox(self.formBox)
        self.partySize.setObjectName(u"partySize")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.partySize.sizePolicy().hasHeightForWidth())
        self.partySize.setSizePolicy(sizePolicy)
        self.partySize.setMinimum(1)
        self.partySize.setMaximum(99)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partySize)

        self.priorityLabel = QLabel(self.formBox)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priority = QComboBox(self.formBox)
        self.priority.setObjectName(u"priority")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priority)

        self.serviceLabel = QLabel(self.formBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(self.formBox)
        self.service.setObjectName(u"service")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.service)

        self.idNumberLabel = QLabel(self.formBox)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(self.formBox)
        self.idNumber.setObjectName(u"idNumber")
        self.idNumber.setMaxLength(24)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.idNumberHint = QLabel(self.formBox)
        self.idNumberHint.setObjectName(u"idNumberHint")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.idNumberHint)

        self.appointment = QCheckBox(self.formBox)
        self.appointment.setObjectName(u"appointment")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.appointment)

        self.appointmentSlot = QWidget(self.formBox)
        self.appointmentSlot.setObjectName(u"appointmentSlot")
        self.appointmentSlotLayout = QHBoxLayout(self.appointmentSlot)
        self.appointmentSlotLayout.setObjectName(u"appointmentSlotLayout")
        self.appointmentSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.appointmentSlot)


        self.formBoxLayout.addLayout(self.formLayout)

        self.registerRow = QHBoxLayout()
        self.registerRow.setObjectName(u"registerRow")
        self.registerButton = QPushButton(self.formBox)
        self.registerButton.setObjectName(u"registerButton")

        self.registerRow.addWidget(self.registerButton)

        self.clearButton = QPushButton(self.formBox)
        self.clearButton.setObjectName(u"clearButton")

        self.registerRow.addWidget(self.clearButton)

        self.keysHint = QLabel(self.formBox)
        self.keysHint.setObjectName(u"keysHint")

        self.registerRow.addWidget(self.keysHint)

        self.registerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerRow.addItem(self.registerSpacer)


        self.formBoxLayout.addLayout(self.registerRow)

        self.errorLabel = QLabel(self.formBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.errorLabel.setWordWrap(True)

        self.formBoxLayout.addWidget(self.errorLabel)

        self.formSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formBoxLayout.addItem(self.formSpacer)

        self.autoPrint = QCheckBox(self.formBox)
        self.autoPrint.setObjectName(u"autoPrint")

        self.formBoxLayout.addWidget(self.autoPrint)


        self.columns.addWidget(self.formBox)

        self.resultPanel = QFrame(RegistrationPage)
        self.resultPanel.setObjectName(u"resultPanel")
        self.resultPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QVBoxLayout(self.resultPanel)
        self.resultLayout.setSpacing(10)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultCaption = QLabel(self.resultPanel)
        self.resultCaption.setObjectName(u"resultCaption")
        self.resultCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.resultLayout.addWidget(self.resultCaption)

        self.ticketLabel = QLabel(self.resultPanel)
        self.ticketLabel.setObjectName(u"ticketLabel")
        self.ticketLabel.setText(u"\u2014")
        self.ticketLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticketLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.ticketLabel)

        self.visitorLabel = QLabel(self.resultPanel)
        self.visitorLabel.setObjectName(u"visitorLabel")
        self.visitorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.visitorLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.visitorLabel)

        self.aheadLabel = QLabel(self.resultPanel)
        self.aheadLabel.setObjectName(u"aheadLabel")
        self.aheadLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.aheadLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.aheadLabel)

        self.waitLabel = QLabel(self.resultPanel)
        self.waitLabel.setObjectName(u"waitLabel")
        self.waitLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waitLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.waitLabel)

        self.resultSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)

        self.slipButtons = QHBoxLayout()
        self.slipButtons.setObjectName(u"slipButtons")
        self.printButton = QPushButton(self.resultPanel)
        self.printButton.setObjectName(u"printButton")

        self.slipButtons.addWidget(self.printButton)

        self.previewButton = QPushButton(self.resultPanel)
        self.previewButton.setObjectName(u"previewButton")

        self.slipButtons.addWidget(self.previewButton)

        self.savePdfButton = QPushButton(self.resultPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.slipButtons.addWidget(self.savePdfButton)


        self.resultLayout.addLayout(self.slipButtons)

        self.printStatus = QLabel(self.resultPanel)
        self.printStatus.setObjectName(u"printStatus")
        self.printStatus.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.printStatus.setWordWrap(True)

        self.resultLayout.addWidget(self.printStatus)


        self.columns.addWidget(self.resultPanel)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.pageLayout.addLayout(self.columns)

        self.scanBar = QFrame(RegistrationPage)
        self.scanBar.setObjectName(u"scanBar")
        self.scanBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.scanLayout = QHBoxLayout(self.scanBar)
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(self.scanBar)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(self.scanBar)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMaxLength(512)
        self.scanEdit.setPlaceholderText(u"RC1-\u2026")
        self.scanEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.scanEdit)

        self.scanButton = QPushButton(self.scanBar)
        self.scanButton.setObjectName(u"scanButton")

        self.scanLayout.addWidget(self.scanButton)


        self.pageLayout.addWidget(self.scanBar)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.purposeLabel.setBuddy(self.purpose)
        self.hostLabel.setBuddy(self.host)
        self.partySizeLabel.setBuddy(self.partySize)
        self.priorityLabel.setBuddy(self.priority)
        self.serviceLabel.setBuddy(self.service)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.scanLabel.setBuddy(self.scanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.purpose)
        QWidget.setTabOrder(self.purpose, self.host)
        QWidget.setTabOrder(self.host, self.partySize)
        QWidget.setTabOrder(self.partySize, self.priority)
        QWidget.setTabOrder(self.priority, self.service)
        QWidget.setTabOrder(self.service, self.idNumber)
        QWidget.setTabOrder(self.idNumber, self.appointment)
        QWidget.setTabOrder(self.appointment, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.autoPrint)
        QWidget.setTabOrder(self.autoPrint, self.printButton)
        QWidget.setTabOrder(self.printButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.scanEdit)
        QWidget.setTabOrder(self.scanEdit, self.scanButton)

        self.retranslateUi(RegistrationPage)

        QMetaObject.connectSlotsByName(RegistrationPage)
    # setupUi

    def retranslateUi(self, RegistrationPage):
        self.formBox.setTitle(QCoreApplication.translate("RegistrationPage", u"New visitor", None))
        self.nameLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"Name, pinyin or initials (zs) to find a returning visitor", None))
        self.phoneLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"Mobile or landline with area code", None))
        self.purposeLabel.setText(QCoreApplication.translate("RegistrationPage", u"P&urpose:", None))
        self.hostLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Host or department:", None))
        self.partySizeLabel.setText(QCoreApplication.translate("RegistrationPage", u"Part&y size:", None))
        self.priorityLabel.setText(QCoreApplication.translate("RegistrationPage", u"P&riority:", None))
        self.serviceLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Service:", None))
        self.idNumberLabel.setText(QCoreApplication.translate("RegistrationPage", u"&ID number:", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"Optional", None))
        self.appointment.setText(QCoreApplication.translate("RegistrationPage", u"&Appointment", None))
        self.registerButton.setText(QCoreApplication.translate("RegistrationPage", u"Register", None))
        self.clearButton.setText(QCoreApplication.translate("RegistrationPage", u"Clear", None))
        self.keysHint.setText(QCoreApplication.translate("RegistrationPage", u"Ctrl+Enter registers from any field", None))
        self.autoPrint.setText(QCoreApplication.translate("RegistrationPage", u"Print the slip au&tomatically after registering", None))
        self.resultCaption.setText(QCoreApplication.translate("RegistrationPage", u"Ticket", None))
        self.printButton.setText(QCoreApplication.translate("RegistrationPage", u"Print slip (Ctrl+P)", None))
        self.previewButton.setText(QCoreApplication.translate("RegistrationPage", u"Preview", None))
        self.savePdfButton.setText(QCoreApplication.translate("RegistrationPage", u"Save PDF\u2026", None))
        self.scanLabel.setText(QCoreApplication.translate("RegistrationPage", u"S&can or type slip code:", None))
        self.scanButton.setText(QCoreApplication.translate("RegistrationPage", u"Check in", None))
        pass
    # retranslateUi
