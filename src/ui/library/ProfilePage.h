#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace reflekt {

class ProfileListModel;
class Workspace;

// "Who is studying?": a compact card to pick, create or rename a profile. The last one used comes
// first and is preselected, so Enter continues with it.
class ProfilePage : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePage(Workspace& workspace, QWidget* parent = nullptr);

    /** Reloads the list and selects `preferred` (or the first profile). */
    void reload(const QString& preferred);
    /** Creates a profile without asking (command line, tests); selects it. */
    bool createProfile(const QString& name);
    bool chooseProfile(const QString& name);

Q_SIGNALS:
    void profileChosen();

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createClicked();
    void renameClicked();
    void continueClicked();
    void updateButtons();
    void fitList();
    // A hidden page keeps no profiles, so none is left `focused` or `showing` for a screen reader.
    void forgetWhileHidden();

    Workspace& m_workspace;
    ProfileListModel* m_model;
    QListView* m_list;
    QPushButton* m_continue;
    QPushButton* m_rename;
    QPushButton* m_create;
    QLabel* m_hint;
    QLabel* m_noProfiles;
    QLineEdit* m_nameEdit;
};

} // namespace reflekt
