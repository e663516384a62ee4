#pragma once

#include <QDialog>

#include <cstdint>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reflekt {

class Store;
class XapiSender;

// Reporting to a Learning Record Store: endpoint, key and secret (and where the secret is kept),
// the actor's home page, whether reflection answers may include the note's text, and the state of
// the outbox: "Send now", the last sync, how many statements wait, and errors in plain words.
class XapiSettingsDialog : public QDialog {
    Q_OBJECT
public:
    /**
     * `participantId`, when not 0, is the open profile: the dialog then also shows and edits the
     * account name its statements carry (a pseudonym until the organisation gives one).
     */
    XapiSettingsDialog(Store& store, XapiSender& sender, const QString& dataDir,
                       std::int64_t participantId = 0, QWidget* parent = nullptr);

    /** Gives the sender the saved endpoint and credentials (at start and after saving). */
    static void configureSender(Store& store, XapiSender& sender, const QString& dataDir);

private:
    bool save();
    void refreshStatus();
    void showError(const QString& message);

    Store& m_store;
    XapiSender& m_sender;
    QString m_dataDir;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_homePage = nullptr;
    QLineEdit* m_account = nullptr;
    std::int64_t m_participantId = 0;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_includeText = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_sendNow = nullptr;
};

} // namespace reflekt
