#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace reflekt {

// Shows a bundle's Markdown with Qt's own Markdown support. Images come from inside the bundle
// only; nothing is ever loaded from the network. Links open in the system browser after the user
// confirms. Text size follows the reader scale. endSeen() says when the end of the text has been
// on screen, which is when a text step counts as read. With setReadingColumn() the text is set
// for reading on the laptop (Design's type scale, a centred column of 60–80 characters); without
// it the owner (the wall) sets fonts and margins itself.
class BundleTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit BundleTextBrowser(QWidget* parent = nullptr);

    /** Loads `markdownFile`; resources resolve against its folder and must stay inside `bundleRoot`. */
    bool showMarkdownFile(const QString& markdownFile, const QString& bundleRoot);
    void setMarkdownText(const QString& markdown, const QString& baseFolder, const QString& bundleRoot);
    void setScale(double scale);
    /**
     * Sets the text in the reading column: body type at Design Body size times the text scale,
     * headings from the type scale, about 145 % line height, paragraph gaps from Design::space,
     * centred at Design::readingWidth of the body font (narrower windows wrap earlier), images no
     * wider than the column.
     */
    void setReadingColumn(bool on);
    /** Width in pixels the text is laid out at in the reading column (0 when not in one). */
    int columnWidth() const;

    static constexpr int kLineHeightPercent = 145;

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
    void applyReadingType();
    void updateColumn();
    void fitImages(int width);
    QImage bundleImage(const QUrl& name) const;
    QImage fitted(QImage image, int width) const;

    QString m_baseFolder;
    QString m_bundleRoot;
    double m_baseSize = 0;
    double m_scale = 1.0;
    bool m_reading = false;
    int m_imageWidth = -1;              ///< the column width images were last fitted to
    QHash<QString, QImage> m_originals; ///< the text's images as the bundle has them
    bool m_endSeen = true;              ///< until a text is loaded: an error message is not something read
};

} // namespace reflekt
