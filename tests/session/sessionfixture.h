#pragma once

// What the tests of the application core share: a copy of the demo
// trajectory in a temporary folder, and the file's contents as a fresh
// connection reads them.

#include "domain/error.h"
#include "domain/records.h"
#include "storage/exchange.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QFile>

namespace akkoord::test {

inline const ExchangeData &demoExchange()
{
    static const ExchangeData x = [] {
        QFile f(sourcePath(QStringLiteral("data/demo/demo.json")));
        if (!f.open(QIODevice::ReadOnly))
            throw UserError(QStringLiteral("data/demo/demo.json cannot be read"));
        return fromJsonText(f.readAll());
    }();
    return x;
}

// A new file holding the demo trajectory.
inline QString demoFile(const TempDir &dir, const QString &name = QStringLiteral("demo.akkoord"))
{
    const QString path = dir.path(name);
    TrajectoryFile::createFrom(path, demoExchange());
    return path;
}

// What the file holds, read through a connection of its own.
inline TrajectoryData fileData(const QString &path) { return TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load(); }

// Without the times the file stamps on an answer or perspective when it is
// saved (the data in memory keeps the time it was loaded with).
inline TrajectoryData withoutTimes(TrajectoryData d)
{
    for (Answer &a : d.answers)
        a.updatedAt = {};
    for (Perspective &p : d.perspectives)
        p.updatedAt = {};
    return d;
}

// Which lists differ, and where first, for a failing comparison; empty when
// the two are equal.
inline QString differences(const TrajectoryData &a, const TrajectoryData &b)
{
    QStringList out;
    if (!(a.info == b.info))
        out << QStringLiteral("info");
    if (a.hiddenRounds != b.hiddenRounds)
        out << QStringLiteral("hidden rounds");
    forEachRecordList([&](int list, auto member) {
        const auto &x = a.*member;
        const auto &y = b.*member;
        if (x == y)
            return;
        qsizetype i = 0;
        while (i < x.size() && i < y.size() && x[i] == y[i])
            ++i;
        const auto name = [](const auto &l, qsizetype at) {
            if (at >= l.size())
                return QStringLiteral("(none)");
            const RecordRef r = refOf(l[at]);
            return QStringLiteral("%1/%2").arg(r.id).arg(r.key);
        };
        out << QStringLiteral("list %1: sizes %2 and %3, first difference at %4: %5 and %6")
                   .arg(list)
                   .arg(x.size())
                   .arg(y.size())
                   .arg(i)
                   .arg(name(x, i), name(y, i));
    });
    return out.join(QStringLiteral("; "));
}

} // namespace akkoord::test
