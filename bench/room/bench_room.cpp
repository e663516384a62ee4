// The room under a burst (issue 20): 50 phones each send 10 answers, all at the same time, to the
// real facilitator console on the Swedish sample module (offscreen). Prints, for the console:
// the time from a phone sending an answer to its row appearing in the console's list (median, p99,
// max), the console process's CPU during the burst (per cent of one core), and its memory (RSS
// before, peak). The phones run in a second process (this program with --phones), so their own
// work is not counted as the console's. Figures, never pass/fail: docs/performance.md.
//
//   build/bench/bench_room [--phones-count 50] [--answers 10]

#include "platform/AppPaths.h"
#include "platform/Workspace.h"
#include "room/RoomServer.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QListView>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace reflekt;

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    return -1;
}

// The phones: each opens the page (for its key and cookie), then all send their answers at once,
// each the next when the last was answered. An answer carries its phone, number and send time.
int runPhones(const QString& host, quint16 port, const QString& path, int phones, int answers)
{
    struct PhoneState {
        QByteArray cookie, key, question, buffer;
        int sent = 0;
        std::unique_ptr<QTcpSocket> socket;
    };
    std::vector<PhoneState> state(static_cast<std::size_t>(phones));
    auto request = [&](const QByteArray& head, const QByteArray& cookie, const QByteArray& body) {
        QByteArray r = head + " HTTP/1.1\r\nHost: " + host.toUtf8() + "\r\nConnection: close\r\n";
        if (!cookie.isEmpty())
            r += "Cookie: " + cookie + "\r\n";
        if (!body.isEmpty())
            r += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        return r + "\r\n" + body;
    };
    // Qt HTTP Server keeps a connection open after its answer: a response is complete at its length.
    auto complete = [](const QByteArray& raw) {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const qsizetype at = raw.toLower().indexOf("content-length:");
        if (at < 0 || at > end)
            return true;
        const qsizetype eol = raw.indexOf("\r\n", at);
        return raw.size() - end - 4 >= raw.mid(at + 15, eol - at - 15).trimmed().toLongLong();
    };
    auto fetch = [&](const QByteArray& bytes) {
        QTcpSocket s;
        s.connectToHost(host, port);
        s.waitForConnected(5000);
        s.write(bytes);
        QByteArray all;
        while (!complete(all) && s.waitForReadyRead(5000))
            all += s.readAll();
        return all;
    };
    auto field = [](const QByteArray& html, const QByteArray& name) {
        const QByteArray marker = "name=\"" + name + "\" value=\"";
        const qsizetype at = html.indexOf(marker);
        return at < 0 ? QByteArray() : html.mid(at + marker.size(), html.indexOf('"', at + marker.size()) - at - marker.size());
    };
    for (PhoneState& p : state) {
        const QByteArray page = fetch(request("GET " + path.toUtf8(), {}, {}));
        const qsizetype c = page.indexOf("Set-Cookie: ");
        p.cookie = page.mid(c + 12, page.indexOf(';', c) - c - 12);
        p.key = field(page, "phone");
        p.question = field(page, "q");
    }
    int done = 0;
    std::function<void(std::size_t)> send = [&](std::size_t i) {
        PhoneState& p = state[i];
        if (p.sent == answers) {
            if (++done == phones)
                QCoreApplication::quit();
            return;
        }
        const QByteArray text = "telefon+" + QByteArray::number(static_cast<qulonglong>(i)) + "+svar+" +
                                QByteArray::number(p.sent) + "+t" + QByteArray::number(monotonicNs());
        const QByteArray body = "phone=" + p.key + "&q=" + p.question + "&text=" + text;
        p.buffer.clear();
        p.socket = std::make_unique<QTcpSocket>();
        QTcpSocket* s = p.socket.get();
        const QByteArray bytes = request("POST " + path.toUtf8() + "answer", p.cookie, body);
        QObject::connect(s, &QTcpSocket::connected, s, [s, bytes] { s->write(bytes); });
        auto finished = [&, i, s] {
            state[i].buffer += s->readAll();
            if (!complete(state[i].buffer) && s->state() != QAbstractSocket::UnconnectedState)
                return;
            QObject::disconnect(s, nullptr, nullptr, nullptr);
            s->deleteLater();
            state[i].socket.release();
            ++state[i].sent;
            send(i);
        };
        QObject::connect(s, &QTcpSocket::readyRead, s, finished);
        QObject::connect(s, &QTcpSocket::disconnected, s, finished);
        s->connectToHost(host, port);
    };
    for (std::size_t i = 0; i < state.size(); ++i)
        send(i);
    QTimer::singleShot(120000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    // The phones' process needs no display; the console runs offscreen.
    bool phonesMode = false;
    for (int i = 1; i < argc; ++i)
        phonesMode = phonesMode || std::string(argv[i]) == "--phones";
    if (phonesMode) {
        QCoreApplication app(argc, argv);
        const QStringList a = app.arguments();
        return runPhones(a.value(2), static_cast<quint16>(a.value(3).toUInt()), a.value(4), a.value(5).toInt(),
                         a.value(6).toInt());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption phonesOption(QStringLiteral("phones-count"), QStringLiteral("Phones."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption answersOption(QStringLiteral("answers"), QStringLiteral("Answers per phone."), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({phonesOption, answersOption});
    parser.process(app);
    const int phones = parser.value(phonesOption).toInt();
    const int answers = parser.value(answersOption).toInt();

    QTemporaryDir data;
    AppPaths::configure(data.path(), QStringLiteral(REFLEKT_MODULES_DIR));
    Workspace workspace;
    if (!workspace.openStore())
        return 1;
    workspace.setContentLanguage(QStringLiteral("sv"));
    workspace.rescanLibrary();
    const Bundle* bundle = workspace.bundle(QStringLiteral("org.example.reflekt.interkulturell-sv"));
    if (!bundle) {
        std::fprintf(stderr, "the Swedish sample package is not in %s\n", REFLEKT_MODULES_DIR);
        return 1;
    }
    const Module& module = bundle->modules.front();
    SessionPlan plan;
    plan.facilitator = QStringLiteral("Bench");
    plan.guestNames = {QStringLiteral("Gäst")};
    for (const Step& s : module.steps)
        plan.stepIds << QString::fromStdString(s.id);
    auto session = std::make_unique<GroupSessionController>(workspace, *bundle, QString::fromStdString(module.id), plan);
    if (!session->start())
        return 1;
    GroupSessionController& s = *session;
    auto* console = new FacilitatorConsole(std::move(session));
    console->show();
    for (int i = 0; i < static_cast<int>(s.items().size()); ++i)
        if (s.items()[static_cast<std::size_t>(i)].kind == SessionItem::Kind::Question) {
            s.goTo(i);
            break;
        }
    RoomController& room = *console->room();
    if (!room.open(true))
        return 1;
    const QUrl page = room.server()->pageUrl(QHostAddress(QHostAddress::LocalHost));

    // "Shown": the row is in the console's list model (the view paints it on its next update).
    std::vector<double> latencyMs;
    QAbstractItemModel* model = console->roomPanel()->answerList()->model();
    double cpuStart = -1;
    long long wallStart = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&](const QModelIndex&, int first, int last) {
        const long long now = monotonicNs();
        if (cpuStart < 0) {
            cpuStart = cpuSeconds();
            wallStart = now;
        }
        for (int row = first; row <= last; ++row) {
            const QString text = model->index(row, 0).data(Qt::ToolTipRole).toString();
            const long long sent = text.section(QLatin1Char('t'), -1).toLongLong();
            latencyMs.push_back(static_cast<double>(now - sent) / 1e6);
        }
    });
    const long rssBefore = statusKb("VmRSS");
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedChannels);
    client.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--phones"), page.host(), QString::number(page.port()), page.path(),
                  QString::number(phones), QString::number(answers)});
    // A loop of its own: QApplication::quit() would first close the console, which asks whether to end.
    QEventLoop burst;
    QObject::connect(&client, &QProcess::finished, &burst, &QEventLoop::quit);
    burst.exec();
    const double cpu = cpuSeconds() - cpuStart;
    const double wall = static_cast<double>(monotonicNs() - wallStart) / 1e9;

    std::sort(latencyMs.begin(), latencyMs.end());
    const auto at = [&](double q) {
        return latencyMs.empty() ? 0.0 : latencyMs[std::min(latencyMs.size() - 1, static_cast<std::size_t>(q * static_cast<double>(latencyMs.size())))];
    };
    std::printf("room-answers-shown %zu of %d\n", latencyMs.size(), phones * answers);
    std::printf("room-send-to-shown-ms median %.1f p99 %.1f max %.1f\n", at(0.5), at(0.99),
                latencyMs.empty() ? 0.0 : latencyMs.back());
    std::printf("room-burst-seconds %.2f\n", wall);
    std::printf("room-console-cpu-percent-of-one-core %.0f\n", wall > 0 ? 100.0 * cpu / wall : 0.0);
    std::printf("room-console-rss-kib before %ld peak %ld\n", rssBefore, statusKb("VmHWM"));
    room.close();
    delete console;
    return latencyMs.size() == static_cast<std::size_t>(phones * answers) ? 0 : 2;
}
