#include "ui/notes/NoteHistoryDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace reflekt {

NoteHistoryDialog::NoteHistoryDialog(const QString& question, std::vector<NoteRevision> revisions,
                                     QWidget* parent)
    : QDialog(parent), m_revisions(std::move(revisions)), m_list(new QListWidget(this)),
      m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteHistoryDialog"));
    setWindowTitle(tr("Earlier versions of your note"));
    resize(720, 480);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Saved versions, newest first"));
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Text of the selected version"));
    for (const auto& r : m_revisions) {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.savedMs), QLocale::ShortFormat);
        const QString first = QString::fromStdString(r.text).section(QLatin1Char('\n'), 0, 0).left(60);
        m_list->addItem(r.text.empty() ? tr("%1 — (empty)").arg(when) : tr("%1 — %2").arg(when, first));
    }
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, restore](int row) {
        restore->setEnabled(row >= 0);
        m_preview->setPlainText(
            row >= 0 ? QString::fromStdString(m_revisions[static_cast<std::size_t>(row)].text) : QString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            m_chosen = m_revisions[static_cast<std::size_t>(row)].id;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_revisions.empty())
        m_list->setCurrentRow(0);
}

QString NoteHistoryDialog::chosenText() const
{
    for (const auto& r : m_revisions)
        if (r.id == m_chosen)
            return QString::fromStdString(r.text);
    return {};
}

} // namespace reflekt
