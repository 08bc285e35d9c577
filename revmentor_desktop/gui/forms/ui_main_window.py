# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, mainWindow):
        if not mainWindow.objectName():
            mainWindow.setObjectName(u"mainWindow")
        mainWindow.resize(1200, 760)
        mainWindow.setMinimumSize(QSize(720, 480))
        self.actionPeople = QAction(mainWindow)
        self.actionPeople.setObjectName(u"actionPeople")
        self.actionPeople.setCheckable(True)
        self.actionProgrammes = QAction(mainWindow)
        self.actionProgrammes.setObjectName(u"actionProgrammes")
        self.actionProgrammes.setCheckable(True)
        self.actionImport = QAction(mainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionSettings = QAction(mainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionRefresh = QAction(mainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionExportPeople = QAction(mainWindow)
        self.actionExportPeople.setObjectName(u"actionExportPeople")
        self.actionQuit = QAction(mainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionOpenDataFolder = QAction(mainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionAbout = QAction(mainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(mainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        mainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(mainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        mainWindow.setMenuBar(self.menuBar)
        self.navigationBar = QToolBar(mainWindow)
        self.navigationBar.setObjectName(u"navigationBar")
        self.navigationBar.setMovable(False)
        self.navigationBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        mainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.navigationBar)
        self.statusBar = QStatusBar(mainWindow)
        self.statusBar.setObjectName(u"statusBar")
        mainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExportPeople)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionPeople)
        self.menuView.addAction(self.actionProgrammes)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionOpenDataFolder)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)
        self.navigationBar.addAction(self.actionPeople)
        self.navigationBar.addAction(self.actionProgrammes)
        self.navigationBar.addSeparator()
        self.navigationBar.addAction(self.actionImport)

        self.retranslateUi(mainWindow)

        QMetaObject.connectSlotsByName(mainWindow)
    # setupUi

    def retranslateUi(self, mainWindow):
        mainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"RevMentor", None))
        self.actionPeople.setText(QCoreApplication.translate("MainWindow", u"&People", None))
#if QT_CONFIG(tooltip)
        self.actionPeople.setToolTip(QCoreApplication.translate("MainWindow", u"Everyone in the organisation, with search and filters (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPeople.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionProgrammes.setText(QCoreApplication.translate("MainWindow", u"P&rogrammes", None))
#if QT_CONFIG(tooltip)
        self.actionProgrammes.setToolTip(QCoreApplication.translate("MainWindow", u"Programmes and who is enrolled in them (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionProgrammes.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import people\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImport.setToolTip(QCoreApplication.translate("MainWindow", u"Bring people in from a CSV or Excel file, e.g. the HR spreadsheet (Ctrl+I). You can also drop the file on the window.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"Organisation &settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(QCoreApplication.translate("MainWindow", u"The organisation's name and logo, its seniority levels and skill categories", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPeople.setText(QCoreApplication.translate("MainWindow", u"&Export people\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportPeople.setToolTip(QCoreApplication.translate("MainWindow", u"Save the people list as a CSV or Excel file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionExportPeople.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Open &data folder", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDataFolder.setToolTip(QCoreApplication.translate("MainWindow", u"Show the folder with the database, its backups and the log files", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About RevMentor", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.navigationBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Navigation", None))
    # retranslateUi

