# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PeopleView(object):
    def setupUi(self, peopleView):
        if not peopleView.objectName():
            peopleView.setObjectName(u"peopleView")
        peopleView.resize(1000, 600)
        self.peopleLayout = QVBoxLayout(peopleView)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(peopleView)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.departmentLabel = QLabel(peopleView)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterRow.addWidget(self.departmentLabel)

        self.departmentFilter = QComboBox(peopleView)
        self.departmentFilter.setObjectName(u"departmentFilter")
        self.departmentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentFilter.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.departmentFilter)

        self.levelLabel = QLabel(peopleView)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filterRow.addWidget(self.levelLabel)

        self.levelFilter = QComboBox(peopleView)
        self.levelFilter.setObjectName(u"levelFilter")
        self.levelFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.levelFilter.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.levelFilter)

        self.programmeLabel = QLabel(peopleView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.filterRow.addWidget(self.programmeLabel)

        self.programmeFilter = QComboBox(peopleView)
        self.programmeFilter.setObjectName(u"programmeFilter")
        self.programmeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeFilter.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.programmeFilter)

        self.clearFiltersButton = QPushButton(peopleView)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)


        self.peopleLayout.addLayout(self.filterRow)

        self.peopleTable = QTableView(peopleView)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setShowGrid(False)
        self.peopleTable.setSortingEnabled(True)
        self.peopleTable.setWordWrap(False)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)
        self.peopleTable.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.countLabel = QLabel(peopleView)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)

        self.showArchivedCheck = QCheckBox(peopleView)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.actionRow.addWidget(self.showArchivedCheck)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.addPersonButton = QPushButton(peopleView)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.actionRow.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(peopleView)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.actionRow.addWidget(self.editPersonButton)

        self.archiveButton = QPushButton(peopleView)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionRow.addWidget(self.archiveButton)


        self.peopleLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentFilter)
        self.levelLabel.setBuddy(self.levelFilter)
        self.programmeLabel.setBuddy(self.programmeFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.departmentFilter)
        QWidget.setTabOrder(self.departmentFilter, self.levelFilter)
        QWidget.setTabOrder(self.levelFilter, self.programmeFilter)
        QWidget.setTabOrder(self.programmeFilter, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.showArchivedCheck)
        QWidget.setTabOrder(self.showArchivedCheck, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.archiveButton)

        self.retranslateUi(peopleView)

        QMetaObject.connectSlotsByName(peopleView)
    # setupUi

    def retranslateUi(self, peopleView):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"Search people, departments, skills\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PeopleView", u"Search people", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("PeopleView", u"&Department:", None))
        self.levelLabel.setText(QCoreApplication.translate("PeopleView", u"&Level:", None))
        self.programmeLabel.setText(QCoreApplication.translate("PeopleView", u"P&rogramme:", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("PeopleView", u"&Clear filters", None))
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("PeopleView", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.showArchivedCheck.setToolTip(QCoreApplication.translate("PeopleView", u"List archived people too, greyed out", None))
#endif // QT_CONFIG(tooltip)
        self.showArchivedCheck.setText(QCoreApplication.translate("PeopleView", u"Sho&w archived", None))
#if QT_CONFIG(tooltip)
        self.addPersonButton.setToolTip(QCoreApplication.translate("PeopleView", u"Add a person by hand (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.addPersonButton.setText(QCoreApplication.translate("PeopleView", u"&Add person\u2026", None))
#if QT_CONFIG(tooltip)
        self.editPersonButton.setToolTip(QCoreApplication.translate("PeopleView", u"Edit the selected person (Enter, or double-click a row)", None))
#endif // QT_CONFIG(tooltip)
        self.editPersonButton.setText(QCoreApplication.translate("PeopleView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("PeopleView", u"Archive the selected people: they leave the list and future pair suggestions; nothing is deleted", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("PeopleView", u"Arch&ive", None))
        pass
    # retranslateUi

