// File > Export notes…: the dialog exports the current profile's notes only.
#include "ExportFixture.h"

#include "platform/AppPaths.h"
#include "platform/Workspace.h"
#include "UiTestFixture.h"
#include "ui/notes/ExportDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace reflekt;
using namespace reflekt::test;

namespace {

int indexOfData(const QComboBox* box, int value)
{
    return box->findData(value);
}

} // namespace

TEST_CASE("The export dialog writes the current profile's module notes as Markdown", "[dialog]")
{
    ExportFixture f;
    // Bertil led a session Åsa did not attend: it must not be offered to her.
    REQUIRE(f.store->sessions().start(f.bundle.id, f.bundle.version, "intro", "Bertil", {f.bertil}, {}).ok());
    f.closeStore();
    AppPaths::configure(f.dataDir(), QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal"));
    Workspace workspace;
    REQUIRE(workspace.openStore());
    workspace.rescanLibrary();
    const auto asa = workspace.store()->participants().find(f.asa);
    REQUIRE((asa.ok() && asa.value->has_value()));
    workspace.setParticipant(*asa.value);

    ExportDialog dialog(workspace, QStringLiteral("org.example.minimal"), QStringLiteral("intro"), nullptr);
    auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("exportScope"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
    auto* pageSize = dialog.findChild<QComboBox*>(QStringLiteral("exportPageSize"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("exportFile"));
    auto* open = dialog.findChild<QCheckBox*>(QStringLiteral("exportOpenResult"));
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    REQUIRE((scope && format && pageSize && path && open && exportButton));

    CHECK(scope->currentData().toInt() == static_cast<int>(ExportScope::Module));
    CHECK(indexOfData(scope, static_cast<int>(ExportScope::Session)) < 0);
    CHECK(path->text().endsWith(QStringLiteral(".pdf")));
    CHECK(path->text().contains(QStringLiteral("Introduktion")));
    CHECK(pageSize->isEnabled());
    // An ODT has pages too (A4 or Letter, with page numbers); only Markdown has no paper size.
    format->setCurrentIndex(indexOfData(format, static_cast<int>(ExportFormat::Odt)));
    CHECK(path->text().endsWith(QStringLiteral(".odt")));
    CHECK(pageSize->isEnabled());

    format->setCurrentIndex(indexOfData(format, static_cast<int>(ExportFormat::Markdown)));
    CHECK(path->text().endsWith(QStringLiteral(".md")));
    CHECK(!pageSize->isEnabled());

    const QString target = f.file(QStringLiteral("dialog.md"));
    path->clear();
    QTest::keyClicks(path, target);
    open->setChecked(false);
    // A finished export says where the file is and offers to open it or its folder.
    QString doneText;
    bool offersFolder = false;
    onNextModal(
        [&](QWidget* done) {
            if (auto* box = qobject_cast<QMessageBox*>(done)) {
                doneText = box->text();
                offersFolder = box->findChild<QPushButton*>(QStringLiteral("exportDoneOpenFolder")) != nullptr &&
                               box->findChild<QPushButton*>(QStringLiteral("exportDoneOpenFile")) != nullptr;
                box->button(QMessageBox::Close)->click();
            }
        },
        QStringLiteral("exportDoneMessage"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(doneText.contains(QDir::toNativeSeparators(target)));
    CHECK(offersFolder);
    CHECK(dialog.exportedFile() == target);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QString::fromUtf8(ExportFixture::kAnswerQ1)));
    CHECK(!text.contains(QString::fromUtf8(ExportFixture::kSecret)));
}
