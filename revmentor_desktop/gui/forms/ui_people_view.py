# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

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
        self.searchEdit.setMinimumSize(QSize(300, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.departmentLabel = QLabel(peopleView)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterRow.addWidget(self.departmentLabel)

        self.departmentFilter = QComboBox(peopleView)
        self.departmentFilter.setObjectName(u"departmentFilter")
        self.departmentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.departmentFilter)

        self.levelLabel = QLabel(peopleView)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filterRow.addWidget(self.levelLabel)

        self.levelFilter = QComboBox(peopleView)
        self.levelFilter.setObjectName(u"levelFilter")
        self.levelFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.levelFilter)

        self.programmeLabel = QLabel(peopleView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.filterRow.addWidget(self.programmeLabel)

        self.programmeFilter = QComboBox(peopleView)
        self.programmeFilter.setObjectName(u"programmeFilter")
        self.programmeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

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

        self.countLabel = QLabel(peopleView)
        self.countLabel.setObjectName(u"countLabel")

        self.peopleLayout.addWidget(self.countLabel)

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
        pass
    # retranslateUi

