# Generated from forms/objection_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ObjectionDialog(object):
    def setupUi(self, objection_dialog):
        if not objection_dialog.objectName():
            objection_dialog.setObjectName(u"objection_dialog")
        self.main_layout = QVBoxLayout(objection_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(objection_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.processing_label = QLabel(objection_dialog)
        self.processing_label.setObjectName(u"processing_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.processing_label)

        self.processing = QLineEdit(objection_dialog)
        self.processing.setObjectName(u"processing")
        self.processing.setMaxLength(400)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.processing)

        self.decision_label = QLabel(objection_dialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.upheld = QRadioButton(objection_dialog)
        self.upheld.setObjectName(u"upheld")
        self.upheld.setChecked(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.upheld)

        self.rejected = QRadioButton(objection_dialog)
        self.rejected.setObjectName(u"rejected")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rejected)

        self.stops_label = QLabel(objection_dialog)
        self.stops_label.setObjectName(u"stops_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stops_label)

        self.stops = QComboBox(objection_dialog)
        self.stops.setObjectName(u"stops")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stops)

        self.reasons_label = QLabel(objection_dialog)
        self.reasons_label.setObjectName(u"reasons_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons = QPlainTextEdit(objection_dialog)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasons)


        self.main_layout.addLayout(self.form_layout)

        self.problem = QLabel(objection_dialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.button_box = QDialogButtonBox(objection_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.processing_label.setBuddy(self.processing)
        self.decision_label.setBuddy(self.upheld)
        self.stops_label.setBuddy(self.stops)
        self.reasons_label.setBuddy(self.reasons)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.processing, self.stops)
        QWidget.setTabOrder(self.stops, self.upheld)
        QWidget.setTabOrder(self.upheld, self.rejected)
        QWidget.setTabOrder(self.rejected, self.reasons)

        self.retranslateUi(objection_dialog)

        QMetaObject.connectSlotsByName(objection_dialog)
    # setupUi

    def retranslateUi(self, objection_dialog):
        self.intro.setText(QCoreApplication.translate("ObjectionDialog", u"For an objection to direct marketing record the prohibition instead (Ctrl+Shift+M): it is absolute. Any other processing stops unless there are compelling legitimate grounds that override the customer's interests, or legal claims.", None))
        self.processing_label.setText(QCoreApplication.translate("ObjectionDialog", u"&Processing objected to:", None))
        self.decision_label.setText(QCoreApplication.translate("ObjectionDialog", u"Decision:", None))
        self.upheld.setText(QCoreApplication.translate("ObjectionDialog", u"&Uphold: the processing stops for this customer", None))
        self.rejected.setText(QCoreApplication.translate("ObjectionDialog", u"Re&ject: compelling legitimate grounds or legal claims", None))
        self.stops_label.setText(QCoreApplication.translate("ObjectionDialog", u"Upheld, it &stops:", None))
        self.reasons_label.setText(QCoreApplication.translate("ObjectionDialog", u"&Reasons (printed in the reply):", None))
#if QT_CONFIG(accessibility)
        self.reasons.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"Reasons", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

