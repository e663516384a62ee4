#include "app/CliXapi.h"

#include "app/CliArgs.h"

#include "core/DurableFile.h"
#include "platform/AppPaths.h"
#include "platform/DataFolderLock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>

#include <iostream>
#include <memory>
#include <optional>

namespace reflekt {

namespace {

int fail(const std::string& message)
{
    std::cerr << "reflekt: " << message << "\n";
    return 1;
}

} // namespace

const char* CliXapi::usageLine()
{
    return "reflekt xapi export --profile NAME -o FILE.json [--data-dir DIR]";
}

int CliXapi::usage(const std::string& message)
{
    std::cerr << "reflekt: " << message << "\nusage: " << usageLine() << "\n";
    return 2;
}

int CliXapi::run(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    if (args.empty() || args.front() != "export")
        return usage("xapi: the only subcommand is export");
    args.erase(args.begin());
    const auto profile = CliArgs::takeOption(args, "--profile");
    auto out = CliArgs::takeOption(args, "-o");
    if (!out)
        out = CliArgs::takeOption(args, "--output");
    const auto dataDir = CliArgs::takeOption(args, "--data-dir");
    if (!args.empty())
        return usage("xapi export: unexpected argument " + args.front());
    if (!profile || profile->empty())
        return usage("xapi export needs --profile NAME");
    if (!out || out->empty())
        return usage("xapi export needs -o FILE.json");

    std::unique_ptr<QCoreApplication> app;
    static int argc = 1;
    static char name[] = "reflekt";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        app = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("reflekt"));
        QCoreApplication::setOrganizationName(QStringLiteral("reflekt"));
    }
    AppPaths::configure(QString::fromStdString(dataDir.value_or("")), {});
    DataFolderLock dataLock; // never beside a running player or another command on this data
    if (const QString busy = dataLock.acquire(AppPaths::dataDir(), DataFolderLock::kWaitMs); !busy.isEmpty())
        return fail(busy.toStdString());

    StoreOptions options;
    options.dailyBackups = false; // exporting only reads
    OpenResult opened = Store::open(AppPaths::dataDir().toStdString(), options);
    if (!opened.ok())
        return fail(opened.error);
    Store& store = *opened.store;
    auto found = store.participants().findByName(*profile);
    if (!found.ok())
        return fail(found.error);
    if (!*found.value)
        return fail("no profile named " + *profile);
    auto statements = store.outbox().statementsOf((*found.value)->id);
    if (!statements.ok())
        return fail(statements.error);

    // The stored JSON texts joined into an array: exactly what the sender sends.
    QByteArray body = "[";
    for (std::size_t i = 0; i < statements.value->size(); ++i) {
        body += i == 0 ? "\n" : ",\n";
        body += QByteArray::fromStdString((*statements.value)[i].json);
    }
    body += "\n]\n";
    const QString path = QDir::current().absoluteFilePath(QString::fromStdString(*out));
    const WriteResult written = writeFileDurably(
        path.toStdString(), std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!written.ok())
        return fail(written.error);
    std::cout << "wrote " << statements.value->size() << " statements of " << *profile << " to "
              << path.toStdString() << "\n";
    return 0;
}

} // namespace reflekt
