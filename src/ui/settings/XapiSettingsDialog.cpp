#include "ui/settings/XapiSettingsDialog.h"

#include "reporting/XapiCredentials.h"
#include "reporting/XapiSender.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reflekt {

void XapiSettingsDialog::configureSender(Store& store, XapiSender& sender, const QString& dataDir)
{
    const auto config = store.outbox().config();
    if (config.ok())
        sender.setEndpoint(QUrl(QString::fromStdString(config.value->endpoint)));
    XapiCredentials credentials(dataDir);
    const XapiCredentials::Loaded loaded = credentials.load();
    if (loaded.ok)
        sender.setCredentials(loaded.key, loaded.secret);
}

XapiSettingsDialog::XapiSettingsDialog(Store& store, XapiSender& sender, const QString& dataDir,
                                       std::int64_t participantId, QWidget* parent)
    : QDialog(parent), m_store(store), m_sender(sender), m_dataDir(dataDir)
{
    setWindowTitle(tr("Progress reporting (xAPI)"));
    setObjectName(QStringLiteral("xapiSettingsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Reflekt can report progress to your organisation's Learning Record Store "
                                "(LRS): modules started and completed, how much of each film was watched, "
                                "which questions were answered and which group sessions you attended. "
                                "It works offline and sends later. The text of your notes is not sent "
                                "unless the option below is on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("xapiEndpoint"));
    m_endpoint->setPlaceholderText(tr("https://lrs.example.org/xapi/"));
    m_homePage = new QLineEdit(this);
    m_homePage->setObjectName(QStringLiteral("xapiHomePage"));
    m_homePage->setPlaceholderText(tr("the endpoint's address"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("xapiKey"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("xapiSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("LRS &endpoint:"), m_endpoint);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("Account &home page:"), m_homePage);
    const auto participant = participantId != 0 ? m_store.participants().find(participantId)
                                                : StoreResult<std::optional<Participant>>{};
    if (participant.ok() && *participant.value) {
        m_participantId = participantId;
        const Participant& p = **participant.value;
        m_account = new QLineEdit(this);
        m_account->setObjectName(QStringLiteral("xapiAccountName"));
        m_account->setText(QString::fromStdString(p.accountName.value_or(std::string())));
        m_account->setPlaceholderText(tr("a random pseudonym"));
        m_account->setToolTip(tr("The name your statements carry instead of your own. Leave it as the "
                                 "pseudonym unless your organisation gave you an account name."));
        form->addRow(tr("&Account name for %1:").arg(QString::fromStdString(p.displayName)), m_account);
    }
    layout->addLayout(form);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("xapiWhere"));
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    m_includeText = new QCheckBox(tr("Include the text of reflection notes (only if your organisation asked "
                                     "for it)"),
                                  this);
    m_includeText->setObjectName(QStringLiteral("xapiIncludeText"));
    layout->addWidget(m_includeText);

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("xapiLastSync"));
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("xapiWaiting"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("xapiError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_sendNow = buttons->addButton(tr("Send &now"), QDialogButtonBox::ActionRole);
    m_sendNow->setObjectName(QStringLiteral("xapiSendNow"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            refreshStatus();
    });
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        m_sendNow->setEnabled(false);
        m_error->setText(tr("Sending…"));
        m_sender.syncNow();
    });
    connect(&m_sender, &XapiSender::progressed, this, &XapiSettingsDialog::refreshStatus);
    connect(&m_sender, &XapiSender::syncFinished, this, [this] {
        m_sendNow->setEnabled(true);
        refreshStatus();
    });

    const auto config = m_store.outbox().config();
    if (config.ok()) {
        m_endpoint->setText(QString::fromStdString(config.value->endpoint));
        m_homePage->setText(QString::fromStdString(config.value->homePage));
        m_includeText->setChecked(config.value->includeNoteText);
    }
    XapiCredentials credentials(m_dataDir);
    const XapiCredentials::Loaded loaded = credentials.load();
    if (loaded.ok) {
        m_key->setText(loaded.key);
        m_secret->setText(loaded.secret);
    }
    m_where->setText(loaded.ok ? credentials.where() : loaded.error);
    refreshStatus();
}

void XapiSettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
}

bool XapiSettingsDialog::save()
{
    const QString endpoint = m_endpoint->text().trimmed();
    const QUrl url(endpoint);
    if (!endpoint.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                                                   url.scheme() != QLatin1String("http")))) {
        showError(tr("The endpoint must be a web address starting with https://"));
        return false;
    }
    if (m_account) {
        const std::string account = m_account->text().trimmed().toStdString();
        const StoreStatus status = m_store.participants().setAccountName(
            m_participantId, account.empty() ? std::nullopt : std::optional<std::string>(account));
        if (!status.ok()) {
            showError(QString::fromStdString(status.error));
            return false;
        }
    }
    for (const auto& status : {m_store.outbox().setEndpoint(endpoint.toStdString()),
                               m_store.outbox().setHomePage(m_homePage->text().trimmed().toStdString()),
                               m_store.outbox().setIncludeNoteText({}, m_includeText->isChecked())})
        if (!status.ok()) {
            showError(QString::fromStdString(status.error));
            return false;
        }
    XapiCredentials credentials(m_dataDir);
    QString error;
    if (!credentials.save(m_key->text(), m_secret->text(), error)) {
        showError(error);
        return false;
    }
    m_where->setText(credentials.where());
    configureSender(m_store, m_sender, m_dataDir);
    return true;
}

void XapiSettingsDialog::refreshStatus()
{
    const auto counts = m_store.outbox().counts();
    const auto last = m_store.outbox().lastSuccessfulSync();
    const auto lastError = m_store.outbox().lastSyncError();
    if (!counts.ok()) {
        showError(QString::fromStdString(counts.error));
        return;
    }
    if (last.ok() && *last.value)
        m_lastSync->setText(
            tr("Last sent: %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(**last.value), QLocale::LongFormat)));
    else
        m_lastSync->setText(tr("Nothing has been sent yet."));
    QString waiting = tr("%n statement(s) waiting to be sent.", nullptr, counts.value->pending);
    if (counts.value->rejected > 0)
        waiting += QLatin1Char(' ') + tr("%n statement(s) were refused by the LRS and are kept aside.",
                                         nullptr, counts.value->rejected);
    m_waiting->setText(waiting);
    if (m_sender.isSyncing())
        return;
    QString problem = lastError.ok() ? QString::fromStdString(*lastError.value) : QString();
    const auto rejected = m_store.outbox().rejected();
    if (problem.isEmpty() && rejected.ok() && !rejected.value->empty())
        problem = tr("The LRS refused a statement: %1")
                      .arg(QString::fromStdString(rejected.value->front().lastError));
    m_error->setText(problem);
}

} // namespace reflekt
