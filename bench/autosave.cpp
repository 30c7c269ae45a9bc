// bench/autosave: the GUI's save path, in process.
//
//   autosave FILE.akkoord WORKDIR [--edits N]
//
// Copies FILE into WORKDIR, opens the copy the way MainWindow does
// (TrajectoryFile::open + TrajectorySession) and times N edits of each
// kind through the session's verbs, from the call until it returns with the
// edit committed (the verbs save synchronously: WAL, synchronous=FULL):
//   answer     setAnswerText with a fresh 2 KB text, rotating over the text questions
//   agreement  updateAgreement changing "what", rotating over the agreements
//   rating     setRating changing score and reason, rotating over the partners
// Also times, on the same file: PRAGMA quick_check on a fresh connection (what
// TrajectoryFile::open runs), TrajectoryFile::open, load(), and
// TrajectoryFile::saveCopyAs; and the raw cost of one 4 KB write + fdatasync
// in WORKDIR, the floor under any durable commit on this disk.
//
// Output: one line per figure, "name median min max p99 n" in milliseconds.

#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "session/session.h"
#include "storage/sqlhelpers.h"
#include "storage/trajectoryfile.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace akkoord;

namespace {

struct Samples
{
    std::vector<double> ms;
    void add(qint64 ns) { ms.push_back(double(ns) / 1e6); }
    double at(double q) const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        // nearest-rank percentile
        const auto idx = std::size_t(std::max(0.0, std::ceil(q * double(s.size())) - 1));
        return s[std::min(idx, s.size() - 1)];
    }
    void print(const char *name) const
    {
        if (ms.empty())
            return;
        std::printf("%s %.3f %.3f %.3f %.3f %zu\n", name, at(0.5), *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                    at(0.99), ms.size());
        std::fflush(stdout);
    }
};

qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A deterministic 2 KB paragraph that differs per edit.
QString text2k(int i)
{
    static const QString words = QStringLiteral(
        "De partners bespreken de warme overdracht van peuteropvang naar school en leggen vast wie welke zorgen deelt, "
        "met toestemming van de ouders en binnen de afspraken over privacy. ");
    QString t = QStringLiteral("Versie %1. ").arg(i);
    while (t.size() < 2048)
        t += words;
    t.truncate(2048);
    return t;
}

Samples fsyncFloor(const QString &dir, int n)
{
    Samples s;
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/fsync-probe.bin"));
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
    if (fd < 0)
        return s;
    char block[4096] = {};
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (::pwrite(fd, block, sizeof block, off_t(i % 64) * off_t(sizeof block)) != ssize_t(sizeof block) || ::fdatasync(fd) != 0)
            break;
        s.add(t.nsecsElapsed());
    }
    ::close(fd);
    ::unlink(path.constData());
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    int edits = 1000;
    const qsizetype e = args.indexOf(QStringLiteral("--edits"));
    if (e >= 0 && e + 1 < args.size()) {
        edits = args[e + 1].toInt();
        args.remove(e, 2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: autosave FILE.akkoord WORKDIR [--edits N]\n");
        return 2;
    }
    const QString source = args[0];
    const QString work = args[1];
    QDir().mkpath(work);
    const QString path = work + QStringLiteral("/autosave-copy.akkoord");
    const QString copyTarget = work + QStringLiteral("/autosave-saved-copy.akkoord");

    try {
        const CatalogLoad load = loadCatalog(builtinCatalogDir());
        if (!load.ok())
            throw UserError(QStringLiteral("the built-in catalogue has errors"));

        // quick_check as TrajectoryFile::open runs it on a large file (every
        // table but the append-only history, see TrajectoryFile::quickCheck),
        // and of the whole file for comparison; a fresh connection each time.
        Samples quick, quickCpu, quickFull;
        for (int i = 0; i < 7; ++i) {
            SQLite::Database db(QFile::encodeName(source).toStdString(), SQLite::OPEN_READONLY);
            QElapsedTimer t;
            t.start();
            const qint64 c0 = cpuNs();
            if (!akkoord::detail::quickCheckTablesButHistory(db))
                throw UserError(QStringLiteral("quick_check failed"));
            quick.add(t.nsecsElapsed());
            quickCpu.add(cpuNs() - c0);
            t.restart();
            if (db.execAndGet("PRAGMA quick_check").getString() != "ok")
                throw UserError(QStringLiteral("quick_check failed"));
            quickFull.add(t.nsecsElapsed());
        }
        quick.print("quick_check");
        quickCpu.print("quick_check_cpu");
        quickFull.print("quick_check_full");

        Samples open, loadT;
        for (int i = 0; i < 7; ++i) {
            QFile::remove(path);
            if (!QFile::copy(source, path))
                throw UserError(QStringLiteral("cannot copy %1 to %2").arg(source, path));
            QElapsedTimer t;
            t.start();
            auto f = TrajectoryFile::open(path);
            open.add(t.nsecsElapsed());
            t.restart();
            const TrajectoryData d = f->load();
            loadT.add(t.nsecsElapsed());
        }
        open.print("file_open");
        loadT.print("file_load");

        QFile::remove(path);
        QFile::copy(source, path);
        TrajectorySession session(TrajectoryFile::open(path), load.catalog);

        QStringList textQuestions;
        QString ratingQuestion;
        for (const Phase &ph : load.catalog.phases)
            for (const Question &q : ph.questions) {
                if (q.kind == AnswerKind::Text)
                    textQuestions << q.id;
                if (q.kind == AnswerKind::PartnerRating && ratingQuestion.isEmpty())
                    ratingQuestion = q.id;
            }
        const QList<Partner> partners = session.data().partners;
        if (textQuestions.isEmpty() || ratingQuestion.isEmpty() || partners.isEmpty())
            throw UserError(QStringLiteral("the file needs partners and the catalogue text and rating questions"));

        auto committed = [&] {
            if (session.hasUnsavedChanges())
                throw UserError(QStringLiteral("an edit was not saved"));
        };

        Samples answer, answerCpu;
        for (int i = 0; i < edits; ++i) {
            const QString q = textQuestions[i % textQuestions.size()];
            const QString text = text2k(i);
            QElapsedTimer t;
            t.start();
            const qint64 c0 = cpuNs();
            session.setAnswerText(q, text);
            answer.add(t.nsecsElapsed());
            answerCpu.add(cpuNs() - c0);
            committed();
        }
        answer.print("autosave_answer");
        answerCpu.print("autosave_answer_cpu");

        Samples agreement, agreementCpu;
        if (!session.data().agreements.isEmpty()) {
            for (int i = 0; i < edits; ++i) {
                const QList<Agreement> &all = session.data().agreements;
                Agreement a = all[i % all.size()];
                a.what = QStringLiteral("Afspraak, versie %1: de partners regelen de warme overdracht.").arg(i);
                QElapsedTimer t;
                t.start();
                const qint64 c0 = cpuNs();
                session.updateAgreement(a);
                agreement.add(t.nsecsElapsed());
                agreementCpu.add(cpuNs() - c0);
                committed();
            }
        }
        agreement.print("autosave_agreement");
        agreementCpu.print("autosave_agreement_cpu");

        Samples rating, ratingCpu;
        for (int i = 0; i < edits; ++i) {
            const Partner &p = partners[i % partners.size()];
            QElapsedTimer t;
            t.start();
            const qint64 c0 = cpuNs();
            session.setRating(ratingQuestion, p.id, 1 + (i / int(partners.size())) % 5, QStringLiteral("Reden %1").arg(i));
            rating.add(t.nsecsElapsed());
            ratingCpu.add(cpuNs() - c0);
            committed();
        }
        rating.print("autosave_rating");
        ratingCpu.print("autosave_rating_cpu");

        Samples copy, copyCpu;
        for (int i = 0; i < 5; ++i) {
            QFile::remove(copyTarget);
            QElapsedTimer t;
            t.start();
            const qint64 c0 = cpuNs();
            session.file().saveCopyAs(copyTarget);
            copy.add(t.nsecsElapsed());
            copyCpu.add(cpuNs() - c0);
        }
        copy.print("save_copy_as");
        copyCpu.print("save_copy_as_cpu");
        QFile::remove(copyTarget);

        fsyncFloor(work, 200).print("fsync_floor");
    } catch (const UserError &err) {
        std::fprintf(stderr, "autosave: %s\n", qPrintable(err.message()));
        return 1;
    } catch (const std::exception &err) {
        std::fprintf(stderr, "autosave: %s\n", err.what());
        return 1;
    }
    QFile::remove(path);
    return 0;
}
