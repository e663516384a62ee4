#include "ui/facilitator/FacilitatorGuide.h"

#include "platform/Workspace.h"
#include "ui/facilitator/GroupSessionController.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

#include <algorithm>

namespace reflekt {

FacilitatorGuide::FacilitatorGuide(const GroupSessionController& session, QWidget* parent)
    : BundleTextBrowser(parent), m_session(session)
{
    setObjectName(QStringLiteral("facilitatorGuide"));
    setAccessibleName(tr("Facilitator guide"));
    const QString guide = session.workspace().path(session.bundle(), session.module().facilitatorGuide);
    if (guide.isEmpty())
        setPlainText(tr("This module has no facilitator guide."));
    else
        showMarkdownFile(guide, QString::fromStdString(session.bundle().root.string()));
    moveCursor(QTextCursor::Start); // loading leaves the cursor, and so the view, at the end
}

bool FacilitatorGuide::showSectionFor(const SessionItem& item)
{
    const Step* step = m_session.stepOf(item);
    if (!step)
        return false; // the title and end cards have no step
    const QString named = m_session.text(step->guideSection);
    if (!named.isEmpty())
        return showSection(named);
    return showSection(m_session.text(step->title));
}

bool FacilitatorGuide::showSection(const QString& heading)
{
    const QString wanted = heading.simplified();
    if (wanted.isEmpty())
        return false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 ||
            block.text().simplified().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        // A hidden text edit does not lay itself out: a guide behind its tab scrolls when shown.
        m_pendingBlock = block.blockNumber();
        if (isVisible())
            scrollToBlock(m_pendingBlock);
        return true;
    }
    return false;
}

void FacilitatorGuide::showEvent(QShowEvent* event)
{
    BundleTextBrowser::showEvent(event);
    if (m_pendingBlock >= 0)
        scrollToBlock(m_pendingBlock);
}

void FacilitatorGuide::resizeEvent(QResizeEvent* event)
{
    BundleTextBrowser::resizeEvent(event);
    // Room after the end, so that the last sections too can start at the top of the view.
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    const int room = std::max(0, viewport()->height() - 2 * fontMetrics().height());
    if (static_cast<int>(format.bottomMargin()) != room) {
        format.setBottomMargin(room);
        document()->rootFrame()->setFrameFormat(format);
    }
}

void FacilitatorGuide::scrollToBlock(int blockNumber)
{
    m_pendingBlock = -1;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    // The heading at the top of the view, not merely somewhere in it, as ensureCursorVisible
    // would leave it; the cursor goes there too, so keyboard reading starts at the section.
    setTextCursor(QTextCursor(block));
    const QRectF where = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(static_cast<int>(where.top()));
}

} // namespace reflekt
