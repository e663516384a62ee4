#include "ui/authoring/FilmPreview.h"

#include "core/DurableFile.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/LocalizedField.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/FilmSource.h"

#include <QBuffer>
#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace reflekt {

FilmPreview::FilmPreview(EditorDocument* doc, const QString& stepPointer, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_step(stepPointer)
    , m_player(new FilmPlayer(FilmPlayer::Mode::Desktop, this))
    , m_chapters(new QVBoxLayout)
{
    setObjectName(QStringLiteral("filmPreview"));
    m_player->setObjectName(QStringLiteral("previewPlayer"));
    m_player->setMinimumHeight(240);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_player, 1);
    auto* buttons = new QHBoxLayout;
    auto* chapter = new QPushButton(tr("Add a c&hapter here"), this);
    chapter->setObjectName(QStringLiteral("addChapterButton"));
    connect(chapter, &QPushButton::clicked, this, [this] { addChapterHere(); });
    auto* poster = new QPushButton(tr("Use this frame as the &poster"), this);
    poster->setObjectName(QStringLiteral("posterFromFrameButton"));
    connect(poster, &QPushButton::clicked, this, &FilmPreview::useFrameAsPoster);
    buttons->addWidget(chapter);
    buttons->addWidget(poster);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* chaptersLabel = new QLabel(tr("Chapters:"), this);
    chaptersLabel->setProperty(FieldBinding::kPointerProperty, m_step + QStringLiteral("/chapters"));
    layout->addWidget(chaptersLabel);
    layout->addLayout(m_chapters);

    connect(doc, &EditorDocument::changed, this, [this] {
        loadFilm();
        rebuildChapters();
    });
    loadFilm();
    rebuildChapters();
}

void FilmPreview::loadFilm()
{
    const QString video = m_doc->text(m_step + QStringLiteral("/video"));
    if (video == m_loadedVideo)
        return;
    m_loadedVideo = video;
    if (video.isEmpty())
        return;
    FilmSource film;
    film.videoPath = QDir(m_doc->folder()).filePath(video);
    film.defaultLanguage = m_doc->defaultLanguage();
    if (const ManifestJson* captions = m_doc->find(m_step + QStringLiteral("/captions")); captions && captions->is_array())
        for (const auto& c : *captions)
            if (c.is_object() && c.value("file", ManifestJson()).is_string() && c.value("language", ManifestJson()).is_string()) {
                const QString lang = QString::fromStdString(c["language"].get<std::string>());
                film.captions.append({lang, lang, QDir(m_doc->folder()).filePath(QString::fromStdString(c["file"].get<std::string>()))});
            }
    m_player->load(film);
}

void FilmPreview::rebuildChapters()
{
    const ManifestJson* list = m_doc->find(m_step + QStringLiteral("/chapters"));
    const int count = list && list->is_array() ? static_cast<int>(list->size()) : 0;
    // Only when chapters come or go: a title being typed keeps its field (and the focus).
    if (count == m_chapterCount)
        return;
    m_chapterCount = count;
    while (QLayoutItem* item = m_chapters->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < count; ++i) {
        const QString pointer = m_step + QStringLiteral("/chapters/%1").arg(i);
        const ManifestJson* start = m_doc->find(pointer + QStringLiteral("/start"));
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(new QLabel(formatFilmTime(start && start->is_number() ? start->get<double>() : 0), row));
        h->addWidget(new LocalizedField(m_doc, pointer + QStringLiteral("/title"), tr("Chapter %1").arg(i + 1),
                                        LocalizedField::Shape::Line, row), 1);
        auto* remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(QStringLiteral("removeChapter:%1").arg(i));
        connect(remove, &QPushButton::clicked, this, [this, pointer] {
            QMetaObject::invokeMethod(this, [this, pointer] { m_doc->erase(pointer); }, Qt::QueuedConnection);
        });
        h->addWidget(remove, 0, Qt::AlignTop);
        m_chapters->addWidget(row);
    }
}

int FilmPreview::addChapterHere()
{
    const double at = std::round(m_player->position() * 10) / 10;
    const ManifestJson* list = m_doc->find(m_step + QStringLiteral("/chapters"));
    std::size_t index = 0;
    if (list && list->is_array())
        while (index < list->size() && (*list)[index].value("start", 0.0) <= at)
            ++index;
    ManifestJson chapter = ManifestJson::object();
    chapter["start"] = at;
    chapter["title"][m_doc->defaultLanguage().toStdString()] =
        tr("Chapter at %1").arg(formatFilmTime(at)).toStdString();
    m_doc->group([&](PackageDocument& d) { d.insert((m_step + QStringLiteral("/chapters")).toStdString(), index, chapter); },
                 false);
    return static_cast<int>(index);
}

bool FilmPreview::useFrameAsPoster()
{
    const QImage frame = m_player->currentFrame();
    if (frame.isNull()) {
        QMessageBox::information(this, tr("No poster taken"),
                                 tr("Play the film to the picture you want, pause, and try again."));
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    frame.save(&buffer, "PNG");
    const QString id = m_doc->text(m_step + QStringLiteral("/id"));
    const QString relative = QStringLiteral("media/%1-poster.png").arg(id);
    QDir(m_doc->folder()).mkpath(QStringLiteral("media"));
    const WriteResult written =
        writeFileDurably(QDir(m_doc->folder()).filePath(relative).toStdString(), std::string_view(png.constData(), static_cast<std::size_t>(png.size())));
    if (!written.ok()) {
        QMessageBox::warning(this, tr("No poster taken"), QString::fromStdString(written.error));
        return false;
    }
    m_doc->setText(m_step + QStringLiteral("/poster"), relative, false);
    return true;
}

} // namespace reflekt
