#include "ui/authoring/ModuleForm.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/LanguageNames.h"
#include "ui/authoring/LocalizedField.h"
#include "ui/authoring/MarkdownEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace reflekt {

ModuleForm::ModuleForm(EditorDocument* doc, std::size_t module, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_module(module)
    , m_pointer(QString::fromStdString(modulePointer(module)))
{
    setObjectName(QStringLiteral("moduleForm"));
    auto* form = new QFormLayout(this);
    form->addRow(new LocalizedField(doc, m_pointer + QStringLiteral("/title"), tr("Title"),
                                    LocalizedField::Shape::Line, this));
    form->addRow(new LocalizedField(doc, m_pointer + QStringLiteral("/summary"), tr("Summary"),
                                    LocalizedField::Shape::Paragraph, this));

    auto* kind = new QComboBox(this);
    kind->setObjectName(QStringLiteral("moduleKindCombo"));
    kind->addItem(tr("Module"), QStringLiteral("module"));
    kind->addItem(tr("Case"), QStringLiteral("case"));
    kind->addItem(tr("Introduction for the discussion leader"), QStringLiteral("facilitator-intro"));
    kind->addItem(tr("Regional module"), QStringLiteral("regional"));
    FieldBinding::choice(kind, doc, m_pointer + QStringLiteral("/kind"));
    form->addRow(tr("&Kind:"), kind);

    auto* minutesRow = new QHBoxLayout;
    auto* minutes = new QSpinBox(this);
    minutes->setObjectName(QStringLiteral("moduleMinutes"));
    minutes->setRange(0, 600);
    minutes->setSuffix(tr(" min"));
    FieldBinding::integer(minutes, doc, m_pointer + QStringLiteral("/minutes"), false);
    auto* suggest = new QPushButton(this);
    suggest->setObjectName(QStringLiteral("suggestMinutesButton"));
    const auto updateSuggestion = [this, suggest] {
        const ManifestJson* m = m_doc->find(m_pointer);
        const int n = m ? suggestedMinutes(*m) : 0;
        suggest->setText(tr("Use %n min, from the steps", nullptr, n));
        suggest->setProperty("minutes", n);
    };
    updateSuggestion();
    connect(doc, &EditorDocument::changed, suggest, updateSuggestion);
    connect(suggest, &QPushButton::clicked, this, [this, suggest] {
        m_doc->set(m_pointer + QStringLiteral("/minutes"), suggest->property("minutes").toInt());
    });
    minutesRow->addWidget(minutes);
    minutesRow->addWidget(suggest);
    minutesRow->addStretch(1);
    // A row of several widgets: the label needs its buddy set by hand, or its & shows as is.
    auto* minutesLabel = new QLabel(tr("Estimated &minutes:"), this);
    minutesLabel->setBuddy(minutes);
    form->addRow(minutesLabel, minutesRow);

    auto* steps = new QHBoxLayout;
    const auto addButton = [&](const QString& text, const char* name, StepType type) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, [this, type] { addStep(type); });
        steps->addWidget(b);
    };
    addButton(tr("Add &film"), "addFilmStepButton", StepType::Film);
    addButton(tr("Add &text"), "addTextStepButton", StepType::Text);
    addButton(tr("Add &reflection"), "addReflectionStepButton", StepType::Reflection);
    addButton(tr("Add a&ctivity"), "addActivityStepButton", StepType::Activity);
    steps->addStretch(1);
    form->addRow(tr("Steps:"), steps);

    auto* guides = new QTabWidget(this);
    guides->setObjectName(QStringLiteral("guideTabs"));
    for (const QString& language : doc->languages())
        guides->addTab(guidePage(language), languageName(language));
    form->addRow(new QLabel(tr("Facilitator guide (shown only on the facilitator's laptop):"), this));
    form->addRow(guides);
}

QWidget* ModuleForm::guidePage(const QString& language)
{
    const QString pointer = m_pointer + QStringLiteral("/facilitatorGuide/") + language;
    QString relative = m_doc->text(pointer);
    if (!relative.isEmpty())
        return new MarkdownEditor(m_doc, relative, this);
    // No guide yet in this language: one click makes its file (written on save).
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* start = new QPushButton(tr("&Write a guide in %1").arg(languageName(language)), page);
    start->setObjectName(QStringLiteral("writeGuideButton:") + language);
    layout->addWidget(start);
    layout->addStretch(1);
    connect(start, &QPushButton::clicked, this, [this, pointer, language] {
        const QString id = m_doc->text(m_pointer + QStringLiteral("/id"));
        const QString file = QStringLiteral("guides/%1.%2.md").arg(id, language);
        const QString title = m_doc->text(m_pointer + QStringLiteral("/title/") + language);
        m_doc->group([&](PackageDocument& d) {
            startMarkdownFile(d, pointer.toStdString(), file.toStdString(), title.toStdString());
        });
    });
    return page;
}

void ModuleForm::addStep(StepType type)
{
    std::optional<std::size_t> step;
    const QString title = type == StepType::Film         ? tr("Film")
                          : type == StepType::Text       ? tr("Read")
                          : type == StepType::Reflection ? tr("Reflect")
                                                         : tr("Activity");
    m_doc->group([&](PackageDocument& d) {
        step = reflekt::addStep(d, m_module, type, m_doc->defaultLanguage().toStdString(), title.toStdString());
    });
    if (step)
        Q_EMIT stepAdded(m_module, *step);
}

} // namespace reflekt
