#pragma once

#include <QWidget>

namespace reflekt {

class EditorDocument;

// The package's own fields: title, description, audience, publisher, licence, version, cover,
// accent colour, id, and its languages (the default and the others).
class PackageForm : public QWidget {
    Q_OBJECT
public:
    PackageForm(EditorDocument* doc, QWidget* parent = nullptr);

private:
    void chooseCover();
    void addLanguage(const QString& code);
    void removeLanguage(const QString& code);

    EditorDocument* m_doc;
};

} // namespace reflekt
