#include "ui/notes/UnsavedTextPrompt.h"

#include "core/DurableFile.h"
#include "platform/AppPaths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace reflekt {

QString UnsavedTextPrompt::saveCopy(const QString& file, const QString& text)
{
    // Written, flushed, fsynced and read back: only a copy that is really on the disk may let the
    // text in the editor go (a full disk once gave a 0-byte "copy" that counted as saved).
    const QByteArray bytes = text.toUtf8();
    const std::filesystem::path path(file.toStdString());
    const WriteResult written =
        writeFileDurably(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!written.ok())
        return tr("%1 cannot be written: %2. Your text is still here: choose another place, such as a USB "
                  "stick.")
            .arg(QDir::toNativeSeparators(file), QString::fromStdString(written.cause));
    if (!readBackEquals(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))))
        return tr("%1 was written but does not read back as your text. Your text is still here: choose "
                  "another place, such as a USB stick.")
            .arg(QDir::toNativeSeparators(file));
    return {};
}

bool UnsavedTextPrompt::mayLeave(QWidget* parent, const QString& text, const QString& reason)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("Your answer is not saved"),
                        tr("Reflekt could not save what you wrote: %1.").arg(reason), QMessageBox::NoButton,
                        parent);
        box.setObjectName(QStringLiteral("unsavedTextPrompt"));
        box.setInformativeText(tr("Save a copy as a text file somewhere else (a USB stick, another "
                                  "drive), or stay here and try again once the problem is solved."));
        box.setDetailedText(text);
        QPushButton* save = box.addButton(tr("Save as &text file…"), QMessageBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveTextCopy"));
        QPushButton* stay = box.addButton(tr("&Stay here"), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("stayWithText"));
        QPushButton* discard = box.addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardText"));
        box.setDefaultButton(stay);
        box.setEscapeButton(stay);
        box.exec();
        if (box.clickedButton() == discard)
            return true;
        if (box.clickedButton() != save)
            return false;

        const QString folder = AppPaths::documentsDir();
        const QString file = QFileDialog::getSaveFileName(
            parent, tr("Save your answer as a text file"),
            QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("reflection.txt")),
            tr("Text files (*.txt)"));
        if (file.isEmpty())
            continue; // cancelled: ask again rather than lose the text
        const QString error = saveCopy(file, text);
        if (error.isEmpty())
            return true;
        QMessageBox::warning(parent, tr("Your answer is not saved"), error);
    }
}

} // namespace reflekt
