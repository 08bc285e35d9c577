# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'messages_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QVBoxLayout, QWidget)

class Ui_MessagesDialog(object):
    def setupUi(self, messagesDialog):
        if not messagesDialog.objectName():
            messagesDialog.setObjectName(u"messagesDialog")
        messagesDialog.resize(900, 620)
        self.dialogLayout = QVBoxLayout(messagesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(messagesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.programmeLabel = QLabel(messagesDialog)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(messagesDialog)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.kindLabel = QLabel(messagesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(messagesDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindHintLabel = QLabel(messagesDialog)
        self.kindHintLabel.setObjectName(u"kindHintLabel")
        self.kindHintLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindHintLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.tabs = QTabWidget(messagesDialog)
        self.tabs.setObjectName(u"tabs")
        self.pairsTab = QWidget()
        self.pairsTab.setObjectName(u"pairsTab")
        self.pairsTabLayout = QVBoxLayout(self.pairsTab)
        self.pairsTabLayout.setObjectName(u"pairsTabLayout")
        self.pairsSplitter = QSplitter(self.pairsTab)
        self.pairsSplitter.setObjectName(u"pairsSplitter")
        self.pairsSplitter.setOrientation(Qt.Horizontal)
        self.pairsSplitter.setChildrenCollapsible(False)
        self.pairsPane = QWidget(self.pairsSplitter)
        self.pairsPane.setObjectName(u"pairsPane")
        self.pairsPaneLayout = QVBoxLayout(self.pairsPane)
        self.pairsPaneLayout.setObjectName(u"pairsPaneLayout")
        self.pairsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.pairList = QListWidget(self.pairsPane)
        self.pairList.setObjectName(u"pairList")

        self.pairsPaneLayout.addWidget(self.pairList)

        self.selectionLayout = QHBoxLayout()
        self.selectionLayout.setObjectName(u"selectionLayout")
        self.selectAllButton = QPushButton(self.pairsPane)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.selectionLayout.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(self.pairsPane)
        self.selectNoneButton.setObjectName(u"selectNoneButton")

        self.selectionLayout.addWidget(self.selectNoneButton)

        self.selectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionLayout.addItem(self.selectionSpacer)


        self.pairsPaneLayout.addLayout(self.selectionLayout)

        self.pairsSplitter.addWidget(self.pairsPane)
        self.previewPane = QWidget(self.pairsSplitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewPaneLayout = QVBoxLayout(self.previewPane)
        self.previewPaneLayout.setObjectName(u"previewPaneLayout")
        self.previewPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.previewEdit = QPlainTextEdit(self.previewPane)
        self.previewEdit.setObjectName(u"previewEdit")
        self.previewEdit.setReadOnly(True)

        self.previewPaneLayout.addWidget(self.previewEdit)

        self.attachmentsLabel = QLabel(self.previewPane)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")
        self.attachmentsLabel.setWordWrap(True)

        self.previewPaneLayout.addWidget(self.attachmentsLabel)

        self.linkLayout = QHBoxLayout()
        self.linkLayout.setObjectName(u"linkLayout")
        self.copyLinkButton = QPushButton(self.previewPane)
        self.copyLinkButton.setObjectName(u"copyLinkButton")

        self.linkLayout.addWidget(self.copyLinkButton)

        self.openLinkButton = QPushButton(self.previewPane)
        self.openLinkButton.setObjectName(u"openLinkButton")

        self.linkLayout.addWidget(self.openLinkButton)

        self.linkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linkLayout.addItem(self.linkSpacer)


        self.previewPaneLayout.addLayout(self.linkLayout)

        self.pairsSplitter.addWidget(self.previewPane)

        self.pairsTabLayout.addWidget(self.pairsSplitter)

        self.tabs.addTab(self.pairsTab, "")
        self.templateTab = QWidget()
        self.templateTab.setObjectName(u"templateTab")
        self.templateTabLayout = QVBoxLayout(self.templateTab)
        self.templateTabLayout.setObjectName(u"templateTabLayout")
        self.templateForm = QFormLayout()
        self.templateForm.setObjectName(u"templateForm")
        self.subjectLabel = QLabel(self.templateTab)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.templateTab)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyLabel = QLabel(self.templateTab)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.templateTab)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.templateTabLayout.addLayout(self.templateForm)

        self.templateErrorLabel = QLabel(self.templateTab)
        self.templateErrorLabel.setObjectName(u"templateErrorLabel")
        self.templateErrorLabel.setWordWrap(True)

        self.templateTabLayout.addWidget(self.templateErrorLabel)

        self.placeholdersLabel = QLabel(self.templateTab)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")
        self.placeholdersLabel.setWordWrap(True)
        self.placeholdersLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.templateTabLayout.addWidget(self.placeholdersLabel)

        self.templateButtonsLayout = QHBoxLayout()
        self.templateButtonsLayout.setObjectName(u"templateButtonsLayout")
        self.restoreDefaultButton = QPushButton(self.templateTab)
        self.restoreDefaultButton.setObjectName(u"restoreDefaultButton")

        self.templateButtonsLayout.addWidget(self.restoreDefaultButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtonsLayout.addItem(self.templateSpacer)

        self.saveTemplateButton = QPushButton(self.templateTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateButtonsLayout.addWidget(self.saveTemplateButton)


        self.templateTabLayout.addLayout(self.templateButtonsLayout)

        self.tabs.addTab(self.templateTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.senderLabel = QLabel(messagesDialog)
        self.senderLabel.setObjectName(u"senderLabel")
        self.senderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.senderLabel)

        self.statusLabel = QLabel(messagesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(messagesDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(messagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.pairList)
        QWidget.setTabOrder(self.pairList, self.selectAllButton)
        QWidget.setTabOrder(self.selectAllButton, self.selectNoneButton)
        QWidget.setTabOrder(self.selectNoneButton, self.previewEdit)
        QWidget.setTabOrder(self.previewEdit, self.copyLinkButton)
        QWidget.setTabOrder(self.copyLinkButton, self.openLinkButton)
        QWidget.setTabOrder(self.openLinkButton, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.restoreDefaultButton)
        QWidget.setTabOrder(self.restoreDefaultButton, self.saveTemplateButton)

        self.retranslateUi(messagesDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(messagesDialog)
    # setupUi

    def retranslateUi(self, messagesDialog):
        messagesDialog.setWindowTitle(QCoreApplication.translate("MessagesDialog", u"Messages for the pairs", None))
        self.introLabel.setText(QCoreApplication.translate("MessagesDialog", u"RevMentor never sends mail: it writes each message as a draft (.eml) that opens in Outlook, Thunderbird or Apple Mail, with the agreement and the meeting series attached where they exist, for you to check and send. Or copy a message as a mailto: link, without attachments.", None))
        self.programmeLabel.setText(QCoreApplication.translate("MessagesDialog", u"&Programme:", None))
        self.kindLabel.setText(QCoreApplication.translate("MessagesDialog", u"&Message:", None))
        self.kindHintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pairList.setAccessibleName(QCoreApplication.translate("MessagesDialog", u"Pairs", None))
#endif // QT_CONFIG(accessibility)
        self.selectAllButton.setText(QCoreApplication.translate("MessagesDialog", u"Select a&ll", None))
        self.selectNoneButton.setText(QCoreApplication.translate("MessagesDialog", u"Select &none", None))
#if QT_CONFIG(accessibility)
        self.previewEdit.setAccessibleName(QCoreApplication.translate("MessagesDialog", u"Preview of the message", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentsLabel.setText("")
#if QT_CONFIG(tooltip)
        self.copyLinkButton.setToolTip(QCoreApplication.translate("MessagesDialog", u"Copy this message as a mailto: link, to paste into a browser or a chat (no attachments)", None))
#endif // QT_CONFIG(tooltip)
        self.copyLinkButton.setText(QCoreApplication.translate("MessagesDialog", u"&Copy as mailto: link", None))
#if QT_CONFIG(tooltip)
        self.openLinkButton.setToolTip(QCoreApplication.translate("MessagesDialog", u"Open this message in your mail program through a mailto: link (no attachments)", None))
#endif // QT_CONFIG(tooltip)
        self.openLinkButton.setText(QCoreApplication.translate("MessagesDialog", u"&Open in mail program", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pairsTab), QCoreApplication.translate("MessagesDialog", u"P&airs", None))
        self.subjectLabel.setText(QCoreApplication.translate("MessagesDialog", u"S&ubject:", None))
        self.bodyLabel.setText(QCoreApplication.translate("MessagesDialog", u"Te&xt:", None))
        self.templateErrorLabel.setText("")
        self.placeholdersLabel.setText("")
        self.restoreDefaultButton.setText(QCoreApplication.translate("MessagesDialog", u"&Restore the default", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("MessagesDialog", u"&Save the template", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templateTab), QCoreApplication.translate("MessagesDialog", u"&Template", None))
        self.senderLabel.setText("")
        self.statusLabel.setText("")
    # retranslateUi

