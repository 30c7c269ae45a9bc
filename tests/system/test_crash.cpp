#include "domain/error.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace akkoord;

namespace {

QByteArray hash(const QString &text) { return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16); }

// For every key: the last acknowledged value, and a value begun after it
// (the edit in flight when the process was killed: it may or may not be in).
struct Expectation
{
    QByteArray acknowledged;
    QByteArray inFlight;
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
            e.inFlight = parts[2];
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

} // namespace

TEST_CASE("every acknowledged edit survives SIGKILL at random moments", "[system][crash]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.akkoord"));
    const QString log = dir.path(QStringLiteral("edits.log"));
    REQUIRE(test::runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), path}).exitCode == 0);
    QRandomGenerator rng(20261122); // seeded: the same kills every run
    const int kills = 60;
    int killed = 0, checkedKeys = 0, acknowledged = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess driver;
        driver.start(QStringLiteral(AKKOORD_CRASHDRIVER), {path, QString::number(rng.generate()), log});
        REQUIRE(driver.waitForStarted());
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
            INFO("key " << it.key().toStdString() << " found " << found.toStdString() << " acked " << it->acknowledged.toStdString() << " in flight " << it->inFlight.toStdString());
            CHECK((found == it->acknowledged || (!it->inFlight.isEmpty() && found == it->inFlight)));
            ++checkedKeys;
        }
    }
    CHECK(killed >= 50);
    WARN("crash test: " << killed << " kills, " << acknowledged << " edits acknowledged, " << checkedKeys << " key checks, all found");
}
