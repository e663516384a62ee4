#pragma once

#include <QString>

namespace reflekt {

// The LRS key and secret. Kept in the system keychain when Reflekt was built with qtkeychain-qt6
// and a keychain answers; otherwise in <data folder>/xapi-credentials, a file only the user can
// read (0600). Never in the database, whose backups are copied around.
class XapiCredentials {
public:
    explicit XapiCredentials(QString dataDir);

    /** Reads the pair; false (with `error`) if none could be read. Empty strings if none saved. */
    bool load(QString& key, QString& secret, QString& error);
    /** Saves the pair; where() then says where it went. */
    bool save(const QString& key, const QString& secret, QString& error);
    /** A sentence for the settings dialog: where the secret is kept. */
    QString where() const { return m_where; }
    /** True when this build can use the system keychain at all. */
    static bool keychainBuiltIn();

private:
    bool loadFile(QString& key, QString& secret, QString& error);
    bool saveFile(const QString& key, const QString& secret, QString& error);
    QString filePath() const;
    QString keychainKey() const;

    QString m_dataDir;
    QString m_where;
};

} // namespace reflekt
