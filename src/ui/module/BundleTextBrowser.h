#pragma once

#include <QTextBrowser>

namespace reflekt {

// Shows a bundle's Markdown with Qt's own Markdown support. Images come from inside the bundle
// only; nothing is ever loaded from the network. Links open in the system browser after the user
// confirms. Text size follows the reader scale.
class BundleTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit BundleTextBrowser(QWidget* parent = nullptr);

    /** Loads `markdownFile`; resources resolve against its folder and must stay inside `bundleRoot`. */
    bool showMarkdownFile(const QString& markdownFile, const QString& bundleRoot);
    void setMarkdownText(const QString& markdown, const QString& baseFolder, const QString& bundleRoot);
    void setScale(double scale);

    QVariant loadResource(int type, const QUrl& name) override;

private:
    void linkClicked(const QUrl& url);

    QString m_baseFolder;
    QString m_bundleRoot;
    double m_baseSize = 0;
};

} // namespace reflekt
