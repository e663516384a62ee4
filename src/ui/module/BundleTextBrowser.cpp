#include "ui/module/BundleTextBrowser.h"

#include "core/PathGuard.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace reflekt {

BundleTextBrowser::BundleTextBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    m_baseSize = font().pointSizeF();
    connect(this, &QTextBrowser::anchorClicked, this, &BundleTextBrowser::linkClicked);
    // Scrolling, and the range growing as the layout (and its images) settle, may bring the end in.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BundleTextBrowser::checkEndSeen);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &BundleTextBrowser::checkEndSeenLater);
}

bool BundleTextBrowser::showMarkdownFile(const QString& markdownFile, const QString& bundleRoot)
{
    QFile file(markdownFile);
    if (!file.open(QIODevice::ReadOnly)) {
        setPlainText(tr("The text %1 cannot be read: %2").arg(markdownFile, file.errorString()));
        m_endSeen = true; // nothing was there to read
        return false;
    }
    setMarkdownText(QString::fromUtf8(file.readAll()), QFileInfo(markdownFile).absolutePath(), bundleRoot);
    return true;
}

void BundleTextBrowser::setMarkdownText(const QString& markdown, const QString& baseFolder,
                                        const QString& bundleRoot)
{
    m_baseFolder = baseFolder;
    m_bundleRoot = bundleRoot;
    document()->clear();
    document()->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Start reading at the top, not where the import left the cursor.
    moveCursor(QTextCursor::Start);
    ensureCursorVisible();
    m_endSeen = false;
    checkEndSeenLater();
}

bool BundleTextBrowser::endVisible() const
{
    if (!isVisible() || viewport()->height() < fontMetrics().lineSpacing() * 3)
        return false; // not on screen, or too small to read anything
    // blockBoundingRect lays the document out as far as the last block, so a long text that is
    // still being laid out in steps never looks as if it ended on the first screen.
    const QRectF last = document()->documentLayout()->blockBoundingRect(document()->lastBlock());
    return last.bottom() - verticalScrollBar()->value() <= viewport()->height() + 1;
}

void BundleTextBrowser::checkEndSeen()
{
    if (m_endSeen || !endVisible())
        return;
    m_endSeen = true;
    Q_EMIT endSeen();
}

void BundleTextBrowser::checkEndSeenLater()
{
    if (!m_endSeen)
        QTimer::singleShot(0, this, &BundleTextBrowser::checkEndSeen);
}

void BundleTextBrowser::showEvent(QShowEvent* event)
{
    QTextBrowser::showEvent(event);
    checkEndSeenLater();
}

void BundleTextBrowser::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    checkEndSeenLater();
}

void BundleTextBrowser::setScale(double scale)
{
    QFont f = font();
    f.setPointSizeF(m_baseSize * scale);
    setFont(f);
    document()->setDefaultFont(f);
}

QVariant BundleTextBrowser::loadResource(int type, const QUrl& name)
{
    // Only local files inside the bundle; a remote or escaping reference yields nothing.
    if (type != QTextDocument::ImageResource || m_bundleRoot.isEmpty())
        return {};
    if (!name.scheme().isEmpty() && name.scheme() != QLatin1String("file"))
        return {};
    const QString absolute = QDir::cleanPath(QDir(m_baseFolder).absoluteFilePath(name.path()));
    const QString relative = QDir(m_bundleRoot).relativeFilePath(absolute);
    const GuardedPath guarded = guardPath(m_bundleRoot.toStdString(), relative.toStdString(), true);
    if (!guarded.path)
        return {};
    QImage image(QString::fromStdString(guarded.path->string()));
    if (image.isNull())
        return {};
    const int maxWidth = qMax(200, viewport()->width() - 60);
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return image;
}

void BundleTextBrowser::linkClicked(const QUrl& url)
{
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https") &&
        url.scheme() != QLatin1String("mailto"))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Open link"),
        tr("This link leads out of Reflekt to:\n\n%1\n\nOpen it in your web browser?").arg(url.toString()));
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(url);
}

} // namespace reflekt
