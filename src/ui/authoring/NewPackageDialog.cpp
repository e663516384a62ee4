#include "ui/authoring/NewPackageDialog.h"

#include "core/PackageEdits.h"
#include "ui/authoring/LanguageNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace reflekt {

NewPackageDialog::NewPackageDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newPackageDialog"));
    setWindowTitle(tr("New package"));
    m_title->setObjectName(QStringLiteral("newPackageTitle"));
    m_language->setObjectName(QStringLiteral("newPackageLanguage"));
    m_folder->setObjectName(QStringLiteral("newPackageFolder"));
    for (const QString& code : offeredLanguages())
        m_language->addItem(languageName(code), code);
    // The author's own language first, when it is one of them.
    const int own = m_language->findData(QLocale().name().section(QLatin1Char('_'), 0, 0));
    if (own >= 0)
        m_language->setCurrentIndex(own);

    const QString base = QDir(QDir::homePath()).filePath(tr("Reflekt packages"));
    connect(m_title, &QLineEdit::textEdited, this, [this, base](const QString& text) {
        if (!m_folderEdited)
            m_folder->setText(QDir(base).filePath(QString::fromStdString(makeId(text.toStdString(), {}, "package"))));
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the package"), QDir::homePath());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            m_folderEdited = true;
        }
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Written in:"), m_language);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPackageDialog::reject);
    form->addRow(buttons);
}

QString NewPackageDialog::title() const
{
    return m_title->text().trimmed();
}

QString NewPackageDialog::language() const
{
    return m_language->currentData().toString();
}

QString NewPackageDialog::folder() const
{
    return m_folder->text().trimmed();
}

void NewPackageDialog::accept()
{
    if (title().isEmpty()) {
        QMessageBox::information(this, tr("New package"), tr("Give the package a title first."));
        m_title->setFocus();
        return;
    }
    const QDir dir(folder());
    if (folder().isEmpty() || (dir.exists() && !dir.isEmpty())) {
        QMessageBox::information(this, tr("New package"),
                                 tr("%1 already holds files. Choose a new or empty folder, so nothing is "
                                    "written over.").arg(folder()));
        m_folder->setFocus();
        return;
    }
    if (!QDir().mkpath(folder())) {
        QMessageBox::warning(this, tr("New package"), tr("The folder %1 cannot be made.").arg(folder()));
        return;
    }
    QDialog::accept();
}

} // namespace reflekt
