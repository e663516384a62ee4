#include "ui/authoring/StepForm.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/FilmPreview.h"
#include "ui/authoring/LanguageNames.h"
#include "ui/authoring/LocalizedField.h"
#include "ui/authoring/MarkdownEditor.h"
#include "ui/authoring/QuestionEditor.h"
#include "ui/player/FilmSource.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace reflekt {

StepForm::StepForm(EditorDocument* doc, std::size_t module, std::size_t step, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_pointer(QString::fromStdString(stepPointer(module, step)))
{
    setObjectName(QStringLiteral("stepForm"));
    auto* form = new QFormLayout(this);
    form->addRow(new LocalizedField(doc, m_pointer + QStringLiteral("/title"), tr("Title"),
                                    LocalizedField::Shape::Line, this));
    auto* minutes = new QSpinBox(this);
    minutes->setObjectName(QStringLiteral("stepMinutes"));
    minutes->setRange(0, 600);
    minutes->setSuffix(tr(" min"));
    minutes->setSpecialValueText(tr("not planned"));
    FieldBinding::integer(minutes, doc, m_pointer + QStringLiteral("/minutes"), true);
    form->addRow(tr("Planned &minutes:"), minutes);
    auto* id = new QLabel(tr("Id: %1 (made once; progress is kept under it)").arg(doc->text(m_pointer + QStringLiteral("/id"))), this);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(id);

    const QString type = doc->text(m_pointer + QStringLiteral("/type"));
    if (type == QLatin1String("film"))
        buildFilm(form);
    else if (type == QLatin1String("text"))
        buildDocument(form, QStringLiteral("markdown"));
    else if (type == QLatin1String("activity"))
        buildDocument(form, QStringLiteral("document"));
    else if (type == QLatin1String("reflection"))
        buildReflection(form);
}

void StepForm::warn(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void StepForm::buildFilm(QFormLayout* form)
{
    auto* filmRow = new QHBoxLayout;
    m_filmInfo = new QLabel(this);
    m_filmInfo->setObjectName(QStringLiteral("filmInfo"));
    m_filmInfo->setProperty(FieldBinding::kPointerProperty, m_pointer + QStringLiteral("/video"));
    m_filmInfo->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choose &film…"), this);
    choose->setObjectName(QStringLiteral("chooseFilmButton"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the film"), QDir::homePath(),
                                                          tr("Films (*.mp4 *.m4v *.webm *.mkv)"));
        if (!file.isEmpty())
            importFilm(file);
    });
    filmRow->addWidget(m_filmInfo, 1);
    filmRow->addWidget(choose);
    form->addRow(tr("Film:"), filmRow);

    auto* share = new QDoubleSpinBox(this);
    share->setObjectName(QStringLiteral("requiredShare"));
    share->setRange(0, 1);
    share->setSingleStep(0.05);
    share->setDecimals(2);
    share->setToolTip(tr("The share of the film a participant must have seen for the step to count as done."));
    FieldBinding::number(share, m_doc, m_pointer + QStringLiteral("/requiredShare"), false);
    form->addRow(tr("Share that must be &watched:"), share);

    auto* captionsRow = new QHBoxLayout;
    m_captionsInfo = new QLabel(this);
    m_captionsInfo->setObjectName(QStringLiteral("captionsInfo"));
    m_captionsInfo->setProperty(FieldBinding::kPointerProperty, m_pointer + QStringLiteral("/captions"));
    m_captionsInfo->setWordWrap(true);
    auto* language = new QComboBox(this);
    language->setObjectName(QStringLiteral("captionLanguageCombo"));
    language->setAccessibleName(tr("Language of the captions"));
    for (const QString& code : m_doc->languages())
        language->addItem(languageName(code), code);
    auto* add = new QPushButton(tr("Add &captions…"), this);
    add->setObjectName(QStringLiteral("addCaptionsButton"));
    connect(add, &QPushButton::clicked, this, [this, language] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the captions"), QDir::homePath(),
                                                          tr("Captions (*.vtt *.srt)"));
        if (!file.isEmpty())
            importCaptions(file, language->currentData().toString());
    });
    captionsRow->addWidget(m_captionsInfo, 1);
    captionsRow->addWidget(language);
    captionsRow->addWidget(add);
    form->addRow(tr("Captions:"), captionsRow);

    auto* poster = new QLineEdit(this);
    poster->setObjectName(QStringLiteral("posterEdit"));
    poster->setReadOnly(true);
    poster->setPlaceholderText(tr("none: take one from the film below"));
    FieldBinding::line(poster, m_doc, m_pointer + QStringLiteral("/poster"));
    form->addRow(tr("Poster:"), poster);

    form->addRow(new FilmPreview(m_doc, m_pointer, this));

    connect(m_doc, &EditorDocument::changed, this, &StepForm::updateFilmInfo);
    updateFilmInfo();
}

void StepForm::updateFilmInfo()
{
    if (!m_filmInfo)
        return;
    const QString video = m_doc->text(m_pointer + QStringLiteral("/video"));
    const ManifestJson* seconds = m_doc->find(m_pointer + QStringLiteral("/durationSeconds"));
    m_filmInfo->setText(video.isEmpty() ? tr("No film chosen yet.")
                                        : tr("%1, %2 long").arg(video, formatFilmTime(seconds && seconds->is_number()
                                                                                           ? seconds->get<double>()
                                                                                           : 0)));
    QStringList captions;
    if (const ManifestJson* list = m_doc->find(m_pointer + QStringLiteral("/captions")); list && list->is_array())
        for (const auto& c : *list)
            if (c.is_object() && c.contains("language") && c["language"].is_string() && c.contains("file") &&
                c["file"].is_string())
                captions << tr("%1: %2").arg(languageName(QString::fromStdString(c["language"].get<std::string>())),
                                             QString::fromStdString(c["file"].get<std::string>()));
    m_captionsInfo->setText(captions.isEmpty() ? tr("None yet: a film without captions excludes viewers who "
                                                    "cannot hear it.")
                                               : captions.join(QLatin1Char('\n')));
}

bool StepForm::importFilm(const QString& file)
{
    ImportedFile result;
    m_doc->group([&](PackageDocument& d) { result = reflekt::importFilm(d, m_pointer.toStdString(), file.toStdString()); }, false);
    if (!result.ok()) {
        warn(tr("Film not added"), QString::fromStdString(result.error));
        return false;
    }
    return true;
}

bool StepForm::importCaptions(const QString& file, const QString& language)
{
    ImportedFile result;
    // The track's name as its own readers call it ("Svenska", "English"), as in the samples.
    QString label = languageName(language).section(QStringLiteral(" ("), 0, 0);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    m_doc->group([&](PackageDocument& d) {
        result = reflekt::importCaptions(d, m_pointer.toStdString(), file.toStdString(), language.toStdString(),
                                         label.toStdString());
    }, false);
    if (!result.ok()) {
        QString message = QString::fromStdString(result.error);
        for (const Problem& p : result.problems)
            if (p.severity == Severity::Error)
                message += QLatin1Char('\n') + QString::fromStdString(p.toString());
        warn(tr("Captions not added"), message);
        return false;
    }
    return true;
}

void StepForm::buildDocument(QFormLayout* form, const QString& field)
{
    const QString type = m_doc->text(m_pointer + QStringLiteral("/type"));
    if (type == QLatin1String("activity")) {
        auto* kind = new QComboBox(this);
        kind->setObjectName(QStringLiteral("activityKindCombo"));
        kind->addItem(tr("Worksheet"), QStringLiteral("worksheet"));
        kind->addItem(tr("Conversation cards"), QStringLiteral("cards"));
        FieldBinding::choice(kind, m_doc, m_pointer + QStringLiteral("/activity"));
        form->addRow(tr("&Kind of activity:"), kind);
    }
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("documentTabs"));
    for (const QString& language : m_doc->languages()) {
        const QString pointer = m_pointer + QLatin1Char('/') + field + QLatin1Char('/') + language;
        const QString relative = m_doc->text(pointer);
        if (!relative.isEmpty() && !relative.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            tabs->addTab(new MarkdownEditor(m_doc, relative, this), languageName(language));
            continue;
        }
        auto* page = new QLabel(relative.isEmpty() ? tr("No text in this language yet.")
                                                   : tr("A PDF: %1").arg(relative), this);
        if (relative.isEmpty()) {
            auto* start = new QPushButton(tr("&Write it in %1").arg(languageName(language)), page);
            start->setObjectName(QStringLiteral("writeDocumentButton:") + language);
            start->move(0, 24);
            connect(start, &QPushButton::clicked, this, [this, pointer, language] {
                const QString id = m_doc->text(m_pointer + QStringLiteral("/id"));
                const QString folder = m_doc->text(m_pointer + QStringLiteral("/type")) == QLatin1String("activity")
                                           ? QStringLiteral("activity")
                                           : QStringLiteral("text");
                const QString file = QStringLiteral("%1/%2.%3.md").arg(folder, id, language);
                const QString title = m_doc->text(m_pointer + QStringLiteral("/title/") + language);
                m_doc->group([&](PackageDocument& d) {
                    startMarkdownFile(d, pointer.toStdString(), file.toStdString(), title.toStdString());
                });
            });
        }
        tabs->addTab(page, languageName(language));
    }
    form->addRow(tabs);
    if (type == QLatin1String("activity")) {
        // Worksheets are often made elsewhere already: a PDF serves as the activity's document.
        auto* pdf = new QPushButton(tr("Use a P&DF for this language…"), this);
        pdf->setObjectName(QStringLiteral("usePdfButton"));
        connect(pdf, &QPushButton::clicked, this, [this, tabs] {
            const QStringList languages = m_doc->languages();
            const QString language = languages.value(tabs->currentIndex());
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose the PDF"), QDir::homePath(),
                                                              tr("PDF documents (*.pdf)"));
            if (!file.isEmpty() && !language.isEmpty())
                usePdf(file, language);
        });
        form->addRow(pdf);
    }
}

bool StepForm::usePdf(const QString& file, const QString& language)
{
    const ImportedFile copied = copyIntoPackage(m_doc->core().folder(), file.toStdString(), "activity");
    if (!copied.ok()) {
        warn(tr("PDF not used"), QString::fromStdString(copied.error));
        return false;
    }
    m_doc->group([&](PackageDocument& d) {
        d.set((m_pointer + QStringLiteral("/document/") + language).toStdString(), copied.relative);
    });
    return true;
}

void StepForm::buildReflection(QFormLayout* form)
{
    form->addRow(new LocalizedField(m_doc, m_pointer + QStringLiteral("/intro"), tr("Introduction"),
                                    LocalizedField::Shape::Paragraph, this));
    form->addRow(new QuestionEditor(m_doc, m_pointer, this));
}

} // namespace reflekt
