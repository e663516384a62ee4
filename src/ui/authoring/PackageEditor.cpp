#include "ui/authoring/PackageEditor.h"

#include "core/BundlePacker.h"
#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/ModuleForm.h"
#include "ui/authoring/PackageForm.h"
#include "ui/authoring/PackageOutlineModel.h"
#include "ui/authoring/ProblemListModel.h"
#include "ui/authoring/StepForm.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

namespace reflekt {

PackageEditor::PackageEditor(PackageDocument document, QWidget* parent)
    : QMainWindow(parent)
    , m_doc(new EditorDocument(std::move(document), this))
    , m_outlineModel(new PackageOutlineModel(m_doc, this))
    , m_problems(new ProblemListModel(this))
    , m_outline(new QTreeView(this))
    , m_problemView(new QListView(this))
    , m_formArea(new QScrollArea(this))
    , m_validateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("packageEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_outline->setObjectName(QStringLiteral("packageOutline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Package outline"));
    m_formArea->setObjectName(QStringLiteral("formArea"));
    m_formArea->setWidgetResizable(true);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_outline);
    split->addWidget(m_formArea);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 780});
    setCentralWidget(split);

    m_problemView->setObjectName(QStringLiteral("problemList"));
    m_problemView->setModel(m_problems);
    m_problemView->setAccessibleName(tr("Problems"));
    m_problemView->setWordWrap(true);
    auto* dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(m_problemView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // A few lines: the form needs the height on a 1366x768 laptop; the author drags it taller.
    resizeDocks({dock}, {fontMetrics().lineSpacing() * 6}, Qt::Vertical);
    connect(m_problemView, &QListView::activated, this, [this](const QModelIndex& index) {
        goToField(index.data(ProblemListModel::PointerRole).toString());
    });
    connect(m_problemView, &QListView::clicked, this, [this](const QModelIndex& index) {
        goToField(index.data(ProblemListModel::PointerRole).toString());
    });

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);
    connect(m_validateTimer, &QTimer::timeout, this, &PackageEditor::validateNow);
    connect(m_doc, &EditorDocument::changed, this, [this](const QString&, bool structural) {
        m_validateTimer->start();
        updateTitle();
        // The form is built again after the signal, never inside it: the button that asked for
        // the change may be one of the widgets the rebuild deletes.
        if (structural)
            QTimer::singleShot(0, this, &PackageEditor::showForm);
    });
    connect(m_doc, &EditorDocument::revisited, this, [this](const QString& pointer) {
        if (!pointer.startsWith(QLatin1String("file:")))
            QTimer::singleShot(0, this, [this, pointer] { goToField(pointer); });
    });
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const QString pointer = index.data(PackageOutlineModel::PointerRole).toString();
                if (pointer != m_current) {
                    m_current = pointer;
                    showForm();
                }
            });
    connect(m_outlineModel, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker block(m_outline->selectionModel());
        m_outline->expandAll();
        m_outline->setCurrentIndex(m_outlineModel->indexForPointer(m_current));
    });

    createMenus();
    resize(1100, 720);
    m_outline->expandAll();
    showItem(QString());
    validateNow();
    updateTitle();
}

PackageEditor::~PackageEditor() = default;

PackageEditor* PackageEditor::openFolder(const QString& folder, QWidget* parent)
{
    DocumentOpenResult opened = PackageDocument::open(folder.toStdString());
    if (!opened.document) {
        QStringList lines;
        for (const Problem& p : opened.problems)
            lines << QString::fromStdString(p.toString());
        QMessageBox::warning(parent, tr("Package not opened"),
                             tr("%1 cannot be edited:\n%2").arg(folder, lines.join(QLatin1Char('\n'))));
        return nullptr;
    }
    return new PackageEditor(std::move(*opened.document), parent);
}

void PackageEditor::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* saveAction = file->addAction(tr("&Save"), this, &PackageEditor::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("&Pack…"), this, &PackageEditor::pack)->setObjectName(QStringLiteral("packAction"));
    file->addAction(tr("Preview as &participant"), this, &PackageEditor::previewAsParticipant)
        ->setObjectName(QStringLiteral("previewParticipantAction"));
    file->addAction(tr("Preview the &wall"), this, &PackageEditor::previewWall)
        ->setObjectName(QStringLiteral("previewWallAction"));
    file->addSeparator();
    file->addAction(tr("&Close"), this, &QWidget::close)->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), m_doc, &EditorDocument::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = edit->addAction(tr("&Redo"), m_doc, &EditorDocument::redo);
    redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo) << QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setObjectName(QStringLiteral("redoAction"));
    const auto updateUndo = [this, undo, redo] {
        undo->setEnabled(m_doc->canUndo());
        redo->setEnabled(m_doc->canRedo());
    };
    connect(m_doc, &EditorDocument::changed, this, updateUndo);
    updateUndo();

    QMenu* package = menuBar()->addMenu(tr("&Package"));
    package->addAction(tr("Add &module"), this, &PackageEditor::addModule)
        ->setObjectName(QStringLiteral("addModuleAction"));
    QAction* up = package->addAction(tr("Move &up"), this, [this] { moveCurrent(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    QAction* down = package->addAction(tr("Move &down"), this, [this] { moveCurrent(1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    package->addAction(tr("&Remove"), this, &PackageEditor::removeCurrent)
        ->setObjectName(QStringLiteral("removeItemAction"));
    package->addSeparator();
    package->addAction(tr("&Check now"), this, &PackageEditor::validateNow)->setShortcut(QKeySequence(Qt::Key_F5));
}

void PackageEditor::updateTitle()
{
    QString title = m_doc->text(QStringLiteral("/title/") + m_doc->defaultLanguage());
    if (title.isEmpty())
        title = m_doc->folder();
    setWindowTitle(tr("%1[*] — Package editor").arg(title));
    setWindowModified(m_doc->isModified());
}

void PackageEditor::showItem(const QString& pointer)
{
    m_current = pointer;
    m_outline->setCurrentIndex(m_outlineModel->indexForPointer(pointer));
    showForm();
}

void PackageEditor::showForm()
{
    // The item may have gone (an undo removed it): show its module, or the package.
    QString pointer = m_current;
    while (!pointer.isEmpty() && !m_doc->find(pointer))
        pointer = pointer.section(QLatin1Char('/'), 0, -3);
    m_current = pointer;
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QWidget* form = nullptr;
    if (parts.size() >= 4)
        form = new StepForm(m_doc, parts[1].toULongLong(), parts[3].toULongLong());
    else if (parts.size() >= 2) {
        auto* moduleForm = new ModuleForm(m_doc, parts[1].toULongLong());
        connect(moduleForm, &ModuleForm::stepAdded, this, [this](std::size_t m, std::size_t s) {
            m_current = QString::fromStdString(stepPointer(m, s));
        });
        form = moduleForm;
    } else {
        form = new PackageForm(m_doc);
    }
    m_formArea->setWidget(form); // deletes the previous form
    const QSignalBlocker block(m_outline->selectionModel());
    m_outline->setCurrentIndex(m_outlineModel->indexForPointer(m_current));
}

void PackageEditor::goToField(const QString& pointer)
{
    if (pointer.isEmpty())
        return;
    const QModelIndex item = m_outlineModel->indexForPointer(pointer);
    const QString itemPointer = item.data(PackageOutlineModel::PointerRole).toString();
    if (itemPointer != m_current || !m_formArea->widget()) {
        m_current = itemPointer;
        showForm();
    }
    // The widget bound to the longest part of the pointer: the field itself, or the list it is in.
    QWidget* best = nullptr;
    int bestLength = -1;
    for (QWidget* w : m_formArea->widget()->findChildren<QWidget*>()) {
        const QString p = w->property(FieldBinding::kPointerProperty).toString();
        if (p.isEmpty())
            continue;
        // A missing text ("/modules/0/title") goes to its first language's edit, the default.
        const bool inside = p.startsWith(pointer + QLatin1Char('/'));
        if (!inside && !(pointer == p || pointer.startsWith(p + QLatin1Char('/'))))
            continue;
        const int length = inside ? static_cast<int>(pointer.size()) : static_cast<int>(p.size());
        if (length > bestLength) {
            best = w;
            bestLength = length;
        }
    }
    if (best) {
        m_formArea->ensureWidgetVisible(best);
        best->setFocus(Qt::OtherFocusReason);
    }
}

void PackageEditor::validateNow()
{
    m_validateTimer->stop();
    const LoadResult result = m_doc->core().validate();
    m_outlineModel->setProblems(result.problems);
    m_problems->setProblems(result.problems);
    const int errors = m_problems->errorCount();
    const int warnings = m_problems->rowCount() - errors;
    statusBar()->showMessage(errors == 0 && warnings == 0
                                 ? tr("No problems: the package can be packed.")
                                 : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                       tr("%n warning(s)", nullptr, warnings));
}

bool PackageEditor::save()
{
    const DocumentSaveResult result = m_doc->save();
    updateTitle();
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("%1\n\nNothing you wrote is lost: it stays in the editor. Free some space "
                                "on the disk, then save again.")
                                 .arg(QString::fromStdString(result.error)));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir(m_doc->folder()).filePath(QStringLiteral("bundle.json"))), 5000);
    return true;
}

void PackageEditor::pack()
{
    const QString id = m_doc->text(QStringLiteral("/id"));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Pack the package"), QDir(QDir::homePath()).filePath(id + QStringLiteral(".reflekt")),
        tr("Reflekt packages (*.reflekt)"));
    if (!file.isEmpty())
        packTo(file);
}

bool PackageEditor::packTo(const QString& file)
{
    if (m_doc->isModified() && !save())
        return false;
    const PackResult result = packBundle(m_doc->core().folder(), file.toStdString());
    if (!result.ok()) {
        QStringList lines;
        for (const Problem& p : result.problems)
            if (p.severity == Severity::Error)
                lines << QString::fromStdString(p.toString());
        QMessageBox::warning(this, tr("Not packed"),
                             tr("%1 was not written:\n%2").arg(file, lines.join(QLatin1Char('\n'))));
        return false;
    }
    QString message = tr("Packed %n file(s) into %1.", nullptr, static_cast<int>(result.files)).arg(file);
    if (!result.leftOut.empty())
        message += QLatin1Char(' ') + tr("Left out, because nothing refers to them: %1.")
                                          .arg(QString::fromStdString([&] {
                                              std::string s;
                                              for (const auto& f : result.leftOut)
                                                  s += (s.empty() ? "" : ", ") + f;
                                              return s;
                                          }()));
    statusBar()->showMessage(message, 10000);
    return true;
}

QStringList PackageEditor::previewArguments(const QString& dataDir) const
{
    // A data folder of its own: the preview's profile, progress and notes go with it, and the
    // package is read from its folder as it is saved, never imported into the author's library.
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--modules-dir"), dataDir,
            QStringLiteral("--profile"), tr("Preview"), m_doc->folder()};
}

void PackageEditor::startPreview(const QStringList& extra)
{
    if (m_doc->isModified() && !save())
        return;
    auto* dir = new QTemporaryDir(QDir::temp().filePath(QStringLiteral("reflekt-preview-XXXXXX")));
    auto* process = new QProcess(this);
    process->setObjectName(QStringLiteral("previewProcess"));
    connect(process, &QProcess::finished, process, [process, dir] {
        process->deleteLater();
        delete dir;
    });
    process->start(QCoreApplication::applicationFilePath(), previewArguments(dir->path()) + extra);
}

void PackageEditor::previewAsParticipant()
{
    startPreview({});
}

void PackageEditor::previewWall()
{
    // The module being edited, or the first.
    const QStringList parts = m_current.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString module = QStringLiteral("/modules/%1/id").arg(parts.size() >= 2 ? parts[1] : QStringLiteral("0"));
    const QString id = m_doc->text(QStringLiteral("/id"));
    const QString moduleId = m_doc->text(module);
    if (id.isEmpty() || moduleId.isEmpty())
        return;
    startPreview({QStringLiteral("--facilitate"), id + QLatin1Char('/') + moduleId});
}

void PackageEditor::addModule()
{
    std::size_t index = 0;
    m_doc->group([&](PackageDocument& d) {
        index = reflekt::addModule(d, m_doc->defaultLanguage().toStdString(), tr("New module").toStdString());
    });
    m_current = QString::fromStdString(modulePointer(index));
}

void PackageEditor::moveCurrent(int delta)
{
    const QStringList parts = m_current.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2 && parts.size() != 4)
        return;
    const QString array = m_current.section(QLatin1Char('/'), 0, -2);
    const long from = parts.last().toLong();
    const long to = from + delta;
    const ManifestJson* list = m_doc->find(array);
    if (!list || !list->is_array() || to < 0 || to >= static_cast<long>(list->size()))
        return;
    m_doc->group([&](PackageDocument& d) {
        d.move(array.toStdString(), static_cast<std::size_t>(from), static_cast<std::size_t>(to));
    });
    m_current = array + QLatin1Char('/') + QString::number(to);
}

void PackageEditor::removeCurrent()
{
    if (m_current.isEmpty())
        return;
    m_doc->erase(m_current);
    m_current = m_current.section(QLatin1Char('/'), 0, -3);
}

void PackageEditor::closeEvent(QCloseEvent* event)
{
    if (m_doc->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Save the package?"), tr("The package has changes that are not saved."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace reflekt
