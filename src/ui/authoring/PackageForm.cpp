#include "ui/authoring/PackageForm.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/LanguageNames.h"
#include "ui/authoring/LocalizedField.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace reflekt {

PackageForm::PackageForm(EditorDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("packageForm"));
    auto* form = new QFormLayout(this);
    form->addRow(new LocalizedField(doc, QStringLiteral("/title"), tr("Title"), LocalizedField::Shape::Line, this));
    form->addRow(new LocalizedField(doc, QStringLiteral("/description"), tr("Description"),
                                    LocalizedField::Shape::Paragraph, this));
    form->addRow(new LocalizedField(doc, QStringLiteral("/audience"), tr("Audience"), LocalizedField::Shape::Line, this));

    const auto line = [&](const QString& label, const QString& pointer, const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        FieldBinding::line(edit, doc, pointer);
        form->addRow(label, edit);
        return edit;
    };
    // The format also allows the publisher as a plain name: that is edited as it is.
    const ManifestJson* publisher = doc->find(QStringLiteral("/publisher"));
    const bool plainPublisher = publisher && publisher->is_string();
    line(tr("&Publisher:"), plainPublisher ? QStringLiteral("/publisher") : QStringLiteral("/publisher/name"),
         "publisherEdit");
    if (!plainPublisher)
        line(tr("Publisher's &web address:"), QStringLiteral("/publisher/url"), "publisherUrlEdit");
    auto* licence = new QComboBox(this);
    licence->setObjectName(QStringLiteral("licenceCombo"));
    for (const QString& l : commonLicences())
        licence->addItem(l == QLatin1String("proprietary") ? tr("All rights reserved") : l, l);
    FieldBinding::choice(licence, doc, QStringLiteral("/licence"));
    form->addRow(tr("&Licence:"), licence);
    line(tr("&Version:"), QStringLiteral("/version"), "versionEdit");
    auto* id = line(tr("Package &id:"), QStringLiteral("/id"), "packageIdEdit");
    id->setToolTip(tr("A name that is yours and never changes, like a reversed web address "
                      "(se.region-exempel.motet). Participants' notes are kept under it."));
    line(tr("&Accent colour:"), QStringLiteral("/accentColor"), "accentColorEdit")
        ->setPlaceholderText(QStringLiteral("#23395B"));

    auto* coverRow = new QHBoxLayout;
    auto* cover = new QLineEdit(this);
    cover->setObjectName(QStringLiteral("coverEdit"));
    cover->setReadOnly(true);
    FieldBinding::line(cover, doc, QStringLiteral("/cover"));
    auto* chooseCoverButton = new QPushButton(tr("C&hoose image…"), this);
    chooseCoverButton->setObjectName(QStringLiteral("chooseCoverButton"));
    connect(chooseCoverButton, &QPushButton::clicked, this, &PackageForm::chooseCover);
    coverRow->addWidget(cover, 1);
    coverRow->addWidget(chooseCoverButton);
    form->addRow(tr("Cover image:"), coverRow);

    // Languages: the default one is fixed here (changing it is a new package); others come and go.
    auto* languages = new QHBoxLayout;
    languages->addWidget(new QLabel(tr("Written in %1").arg(languageName(doc->defaultLanguage())), this));
    for (const QString& code : doc->languages()) {
        if (code == doc->defaultLanguage())
            continue;
        auto* remove = new QPushButton(tr("Remove %1").arg(languageName(code)), this);
        remove->setObjectName(QStringLiteral("removeLanguage:") + code);
        connect(remove, &QPushButton::clicked, this, [this, code] { removeLanguage(code); });
        languages->addWidget(remove);
    }
    auto* add = new QComboBox(this);
    add->setObjectName(QStringLiteral("addLanguageCombo"));
    add->setAccessibleName(tr("Add a language"));
    add->addItem(tr("Add a language…"), QString());
    for (const QString& code : offeredLanguages())
        if (!doc->languages().contains(code))
            add->addItem(languageName(code), code);
    connect(add, &QComboBox::activated, this, [this, add](int index) {
        const QString code = add->itemData(index).toString();
        if (!code.isEmpty())
            addLanguage(code);
    });
    languages->addWidget(add);
    languages->addStretch(1);
    form->addRow(tr("Languages:"), languages);
}

void PackageForm::chooseCover()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the cover image"), QDir::homePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.webp)"));
    if (file.isEmpty())
        return;
    const ImportedFile copied = copyIntoPackage(m_doc->core().folder(), file.toStdString(), "media");
    if (!copied.ok()) {
        QMessageBox::warning(this, tr("Cover not changed"), QString::fromStdString(copied.error));
        return;
    }
    m_doc->setText(QStringLiteral("/cover"), QString::fromStdString(copied.relative), false);
}

void PackageForm::addLanguage(const QString& code)
{
    const ManifestJson* langs = m_doc->find(QStringLiteral("/languages"));
    const std::size_t end = langs && langs->is_array() ? langs->size() : 0;
    m_doc->group([&](PackageDocument& d) { d.insert("/languages", end, code.toStdString()); });
}

void PackageForm::removeLanguage(const QString& code)
{
    const ManifestJson* langs = m_doc->find(QStringLiteral("/languages"));
    if (!langs || !langs->is_array())
        return;
    for (std::size_t i = 0; i < langs->size(); ++i) {
        if ((*langs)[i] == code.toStdString()) {
            // The texts in that language stay in the manifest until saved over; an undo brings
            // the language back with them.
            m_doc->erase(QStringLiteral("/languages/%1").arg(i));
            return;
        }
    }
}

} // namespace reflekt
