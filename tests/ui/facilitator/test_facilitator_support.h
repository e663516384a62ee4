#pragma once

#include "UiTestFixture.h"

#include "ui/facilitator/GroupSessionController.h"

#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace reflekt {

class FacilitatorConsole;
class PresentationWindow;

// A running group session over the minimal fixture module, with a clock the test moves by hand,
// and two profiles that wrote personal notes (the wall must never show them).
struct FacilitatorSetup {
    static const QString kBundle;
    static const QString kModule;
    static const QString kPresentName; ///< profile present at the session (and the current one)
    static const QString kAbsentName;  ///< profile not present
    static const QString kPresentNote; ///< personal note of the present profile
    static const QString kAbsentNote;  ///< personal note of the absent profile
    static const QString kGuestName;
    static const QString kFacilitatorName;

    explicit FacilitatorSetup(UiTestFixture& fixture);

    /** Starts a session (present profile + guest, all steps) and opens both windows. */
    FacilitatorConsole* startSession();

    std::int64_t presentId = 0;
    std::int64_t absentId = 0;
    qint64 now = 1'700'000'000'000;
    UiTestFixture& f;
};

/** Every text a person could see or hear read out in a widget tree (labels, documents, titles...). */
QStringList visibleTexts(QWidget* root);

/** The objectName of the wall's page showing now. */
QString currentPage(PresentationWindow* wall);
/** The index of the first session item of `kind` (for questions: number `question`), or -1. */
int indexOf(const GroupSessionController& s, SessionItem::Kind kind, int question = -1);
/** Presses Right on the wall until the session moves on (a long text pages first). */
void pressUntilNext(PresentationWindow* wall, GroupSessionController& s);
/** Clicks into the group's note, as the facilitator does before typing in it. */
void clickIntoNote(FacilitatorConsole& console);

} // namespace reflekt
