#include "ui/library/ProfilePage.h"

#include "platform/Settings.h"
#include "platform/Workspace.h"
#include "ui/library/ProfileListModel.h"
#include "ui/widgets/Design.h"

#include <QEvent>
#include <QHideEvent>
#include <QShowEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

ProfilePage::ProfilePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ProfileListModel(this)),
      m_list(new QListView(this)), m_continue(new QPushButton(tr("&Continue"), this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_create(new QPushButton(tr("&New profile…"), this)),
      m_hint(new QLabel(this)), m_noProfiles(new QLabel(this)), m_nameEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("profilePage"));
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("profileCard"));
    auto* title = new QLabel(tr("Who is studying today?"), card);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    Design::setType(title, Design::Type::Heading1);
    m_hint->setObjectName(QStringLiteral("profileHint"));
    m_hint->setWordWrap(true);
    Design::setType(m_hint, Design::Type::Body);
    m_hint->setText(
        tr("Each person on this computer has a profile. Your progress and reflections are kept in "
           "your profile and are never shown to others."));
    m_noProfiles->setObjectName(QStringLiteral("noProfilesText"));
    m_noProfiles->setWordWrap(true);
    Design::setType(m_noProfiles, Design::Type::Lead);
    m_noProfiles->setText(tr("No profiles here yet. Your name (as others here know you):"));
    m_noProfiles->setBuddy(m_nameEdit);
    m_nameEdit->setObjectName(QStringLiteral("newProfileName"));
    m_nameEdit->setAccessibleDescription(tr("Your name")); // named by the label above it
    Design::setType(m_nameEdit, Design::Type::Lead);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ProfilePage::createClicked);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(tr("Choose your profile and press Enter to continue"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->viewport()->setBackgroundRole(QPalette::Base);

    m_create->setObjectName(QStringLiteral("newProfileButton"));
    m_create->setAccessibleName(tr("New profile"));
    m_rename->setObjectName(QStringLiteral("renameProfileButton"));
    m_rename->setAccessibleName(tr("Rename profile"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleDescription(tr("Continue with the selected profile")); // named "Continue"
    m_continue->setDefault(true);
    m_continue->setStyleSheet(Design::primaryButtonStyle(Design::defaultAccent()));
    for (QPushButton* b : {m_create, m_rename, m_continue})
        Design::setType(b, Design::Type::Body);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(Design::space(2));
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(Design::space(6), Design::space(6), Design::space(6), Design::space(5));
    column->setSpacing(Design::space(3));
    column->addWidget(title);
    column->addWidget(m_hint);
    column->addSpacing(Design::space(2));
    column->addWidget(m_list);
    column->addWidget(m_noProfiles);
    column->addWidget(m_nameEdit);
    column->addSpacing(Design::space(2));
    column->addLayout(buttons);
    // A card about 0.8 reading columns wide, centred, a little above the middle.
    card->setMaximumWidth(Design::readingWidth(Design::font(Design::Type::Body)) * 4 / 5 + 2 * Design::space(6));
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* middle = new QHBoxLayout;
    middle->addStretch(1);
    middle->addWidget(card, 3);
    middle->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(middle);
    outer->addStretch(3);
    setStyleSheet(Design::cardStyle(QStringLiteral("QFrame#profileCard"), palette()));

    connect(m_create, &QPushButton::clicked, this, &ProfilePage::createClicked);
    connect(m_rename, &QPushButton::clicked, this, &ProfilePage::renameClicked);
    connect(m_continue, &QPushButton::clicked, this, &ProfilePage::continueClicked);
    connect(m_list, &QListView::activated, this, &ProfilePage::continueClicked);
    setTabOrder(m_list, m_nameEdit);
    setTabOrder(m_nameEdit, m_continue);
    setTabOrder(m_continue, m_create);
    setTabOrder(m_create, m_rename);
}

void ProfilePage::hideEvent(QHideEvent* event)
{
    // Another page took the window: empty the list, or a screen reader walking the window finds
    // the hidden page's current profile still `focused` and `showing` (Qt's item states follow the
    // view's current index and geometry, not whether it is shown). Every way back here reloads it;
    // a minimised window (a spontaneous hide) keeps it.
    if (!event->spontaneous())
        forgetWhileHidden();
    QWidget::hideEvent(event);
}

void ProfilePage::showEvent(QShowEvent* event)
{
    // Shown again without a reload (the whole window was hidden and comes back): fill it again.
    if (m_model->rowCount() == 0)
        reload(Settings().lastProfile());
    QWidget::showEvent(event);
}

void ProfilePage::forgetWhileHidden()
{
    if (!isVisible())
        m_model->setParticipants({});
}

void ProfilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        setStyleSheet(Design::cardStyle(QStringLiteral("QFrame#profileCard"), palette()));
    QWidget::changeEvent(event);
}

void ProfilePage::reload(const QString& preferred)
{
    if (!m_workspace.store())
        return;
    auto result = m_workspace.store()->participants().list();
    if (!m_workspace.check(result.error))
        return;
    m_model->setParticipants(*result.value, Settings().lastProfile());
    int row = m_model->rowOf(preferred);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfilePage::updateButtons,
            Qt::UniqueConnection);
    fitList();
    updateButtons();
    if (m_model->rowCount() > 0)
        m_list->setFocus();
    else
        m_nameEdit->setFocus();
}

void ProfilePage::fitList()
{
    // As tall as its profiles, up to five; more scroll. Never a screen-high empty box.
    const int rows = m_model->rowCount();
    const int rowHeight = rows > 0 ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(std::min(rows, 5) * rowHeight + 2 * m_list->frameWidth());
    m_list->setVisible(rows > 0);
    // With nobody to continue as, creating a profile is the one thing to do: type a name, Enter.
    const bool none = rows == 0;
    m_noProfiles->setVisible(none);
    m_nameEdit->setVisible(none);
    m_create->setText(none ? tr("&Create profile") : tr("&New profile…"));
    m_create->setAccessibleName(none ? tr("Create profile") : tr("New profile"));
    m_create->setStyleSheet(none ? Design::primaryButtonStyle(Design::defaultAccent()) : QString());
    m_create->setDefault(none);
    m_continue->setDefault(!none);
    m_continue->setVisible(!none);
    m_rename->setVisible(!none);
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
    forgetWhileHidden(); // chosen from elsewhere (the menu, the command line): this page stays hidden
    return true;
}

void ProfilePage::createClicked()
{
    if (m_nameEdit->isVisible()) {
        const QString typed = m_nameEdit->text().trimmed();
        if (typed.isEmpty()) {
            m_nameEdit->setFocus();
            return;
        }
        if (createProfile(typed)) {
            m_nameEdit->clear();
            chooseProfile(typed);
        }
        return;
    }
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
