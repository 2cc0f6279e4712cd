# Generated from forms/restrict_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restrict_dialog.ui'
##
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RestrictDialog(object):
    def setupUi(self, restrict_dialog):
        if not restrict_dialog.objectName():
            restrict_dialog.setObjectName(u"restrict_dialog")
        self.main_layout = QVBoxLayout(restrict_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(restrict_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_label = QLabel(restrict_dialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(restrict_dialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.ends_on_label = QLabel(restrict_dialog)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on = QDateEdit(restrict_dialog)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setDisplayFormat(u"d.M.yyyy")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.until_lifted = QCheckBox(restrict_dialog)
        self.until_lifted.setObjectName(u"until_lifted")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.until_lifted)


        self.main_layout.addLayout(self.form_layout)

        self.problem = QLabel(restrict_dialog)
        self.problem.setObjectName(u"problem")

        self.main_layout.addWidget(self.problem)

        self.button_box = QDialogButtonBox(restrict_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
        self.ends_on_label.setBuddy(self.ends_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.until_lifted)
        QWidget.setTabOrder(self.until_lifted, self.ends_on)

        self.retranslateUi(restrict_dialog)

        QMetaObject.connectSlotsByName(restrict_dialog)
    # setupUi

    def retranslateUi(self, restrict_dialog):
        self.intro.setText(QCoreApplication.translate("RestrictDialog", u"While the restriction holds the data is only stored: the customer is left out of marketing exports and disclosures, every edit needs a reason, and letters say so. A supervisor lifts it after telling the customer.", None))
        self.reason_label.setText(QCoreApplication.translate("RestrictDialog", u"&Reason (e.g. the customer disputes the accuracy):", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("RestrictDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.ends_on_label.setText(QCoreApplication.translate("RestrictDialog", u"&Ends on:", None))
#if QT_CONFIG(accessibility)
        self.ends_on.setAccessibleName(QCoreApplication.translate("RestrictDialog", u"Ends on", None))
#endif // QT_CONFIG(accessibility)
        self.until_lifted.setText(QCoreApplication.translate("RestrictDialog", u"Until lifted", None))
        pass
    # retranslateUi

