# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QCommandLinkButton, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, welcomeDialog):
        if not welcomeDialog.objectName():
            welcomeDialog.setObjectName(u"welcomeDialog")
        welcomeDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(welcomeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stack = QStackedWidget(welcomeDialog)
        self.stack.setObjectName(u"stack")
        self.choicePage = QWidget()
        self.choicePage.setObjectName(u"choicePage")
        self.choiceLayout = QVBoxLayout(self.choicePage)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.welcomeHeader = QHBoxLayout()
        self.welcomeHeader.setSpacing(12)
        self.welcomeHeader.setObjectName(u"welcomeHeader")
        self.welcomeIcon = QLabel(self.choicePage)
        self.welcomeIcon.setObjectName(u"welcomeIcon")
        self.welcomeIcon.setMinimumSize(QSize(56, 56))
        self.welcomeIcon.setMaximumSize(QSize(56, 56))

        self.welcomeHeader.addWidget(self.welcomeIcon)

        self.welcomeTitle = QLabel(self.choicePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setTextFormat(Qt.TextFormat.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.welcomeTitle.sizePolicy().hasHeightForWidth())
        self.welcomeTitle.setSizePolicy(sizePolicy)

        self.welcomeHeader.addWidget(self.welcomeTitle)


        self.choiceLayout.addLayout(self.welcomeHeader)

        self.introLabel = QLabel(self.choicePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.choiceLayout.addItem(self.introSpacer)

        self.demoButton = QCommandLinkButton(self.choicePage)
        self.demoButton.setObjectName(u"demoButton")

        self.choiceLayout.addWidget(self.demoButton)

        self.setUpButton = QCommandLinkButton(self.choicePage)
        self.setUpButton.setObjectName(u"setUpButton")

        self.choiceLayout.addWidget(self.setUpButton)

        self.choiceError = QLabel(self.choicePage)
        self.choiceError.setObjectName(u"choiceError")
        self.choiceError.setWordWrap(True)

        self.choiceLayout.addWidget(self.choiceError)

        self.choiceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.switchHint = QLabel(self.choicePage)
        self.switchHint.setObjectName(u"switchHint")
        self.switchHint.setWordWrap(True)

        self.choiceLayout.addWidget(self.switchHint)

        self.stack.addWidget(self.choicePage)
        self.setUpPage = QWidget()
        self.setUpPage.setObjectName(u"setUpPage")
        self.setUpLayout = QVBoxLayout(self.setUpPage)
        self.setUpLayout.setObjectName(u"setUpLayout")
        self.setUpTitle = QLabel(self.setUpPage)
        self.setUpTitle.setObjectName(u"setUpTitle")
        self.setUpTitle.setTextFormat(Qt.TextFormat.RichText)

        self.setUpLayout.addWidget(self.setUpTitle)

        self.setUpIntro = QLabel(self.setUpPage)
        self.setUpIntro.setObjectName(u"setUpIntro")
        self.setUpIntro.setWordWrap(True)

        self.setUpLayout.addWidget(self.setUpIntro)

        self.setUpForm = QFormLayout()
        self.setUpForm.setObjectName(u"setUpForm")
        self.setUpForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.setUpPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.setUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.setUpPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(160)

        self.setUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.setUpPage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.setUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.templateLabel = QLabel(self.setUpPage)
        self.templateLabel.setObjectName(u"templateLabel")

        self.setUpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(self.setUpPage)
        self.templateCombo.setObjectName(u"templateCombo")

        self.setUpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.levelsEdit = QPlainTextEdit(self.setUpPage)
        self.levelsEdit.setObjectName(u"levelsEdit")
        self.levelsEdit.setTabChangesFocus(True)
        self.levelsEdit.setMinimumSize(QSize(0, 120))
        self.levelsEdit.setMaximumSize(QSize(16777215, 170))

        self.setUpForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelsEdit)

        self.levelsHint = QLabel(self.setUpPage)
        self.levelsHint.setObjectName(u"levelsHint")
        self.levelsHint.setWordWrap(True)

        self.setUpForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelsHint)

        self.levelsError = QLabel(self.setUpPage)
        self.levelsError.setObjectName(u"levelsError")
        self.levelsError.setWordWrap(True)

        self.setUpForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelsError)

        self.dateOrderLabel = QLabel(self.setUpPage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.setUpForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrderCombo = QComboBox(self.setUpPage)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")

        self.setUpForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateOrderCombo)

        self.logoLabel = QLabel(self.setUpPage)
        self.logoLabel.setObjectName(u"logoLabel")

        self.setUpForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.setUpPage)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(56, 56))
        self.logoPreview.setMaximumSize(QSize(56, 56))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoRow.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(self.setUpPage)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoRow.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.setUpPage)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoRow.addWidget(self.removeLogoButton)

        self.logoInfo = QLabel(self.setUpPage)
        self.logoInfo.setObjectName(u"logoInfo")
        self.logoInfo.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.logoInfo.sizePolicy().hasHeightForWidth())
        self.logoInfo.setSizePolicy(sizePolicy)

        self.logoRow.addWidget(self.logoInfo)


        self.setUpForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(self.setUpPage)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)

        self.setUpForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.logoError)


        self.setUpLayout.addLayout(self.setUpForm)

        self.setUpSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setUpLayout.addItem(self.setUpSpacer)

        self.databaseInfo = QLabel(self.setUpPage)
        self.databaseInfo.setObjectName(u"databaseInfo")
        self.databaseInfo.setWordWrap(True)
        self.databaseInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.setUpLayout.addWidget(self.databaseInfo)

        self.setUpError = QLabel(self.setUpPage)
        self.setUpError.setObjectName(u"setUpError")
        self.setUpError.setWordWrap(True)

        self.setUpLayout.addWidget(self.setUpError)

        self.stack.addWidget(self.setUpPage)

        self.dialogLayout.addWidget(self.stack)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(welcomeDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.createButton = QPushButton(welcomeDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttonRow.addWidget(self.createButton)

        self.closeButton = QPushButton(welcomeDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.templateLabel.setBuddy(self.templateCombo)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
        self.logoLabel.setBuddy(self.chooseLogoButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demoButton, self.setUpButton)
        QWidget.setTabOrder(self.setUpButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.levelsEdit)
        QWidget.setTabOrder(self.levelsEdit, self.dateOrderCombo)
        QWidget.setTabOrder(self.dateOrderCombo, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.createButton)
        QWidget.setTabOrder(self.createButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.closeButton)

        self.retranslateUi(welcomeDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(welcomeDialog)
    # setupUi

    def retranslateUi(self, welcomeDialog):
        welcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to RevMentor", None))
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>Welcome to RevMentor</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"RevMentor runs a reverse-mentoring programme on this computer: your people, pair suggestions, partnership agreements, check-ins and reports. Nothing leaves this computer.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Explore the demo", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Look around a made-up organisation, Northwind Logistics, with a programme under way. It lives in a demo database of its own, apart from your data, and can be reset at any time.", None))
        self.setUpButton.setText(QCoreApplication.translate("WelcomeDialog", u"Set up your organisation", None))
        self.setUpButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Give its name and its seniority levels, and start with an empty database for your own people.", None))
        self.choiceError.setText("")
        self.switchHint.setText(QCoreApplication.translate("WelcomeDialog", u"Switch at any time from the File menu: Open the demo, New database\u2026 or Open recent.", None))
        self.setUpTitle.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>Set up your organisation</h2>", None))
        self.setUpIntro.setText(QCoreApplication.translate("WelcomeDialog", u"Everything here can be changed later in File \u2192 Organisation settings.", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Organisation &name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("WelcomeDialog", u"Shown in the window title and on agreements and reports", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"e.g. Fabrikam Health", None))
        self.nameError.setText("")
        self.templateLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Seniority &levels:", None))
#if QT_CONFIG(tooltip)
        self.templateCombo.setToolTip(QCoreApplication.translate("WelcomeDialog", u"A ladder to start from; change its levels below to match your organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.levelsEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Seniority levels, one per line, most junior first", None))
#endif // QT_CONFIG(accessibility)
        self.levelsHint.setText(QCoreApplication.translate("WelcomeDialog", u"One level per line, most junior first. Pairs are suggested so that the reverse mentor is the more junior partner.", None))
        self.levelsError.setText("")
        self.dateOrderLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Dates in your files:", None))
#if QT_CONFIG(tooltip)
        self.dateOrderCombo.setToolTip(QCoreApplication.translate("WelcomeDialog", u"How your HR spreadsheets write dates: an import reads a date such as 03/04/2025 this way", None))
#endif // QT_CONFIG(tooltip)
        self.logoLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Logo (optional):", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"A PNG, JPEG or SVG image of at most 5 MB, for agreements and reports; RevMentor keeps its own copy", None))
#endif // QT_CONFIG(tooltip)
        self.chooseLogoButton.setText(QCoreApplication.translate("WelcomeDialog", u"C&hoose\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Re&move", None))
        self.logoInfo.setText(QCoreApplication.translate("WelcomeDialog", u"No logo", None))
        self.logoError.setText("")
        self.databaseInfo.setText("")
        self.setUpError.setText("")
        self.backButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Back", None))
        self.createButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Create", None))
        self.closeButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Quit", None))
    # retranslateUi

