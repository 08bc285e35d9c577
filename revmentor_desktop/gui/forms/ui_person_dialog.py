# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from revmentor_desktop.gui.widgets.skill_tags import SkillTagEditor

class Ui_PersonDialog(object):
    def setupUi(self, personDialog):
        if not personDialog.objectName():
            personDialog.setObjectName(u"personDialog")
        personDialog.resize(1000, 420)
        personDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(personDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(personDialog)
        self.tabs.setObjectName(u"tabs")
        self.personTab = QWidget()
        self.personTab.setObjectName(u"personTab")
        self.personLayout = QHBoxLayout(self.personTab)
        self.personLayout.setObjectName(u"personLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.givenNameLabel = QLabel(self.personTab)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenNameBox = QVBoxLayout()
        self.givenNameBox.setSpacing(2)
        self.givenNameBox.setObjectName(u"givenNameBox")
        self.givenNameEdit = QLineEdit(self.personTab)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.givenNameBox.addWidget(self.givenNameEdit)

        self.givenNameError = QLabel(self.personTab)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setWordWrap(True)
        self.givenNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.givenNameBox.addWidget(self.givenNameError)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.givenNameBox)

        self.familyNameLabel = QLabel(self.personTab)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyNameBox = QVBoxLayout()
        self.familyNameBox.setSpacing(2)
        self.familyNameBox.setObjectName(u"familyNameBox")
        self.familyNameEdit = QLineEdit(self.personTab)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.familyNameBox.addWidget(self.familyNameEdit)

        self.familyNameError = QLabel(self.personTab)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setWordWrap(True)
        self.familyNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.familyNameBox.addWidget(self.familyNameError)


        self.identityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.familyNameBox)

        self.emailLabel = QLabel(self.personTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(self.personTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.personTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.emailBox.addWidget(self.emailError)


        self.identityForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.departmentLabel = QLabel(self.personTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentBox = QVBoxLayout()
        self.departmentBox.setSpacing(2)
        self.departmentBox.setObjectName(u"departmentBox")
        self.departmentEdit = QLineEdit(self.personTab)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.departmentBox.addWidget(self.departmentEdit)

        self.departmentError = QLabel(self.personTab)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setWordWrap(True)
        self.departmentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.departmentBox.addWidget(self.departmentError)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.departmentBox)

        self.jobTitleLabel = QLabel(self.personTab)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleBox = QVBoxLayout()
        self.jobTitleBox.setSpacing(2)
        self.jobTitleBox.setObjectName(u"jobTitleBox")
        self.jobTitleEdit = QLineEdit(self.personTab)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.jobTitleBox.addWidget(self.jobTitleEdit)

        self.jobTitleError = QLabel(self.personTab)
        self.jobTitleError.setObjectName(u"jobTitleError")
        self.jobTitleError.setWordWrap(True)
        self.jobTitleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.jobTitleBox.addWidget(self.jobTitleError)


        self.identityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.jobTitleBox)

        self.levelLabel = QLabel(self.personTab)
        self.levelLabel.setObjectName(u"levelLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelBox = QVBoxLayout()
        self.levelBox.setSpacing(2)
        self.levelBox.setObjectName(u"levelBox")
        self.levelCombo = QComboBox(self.personTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.levelBox.addWidget(self.levelCombo)

        self.levelError = QLabel(self.personTab)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setWordWrap(True)
        self.levelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.levelBox.addWidget(self.levelError)


        self.identityForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.levelBox)

        self.locationLabel = QLabel(self.personTab)
        self.locationLabel.setObjectName(u"locationLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationBox = QVBoxLayout()
        self.locationBox.setSpacing(2)
        self.locationBox.setObjectName(u"locationBox")
        self.locationEdit = QLineEdit(self.personTab)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationBox.addWidget(self.locationEdit)

        self.locationError = QLabel(self.personTab)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setWordWrap(True)
        self.locationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationBox.addWidget(self.locationError)


        self.identityForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.locationBox)

        self.startDateLabel = QLabel(self.personTab)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateBox = QVBoxLayout()
        self.startDateBox.setSpacing(2)
        self.startDateBox.setObjectName(u"startDateBox")
        self.startDateEdit = QDateEdit(self.personTab)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.startDateBox.addWidget(self.startDateEdit)

        self.startDateError = QLabel(self.personTab)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setWordWrap(True)
        self.startDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.startDateBox.addWidget(self.startDateError)


        self.identityForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.startDateBox)

        self.employeeIdLabel = QLabel(self.personTab)
        self.employeeIdLabel.setObjectName(u"employeeIdLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.employeeIdLabel)

        self.employeeIdBox = QVBoxLayout()
        self.employeeIdBox.setSpacing(2)
        self.employeeIdBox.setObjectName(u"employeeIdBox")
        self.employeeIdEdit = QLineEdit(self.personTab)
        self.employeeIdEdit.setObjectName(u"employeeIdEdit")

        self.employeeIdBox.addWidget(self.employeeIdEdit)

        self.employeeIdError = QLabel(self.personTab)
        self.employeeIdError.setObjectName(u"employeeIdError")
        self.employeeIdError.setWordWrap(True)
        self.employeeIdError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.employeeIdBox.addWidget(self.employeeIdError)


        self.identityForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.employeeIdBox)


        self.personLayout.addLayout(self.identityForm)

        self.personColumnsGap = QSpacerItem(18, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.personLayout.addItem(self.personColumnsGap)

        self.membershipForm = QFormLayout()
        self.membershipForm.setObjectName(u"membershipForm")
        self.membershipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.managerLabel = QLabel(self.personTab)
        self.managerLabel.setObjectName(u"managerLabel")

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerBox = QVBoxLayout()
        self.managerBox.setSpacing(2)
        self.managerBox.setObjectName(u"managerBox")
        self.managerCombo = QComboBox(self.personTab)
        self.managerCombo.setObjectName(u"managerCombo")
        self.managerCombo.setEditable(True)
        self.managerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.managerCombo.setMinimumContentsLength(44)
        self.managerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.managerBox.addWidget(self.managerCombo)

        self.managerError = QLabel(self.personTab)
        self.managerError.setObjectName(u"managerError")
        self.managerError.setWordWrap(True)
        self.managerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.managerBox.addWidget(self.managerError)


        self.membershipForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.managerBox)

        self.membershipLabel = QLabel(self.personTab)
        self.membershipLabel.setObjectName(u"membershipLabel")

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.membershipLabel)

        self.membershipRow = QHBoxLayout()
        self.membershipRow.setObjectName(u"membershipRow")
        self.internalRadio = QRadioButton(self.personTab)
        self.internalRadio.setObjectName(u"internalRadio")
        self.internalRadio.setChecked(True)

        self.membershipRow.addWidget(self.internalRadio)

        self.externalRadio = QRadioButton(self.personTab)
        self.externalRadio.setObjectName(u"externalRadio")

        self.membershipRow.addWidget(self.externalRadio)

        self.membershipSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membershipRow.addItem(self.membershipSpacer)


        self.membershipForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.membershipRow)

        self.externalOrgLabel = QLabel(self.personTab)
        self.externalOrgLabel.setObjectName(u"externalOrgLabel")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.externalOrgLabel)

        self.externalOrgBox = QVBoxLayout()
        self.externalOrgBox.setSpacing(2)
        self.externalOrgBox.setObjectName(u"externalOrgBox")
        self.externalOrgEdit = QLineEdit(self.personTab)
        self.externalOrgEdit.setObjectName(u"externalOrgEdit")

        self.externalOrgBox.addWidget(self.externalOrgEdit)

        self.externalOrgError = QLabel(self.personTab)
        self.externalOrgError.setObjectName(u"externalOrgError")
        self.externalOrgError.setWordWrap(True)
        self.externalOrgError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.externalOrgBox.addWidget(self.externalOrgError)


        self.membershipForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.externalOrgBox)

        self.sharePermissionCheck = QCheckBox(self.personTab)
        self.sharePermissionCheck.setObjectName(u"sharePermissionCheck")

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.sharePermissionCheck)

        self.consentDateLabel = QLabel(self.personTab)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateBox = QVBoxLayout()
        self.consentDateBox.setSpacing(2)
        self.consentDateBox.setObjectName(u"consentDateBox")
        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentDateEdit = QDateEdit(self.personTab)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.consentDateEdit.sizePolicy().hasHeightForWidth())
        self.consentDateEdit.setSizePolicy(sizePolicy)

        self.consentRow.addWidget(self.consentDateEdit)

        self.consentTodayButton = QPushButton(self.personTab)
        self.consentTodayButton.setObjectName(u"consentTodayButton")

        self.consentRow.addWidget(self.consentTodayButton)


        self.consentDateBox.addLayout(self.consentRow)

        self.consentDateError = QLabel(self.personTab)
        self.consentDateError.setObjectName(u"consentDateError")
        self.consentDateError.setWordWrap(True)
        self.consentDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.consentDateBox.addWidget(self.consentDateError)


        self.membershipForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.consentDateBox)

        self.statusLabel = QLabel(self.personTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.membershipForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.archivedLabel = QLabel(self.personTab)
        self.archivedLabel.setObjectName(u"archivedLabel")
        self.archivedLabel.setWordWrap(True)

        self.membershipForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.archivedLabel)


        self.personLayout.addLayout(self.membershipForm)

        self.personLayout.setStretch(0, 1)
        self.personLayout.setStretch(2, 1)
        self.tabs.addTab(self.personTab, "")
        self.skillsTab = QWidget()
        self.skillsTab.setObjectName(u"skillsTab")
        self.skillsLayout = QVBoxLayout(self.skillsTab)
        self.skillsLayout.setObjectName(u"skillsLayout")
        self.skillsColumns = QHBoxLayout()
        self.skillsColumns.setObjectName(u"skillsColumns")
        self.offersColumn = QVBoxLayout()
        self.offersColumn.setObjectName(u"offersColumn")
        self.offersLabel = QLabel(self.skillsTab)
        self.offersLabel.setObjectName(u"offersLabel")

        self.offersColumn.addWidget(self.offersLabel)

        self.offersGuidance = QLabel(self.skillsTab)
        self.offersGuidance.setObjectName(u"offersGuidance")
        self.offersGuidance.setWordWrap(True)

        self.offersColumn.addWidget(self.offersGuidance)

        self.offersEditor = SkillTagEditor(self.skillsTab)
        self.offersEditor.setObjectName(u"offersEditor")

        self.offersColumn.addWidget(self.offersEditor)

        self.offersError = QLabel(self.skillsTab)
        self.offersError.setObjectName(u"offersError")
        self.offersError.setWordWrap(True)
        self.offersError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offersColumn.addWidget(self.offersError)


        self.skillsColumns.addLayout(self.offersColumn)

        self.skillsColumnsGap = QSpacerItem(18, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.skillsColumns.addItem(self.skillsColumnsGap)

        self.wantsColumn = QVBoxLayout()
        self.wantsColumn.setObjectName(u"wantsColumn")
        self.wantsLabel = QLabel(self.skillsTab)
        self.wantsLabel.setObjectName(u"wantsLabel")

        self.wantsColumn.addWidget(self.wantsLabel)

        self.wantsGuidance = QLabel(self.skillsTab)
        self.wantsGuidance.setObjectName(u"wantsGuidance")
        self.wantsGuidance.setWordWrap(True)

        self.wantsColumn.addWidget(self.wantsGuidance)

        self.wantsEditor = SkillTagEditor(self.skillsTab)
        self.wantsEditor.setObjectName(u"wantsEditor")

        self.wantsColumn.addWidget(self.wantsEditor)

        self.wantsError = QLabel(self.skillsTab)
        self.wantsError.setObjectName(u"wantsError")
        self.wantsError.setWordWrap(True)
        self.wantsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wantsColumn.addWidget(self.wantsError)


        self.skillsColumns.addLayout(self.wantsColumn)

        self.skillsColumns.setStretch(0, 1)
        self.skillsColumns.setStretch(2, 1)

        self.skillsLayout.addLayout(self.skillsColumns)

        self.channelsGroup = QGroupBox(self.skillsTab)
        self.channelsGroup.setObjectName(u"channelsGroup")
        self.channelsGroupLayout = QVBoxLayout(self.channelsGroup)
        self.channelsGroupLayout.setObjectName(u"channelsGroupLayout")
        self.channelsGuidance = QLabel(self.channelsGroup)
        self.channelsGuidance.setObjectName(u"channelsGuidance")
        self.channelsGuidance.setWordWrap(True)

        self.channelsGroupLayout.addWidget(self.channelsGuidance)

        self.channelsLayout = QHBoxLayout()
        self.channelsLayout.setObjectName(u"channelsLayout")

        self.channelsGroupLayout.addLayout(self.channelsLayout)

        self.channelsError = QLabel(self.channelsGroup)
        self.channelsError.setObjectName(u"channelsError")
        self.channelsError.setWordWrap(True)
        self.channelsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.channelsGroupLayout.addWidget(self.channelsError)


        self.skillsLayout.addWidget(self.channelsGroup)

        self.availabilityForm = QFormLayout()
        self.availabilityForm.setObjectName(u"availabilityForm")
        self.availabilityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hoursLabel = QLabel(self.skillsTab)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.availabilityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursBox = QVBoxLayout()
        self.hoursBox.setSpacing(2)
        self.hoursBox.setObjectName(u"hoursBox")
        self.hoursRow = QHBoxLayout()
        self.hoursRow.setObjectName(u"hoursRow")
        self.hoursSpin = QDoubleSpinBox(self.skillsTab)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(-1.000000000000000)
        self.hoursSpin.setMaximum(744.000000000000000)
        self.hoursSpin.setValue(-1.000000000000000)

        self.hoursRow.addWidget(self.hoursSpin)

        self.hoursGuidance = QLabel(self.skillsTab)
        self.hoursGuidance.setObjectName(u"hoursGuidance")

        self.hoursRow.addWidget(self.hoursGuidance)

        self.hoursSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursSpacer)


        self.hoursBox.addLayout(self.hoursRow)

        self.hoursError = QLabel(self.skillsTab)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setWordWrap(True)
        self.hoursError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.hoursBox.addWidget(self.hoursError)


        self.availabilityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hoursBox)


        self.skillsLayout.addLayout(self.availabilityForm)

        self.tabs.addTab(self.skillsTab, "")
        self.swotTab = QWidget()
        self.swotTab.setObjectName(u"swotTab")
        self.swotLayout = QVBoxLayout(self.swotTab)
        self.swotLayout.setObjectName(u"swotLayout")
        self.swotIntro = QLabel(self.swotTab)
        self.swotIntro.setObjectName(u"swotIntro")
        self.swotIntro.setWordWrap(True)

        self.swotLayout.addWidget(self.swotIntro)

        self.swotGrid = QGridLayout()
        self.swotGrid.setObjectName(u"swotGrid")
        self.strengthsBox = QVBoxLayout()
        self.strengthsBox.setObjectName(u"strengthsBox")
        self.strengthsLabel = QLabel(self.swotTab)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.strengthsBox.addWidget(self.strengthsLabel)

        self.strengthsGuidance = QLabel(self.swotTab)
        self.strengthsGuidance.setObjectName(u"strengthsGuidance")
        self.strengthsGuidance.setWordWrap(True)

        self.strengthsBox.addWidget(self.strengthsGuidance)

        self.strengthsEdit = QPlainTextEdit(self.swotTab)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setTabChangesFocus(True)

        self.strengthsBox.addWidget(self.strengthsEdit)


        self.swotGrid.addLayout(self.strengthsBox, 0, 0, 1, 1)

        self.weaknessesBox = QVBoxLayout()
        self.weaknessesBox.setObjectName(u"weaknessesBox")
        self.weaknessesLabel = QLabel(self.swotTab)
        self.weaknessesLabel.setObjectName(u"weaknessesLabel")

        self.weaknessesBox.addWidget(self.weaknessesLabel)

        self.weaknessesGuidance = QLabel(self.swotTab)
        self.weaknessesGuidance.setObjectName(u"weaknessesGuidance")
        self.weaknessesGuidance.setWordWrap(True)

        self.weaknessesBox.addWidget(self.weaknessesGuidance)

        self.weaknessesEdit = QPlainTextEdit(self.swotTab)
        self.weaknessesEdit.setObjectName(u"weaknessesEdit")
        self.weaknessesEdit.setTabChangesFocus(True)

        self.weaknessesBox.addWidget(self.weaknessesEdit)


        self.swotGrid.addLayout(self.weaknessesBox, 0, 1, 1, 1)

        self.opportunitiesBox = QVBoxLayout()
        self.opportunitiesBox.setObjectName(u"opportunitiesBox")
        self.opportunitiesLabel = QLabel(self.swotTab)
        self.opportunitiesLabel.setObjectName(u"opportunitiesLabel")

        self.opportunitiesBox.addWidget(self.opportunitiesLabel)

        self.opportunitiesGuidance = QLabel(self.swotTab)
        self.opportunitiesGuidance.setObjectName(u"opportunitiesGuidance")
        self.opportunitiesGuidance.setWordWrap(True)

        self.opportunitiesBox.addWidget(self.opportunitiesGuidance)

        self.opportunitiesEdit = QPlainTextEdit(self.swotTab)
        self.opportunitiesEdit.setObjectName(u"opportunitiesEdit")
        self.opportunitiesEdit.setTabChangesFocus(True)

        self.opportunitiesBox.addWidget(self.opportunitiesEdit)


        self.swotGrid.addLayout(self.opportunitiesBox, 1, 0, 1, 1)

        self.threatsBox = QVBoxLayout()
        self.threatsBox.setObjectName(u"threatsBox")
        self.threatsLabel = QLabel(self.swotTab)
        self.threatsLabel.setObjectName(u"threatsLabel")

        self.threatsBox.addWidget(self.threatsLabel)

        self.threatsGuidance = QLabel(self.swotTab)
        self.threatsGuidance.setObjectName(u"threatsGuidance")
        self.threatsGuidance.setWordWrap(True)

        self.threatsBox.addWidget(self.threatsGuidance)

        self.threatsEdit = QPlainTextEdit(self.swotTab)
        self.threatsEdit.setObjectName(u"threatsEdit")
        self.threatsEdit.setTabChangesFocus(True)

        self.threatsBox.addWidget(self.threatsEdit)


        self.swotGrid.addLayout(self.threatsBox, 1, 1, 1, 1)


        self.swotLayout.addLayout(self.swotGrid)

        self.tabs.addTab(self.swotTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.sensitiveGroup = QGroupBox(self.notesTab)
        self.sensitiveGroup.setObjectName(u"sensitiveGroup")
        self.sensitiveLayout = QVBoxLayout(self.sensitiveGroup)
        self.sensitiveLayout.setObjectName(u"sensitiveLayout")
        self.sensitiveGuidance = QLabel(self.sensitiveGroup)
        self.sensitiveGuidance.setObjectName(u"sensitiveGuidance")
        self.sensitiveGuidance.setWordWrap(True)

        self.sensitiveLayout.addWidget(self.sensitiveGuidance)

        self.sensitiveForm = QFormLayout()
        self.sensitiveForm.setObjectName(u"sensitiveForm")
        self.sensitiveForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.birthYearLabel = QLabel(self.sensitiveGroup)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.sensitiveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearBox = QVBoxLayout()
        self.birthYearBox.setSpacing(2)
        self.birthYearBox.setObjectName(u"birthYearBox")
        self.birthYearRow = QHBoxLayout()
        self.birthYearRow.setObjectName(u"birthYearRow")
        self.birthYearSpin = QSpinBox(self.sensitiveGroup)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMinimum(1899)
        self.birthYearSpin.setMaximum(2100)
        self.birthYearSpin.setValue(1899)

        self.birthYearRow.addWidget(self.birthYearSpin)

        self.birthYearSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthYearRow.addItem(self.birthYearSpacer)


        self.birthYearBox.addLayout(self.birthYearRow)

        self.birthYearError = QLabel(self.sensitiveGroup)
        self.birthYearError.setObjectName(u"birthYearError")
        self.birthYearError.setWordWrap(True)
        self.birthYearError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.birthYearBox.addWidget(self.birthYearError)


        self.sensitiveForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.birthYearBox)

        self.diversityLabel = QLabel(self.sensitiveGroup)
        self.diversityLabel.setObjectName(u"diversityLabel")

        self.sensitiveForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.diversityLabel)

        self.diversityEdit = QPlainTextEdit(self.sensitiveGroup)
        self.diversityEdit.setObjectName(u"diversityEdit")
        self.diversityEdit.setTabChangesFocus(True)

        self.sensitiveForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.diversityEdit)


        self.sensitiveLayout.addLayout(self.sensitiveForm)


        self.notesLayout.addWidget(self.sensitiveGroup)

        self.tabs.addTab(self.notesTab, "")
        self.pairingTab = QWidget()
        self.pairingTab.setObjectName(u"pairingTab")
        self.pairingLayout = QVBoxLayout(self.pairingTab)
        self.pairingLayout.setObjectName(u"pairingLayout")
        self.pairingIntro = QLabel(self.pairingTab)
        self.pairingIntro.setObjectName(u"pairingIntro")
        self.pairingIntro.setWordWrap(True)

        self.pairingLayout.addWidget(self.pairingIntro)

        self.addPreferenceGrid = QGridLayout()
        self.addPreferenceGrid.setObjectName(u"addPreferenceGrid")
        self.preferencePersonLabel = QLabel(self.pairingTab)
        self.preferencePersonLabel.setObjectName(u"preferencePersonLabel")

        self.addPreferenceGrid.addWidget(self.preferencePersonLabel, 0, 0, 1, 1)

        self.preferencePersonCombo = QComboBox(self.pairingTab)
        self.preferencePersonCombo.setObjectName(u"preferencePersonCombo")
        sizePolicy.setHeightForWidth(self.preferencePersonCombo.sizePolicy().hasHeightForWidth())
        self.preferencePersonCombo.setSizePolicy(sizePolicy)
        self.preferencePersonCombo.setEditable(True)
        self.preferencePersonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.preferencePersonCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preferencePersonCombo.setMinimumContentsLength(24)

        self.addPreferenceGrid.addWidget(self.preferencePersonCombo, 0, 1, 1, 1)

        self.preferenceKindCombo = QComboBox(self.pairingTab)
        self.preferenceKindCombo.setObjectName(u"preferenceKindCombo")

        self.addPreferenceGrid.addWidget(self.preferenceKindCombo, 0, 2, 1, 1)

        self.preferenceNoteLabel = QLabel(self.pairingTab)
        self.preferenceNoteLabel.setObjectName(u"preferenceNoteLabel")

        self.addPreferenceGrid.addWidget(self.preferenceNoteLabel, 1, 0, 1, 1)

        self.preferenceNoteEdit = QLineEdit(self.pairingTab)
        self.preferenceNoteEdit.setObjectName(u"preferenceNoteEdit")

        self.addPreferenceGrid.addWidget(self.preferenceNoteEdit, 1, 1, 1, 1)

        self.addPreferenceButton = QPushButton(self.pairingTab)
        self.addPreferenceButton.setObjectName(u"addPreferenceButton")

        self.addPreferenceGrid.addWidget(self.addPreferenceButton, 1, 2, 1, 1)

        self.preferencesError = QLabel(self.pairingTab)
        self.preferencesError.setObjectName(u"preferencesError")
        self.preferencesError.setWordWrap(True)
        self.preferencesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addPreferenceGrid.addWidget(self.preferencesError, 2, 1, 1, 2)


        self.pairingLayout.addLayout(self.addPreferenceGrid)

        self.preferencesTable = QTableWidget(self.pairingTab)
        if (self.preferencesTable.columnCount() < 3):
            self.preferencesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.preferencesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.preferencesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.preferencesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.preferencesTable.setObjectName(u"preferencesTable")
        self.preferencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preferencesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preferencesTable.setTabKeyNavigation(False)
        self.preferencesTable.setColumnCount(3)
        self.preferencesTable.horizontalHeader().setStretchLastSection(True)
        self.preferencesTable.verticalHeader().setVisible(False)

        self.pairingLayout.addWidget(self.preferencesTable)

        self.preferenceButtonsRow = QHBoxLayout()
        self.preferenceButtonsRow.setObjectName(u"preferenceButtonsRow")
        self.removePreferenceButton = QPushButton(self.pairingTab)
        self.removePreferenceButton.setObjectName(u"removePreferenceButton")

        self.preferenceButtonsRow.addWidget(self.removePreferenceButton)

        self.preferenceButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preferenceButtonsRow.addItem(self.preferenceButtonsSpacer)


        self.pairingLayout.addLayout(self.preferenceButtonsRow)

        self.tabs.addTab(self.pairingTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.footerRow = QHBoxLayout()
        self.footerRow.setObjectName(u"footerRow")
        self.footerHint = QLabel(personDialog)
        self.footerHint.setObjectName(u"footerHint")
        self.footerHint.setEnabled(False)

        self.footerRow.addWidget(self.footerHint)

        self.buttonBox = QDialogButtonBox(personDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.footerRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.footerRow)

#if QT_CONFIG(shortcut)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.locationLabel.setBuddy(self.locationEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.employeeIdLabel.setBuddy(self.employeeIdEdit)
        self.managerLabel.setBuddy(self.managerCombo)
        self.membershipLabel.setBuddy(self.internalRadio)
        self.externalOrgLabel.setBuddy(self.externalOrgEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.statusLabel.setBuddy(self.archivedLabel)
        self.offersLabel.setBuddy(self.offersEditor)
        self.wantsLabel.setBuddy(self.wantsEditor)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.strengthsLabel.setBuddy(self.strengthsEdit)
        self.weaknessesLabel.setBuddy(self.weaknessesEdit)
        self.opportunitiesLabel.setBuddy(self.opportunitiesEdit)
        self.threatsLabel.setBuddy(self.threatsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.diversityLabel.setBuddy(self.diversityEdit)
        self.preferencePersonLabel.setBuddy(self.preferencePersonCombo)
        self.preferenceNoteLabel.setBuddy(self.preferenceNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.employeeIdEdit)
        QWidget.setTabOrder(self.employeeIdEdit, self.managerCombo)
        QWidget.setTabOrder(self.managerCombo, self.internalRadio)
        QWidget.setTabOrder(self.internalRadio, self.externalRadio)
        QWidget.setTabOrder(self.externalRadio, self.externalOrgEdit)
        QWidget.setTabOrder(self.externalOrgEdit, self.sharePermissionCheck)
        QWidget.setTabOrder(self.sharePermissionCheck, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentTodayButton)
        QWidget.setTabOrder(self.consentTodayButton, self.offersEditor)
        QWidget.setTabOrder(self.offersEditor, self.wantsEditor)
        QWidget.setTabOrder(self.wantsEditor, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.strengthsEdit)
        QWidget.setTabOrder(self.strengthsEdit, self.weaknessesEdit)
        QWidget.setTabOrder(self.weaknessesEdit, self.opportunitiesEdit)
        QWidget.setTabOrder(self.opportunitiesEdit, self.threatsEdit)
        QWidget.setTabOrder(self.threatsEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.diversityEdit)
        QWidget.setTabOrder(self.diversityEdit, self.preferencePersonCombo)
        QWidget.setTabOrder(self.preferencePersonCombo, self.preferenceKindCombo)
        QWidget.setTabOrder(self.preferenceKindCombo, self.preferenceNoteEdit)
        QWidget.setTabOrder(self.preferenceNoteEdit, self.addPreferenceButton)
        QWidget.setTabOrder(self.addPreferenceButton, self.preferencesTable)
        QWidget.setTabOrder(self.preferencesTable, self.removePreferenceButton)

        self.retranslateUi(personDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(personDialog)
    # setupUi

    def retranslateUi(self, personDialog):
        personDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.givenNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Gi&ven name:", None))
        self.givenNameError.setText("")
        self.familyNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Family name:", None))
        self.familyNameError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@example.org", None))
        self.emailError.setText("")
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.departmentError.setText("")
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Job title:", None))
        self.jobTitleError.setText("")
        self.levelLabel.setText(QCoreApplication.translate("PersonDialog", u"&Level:", None))
        self.levelError.setText("")
        self.locationLabel.setText(QCoreApplication.translate("PersonDialog", u"S&ite:", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. London, or Remote", None))
        self.locationError.setText("")
        self.startDateLabel.setText(QCoreApplication.translate("PersonDialog", u"S&tart date:", None))
#if QT_CONFIG(tooltip)
        self.startDateEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"When they joined the organisation", None))
#endif // QT_CONFIG(tooltip)
        self.startDateError.setText("")
        self.employeeIdLabel.setText(QCoreApplication.translate("PersonDialog", u"Empl&oyee ID:", None))
        self.employeeIdEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"As in the HR system, or leave empty", None))
#if QT_CONFIG(tooltip)
        self.employeeIdEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"Imports recognise the person by it, even when their email changes", None))
#endif // QT_CONFIG(tooltip)
        self.employeeIdError.setText("")
        self.managerLabel.setText(QCoreApplication.translate("PersonDialog", u"Line &manager:", None))
#if QT_CONFIG(tooltip)
        self.managerCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"Type part of a name or email to find the line manager", None))
#endif // QT_CONFIG(tooltip)
        self.managerError.setText("")
        self.membershipLabel.setText(QCoreApplication.translate("PersonDialog", u"Works:", None))
        self.internalRadio.setText(QCoreApplication.translate("PersonDialog", u"Intern&al", None))
#if QT_CONFIG(tooltip)
        self.internalRadio.setToolTip(QCoreApplication.translate("PersonDialog", u"Works for the organisation", None))
#endif // QT_CONFIG(tooltip)
        self.externalRadio.setText(QCoreApplication.translate("PersonDialog", u"E&xternal partner", None))
#if QT_CONFIG(tooltip)
        self.externalRadio.setToolTip(QCoreApplication.translate("PersonDialog", u"From another organisation: share sensitive information only with permission", None))
#endif // QT_CONFIG(tooltip)
        self.externalOrgLabel.setText(QCoreApplication.translate("PersonDialog", u"O&rganisation:", None))
        self.externalOrgEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"The external partner's organisation", None))
        self.externalOrgError.setText("")
        self.sharePermissionCheck.setText(QCoreApplication.translate("PersonDialog", u"Permission to s&hare information with them confirmed", None))
        self.consentDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Consent to ta&ke part:", None))
#if QT_CONFIG(tooltip)
        self.consentDateEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"The day they agreed to take part in the programme", None))
#endif // QT_CONFIG(tooltip)
        self.consentTodayButton.setText(QCoreApplication.translate("PersonDialog", u"Toda&y", None))
#if QT_CONFIG(tooltip)
        self.consentTodayButton.setToolTip(QCoreApplication.translate("PersonDialog", u"They agreed today", None))
#endif // QT_CONFIG(tooltip)
        self.consentDateError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("PersonDialog", u"Status:", None))
        self.archivedLabel.setText(QCoreApplication.translate("PersonDialog", u"Active", None))
#if QT_CONFIG(accessibility)
        self.archivedLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Archived or active", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.personTab), QCoreApplication.translate("PersonDialog", u"&Person", None))
        self.offersLabel.setText(QCoreApplication.translate("PersonDialog", u"Can &teach:", None))
        self.offersGuidance.setText(QCoreApplication.translate("PersonDialog", u"How well they know each: 1 beginner \u2026 5 expert.", None))
        self.offersError.setText("")
        self.wantsLabel.setText(QCoreApplication.translate("PersonDialog", u"Wants to &learn:", None))
        self.wantsGuidance.setText(QCoreApplication.translate("PersonDialog", u"The level they want to reach in each.", None))
        self.wantsError.setText("")
        self.channelsGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Communication preferences", None))
        self.channelsGuidance.setText(QCoreApplication.translate("PersonDialog", u"How they like to keep in touch with a partner.", None))
        self.channelsError.setText("")
        self.hoursLabel.setText(QCoreApplication.translate("PersonDialog", u"&Hours per month:", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"Not set", None))
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("PersonDialog", u"Time they can give to the programme each month", None))
#endif // QT_CONFIG(tooltip)
        self.hoursGuidance.setText(QCoreApplication.translate("PersonDialog", u"time they can give to the programme", None))
        self.hoursError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.skillsTab), QCoreApplication.translate("PersonDialog", u"&Skills && availability", None))
        self.swotIntro.setText(QCoreApplication.translate("PersonDialog", u"A personal SWOT helps find a partner who has what this person lacks, and gives the pair something to talk about at their first meeting. Use their own words.", None))
        self.strengthsLabel.setText(QCoreApplication.translate("PersonDialog", u"Strengt&hs:", None))
        self.strengthsGuidance.setText(QCoreApplication.translate("PersonDialog", u"What they're good at and could teach others", None))
#if QT_CONFIG(accessibility)
        self.strengthsEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Strengths", None))
#endif // QT_CONFIG(accessibility)
        self.weaknessesLabel.setText(QCoreApplication.translate("PersonDialog", u"Wea&knesses:", None))
        self.weaknessesGuidance.setText(QCoreApplication.translate("PersonDialog", u"What they want to improve", None))
#if QT_CONFIG(accessibility)
        self.weaknessesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Weaknesses", None))
#endif // QT_CONFIG(accessibility)
        self.opportunitiesLabel.setText(QCoreApplication.translate("PersonDialog", u"Opportunit&ies:", None))
        self.opportunitiesGuidance.setText(QCoreApplication.translate("PersonDialog", u"Opportunities they see for themselves or the organisation", None))
#if QT_CONFIG(accessibility)
        self.opportunitiesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Opportunities", None))
#endif // QT_CONFIG(accessibility)
        self.threatsLabel.setText(QCoreApplication.translate("PersonDialog", u"Th&reats:", None))
        self.threatsGuidance.setText(QCoreApplication.translate("PersonDialog", u"What could get in the way: time, confidence, workload\u2026", None))
#if QT_CONFIG(accessibility)
        self.threatsEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Threats", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.swotTab), QCoreApplication.translate("PersonDialog", u"Personal S&WOT", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Anything the programme coordinator should remember about them", None))
        self.sensitiveGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Optional and sensitive \u2014 never shown in manager reports", None))
        self.sensitiveGuidance.setText(QCoreApplication.translate("PersonDialog", u"Record only what the person chose to share with the programme. Nothing here is required, and none of it is exported or printed for managers.", None))
        self.birthYearLabel.setText(QCoreApplication.translate("PersonDialog", u"&Birth year:", None))
        self.birthYearSpin.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"Not given", None))
#if QT_CONFIG(tooltip)
        self.birthYearSpin.setToolTip(QCoreApplication.translate("PersonDialog", u"Only used for the optional generation-gap criterion", None))
#endif // QT_CONFIG(tooltip)
        self.birthYearError.setText("")
        self.diversityLabel.setText(QCoreApplication.translate("PersonDialog", u"&Diversity perspectives\n"
"they are willing to share:", None))
#if QT_CONFIG(accessibility)
        self.diversityEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Diversity perspectives", None))
#endif // QT_CONFIG(accessibility)
        self.diversityEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. lived experience they are happy to bring to a partnership", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("PersonDialog", u"&Notes && privacy", None))
        self.pairingIntro.setText(QCoreApplication.translate("PersonDialog", u"Whom this person would like to work with, or would rather not. Pair suggestions never propose a pair with \u201cwould rather not\u201d, and favour \u201cwould like\u201d.", None))
        self.preferencePersonLabel.setText(QCoreApplication.translate("PersonDialog", u"Pe&rson:", None))
#if QT_CONFIG(tooltip)
        self.preferencePersonCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"Type part of a name or email", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.preferenceKindCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Preference", None))
#endif // QT_CONFIG(accessibility)
        self.preferenceNoteLabel.setText(QCoreApplication.translate("PersonDialog", u"No&te:", None))
        self.preferenceNoteEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Why, in a few words (optional)", None))
        self.addPreferenceButton.setText(QCoreApplication.translate("PersonDialog", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addPreferenceButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Add this preference to the list (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.preferencesError.setText("")
        ___qtablewidgetitem = self.preferencesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PersonDialog", u"Person", None))
        ___qtablewidgetitem1 = self.preferencesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PersonDialog", u"Preference", None))
        ___qtablewidgetitem2 = self.preferencesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PersonDialog", u"Note", None))
#if QT_CONFIG(accessibility)
        self.preferencesTable.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Pairing preferences", None))
#endif // QT_CONFIG(accessibility)
        self.removePreferenceButton.setText(QCoreApplication.translate("PersonDialog", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removePreferenceButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Remove the selected preference (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.pairingTab), QCoreApplication.translate("PersonDialog", u"Pairin&g preferences", None))
        self.footerHint.setText(QCoreApplication.translate("PersonDialog", u"Ctrl+Enter saves", None))
    # retranslateUi

