// The reporting settings dialog, offscreen: a bad endpoint is refused with a plain message, the
// secret goes to the keychain or an owner-only file (and the dialog says which, never the
// database), and "Send now" with no LRS listening shows the error and loses nothing.

#include "reporting/XapiSender.h"
#include "store/Store.h"
#include "ui/settings/XapiSettingsDialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace reflekt;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

QPushButton* saveButton(QWidget& dialog)
{
    for (auto* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Save")))
            return b;
    FAIL("no Save button");
    return nullptr;
}

// A data folder with a store, no session bus (so no keychain: the owner-only file must serve), and
// Anna, whose first note has queued a statement.
struct DialogFixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::int64_t anna = 0;

    explicit DialogFixture(const std::string& annasName = "Anna")
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/reflekt-test-bus");
        auto opened = Store::open(dir.path().toStdString());
        REQUIRE(opened.ok());
        store = std::move(opened.store);
        anna = store->participants().create(annasName).value->id;
        REQUIRE(store->notes().save(anna, "b", "1.0", "q1", "svar").ok());
    }
};

} // namespace

TEST_CASE("the reporting dialog keeps the secret out of the database and shows errors plainly", "[xapi][ui]")
{
    DialogFixture fixture;
    Store& store = *fixture.store;
    const QTemporaryDir& dir = fixture.dir;

    XapiSender sender(store);
    sender.setInterval(0);
    XapiSettingsDialog dialog(store, sender, dir.path());
    dialog.show();
    CHECK(child<QLabel>(dialog, "xapiWaiting")->text().contains(QStringLiteral("1 statement")));
    CHECK(child<QLabel>(dialog, "xapiLastSync")->text().contains(QStringLiteral("Nothing has been sent")));

    child<QLineEdit>(dialog, "xapiEndpoint")->setText(QStringLiteral("ftp://lrs.example.org/"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "xapiError")->text().contains(QStringLiteral("https://")));
    CHECK(store.outbox().config().value->endpoint.empty());

    child<QLineEdit>(dialog, "xapiEndpoint")->setText(QStringLiteral("http://127.0.0.1:9/xAPI/"));
    child<QLineEdit>(dialog, "xapiKey")->setText(QStringLiteral("nyckel"));
    child<QLineEdit>(dialog, "xapiSecret")->setText(QStringLiteral("hemlig-secret-123"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(store.outbox().config().value->endpoint == "http://127.0.0.1:9/xAPI/");
    const QString where = child<QLabel>(dialog, "xapiWhere")->text();
    INFO(where.toStdString());
    const QString file = dir.path() + QStringLiteral("/xapi-credentials");
    if (where.contains(QStringLiteral("file only you can read"))) {
        REQUIRE(QFile::exists(file));
        const auto perms = QFile::permissions(file);
        CHECK(perms.testFlag(QFile::ReadOwner));
        CHECK((perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther)) == QFileDevice::Permissions());
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().contains("hemlig-secret-123"));
    } else {
        CHECK(where.contains(QStringLiteral("keychain")));
        CHECK_FALSE(QFile::exists(file));
    }
    for (const char* suffix : {"", "-wal"}) {
        QFile db(dir.path() + QStringLiteral("/reflekt.db") + QString::fromLatin1(suffix));
        if (db.open(QIODevice::ReadOnly))
            CHECK_FALSE(db.readAll().contains("hemlig-secret-123"));
    }

    // Nothing listens on port 9: the error is shown, the statement still waits.
    QTest::mouseClick(child<QPushButton>(dialog, "xapiSendNow"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "xapiError")->text().contains(QStringLiteral("Could not reach")), 15000);
    CHECK(store.outbox().counts().value->pending == 1);
    CHECK(child<QLabel>(dialog, "xapiWaiting")->text().contains(QStringLiteral("1 statement")));
}

TEST_CASE("the reporting dialog shows the profile's pseudonym and takes the organisation's account name",
          "[xapi][ui]")
{
    DialogFixture fixture("Anna Berg"); // her first statement made her pseudonym
    Store& store = *fixture.store;
    const QTemporaryDir& dir = fixture.dir;
    const auto anna = fixture.anna;
    const auto bo = store.participants().create("Bo").value->id;
    const std::string pseudonym = store.participants().find(anna).value->value().accountName.value_or("");
    REQUIRE_FALSE(pseudonym.empty());

    XapiSender sender(store);
    sender.setInterval(0);
    {
        XapiSettingsDialog dialog(store, sender, dir.path(), anna);
        dialog.show();
        auto* account = child<QLineEdit>(dialog, "xapiAccountName");
        CHECK(account->text().toStdString() == pseudonym);
        account->setText(QStringLiteral("  kommun-4711  "));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    }
    CHECK(store.participants().find(anna).value->value().accountName == "kommun-4711");
    CHECK_FALSE(store.participants().find(bo).value->value().accountName.has_value()); // only Anna's changed

    // Without an open profile there is no account field at all.
    XapiSettingsDialog general(store, sender, dir.path());
    CHECK(general.findChild<QLineEdit*>(QStringLiteral("xapiAccountName")) == nullptr);
}
