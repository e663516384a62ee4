#pragma once

#include "core/Bundle.h"
#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace reflekt {

class Store;
struct Attendee;
struct GroupSession;
struct Note;
struct SessionItemKey;

/** The document, or why it could not be made. */
struct ExportBuildResult {
    std::optional<ExportDocument> document;
    QString error;

    bool ok() const { return document.has_value(); }
};

// Reads one participant's notes from the store and puts them in bundle order, with the question
// texts from the library's bundles. Only the requested participant's notes are ever read.
class ExportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ExportBuilder)
public:
    /** `bundles`: the usable bundles of the library (current versions); they must outlive the builder. */
    ExportBuilder(Store& store, std::vector<const Bundle*> bundles);

    ExportBuildResult build(const ExportRequest& request) const;

    /** Sessions the participant attended or facilitated (by profile name), newest first. */
    std::vector<GroupSession> sessionsOf(std::int64_t participantId, QString* error = nullptr) const;

private:
    const Bundle* findBundle(const QString& bundleId) const;
    QString text(const Bundle& bundle, const LocalizedText& value, const QString& language) const;
    /** The language a package's texts come out in for `language` (the bundle's default when it lacks it). */
    static QString contentLanguage(const Bundle& bundle, const QString& language);
    bool fillPackage(ExportPackage& package, const Bundle& bundle, const ExportRequest& request,
                     const QString& onlyModule, QString& error) const;
    /** `allSubQuestions`: list unanswered sub-questions too (else only top-level ones). */
    ExportModule makeModule(const Bundle& bundle, const Module& module, const std::vector<Note>& notes,
                            const QString& language, bool allSubQuestions) const;
    bool fillSession(ExportDocument& doc, const ExportRequest& request, const QString& participantName,
                     QString& error) const;
    void addAttendees(const std::vector<Attendee>& attendees, QStringList& profiles,
                      QStringList& guests) const;
    static void addCovered(std::vector<ExportCoveredStep>& covered, const Module& module,
                           const SessionItemKey& item,
                           const std::function<QString(const LocalizedText&)>& localized);

    Store& m_store;
    std::vector<const Bundle*> m_bundles;
};

} // namespace reflekt
