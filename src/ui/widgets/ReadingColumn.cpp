#include "ui/widgets/ReadingColumn.h"

#include "ui/widgets/Design.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace reflekt {

ReadingColumn::ReadingColumn(QWidget* parent) : QWidget(parent), m_column(new QWidget(this))
{
    m_column->setObjectName(QStringLiteral("readingColumn"));
    m_layout = new QVBoxLayout(m_column);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    // The column takes all the width it may have; what is left over is shared by the two sides.
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(Design::space(5), Design::space(6), Design::space(5), Design::space(7));
    row->setSpacing(0);
    row->addStretch(1);
    row->addWidget(m_column, 1000);
    row->addStretch(1);
    setReadingFont(Design::font(Design::Type::Body));
}

void ReadingColumn::setReadingFont(const QFont& font)
{
    m_column->setMaximumWidth(Design::readingWidth(font));
}

int ReadingColumn::maximumColumnWidth() const
{
    return m_column->maximumWidth();
}

} // namespace reflekt
