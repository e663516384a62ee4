#pragma once

#include "core/BundleImporter.h"
#include "core/Library.h"
#include "store/Store.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace reflekt {

// What every window works on: the store, the library and the current profile. Store calls go
// through here so errors reach the user as one signal, and every progress/note query is scoped to
// the current participant.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /** Opens the database in the data folder. False (with storeError()) if it cannot be opened. */
    bool openStore();
    QString storeError() const { return m_storeError; }
    /** Things the user should know after opening (a damaged database restored from backup...). */
    QStringList startupMessages() const { return m_startupMessages; }
    Store* store() const { return m_store.get(); }
    void closeStore();

    void rescanLibrary();
    const std::vector<LibraryEntry>& entries() const { return m_entries; }
    const Bundle* bundle(const QString& bundleId) const;
    const Module* module(const QString& bundleId, const QString& moduleId) const;
    ImportResult importArchive(const QString& file, const ProgressCallback& progress);

    std::optional<Participant> participant() const { return m_participant; }
    void setParticipant(const std::optional<Participant>& participant);
    std::int64_t participantId() const { return m_participant ? m_participant->id : 0; }

    /** Content language: the UI language when the bundle has it, else the bundle's default. */
    QString contentLanguage() const { return m_language; }
    void setContentLanguage(const QString& language) { m_language = language; }
    QString text(const Bundle& bundle, const LocalizedText& value) const;
    QString path(const Bundle& bundle, const LocalizedPath& paths) const;

    /** Reports a store failure to the user (MainWindow shows it). Returns ok. */
    bool check(const std::string& error);

Q_SIGNALS:
    void libraryChanged();
    void participantChanged();
    void progressChanged(const QString& bundleId, const QString& moduleId);
    void problem(const QString& message);

private:
    std::unique_ptr<Store> m_store;
    QString m_storeError;
    QStringList m_startupMessages;
    std::vector<LibraryEntry> m_entries;
    std::optional<Participant> m_participant;
    QString m_language = QStringLiteral("sv");
};

} // namespace reflekt
