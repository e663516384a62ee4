#include "ui/authoring/QuestionEditor.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/LocalizedField.h"
#include "ui/authoring/QuestionTreeModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace reflekt {

QuestionEditor::QuestionEditor(EditorDocument* doc, const QString& stepPointer, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_step(stepPointer)
    , m_model(new QuestionTreeModel(doc, stepPointer, this))
    , m_tree(new QTreeView(this))
    , m_detailLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("questionEditor"));
    m_tree->setObjectName(QStringLiteral("questionTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setMinimumHeight(140);
    m_tree->installEventFilter(this);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    connect(m_model, &QuestionTreeModel::questionMoved, this, [this](const std::vector<std::size_t>& path) {
        select(path);
    });
    m_tree->setProperty(FieldBinding::kPointerProperty, stepPointer + QStringLiteral("/questions"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Questions (drag them, or Alt+arrows to indent, outdent and move the selected one):"), this));
    layout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Add &question"), "addQuestionButton", [this] { addQuestion(); });
    button(tr("Add &sub-question"), "addSubQuestionButton", [this] { addSubQuestion(); });
    button(tr("Indent"), "indentQuestionButton", [this] { indent(); });
    button(tr("Outdent"), "outdentQuestionButton", [this] { outdent(); });
    button(tr("Up"), "questionUpButton", [this] { move(-1); });
    button(tr("Down"), "questionDownButton", [this] { move(1); });
    button(tr("Remove"), "removeQuestionButton", [this] { remove(); });
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addLayout(m_detailLayout);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_selected);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_selected = current();
        showDetail();
    });
    m_tree->expandAll();
    showDetail();
}

std::vector<std::size_t> QuestionEditor::current() const
{
    return m_model->pathOf(m_tree->currentIndex());
}

void QuestionEditor::select(const std::vector<std::size_t>& path)
{
    const QModelIndex at = m_model->indexOf(path);
    m_selected = at.isValid() ? path : std::vector<std::size_t>{};
    m_tree->setCurrentIndex(at);
    showDetail();
}

void QuestionEditor::showDetail()
{
    const std::vector<std::size_t> path = m_selected;
    const QString pointer =
        path.empty() ? QString() : QString::fromStdString(questionPointer(m_step.toStdString(), path));
    // The same question at the same place: its fields are bound already (and may have the focus).
    const QString key = pointer + QLatin1Char('#') + m_doc->text(pointer + QStringLiteral("/id"));
    if (m_detail && key == m_detailKey)
        return;
    delete m_detail;
    m_detail = nullptr;
    m_detailKey = key;
    if (path.empty())
        return;
    m_detail = new QWidget(this);
    auto* form = new QFormLayout(m_detail);
    form->setContentsMargins(0, 0, 0, 0);
    auto* text = new LocalizedField(m_doc, pointer + QStringLiteral("/text"),
                                    tr("Question %1").arg(QString::fromStdString(questionNumber(path))),
                                    LocalizedField::Shape::Paragraph, m_detail);
    text->setObjectName(QStringLiteral("questionText"));
    form->addRow(text);
    auto* minutes = new QSpinBox(m_detail);
    minutes->setObjectName(QStringLiteral("questionMinutes"));
    minutes->setRange(0, 240);
    minutes->setSpecialValueText(tr("not planned"));
    minutes->setSuffix(tr(" min"));
    FieldBinding::integer(minutes, m_doc, pointer + QStringLiteral("/minutes"), true);
    form->addRow(tr("Planned &minutes:"), minutes);
    auto* id = new QLabel(tr("Id: %1 (made once; answers are kept under it)").arg(m_doc->text(pointer + QStringLiteral("/id"))),
                          m_detail);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(id);
    m_detailLayout->addWidget(m_detail);
}

void QuestionEditor::addQuestion()
{
    std::vector<std::size_t> path;
    const std::vector<std::size_t> after = current();
    m_doc->group([&](PackageDocument& d) {
        path = reflekt::addQuestion(d, m_step.toStdString(), after, m_doc->defaultLanguage().toStdString(), {});
    }, false);
    select(path);
    if (auto* field = m_detail ? m_detail->findChild<LocalizedField*>() : nullptr)
        if (QWidget* edit = field->editFor(m_doc->defaultLanguage()))
            edit->setFocus();
}

void QuestionEditor::addSubQuestion()
{
    const std::vector<std::size_t> parent = current();
    if (parent.empty())
        return addQuestion();
    std::optional<std::vector<std::size_t>> path;
    m_doc->group([&](PackageDocument& d) {
        path = reflekt::addSubQuestion(d, m_step.toStdString(), parent, m_doc->defaultLanguage().toStdString(), {});
    }, false);
    if (path) {
        select(*path);
        if (auto* field = m_detail ? m_detail->findChild<LocalizedField*>() : nullptr)
            if (QWidget* edit = field->editFor(m_doc->defaultLanguage()))
                edit->setFocus();
    }
}

void QuestionEditor::indent()
{
    std::optional<std::vector<std::size_t>> path;
    const auto at = current();
    m_doc->group([&](PackageDocument& d) { path = indentQuestion(d, m_step.toStdString(), at); }, false);
    if (path)
        select(*path);
}

void QuestionEditor::outdent()
{
    std::optional<std::vector<std::size_t>> path;
    const auto at = current();
    m_doc->group([&](PackageDocument& d) { path = outdentQuestion(d, m_step.toStdString(), at); }, false);
    if (path)
        select(*path);
}

void QuestionEditor::move(int delta)
{
    std::optional<std::vector<std::size_t>> path;
    const auto at = current();
    m_doc->group([&](PackageDocument& d) { path = moveQuestion(d, m_step.toStdString(), at, delta); }, false);
    if (path)
        select(*path);
}

void QuestionEditor::remove()
{
    const auto at = current();
    if (at.empty())
        return;
    const QString pointer = QString::fromStdString(questionPointer(m_step.toStdString(), at));
    m_doc->group([&](PackageDocument& d) { d.erase(pointer.toStdString()); }, false);
    select({});
}

bool QuestionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier) {
            switch (key->key()) {
            case Qt::Key_Right: indent(); return true;
            case Qt::Key_Left: outdent(); return true;
            case Qt::Key_Up: move(-1); return true;
            case Qt::Key_Down: move(1); return true;
            default: break;
            }
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            remove();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reflekt
