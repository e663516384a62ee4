#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace reflekt {

// File > New package…: a title, the language it is written in, and the folder it will live in
// (suggested from the title; it must be empty or new, so nothing is written over).
class NewPackageDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewPackageDialog(QWidget* parent = nullptr);

    QString title() const;
    QString language() const;
    QString folder() const;

    void accept() override;

private:
    QLineEdit* m_title;
    QComboBox* m_language;
    QLineEdit* m_folder;
    bool m_folderEdited = false;
};

} // namespace reflekt
