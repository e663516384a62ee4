#pragma once

#include <QScrollArea>
#include <QVariant>

#include <map>
#include <vector>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace reflekt {

// A list of things to tick (who is present, which steps to cover or credit) as real check boxes
// in a scrolling column, where a checkable QListWidget was: Qt 6.4's AT-SPI bridge never sends
// `checkable`, so Orca said nothing at all for an unticked list item, while a QCheckBox is heard
// as "check box, not checked". Tab reaches each box, Up and Down move between them, Space ticks;
// Left and Right are left to the window (a dialog's presenter-remote keys). Each item keeps its
// own text (an "&" in a name is shown, not taken for a mnemonic) and data by role, as a
// QListWidgetItem does.
class CheckList : public QScrollArea {
    Q_OBJECT
public:
    explicit CheckList(QWidget* parent = nullptr);

    /** Names the list by the label shown beside or above it (unless it has a name), whose mnemonic
     *  then reaches the first box. */
    void setLabel(QLabel* label);

    QCheckBox* addItem(const QString& text, bool checked);
    void removeItem(int index);
    int count() const;
    QCheckBox* box(int index) const;
    QString text(int index) const;
    bool isChecked(int index) const;
    void setChecked(int index, bool checked);
    QVariant data(int index, int role = Qt::UserRole) const;
    void setData(int index, int role, const QVariant& value);
    /** The first item whose text is `text`, ignoring case; -1 if none. */
    int find(const QString& text) const;

Q_SIGNALS:
    /** A box was ticked or unticked, by the user or by setChecked. */
    void itemToggled(int index, bool checked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Item {
        QCheckBox* box;
        QString text;
        std::map<int, QVariant> data;
    };

    int indexOf(const QCheckBox* box) const;
    void updateBuddy();

    QWidget* m_column;
    QVBoxLayout* m_layout;
    QLabel* m_label = nullptr;
    std::vector<Item> m_items;
};

} // namespace reflekt
