#include "ui/library/ProfilePage.h"

#include "platform/Settings.h"
#include "platform/Workspace.h"
#include "ui/library/ProfileListModel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace reflekt {

ProfilePage::ProfilePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ProfileListModel(this)),
      m_list(new QListView(this)), m_continue(new QPushButton(tr("&Continue"), this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePage"));
    auto* title = new QLabel(tr("Who is studying today?"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    title->setFont(f);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Each person on this computer has a profile. Your progress and reflections are kept in "
           "your profile and are never shown to others."));

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(tr("Choose your profile and press Enter to continue"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(360);

    auto* create = new QPushButton(tr("&New profile…"), this);
    create->setObjectName(QStringLiteral("newProfileButton"));
    create->setAccessibleName(tr("New profile"));
    m_rename->setObjectName(QStringLiteral("renameProfileButton"));
    m_rename->setAccessibleName(tr("Rename profile"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue with the selected profile"));
    m_continue->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_rename);
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_hint);
    column->addWidget(m_list, 1);
    column->addLayout(buttons);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &ProfilePage::createClicked);
    connect(m_rename, &QPushButton::clicked, this, &ProfilePage::renameClicked);
    connect(m_continue, &QPushButton::clicked, this, &ProfilePage::continueClicked);
    connect(m_list, &QListView::activated, this, &ProfilePage::continueClicked);
    setTabOrder(m_list, create);
    setTabOrder(create, m_rename);
    setTabOrder(m_rename, m_continue);
}

void ProfilePage::reload(const QString& preferred)
{
    if (!m_workspace.store())
        return;
    auto result = m_workspace.store()->participants().list();
    if (!m_workspace.check(result.error))
        return;
    m_model->setParticipants(*result.value);
    int row = m_model->rowOf(preferred);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfilePage::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
    m_list->setFocus();
}

void ProfilePage::updateButtons()
{
    const bool has = m_list->currentIndex().isValid();
    m_continue->setEnabled(has);
    m_rename->setEnabled(has);
}

bool ProfilePage::createProfile(const QString& name)
{
    auto result = m_workspace.store()->participants().create(name.trimmed().toStdString());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("New profile"), QString::fromStdString(result.error));
        return false;
    }
    reload(name.trimmed());
    return true;
}

bool ProfilePage::chooseProfile(const QString& name)
{
    reload(name);
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    continueClicked();
    return true;
}

void ProfilePage::createClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New profile"), tr("Your name (as others here know you):"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        createProfile(name);
}

void ProfilePage::renameClicked()
{
    const Participant* p = m_model->participantAt(m_list->currentIndex().row());
    if (!p)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"), QLineEdit::Normal,
                                               QString::fromStdString(p->displayName), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto status = m_workspace.store()->participants().rename(p->id, name.trimmed().toStdString());
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Rename profile"), QString::fromStdString(status.error));
        return;
    }
    reload(name.trimmed());
}

void ProfilePage::continueClicked()
{
    const Participant* p = m_model->participantAt(m_list->currentIndex().row());
    if (!p)
        return;
    Settings settings;
    settings.setLastProfile(QString::fromStdString(p->displayName));
    m_workspace.setParticipant(*p);
    Q_EMIT profileChosen();
}

} // namespace reflekt
