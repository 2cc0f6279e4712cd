# Generated from forms/contact_form.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_form.ui'
##
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContactForm(object):
    def setupUi(self, contact_form):
        if not contact_form.objectName():
            contact_form.setObjectName(u"contact_form")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(contact_form.sizePolicy().hasHeightForWidth())
        contact_form.setSizePolicy(sizePolicy)
        self.save_action = QAction(contact_form)
        self.save_action.setObjectName(u"save_action")
#if QT_CONFIG(shortcut)
        self.save_action.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.main_layout = QVBoxLayout(contact_form)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.form_grid = QGridLayout()
        self.form_grid.setObjectName(u"form_grid")
        self.form_grid.setHorizontalSpacing(16)
        self.form_grid.setVerticalSpacing(2)
        self.cell_phones = QVBoxLayout()
        self.cell_phones.setSpacing(1)
        self.cell_phones.setObjectName(u"cell_phones")
        self.label_phones = QLabel(contact_form)
        self.label_phones.setObjectName(u"label_phones")

        self.cell_phones.addWidget(self.label_phones)

        self.contact_phones = QLineEdit(contact_form)
        self.contact_phones.setObjectName(u"contact_phones")
        self.contact_phones.setMinimumSize(QSize(220, 0))

        self.cell_phones.addWidget(self.contact_phones)

        self.error_phones = QLabel(contact_form)
        self.error_phones.setObjectName(u"error_phones")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.error_phones.sizePolicy().hasHeightForWidth())
        self.error_phones.setSizePolicy(sizePolicy1)
        self.error_phones.setStyleSheet(u"color: #a4262c;")
        self.error_phones.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_phones.addWidget(self.error_phones)


        self.form_grid.addLayout(self.cell_phones, 0, 0, 1, 1)

        self.cell_emails = QVBoxLayout()
        self.cell_emails.setSpacing(1)
        self.cell_emails.setObjectName(u"cell_emails")
        self.label_emails = QLabel(contact_form)
        self.label_emails.setObjectName(u"label_emails")

        self.cell_emails.addWidget(self.label_emails)

        self.contact_emails = QLineEdit(contact_form)
        self.contact_emails.setObjectName(u"contact_emails")
        self.contact_emails.setMinimumSize(QSize(220, 0))

        self.cell_emails.addWidget(self.contact_emails)

        self.error_emails = QLabel(contact_form)
        self.error_emails.setObjectName(u"error_emails")
        sizePolicy1.setHeightForWidth(self.error_emails.sizePolicy().hasHeightForWidth())
        self.error_emails.setSizePolicy(sizePolicy1)
        self.error_emails.setStyleSheet(u"color: #a4262c;")
        self.error_emails.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_emails.addWidget(self.error_emails)


        self.form_grid.addLayout(self.cell_emails, 1, 0, 1, 1)

        self.cell_language = QVBoxLayout()
        self.cell_language.setSpacing(1)
        self.cell_language.setObjectName(u"cell_language")
        self.label_language = QLabel(contact_form)
        self.label_language.setObjectName(u"label_language")

        self.cell_language.addWidget(self.label_language)

        self.contact_language = QComboBox(contact_form)
        self.contact_language.setObjectName(u"contact_language")
        self.contact_language.setMinimumSize(QSize(220, 0))

        self.cell_language.addWidget(self.contact_language)

        self.error_language = QLabel(contact_form)
        self.error_language.setObjectName(u"error_language")
        sizePolicy1.setHeightForWidth(self.error_language.sizePolicy().hasHeightForWidth())
        self.error_language.setSizePolicy(sizePolicy1)
        self.error_language.setStyleSheet(u"color: #a4262c;")
        self.error_language.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_language.addWidget(self.error_language)


        self.form_grid.addLayout(self.cell_language, 2, 0, 1, 1)

        self.cell_care_of = QVBoxLayout()
        self.cell_care_of.setSpacing(1)
        self.cell_care_of.setObjectName(u"cell_care_of")
        self.label_care_of = QLabel(contact_form)
        self.label_care_of.setObjectName(u"label_care_of")

        self.cell_care_of.addWidget(self.label_care_of)

        self.contact_care_of = QLineEdit(contact_form)
        self.contact_care_of.setObjectName(u"contact_care_of")
        self.contact_care_of.setMinimumSize(QSize(220, 0))

        self.cell_care_of.addWidget(self.contact_care_of)

        self.error_care_of = QLabel(contact_form)
        self.error_care_of.setObjectName(u"error_care_of")
        sizePolicy1.setHeightForWidth(self.error_care_of.sizePolicy().hasHeightForWidth())
        self.error_care_of.setSizePolicy(sizePolicy1)
        self.error_care_of.setStyleSheet(u"color: #a4262c;")
        self.error_care_of.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_care_of.addWidget(self.error_care_of)


        self.form_grid.addLayout(self.cell_care_of, 0, 1, 1, 2)

        self.cell_street = QVBoxLayout()
        self.cell_street.setSpacing(1)
        self.cell_street.setObjectName(u"cell_street")
        self.label_street = QLabel(contact_form)
        self.label_street.setObjectName(u"label_street")

        self.cell_street.addWidget(self.label_street)

        self.contact_street = QLineEdit(contact_form)
        self.contact_street.setObjectName(u"contact_street")
        self.contact_street.setMinimumSize(QSize(220, 0))

        self.cell_street.addWidget(self.contact_street)

        self.error_street = QLabel(contact_form)
        self.error_street.setObjectName(u"error_street")
        sizePolicy1.setHeightForWidth(self.error_street.sizePolicy().hasHeightForWidth())
        self.error_street.setSizePolicy(sizePolicy1)
        self.error_street.setStyleSheet(u"color: #a4262c;")
        self.error_street.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_street.addWidget(self.error_street)


        self.form_grid.addLayout(self.cell_street, 1, 1, 1, 2)

        self.cell_postcode = QVBoxLayout()
        self.cell_postcode.setSpacing(1)
        self.cell_postcode.setObjectName(u"cell_postcode")
        self.label_postcode = QLabel(contact_form)
        self.label_postcode.setObjectName(u"label_postcode")

        self.cell_postcode.addWidget(self.label_postcode)

        self.contact_postcode = QLineEdit(contact_form)
        self.contact_postcode.setObjectName(u"contact_postcode")
        self.contact_postcode.setMinimumSize(QSize(80, 0))

        self.cell_postcode.addWidget(self.contact_postcode)

        self.error_postcode = QLabel(contact_form)
        self.error_postcode.setObjectName(u"error_postcode")
        sizePolicy1.setHeightForWidth(self.error_postcode.sizePolicy().hasHeightForWidth())
        self.error_postcode.setSizePolicy(sizePolicy1)
        self.error_postcode.setStyleSheet(u"color: #a4262c;")
        self.error_postcode.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_postcode.addWidget(self.error_postcode)


        self.form_grid.addLayout(self.cell_postcode, 2, 1, 1, 1)

        self.cell_post_town = QVBoxLayout()
        self.cell_post_town.setSpacing(1)
        self.cell_post_town.setObjectName(u"cell_post_town")
        self.label_post_town = QLabel(contact_form)
        self.label_post_town.setObjectName(u"label_post_town")

        self.cell_post_town.addWidget(self.label_post_town)

        self.contact_post_town = QLineEdit(contact_form)
        self.contact_post_town.setObjectName(u"contact_post_town")
        self.contact_post_town.setMinimumSize(QSize(140, 0))

        self.cell_post_town.addWidget(self.contact_post_town)

        self.error_post_town = QLabel(contact_form)
        self.error_post_town.setObjectName(u"error_post_town")
        sizePolicy1.setHeightForWidth(self.error_post_town.sizePolicy().hasHeightForWidth())
        self.error_post_town.setSizePolicy(sizePolicy1)
        self.error_post_town.setStyleSheet(u"color: #a4262c;")
        self.error_post_town.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_post_town.addWidget(self.error_post_town)


        self.form_grid.addLayout(self.cell_post_town, 2, 2, 1, 1)

        self.cell_country = QVBoxLayout()
        self.cell_country.setSpacing(1)
        self.cell_country.setObjectName(u"cell_country")
        self.label_country = QLabel(contact_form)
        self.label_country.setObjectName(u"label_country")

        self.cell_country.addWidget(self.label_country)

        self.contact_country = QLineEdit(contact_form)
        self.contact_country.setObjectName(u"contact_country")
        self.contact_country.setMinimumSize(QSize(220, 0))

        self.cell_country.addWidget(self.contact_country)

        self.error_country = QLabel(contact_form)
        self.error_country.setObjectName(u"error_country")
        sizePolicy1.setHeightForWidth(self.error_country.sizePolicy().hasHeightForWidth())
        self.error_country.setSizePolicy(sizePolicy1)
        self.error_country.setStyleSheet(u"color: #a4262c;")
        self.error_country.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.cell_country.addWidget(self.error_country)


        self.form_grid.addLayout(self.cell_country, 3, 1, 1, 2)

        self.form_grid.setColumnStretch(0, 2)
        self.form_grid.setColumnStretch(1, 1)
        self.form_grid.setColumnStretch(2, 2)

        self.main_layout.addLayout(self.form_grid)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.message = QLabel(contact_form)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.bottom_layout.addWidget(self.message)

        self.save_button = QPushButton(contact_form)
        self.save_button.setObjectName(u"save_button")

        self.bottom_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        self.bottom_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.label_phones.setBuddy(self.contact_phones)
        self.label_emails.setBuddy(self.contact_emails)
        self.label_language.setBuddy(self.contact_language)
        self.label_care_of.setBuddy(self.contact_care_of)
        self.label_street.setBuddy(self.contact_street)
        self.label_postcode.setBuddy(self.contact_postcode)
        self.label_post_town.setBuddy(self.contact_post_town)
        self.label_country.setBuddy(self.contact_country)
#endif // QT_CONFIG(shortcut)

        contact_form.addAction(self.save_action)

        self.retranslateUi(contact_form)

        QMetaObject.connectSlotsByName(contact_form)
    # setupUi

    def retranslateUi(self, contact_form):
        self.save_action.setText(QCoreApplication.translate("ContactForm", u"Save contact data", None))
        self.label_phones.setText(QCoreApplication.translate("ContactForm", u"&Phones:", None))
        self.contact_phones.setPlaceholderText(QCoreApplication.translate("ContactForm", u"e.g. 040 123 4567; +358 9 123 456", None))
        self.label_emails.setText(QCoreApplication.translate("ContactForm", u"&E-mails:", None))
        self.label_language.setText(QCoreApplication.translate("ContactForm", u"&Language:", None))
        self.label_care_of.setText(QCoreApplication.translate("ContactForm", u"c/&o:", None))
        self.label_street.setText(QCoreApplication.translate("ContactForm", u"St&reet address:", None))
        self.label_postcode.setText(QCoreApplication.translate("ContactForm", u"Postco&de:", None))
        self.label_post_town.setText(QCoreApplication.translate("ContactForm", u"Post &town:", None))
        self.label_country.setText(QCoreApplication.translate("ContactForm", u"Countr&y:", None))
        self.save_button.setText(QCoreApplication.translate("ContactForm", u"Save contact data (Ctrl+S)", None))
        pass
    # retranslateUi

