#include "domain/error.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace akkoord;

namespace {

QByteArray hash(const QString &text) { return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16); }

// For every key: the last acknowledged value, and the values begun after it
// (each an edit in flight when a process was killed: it may or may not be
// in, and a later round may have begun another before any was acknowledged).
struct Expectation
{
    QByteArray acknowledged;
    QByteArrayList inFlight;
};

QHash<QByteArray, Expectation> readLog(const QString &path, int &acknowledged)
{
    QHash<QByteArray, Expectation> out;
    for (const QByteArray &line : test::readAll(path).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            continue; // a line cut off by the kill
        Expectation &e = out[parts[1]];
        if (parts[0] == "B") {
            e.inFlight.append(parts[2]);
        } else if (parts[0] == "A") {
            e.acknowledged = parts[2];
            e.inFlight.clear();
            ++acknowledged;
        }
    }
    return out;
}

QByteArray valueOf(const TrajectoryData &d, const QByteArray &key)
{
    const QString k = QString::fromUtf8(key);
    if (k.startsWith(QLatin1String("answer:"))) {
        const Answer *a = d.answer(k.mid(7));
        return a ? hash(a->text) : QByteArray();
    }
    if (k.startsWith(QLatin1String("agreement:"))) {
        for (const Agreement &a : d.agreements)
            if (a.id == k.mid(10).toLongLong())
                return hash(a.what);
        return {};
    }
    for (const Rating &r : d.ratings)
        if (r.questionId == QLatin1String("verkennen.urgentie") && r.partnerId == k.mid(7).toLongLong())
            return hash(QString::number(r.score) + QLatin1Char('|') + r.reason);
    return {};
}

// Waits until the driver has logged its first edit of this run (the log has
// grown past `sizeBefore`), or has ended.
void waitForFirstEdit(const QString &log, qint64 sizeBefore, const QProcess &driver)
{
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(log).size() <= sizeBefore && driver.state() == QProcess::Running && waited.elapsed() < 60000)
        QThread::msleep(5);
}

} // namespace

TEST_CASE("every acknowledged edit survives SIGKILL at random moments", "[system][crash]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.akkoord"));
    const QString log = dir.path(QStringLiteral("edits.log"));
    REQUIRE(test::runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), path}).exitCode == 0);
    const TrajectoryData original = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load();
    QRandomGenerator rng(20261122); // seeded: the same kills every run
    // Under AddressSanitizer (the asan preset sets AKKOORD_SANITIZED) the
    // driver needs most of a second to start, so kills timed from its start
    // would all land before its first edit and prove nothing. There the kill
    // is timed from the first edit instead, and there are fewer of them.
    const bool sanitized = qEnvironmentVariableIsSet("AKKOORD_SANITIZED");
    const int kills = sanitized ? 20 : 100; // issue 13: at least 100 kills by default
    int killed = 0, checkedKeys = 0, acknowledged = 0;
    for (int round = 0; round < kills; ++round) {
        const qint64 logSize = QFileInfo(log).size();
        QProcess driver;
        driver.start(QStringLiteral(AKKOORD_CRASHDRIVER), {path, QString::number(rng.generate()), log});
        REQUIRE(driver.waitForStarted());
        if (sanitized)
            waitForFirstEdit(log, logSize, driver);
        QThread::msleep(rng.bounded(150, 450));
        if (driver.state() == QProcess::Running) {
            ::kill(pid_t(driver.processId()), SIGKILL);
            ++killed;
        }
        driver.waitForFinished();
        INFO("round " << round << " exit " << driver.exitCode() << " status " << int(driver.exitStatus()) << " driver said: " << driver.readAllStandardError().toStdString());
        REQUIRE((driver.exitStatus() == QProcess::CrashExit || driver.exitCode() == 0));

        // The file opens (taking over the dead process's lock), is sound,
        // and holds every acknowledged edit exactly.
        {
            SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
            REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        }
        // Opening takes over the dead driver's lock. Should its process id
        // already belong to another process (a busy machine reuses ids), the
        // lock looks alive for a moment: try again rather than fail on that.
        TrajectoryData d;
        for (int attempt = 0;; ++attempt) {
            try {
                d = TrajectoryFile::open(path)->load();
                break;
            } catch (const UserError &e) {
                INFO(e.message().toStdString());
                REQUIRE(attempt < 10);
                QThread::msleep(200);
            }
        }
        acknowledged = 0;
        const auto expected = readLog(log, acknowledged);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it->acknowledged.isEmpty() && it->inFlight.isEmpty())
                continue;
            const QByteArray found = valueOf(d, it.key());
            // Never acknowledged: the demo's own value may still be there.
            const QByteArray settled = it->acknowledged.isEmpty() ? valueOf(original, it.key()) : it->acknowledged;
            INFO("key " << it.key().toStdString() << " found " << found.toStdString() << " acked " << it->acknowledged.toStdString() << " in flight "
                        << it->inFlight.join(',').toStdString() << " original " << valueOf(original, it.key()).toStdString());
            CHECK((found == settled || it->inFlight.contains(found)));
            ++checkedKeys;
        }
    }
    CHECK(killed >= kills * 5 / 6);
    CHECK(acknowledged > 0); // the kills fell among edits, not all before the first
    WARN("crash test: " << killed << " kills, " << acknowledged << " edits acknowledged, " << checkedKeys << " key checks, all found");
}
