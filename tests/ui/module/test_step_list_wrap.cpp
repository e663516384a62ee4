// The step list draws a title in the lines it measured: words stay whole unless one is wider than
// the line, so a long Norwegian title neither breaks mid-word nor leaves a blank line under it.
#include "ui/module/StepItemDelegate.h"
#include "ui/module/StepListModel.h"

#include <catch2/catch.hpp>

#include <QFontMetrics>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>

using namespace reflekt;

namespace {

// Bands of rows with text-dark pixels inside `area`: the drawn lines of text.
int drawnLines(const QImage& image, const QRect& area)
{
    int lines = 0;
    bool inLine = false;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        bool ink = false;
        for (int x = area.left(); x <= area.right() && !ink; ++x)
            ink = qGray(image.pixel(x, y)) < 110;
        if (ink && !inLine)
            ++lines;
        inLine = ink;
    }
    return lines;
}

} // namespace

TEST_CASE("step list: a long title wraps between words, in as many lines as its row was measured for",
          "[ui][module][design]")
{
    QListView view;
    StepItemDelegate delegate(&view, QColor(0x1f, 0x4e, 0x79));
    QStandardItemModel model;
    const QString title = QStringLiteral("1. Film: Programrådgiveren som koordinator");
    auto* item = new QStandardItem(title);
    item->setData(QStringLiteral("Film · 5 min"), StepListModel::DetailRole);
    item->setData(0, StepListModel::StateRole);
    item->setData(false, StepListModel::UnavailableRole);
    model.appendRow(item);

    QFont font = view.font();
    font.setPointSizeF(11);
    const QFontMetrics metrics(font);
    // A row just too narrow for "1. Film: Programrådgiveren" on one line, wide enough for the word.
    const StepItemDelegate::Layout probe = StepItemDelegate::layout(QRect(0, 0, 1000, 200), font, title, {});
    const int inset = 1000 - probe.title.width();
    const int width = inset + metrics.horizontalAdvance(QStringLiteral("1. Film: Programrådgiveren")) - 4;
    REQUIRE(metrics.horizontalAdvance(QStringLiteral("Programrådgiveren")) < width - inset);

    const StepItemDelegate::Layout layout =
        StepItemDelegate::layout(QRect(0, 0, width, 400), font, title, QStringLiteral("Film · 5 min"));
    QImage image(width, layout.height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, layout.height);
    option.font = font;
    option.palette = view.palette();
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Window, Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    // "1. Film:" / "Programrådgiveren som" / "koordinator": three lines, as measured.
    const int measured = layout.title.height() / metrics.lineSpacing();
    CHECK(measured == 3);
    CHECK(drawnLines(image, layout.title) == measured);
}
