#pragma once

#include <QSize>
#include <QString>

class QLabel;
class QStackedWidget;
class QWidget;

namespace reflekt {

class BundleTextBrowser;
class GroupSessionController;
struct SessionItem;

// The wall's content pages (title and end cards, texts, reflection questions), built into a
// stack and filled for one session item. The wall shows them; the console's thumbnail of the next
// item renders the same pages off screen, so both always look alike. Films and the blank page
// belong to the wall itself.
class WallPages {
public:
    WallPages(const GroupSessionController& session, QStackedWidget* stack);

    /** Fills the page for `item` and returns it; nullptr for a film. */
    QWidget* fill(const SessionItem& item);
    /** A card with a title and a muted line under it. */
    QWidget* showCard(const QString& title, const QString& subtitle);
    /** Type and margins for a wall of `size`. */
    void applySizes(QSize size);
    /** Air between the lines of the text page, for a wall `height` pixels high. */
    void spaceDocument(int height);

    QWidget* textPage() const { return m_textPage; }
    BundleTextBrowser* text() const { return m_text; }

    static int questionPixelSize(int height);
    static int titlePixelSize(int height);
    /** A wall label: plain text (never markup), wrapped, never focused; `muted` for secondary text. */
    static QLabel* makeLabel(const QString& name, QWidget* parent, bool muted = false);
    /** Type of `pixels` (12 at least) on `widget`. */
    static void setPixelSize(QWidget* widget, int pixels, bool bold = false);
    /** The wall's colours; `root` is the objectName of the widget holding the stack. */
    static QString styleSheet(const QString& root);

private:
    QWidget* createCardPage(QStackedWidget* stack);
    QWidget* createQuestionPage(QStackedWidget* stack);
    void showDocument(const QString& file, const QString& bundleRoot);

    const GroupSessionController& m_session;
    QWidget* m_cardPage = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_cardSubtitle = nullptr;
    QWidget* m_questionPage = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_subQuestions = nullptr;
    QWidget* m_textPage = nullptr;
    BundleTextBrowser* m_text = nullptr;
    int m_height = 540;
};

} // namespace reflekt
