#pragma once

#include "ui/module/BundleTextBrowser.h"

namespace reflekt {

class GroupSessionController;
struct SessionItem;

// The module's facilitator guide on the console (never on the wall). It follows the session:
// when an item comes up, it scrolls to the guide's section for that step, named by the step's
// "guideSection" or, in older bundles, a heading with the step's title; else it stays put.
class FacilitatorGuide : public BundleTextBrowser {
    Q_OBJECT
public:
    explicit FacilitatorGuide(const GroupSessionController& session, QWidget* parent = nullptr);

    /** Scrolls so the section for `item` starts at the top; false (and no move) if there is none. */
    bool showSectionFor(const SessionItem& item);
    /** Scrolls so the heading `heading` (any level, case ignored) starts at the top. */
    bool showSection(const QString& heading);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scrollToBlock(int blockNumber);

    const GroupSessionController& m_session;
    /** The section to show once the guide is visible again (its tab was in the background). */
    int m_pendingBlock = -1;
};

} // namespace reflekt
