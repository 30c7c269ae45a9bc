// A test driver that edits a .akkoord file through the same code path as the
// GUI (TrajectorySession verbs) as fast as it can, logging each edit
// before it starts ("B") and once the verb has returned, i.e. saved ("A").
// test_crash kills it with SIGKILL at random moments and checks that every
// acknowledged edit survived.
//
//   crashdriver FILE SEED LOG [EDITS]

#include "catalog/catalogloader.h"
#include "session/session.h"
#include "storage/trajectoryfile.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace akkoord;

namespace {

int g_log = -1;

void logLine(const QByteArray &line)
{
    const QByteArray l = line + '\n';
    // write(2) reaches the kernel at once: it survives the process being killed.
    if (::write(g_log, l.constData(), size_t(l.size())) != l.size())
        std::_Exit(3);
}

QByteArray hash(const QString &text) { return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16); }

QString randomText(QRandomGenerator &rng)
{
    static const QStringList words{QStringLiteral("kinderen"), QStringLiteral("ouders"), QStringLiteral("school"), QStringLiteral("opvang"),
                                   QStringLiteral("gemeente"), QStringLiteral("samen"), QStringLiteral("afspraak"), QStringLiteral("überzorg"),
                                   QStringLiteral("🙂"), QStringLiteral("<b>"), QStringLiteral("\"citaat\""), QStringLiteral("\n")};
    QString out;
    const int n = int(rng.bounded(1, 300));
    for (int i = 0; i < n; ++i)
        out += words[int(rng.bounded(qsizetype(words.size())))] + QLatin1Char(' ');
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: crashdriver FILE SEED LOG [EDITS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QRandomGenerator rng(quint32(QByteArray(argv[2]).toUInt()));
    g_log = ::open(argv[3], O_WRONLY | O_APPEND | O_CREAT, 0600);
    const int edits = argc > 4 ? QByteArray(argv[4]).toInt() : 1000000;
    const CatalogLoad catalog = loadCatalog(QStringLiteral(AKKOORD_SOURCE_DIR "/data/catalog"));
    QStringList questions;
    for (const Phase &p : catalog.catalog.phases)
        for (const Question &q : p.questions)
            if (q.kind == AnswerKind::Text || q.kind == AnswerKind::List)
                questions << q.id;
    TrajectorySession session(TrajectoryFile::open(path), catalog.catalog);
    const TrajectoryData &d = session.data();
    if (d.partners.isEmpty() || d.agreements.isEmpty())
        return 4;
    for (int i = 0; i < edits; ++i) {
        switch (rng.bounded(3)) {
        case 0: {
            const QString q = questions[int(rng.bounded(qsizetype(questions.size())))];
            const QString text = randomText(rng);
            logLine("B answer:" + q.toUtf8() + ' ' + hash(text));
            session.setAnswerText(q, text);
            logLine("A answer:" + q.toUtf8() + ' ' + hash(text));
            break;
        }
        case 1: {
            Agreement a = d.agreements[int(rng.bounded(qsizetype(d.agreements.size())))];
            a.what = randomText(rng);
            logLine("B agreement:" + QByteArray::number(a.id) + ' ' + hash(a.what));
            session.updateAgreement(a);
            logLine("A agreement:" + QByteArray::number(a.id) + ' ' + hash(a.what));
            break;
        }
        default: {
            const Partner &p = d.partners[int(rng.bounded(qsizetype(d.partners.size())))];
            const int score = int(rng.bounded(1, 6));
            const QString reason = randomText(rng).left(200);
            const QString value = QString::number(score) + QLatin1Char('|') + reason;
            logLine("B rating:" + QByteArray::number(p.id) + ' ' + hash(value));
            session.setRating(QStringLiteral("verkennen.urgentie"), p.id, score, reason);
            logLine("A rating:" + QByteArray::number(p.id) + ' ' + hash(value));
            break;
        }
        }
        if (session.hasUnsavedChanges())
            return 5; // a save failed: not what this test is about
    }
    return 0;
}
