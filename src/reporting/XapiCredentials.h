#pragma once

#include <QString>

namespace reflekt {

// The LRS key and secret. Kept in the system keychain when Reflekt was built with qtkeychain-qt6
// and a keychain answers; otherwise in <data folder>/xapi-credentials, a file only the user can
// read (0600). Never in the database, whose backups are copied around.
class XapiCredentials {
public:
    /** What load() found: the pair (empty strings if none was saved), or why it could not be read. */
    struct Loaded {
        bool ok = false;
        QString key;
        QString secret;
        QString error; ///< for the user, when !ok
    };

    explicit XapiCredentials(QString dataDir);

    /** Reads the pair from the keychain or the owner-only file. */
    Loaded load();
    /** Saves the pair; where() then says where it went. */
    bool save(const QString& key, const QString& secret, QString& error);
    /** A sentence for the settings dialog: where the secret is kept. */
    QString where() const { return m_where; }
    /** True when this build can use the system keychain at all. */
    static bool keychainBuiltIn();

private:
    Loaded loadFile() const;
    bool saveFile(const QString& key, const QString& secret, QString& error);
    QString filePath() const;
    QString keychainKey() const;

    QString m_dataDir;
    QString m_where;
};

} // namespace reflekt
