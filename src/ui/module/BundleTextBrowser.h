#pragma once

#include <QTextBrowser>

namespace reflekt {

// Shows a bundle's Markdown with Qt's own Markdown support. Images come from inside the bundle
// only; nothing is ever loaded from the network. Links open in the system browser after the user
// confirms. Text size follows the reader scale. endSeen() says when the end of the text has been
// on screen, which is when a text step counts as read.
class BundleTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit BundleTextBrowser(QWidget* parent = nullptr);

    /** Loads `markdownFile`; resources resolve against its folder and must stay inside `bundleRoot`. */
    bool showMarkdownFile(const QString& markdownFile, const QString& bundleRoot);
    void setMarkdownText(const QString& markdown, const QString& baseFolder, const QString& bundleRoot);
    void setScale(double scale);

    QVariant loadResource(int type, const QUrl& name) override;
    /** The end of the text is on screen now (scrolled to it, or the whole text fits). */
    bool endVisible() const;

Q_SIGNALS:
    /** The end of the loaded text has been on screen; once per text. */
    void endSeen();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void linkClicked(const QUrl& url);
    void checkEndSeen();
    void checkEndSeenLater();

    QString m_baseFolder;
    QString m_bundleRoot;
    double m_baseSize = 0;
    bool m_endSeen = true; ///< until a text is loaded: an error message is not something read
};

} // namespace reflekt
