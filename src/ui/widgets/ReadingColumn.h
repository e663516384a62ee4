#pragma once

#include <QWidget>

class QFont;
class QVBoxLayout;

namespace reflekt {

// A centred column as wide as a comfortable line of text (Design::readingWidth, 60–80 characters
// of the reading font), for pages made of widgets rather than one text document: questions and
// answers. A wider window adds room on both sides; a narrower one makes the column narrower.
class ReadingColumn : public QWidget {
    Q_OBJECT
public:
    explicit ReadingColumn(QWidget* parent = nullptr);

    /** What goes in the column, top to bottom. */
    QVBoxLayout* columnLayout() const { return m_layout; }
    QWidget* column() const { return m_column; }
    /** Makes the column one reading line of `font` wide (call again when the text scale changes). */
    void setReadingFont(const QFont& font);
    /** The widest the column gets, in pixels. */
    int maximumColumnWidth() const;

private:
    QWidget* m_column;
    QVBoxLayout* m_layout;
};

} // namespace reflekt
