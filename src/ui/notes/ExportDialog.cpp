#include "ui/notes/ExportDialog.h"

#include "export/ExportBuilder.h"
#include "export/Exporter.h"
#include "platform/AppPaths.h"
#include "platform/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace reflekt {

namespace {

std::vector<const Bundle*> usableBundles(const Workspace& workspace)
{
    std::vector<const Bundle*> out;
    for (const auto& e : workspace.entries())
        if (e.usable())
            out.push_back(&*e.load.bundle);
    return out;
}

QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(Workspace& workspace, const QString& bundleId, const QString& moduleId,
                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_bundleId(bundleId), m_moduleId(moduleId)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export notes"));

    const auto participant = workspace.participant();
    m_profile =
        new QLabel(participant ? tr("Notes of %1").arg(QString::fromStdString(participant->displayName))
                               : tr("Choose a profile first."),
                   this);
    m_profile->setObjectName(QStringLiteral("exportProfile"));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("exportScope"));
    // The fields are named by their labels, as seen (WCAG 2.5.3); what they ask is description.
    m_scope->setAccessibleDescription(tr("What to export"));
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("exportSession"));
    m_session->setAccessibleName(tr("Group session"));
    m_sessionLabel = new QLabel(tr("&Group session:"), this);
    m_sessionLabel->setBuddy(m_session);
    addScopes();

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleDescription(tr("File format"));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportFormat::Pdf));
    m_format->addItem(tr("OpenDocument text (ODT)"), static_cast<int>(ExportFormat::Odt));
    m_format->addItem(tr("Markdown text"), static_cast<int>(ExportFormat::Markdown));

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->setAccessibleName(tr("Paper size"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(ExportPageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(ExportPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportFile"));
    m_path->setAccessibleDescription(tr("File to write"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_open = new QCheckBox(tr("&Open the file when it is ready"), this);
    m_open->setObjectName(QStringLiteral("exportOpenResult"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("E&xport:"), m_scope); // Alt+E is the Export button
    form->addRow(m_sessionLabel, m_session);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper size:"), m_pageSize);
    // A row of a layout gets no buddy from QFormLayout, and a label without one shows its "&".
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_profile);
    layout->addLayout(form);
    layout->addWidget(m_open);
    layout->addWidget(m_buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        updateDefaultPath();
    });
    connect(m_session, &QComboBox::currentIndexChanged, this, &ExportDialog::updateDefaultPath);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        updateDefaultPath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    updateDefaultPath();
    updateControls();
}

void ExportDialog::addScopes()
{
    const Bundle* bundle = m_workspace.bundle(m_bundleId);
    const Module* module = m_workspace.module(m_bundleId, m_moduleId);
    if (bundle && module)
        m_scope->addItem(tr("This module: %1").arg(m_workspace.text(*bundle, module->title)),
                         static_cast<int>(ExportScope::Module));
    if (bundle)
        m_scope->addItem(tr("This package: %1").arg(m_workspace.text(*bundle, bundle->title)),
                         static_cast<int>(ExportScope::Package));
    m_scope->addItem(tr("Everything I wrote"), static_cast<int>(ExportScope::Everything));
    addSessions();
    if (m_session->count() > 0)
        m_scope->addItem(tr("Minutes of a group session"), static_cast<int>(ExportScope::Session));
}

void ExportDialog::addSessions()
{
    if (!m_workspace.store() || !m_workspace.participant())
        return;
    const ExportBuilder builder(*m_workspace.store(), usableBundles(m_workspace));
    for (const GroupSession& s : builder.sessionsOf(m_workspace.participantId())) {
        const Module* module =
            m_workspace.module(QString::fromStdString(s.bundleId), QString::fromStdString(s.moduleId));
        const Bundle* bundle = m_workspace.bundle(QString::fromStdString(s.bundleId));
        if (!module || !bundle)
            continue; // its package is not in the library: no question texts to print
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.startedMs).toLocalTime(),
                                                QLocale::ShortFormat);
        QString label = tr("%1, %2 (led by %3)")
                            .arg(when, m_workspace.text(*bundle, module->title), QString::fromStdString(s.facilitator));
        if (s.meetings.size() > 1) // a series: how many meetings the minutes cover
            label += QStringLiteral(", ") + tr("%n meeting(s)", nullptr, static_cast<int>(s.meetings.size()));
        m_session->addItem(label, QVariant::fromValue<qlonglong>(s.id));
    }
}

void ExportDialog::sayWhereItIs(const QString& path)
{
    QMessageBox done(QMessageBox::Information, tr("Export finished"),
                     tr("Your notes are saved in %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                     this);
    done.setObjectName(QStringLiteral("exportDoneMessage"));
    QPushButton* openFile = done.addButton(tr("&Open the file"), QMessageBox::AcceptRole);
    openFile->setObjectName(QStringLiteral("exportDoneOpenFile"));
    QPushButton* openFolder = done.addButton(tr("Open the &folder"), QMessageBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("exportDoneOpenFolder"));
    QPushButton* close = done.addButton(QMessageBox::Close);
    done.setDefaultButton(close);
    done.setEscapeButton(close);
    done.exec();
    if (done.clickedButton() == openFile)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (done.clickedButton() == openFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

bool ExportDialog::preselectSession(qint64 sessionId)
{
    const int sessionRow = m_session->findData(QVariant::fromValue<qlonglong>(sessionId));
    const int scopeRow = m_scope->findData(static_cast<int>(ExportScope::Session));
    if (sessionRow < 0 || scopeRow < 0)
        return false;
    m_session->setCurrentIndex(sessionRow);
    m_scope->setCurrentIndex(scopeRow);
    return true;
}

ExportScope ExportDialog::scope() const
{
    return static_cast<ExportScope>(m_scope->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::updateControls()
{
    const bool session = scope() == ExportScope::Session;
    m_session->setVisible(session);
    m_sessionLabel->setVisible(session);
    m_pageSize->setEnabled(format() != ExportFormat::Markdown); // PDF and ODT have pages
    m_export->setEnabled(m_workspace.participant().has_value() && m_workspace.store() &&
                         !m_path->text().trimmed().isEmpty());
}

QString ExportDialog::defaultBaseName() const
{
    const Bundle* bundle = m_workspace.bundle(m_bundleId);
    QString base;
    switch (scope()) {
    case ExportScope::Module:
        if (const Module* m = m_workspace.module(m_bundleId, m_moduleId))
            base = m_workspace.text(*bundle, m->title);
        break;
    case ExportScope::Package:
        if (bundle)
            base = m_workspace.text(*bundle, bundle->title);
        break;
    case ExportScope::Session:
        base = tr("Group session minutes");
        break;
    case ExportScope::Everything:
        base = tr("Reflection notes");
        break;
    }
    return safeFileName(tr("%1 %2").arg(base, QDate::currentDate().toString(Qt::ISODate)));
}

void ExportDialog::updateDefaultPath()
{
    const QString extension = extensionFor(format());
    if (m_pathEdited && !m_path->text().isEmpty()) {
        // Keep the user's name and folder; only the extension follows the format.
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + extension));
        return;
    }
    QString folder = AppPaths::documentsDir();
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(defaultBaseName() + u'.' + extension));
}

void ExportDialog::chooseFile()
{
    QString filter;
    switch (format()) {
    case ExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::Odt:
        filter = tr("OpenDocument text (*.odt)");
        break;
    case ExportFormat::Markdown:
        filter = tr("Markdown text (*.md)");
        break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export notes to"), m_path->text(), filter);
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_pathEdited = true;
    m_confirmedPath = QDir::current().absoluteFilePath(chosen);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.participantId = m_workspace.participantId(); // always the current profile, never another
    r.scope = scope();
    r.bundleId = m_bundleId;
    r.moduleId = m_moduleId;
    r.sessionId = m_session->currentData().toLongLong();
    r.language = m_workspace.contentLanguage();
    r.locale = QLocale();
    return r;
}

bool ExportDialog::confirmOverwrite(const QString& path)
{
    if (!QFileInfo::exists(path))
        return true;
    return QMessageBox::question(this, tr("Replace file?"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) ==
           QMessageBox::Yes;
}

void ExportDialog::accept()
{
    if (!m_workspace.store() || !m_workspace.participant())
        return;
    const QString path = QDir::current().absoluteFilePath(m_path->text().trimmed());
    if (path != m_confirmedPath && !confirmOverwrite(path)) // the file dialog already asked
        return;

    QProgressDialog progress(tr("Exporting notes…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ExportOptions options;
    options.format = format();
    options.pageSize = static_cast<ExportPageSize>(m_pageSize->currentData().toInt());
    options.filePath = path;
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    setEnabled(false);
    const ExportResult result =
        Exporter::exportNotes(*m_workspace.store(), usableBundles(m_workspace), request(), options);
    setEnabled(true);
    progress.reset();
    if (result.cancelled)
        return;
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Export failed"), result.error);
        return;
    }
    m_exportedFile = path;
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (m_sayWhenDone)
        sayWhereItIs(path);
    QDialog::accept();
}

} // namespace reflekt
