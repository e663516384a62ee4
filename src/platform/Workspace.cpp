#include "platform/Workspace.h"

#include "core/Sha256.h"
#include "platform/AppPaths.h"
#include "platform/Settings.h"

#include <QDebug>
#include <QFile>
#include <QTextStream>

namespace reflekt {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

Workspace::~Workspace()
{
    closeStore();
}

bool Workspace::openStore()
{
    StoreOptions options;
    const QString logPath = AppPaths::logFile();
    options.log = [logPath](const std::string& line) {
        qInfo("store: %s", line.c_str());
        QFile log(logPath);
        if (log.open(QIODevice::Append | QIODevice::Text))
            QTextStream(&log) << QString::fromStdString(line) << '\n';
    };
    OpenResult result = Store::open(AppPaths::dataDir().toStdString(), options);
    for (const auto& m : result.messages)
        m_startupMessages << QString::fromStdString(m);
    if (!result.ok()) {
        m_storeError = QString::fromStdString(result.error);
        return false;
    }
    m_store = std::move(result.store);
    return true;
}

void Workspace::closeStore()
{
    // Destroying the store checkpoints the WAL, so a clean exit leaves one self-contained file.
    m_store.reset();
}

void Workspace::rescanLibrary()
{
    std::vector<LibraryRoot> roots{{AppPaths::libraryDir().toStdString(), LibrarySource::User}};
    for (const QString& f : Settings().extraLibraryFolders())
        roots.push_back({f.toStdString(), LibrarySource::Added});
    for (const QString& f : AppPaths::installedModulesDirs())
        roots.push_back({f.toStdString(), LibrarySource::Installed});
    m_entries = scanLibrary(roots, LoadOptions{true, false, false, true});
    if (m_store) {
        // Remember each bundle version's questions, so notes on questions a later version drops
        // can still be shown as belonging to the earlier version.
        for (const auto& e : m_entries)
            if (e.usable())
                m_store->bundles().recordSeen(*e.load.bundle, sha256Hex(e.load.bundle->root / "bundle.json"));
    }
    Q_EMIT libraryChanged();
}

const Bundle* Workspace::bundle(const QString& bundleId) const
{
    const std::string id = bundleId.toStdString();
    for (const auto& e : m_entries)
        if (e.usable() && e.load.bundle->id == id)
            return &*e.load.bundle;
    return nullptr;
}

const Module* Workspace::module(const QString& bundleId, const QString& moduleId) const
{
    const Bundle* b = bundle(bundleId);
    return b ? b->findModule(moduleId.toStdString()) : nullptr;
}

ImportResult Workspace::importArchive(const QString& file, const ProgressCallback& progress)
{
    ImportResult result =
        importBundle(file.toStdString(), AppPaths::libraryDir().toStdString(), {}, progress);
    if (result.ok())
        rescanLibrary();
    return result;
}

void Workspace::setParticipant(const std::optional<Participant>& participant)
{
    m_participant = participant;
    Q_EMIT participantChanged();
}

QString Workspace::text(const Bundle& bundle, const LocalizedText& value) const
{
    return QString::fromStdString(value.get(m_language.toStdString(), bundle.defaultLanguage));
}

QString Workspace::path(const Bundle& bundle, const LocalizedPath& paths) const
{
    auto it = paths.find(m_language.toStdString());
    if (it == paths.end())
        it = paths.find(bundle.defaultLanguage);
    if (it == paths.end())
        it = paths.begin();
    if (it == paths.end())
        return {};
    return QString::fromStdString(bundle.resolve(it->second).string());
}

bool Workspace::check(const std::string& error)
{
    if (error.empty())
        return true;
    Q_EMIT problem(QString::fromStdString(error));
    return false;
}

} // namespace reflekt
