// Faults of the open file itself (issue "Nothing typed is ever lost"): the
// file is moved away or removed while a TrajectorySession has it open, or it
// is made read-only in a way that even root cannot write through (the
// immutable attribute; a plain chmod does not stop root, nor an open file
// descriptor). In each case the edit stays in memory, saveFailed says so in
// one sentence, the retry saves it once the fault clears, and what the file
// held before is intact.
#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "session/session.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <functional>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace akkoord;

namespace {

const QString kEarlierFirst = QStringLiteral("Wat we in de eerste sessie bespraken");
const QString kEarlierSecond = QStringLiteral("Wie er aan tafel zaten");
const QString kDuringFault = QStringLiteral("Getypt terwijl het bestand onbereikbaar was");

struct Questions
{
    QString first;
    QString second;
};

Questions textQuestions()
{
    const Phase &phase = test::shippedCatalog().phases[0];
    Questions q;
    for (const Question &question : phase.questions) {
        if (question.kind != AnswerKind::Text)
            continue;
        (q.first.isEmpty() ? q.first : q.second) = question.id;
        if (!q.second.isEmpty())
            break;
    }
    REQUIRE_FALSE(q.second.isEmpty());
    return q;
}

// A file with two answers, an agreement and a partner already saved.
QString makeFile(const test::TempDir &dir, const Questions &q)
{
    const QString path = dir.path(QStringLiteral("werkblad.akkoord"));
    auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Samen sterk")});
    const PartnerId partner = f->addPartner(Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality});
    f->saveAnswer(Answer{.questionId = q.first, .text = kEarlierFirst});
    f->saveAnswer(Answer{.questionId = q.second, .text = kEarlierSecond});
    Agreement a;
    a.what = QStringLiteral("Eén plan per gezin");
    a.owner = partner;
    f->addAgreement(a);
    return path;
}

// Everything written before the fault is still there, the file passes
// TrajectoryFile's own quick_check on open, and the first answer is `first`.
void checkFile(const QString &path, const Questions &q, const QString &first)
{
    const TrajectoryData d = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load();
    CHECK(d.info.title == QStringLiteral("Samen sterk"));
    REQUIRE(d.answer(q.first));
    CHECK(d.answer(q.first)->text == first);
    REQUIRE(d.answer(q.second));
    CHECK(d.answer(q.second)->text == kEarlierSecond);
    REQUIRE(d.partners.size() == 1);
    CHECK(d.partners[0].organisation == QStringLiteral("Gemeente Lindeveen"));
    REQUIRE(d.agreements.size() == 1);
    CHECK(d.agreements[0].what == QStringLiteral("Eén plan per gezin"));
}

// One sentence for the user that names the file and promises the text is
// kept; no SQLite jargon.
void checkMessage(const QString &message)
{
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("werkblad.akkoord")));
    CHECK(message.contains(QStringLiteral("Your text is kept")));
    CHECK_FALSE(message.contains(QLatin1Char('\n')));
    CHECK_FALSE(message.contains(QStringLiteral("SQLite"), Qt::CaseInsensitive));
    CHECK_FALSE(message.contains(QStringLiteral("I/O error")));
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QTest::qWait(50);
    return done();
}


} // namespace

TEST_CASE("a file moved away while open keeps the edit in memory and saves it once the file is back", "[session][faults][files]")
{
    test::TempDir dir;
    const Questions q = textQuestions();
    const QString path = makeFile(dir, q);
    const QString trash = dir.path(QStringLiteral("Prullenbak"));
    REQUIRE(QDir().mkpath(trash));
    const QString away = trash + QStringLiteral("/werkblad.akkoord");
    {
        TrajectorySession session(TrajectoryFile::open(path), test::shippedCatalog());
        QSignalSpy failed(&session, &TrajectorySession::saveFailed);
        QSignalSpy saved(&session, &TrajectorySession::saved);
        QSignalSpy recovered(&session, &TrajectorySession::saveRecovered);

        // Moved to the trash by a file manager while the dialogue goes on.
        REQUIRE(QFile::rename(path, away));
        session.setAnswerText(q.first, kDuringFault);
        REQUIRE(failed.count() == 1);
        checkMessage(failed.at(0).at(0).toString());
        CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("moved or removed")));
        CHECK(saved.isEmpty()); // never "saved" into a file the user no longer sees
        CHECK(session.hasUnsavedChanges());
        CHECK(session.data().answer(q.first)->text == kDuringFault);

        // While the file is away, a retry fails the same way and keeps the edit.
        session.retryPendingSaves();
        CHECK(failed.count() == 2);
        CHECK(session.hasUnsavedChanges());

        // Put back from the trash: the retry timer saves the edit by itself.
        REQUIRE(QFile::rename(away, path));
        CHECK(waitFor([&] { return !session.hasUnsavedChanges(); }, 15000));
        CHECK(recovered.count() == 1);
        CHECK(saved.count() == 1);
        CHECK(failed.count() == 2);
    }
    checkFile(path, q, kDuringFault);
    CHECK_FALSE(QFileInfo::exists(away));
}

TEST_CASE("a file removed while open is never reported as saved, and its earlier content can still be copied out", "[session][faults][files]")
{
    test::TempDir dir;
    const Questions q = textQuestions();
    const QString path = makeFile(dir, q);
    const QString rescue = dir.path(QStringLiteral("gered.akkoord"));
    {
        TrajectorySession session(TrajectoryFile::open(path), test::shippedCatalog());
        QSignalSpy failed(&session, &TrajectorySession::saveFailed);
        QSignalSpy saved(&session, &TrajectorySession::saved);

        REQUIRE(QFile::remove(path));
        session.setAnswerText(q.first, kDuringFault);
        REQUIRE(failed.count() == 1);
        checkMessage(failed.at(0).at(0).toString());
        CHECK(saved.isEmpty());
        CHECK(session.hasUnsavedChanges());
        CHECK(session.data().answer(q.first)->text == kDuringFault);

        // "Save a copy elsewhere", as the message says: everything saved
        // before the removal comes along.
        session.file().saveCopyAs(rescue);
        CHECK(session.hasUnsavedChanges()); // the edit is still waiting in memory
    }
    CHECK_FALSE(QFileInfo::exists(path)); // closing did not bring back a half file
    checkFile(rescue, q, kEarlierFirst);
}

TEST_CASE("a file made read-only while open (immutable, so even for root) keeps the edit and saves it once writable again", "[session][faults][files]")
{
    test::TempDir dir;
    const Questions q = textQuestions();
    const QString path = makeFile(dir, q);
    {
        TrajectorySession session(TrajectoryFile::open(path), test::shippedCatalog());
        // One edit that works first, so the write-ahead log exists.
        session.setAnswerText(q.second, kEarlierSecond + QStringLiteral(" "));
        session.setAnswerText(q.second, kEarlierSecond);
        REQUIRE_FALSE(session.hasUnsavedChanges());
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));

        test::ImmutableGuard guard;
        for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
            if (const int error = test::setImmutable(p, true)) {
                WARN("the immutable attribute cannot be set here (" << std::strerror(error)
                                                                    << "; needs root with CAP_LINUX_IMMUTABLE on ext4/xfs/btrfs): this case is skipped");
                return;
            }
            guard.paths << p;
        }
        QSignalSpy failed(&session, &TrajectorySession::saveFailed);
        QSignalSpy recovered(&session, &TrajectorySession::saveRecovered);

        session.setAnswerText(q.first, kDuringFault);
        REQUIRE(failed.count() == 1);
        checkMessage(failed.at(0).at(0).toString());
        CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("read-only")));
        CHECK(session.hasUnsavedChanges());
        CHECK(session.data().answer(q.first)->text == kDuringFault);
        session.retryPendingSaves();
        CHECK(failed.count() == 2);
        CHECK(session.hasUnsavedChanges());

        for (const QString &p : guard.paths)
            REQUIRE(test::setImmutable(p, false) == 0);
        session.retryPendingSaves();
        CHECK_FALSE(session.hasUnsavedChanges());
        CHECK(recovered.count() == 1);
    }
    checkFile(path, q, kDuringFault);
}
