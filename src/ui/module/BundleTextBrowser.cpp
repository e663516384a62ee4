#include "ui/module/BundleTextBrowser.h"

#include "core/PathGuard.h"
#include "ui/widgets/Design.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextList>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace reflekt {

namespace {

Design::Type headingType(int level)
{
    switch (level) {
    case 1:
        return Design::Type::Heading1;
    case 2:
        return Design::Type::Heading2;
    case 3:
        return Design::Type::Heading3;
    default:
        return Design::Type::Lead;
    }
}

} // namespace

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
    m_imageWidth = -1;
    m_originals.clear();
    applyReadingType();
    updateColumn();
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
    updateColumn();
    checkEndSeenLater();
}

void BundleTextBrowser::setReadingColumn(bool on)
{
    m_reading = on;
    if (on)
        setScale(m_scale);
}

int BundleTextBrowser::columnWidth() const
{
    if (!m_reading)
        return 0;
    const int room = viewport()->width() - 2 * Design::space(5);
    return std::max(Design::space(7), std::min(Design::readingWidth(document()->defaultFont()), room));
}

void BundleTextBrowser::updateColumn()
{
    if (!m_reading)
        return;
    // The root frame's side margins centre the column; the whole viewport still scrolls the text.
    const int column = columnWidth();
    const qreal side = std::max(qreal(Design::space(5)), (viewport()->width() - column) / 2.0);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() != side || format.rightMargin() != side ||
        format.topMargin() != Design::space(6) || format.bottomMargin() != Design::space(7)) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        format.setTopMargin(Design::space(6));
        format.setBottomMargin(Design::space(7));
        document()->rootFrame()->setFrameFormat(format);
    }
    fitImages(column);
}

void BundleTextBrowser::applyReadingType()
{
    if (!m_reading)
        return;
    // Markdown's headings come with relative sizes and Qt's own paragraph gaps; set them from
    // the type and spacing scales instead, and give the lines room to breathe.
    struct Change {
        int from;
        int to;
        QTextCharFormat format;
    };
    std::vector<Change> changes;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat bf = block.blockFormat();
        const int level = bf.headingLevel();
        bf.setLineHeight(level > 0 ? 120 : kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        if (level > 0) {
            bf.setTopMargin(block == document()->begin() ? 0 : Design::space(6));
            bf.setBottomMargin(Design::space(3));
        } else if (QTextList* list = block.textList()) {
            const bool last = list->item(list->count() - 1) == block;
            bf.setTopMargin(0);
            bf.setBottomMargin(last ? Design::space(4) : Design::space(2));
        } else if (!bf.hasProperty(QTextFormat::BlockCodeFence) && !bf.nonBreakableLines()) {
            bf.setTopMargin(0);
            bf.setBottomMargin(Design::space(4));
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(bf);
        const double points = Design::pointSize(level > 0 ? headingType(level) : Design::Type::Body, m_scale);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat cf = fragment.charFormat();
            if (cf.isImageFormat())
                continue;
            // Body text follows the document's default font; only what carries a size of its own
            // (headings, code in the system's small fixed font) is set to the scale.
            if (level == 0 && !cf.hasProperty(QTextFormat::FontPointSize) &&
                !cf.hasProperty(QTextFormat::FontSizeAdjustment))
                continue;
            cf.clearProperty(QTextFormat::FontSizeAdjustment);
            cf.setFontPointSize(points);
            if (level > 0)
                cf.setFontWeight(QFont::DemiBold);
            changes.push_back({fragment.position(), fragment.position() + fragment.length(), cf});
        }
    }
    for (const Change& change : changes) {
        cursor.setPosition(change.from);
        cursor.setPosition(change.to, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    cursor.endEditBlock();
}

void BundleTextBrowser::fitImages(int width)
{
    if (width == m_imageWidth)
        return;
    m_imageWidth = width;
    // Each image again from its original, scaled to the new column; the document's own resource
    // takes the place of the one loadResource() gave, and the image is laid out anew.
    std::vector<int> positions;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            auto original = m_originals.find(name);
            if (original == m_originals.end())
                original = m_originals.insert(name, bundleImage(QUrl(name)));
            if (original->isNull())
                continue;
            document()->addResource(QTextDocument::ImageResource, QUrl(name), fitted(*original, width));
            positions.push_back(fragment.position());
            positions.push_back(fragment.position() + fragment.length());
        }
    }
    for (std::size_t i = 0; i + 1 < positions.size(); i += 2)
        document()->markContentsDirty(positions[i], positions[i + 1] - positions[i]);
}

void BundleTextBrowser::setScale(double scale)
{
    m_scale = scale;
    if (m_reading) {
        const QFont body = Design::font(Design::Type::Body, scale);
        setFont(body);
        document()->setDefaultFont(body);
        applyReadingType();
        updateColumn();
        return;
    }
    QFont f = font();
    f.setPointSizeF(m_baseSize * scale);
    setFont(f);
    document()->setDefaultFont(f);
}

QImage BundleTextBrowser::bundleImage(const QUrl& name) const
{
    // Only local files inside the bundle; a remote or escaping reference yields nothing.
    if (m_bundleRoot.isEmpty() || (!name.scheme().isEmpty() && name.scheme() != QLatin1String("file")))
        return {};
    const QString absolute = QDir::cleanPath(QDir(m_baseFolder).absoluteFilePath(name.path()));
    const QString relative = QDir(m_bundleRoot).relativeFilePath(absolute);
    const GuardedPath guarded = guardPath(m_bundleRoot.toStdString(), relative.toStdString(), true);
    if (!guarded.path)
        return {};
    return QImage(QString::fromStdString(guarded.path->string()));
}

QImage BundleTextBrowser::fitted(QImage image, int width) const
{
    // No wider than the column, scaled smoothly, and sharp on a high-density screen.
    const double ratio = devicePixelRatioF();
    if (image.isNull() || width <= 0 || image.width() <= width)
        return image;
    if (image.width() > width * ratio)
        image = image.scaledToWidth(static_cast<int>(width * ratio), Qt::SmoothTransformation);
    image.setDevicePixelRatio(image.width() / static_cast<double>(width));
    return image;
}

QVariant BundleTextBrowser::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    QImage image = bundleImage(name);
    if (image.isNull())
        return {};
    if (m_reading) {
        m_originals.insert(name.toString(), image);
        return fitted(image, columnWidth());
    }
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
