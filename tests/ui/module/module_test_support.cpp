#include "module_test_support.h"

#include "UiTestFixture.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace reflekt {

void editManifest(UiTestFixture& f, const QString& from, const QString& to)
{
    QFile file(f.modulesDir() + QStringLiteral("/minimal/bundle.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    INFO("bundle.json has " << from.toStdString());
    REQUIRE(text.contains(from));
    text.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text.toUtf8()) > 0);
}

} // namespace reflekt
