#pragma once

#include "core/PackageDocument.h"

#include <QMainWindow>

class QListView;
class QScrollArea;
class QTimer;
class QTreeView;

namespace reflekt {

class EditorDocument;
class PackageOutlineModel;
class ProblemListModel;

// The package editor: the outline (package, modules, steps) on the left, the selected item's
// form on the right, the validator's problems below, each a click away from its field. Every
// edit can be undone; Save writes bundle.json and the changed texts, Pack… the .reflekt file.
class PackageEditor : public QMainWindow {
    Q_OBJECT
public:
    explicit PackageEditor(PackageDocument document, QWidget* parent = nullptr);
    ~PackageEditor() override;

    /** Opens the editor on a bundle folder; nullptr (after saying why) when it cannot be read. */
    static PackageEditor* openFolder(const QString& folder, QWidget* parent);

    EditorDocument* document() const { return m_doc; }
    QTreeView* outline() const { return m_outline; }
    ProblemListModel* problems() const { return m_problems; }
    /** Shows the form of the package (empty), a module or a step ("/modules/1/steps/0"). */
    void showItem(const QString& pointer);
    /** Shows the form holding `pointer`'s field and puts the focus in it. */
    void goToField(const QString& pointer);
    /** Validates now (normally a moment after the last edit). */
    void validateNow();
    bool save();
    /** Writes the .reflekt file; false (after saying why) when it has errors or cannot be written. */
    bool packTo(const QString& file);
    void addModule();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showForm();
    void updateTitle();
    void moveCurrent(int delta);
    void removeCurrent();
    void pack();
    void previewAsParticipant();
    /** The presentation window and the console of the module being edited, in a preview. */
    void previewWall();
    QStringList previewArguments(const QString& dataDir) const;
    void startPreview(const QStringList& extra);

    EditorDocument* m_doc;
    PackageOutlineModel* m_outlineModel;
    ProblemListModel* m_problems;
    QTreeView* m_outline;
    QListView* m_problemView;
    QScrollArea* m_formArea;
    QTimer* m_validateTimer;
    QString m_current; ///< pointer of the item whose form is shown
};

} // namespace reflekt
