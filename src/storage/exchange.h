#pragma once

#include "domain/trajectory.h"

#include <QByteArray>

#include <string_view>

namespace akkoord {

// The exchange format of a whole trajectory (see docs/file-format.md).
// 2 added self-assessment rounds, 3 the workshop mode (now versus desired,
// dilemmas, hidden rounds), 4 the covenant (parties' identification, covenant
// settings and wording); files of formats 1 to 3 still import.
inline constexpr int kExchangeFormatVersion = 4;
// Limits that keep a hostile file from exhausting memory or the stack:
// nlohmann/json 3.11.2 recurses when dumping, so depth is refused up front.
inline constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 32;
// The longest text one field may hold, in characters (bytes in the file):
// far beyond anything typed or pasted (10 MB is tested), small enough that
// every document of an accepted file can be laid out. Checked when a file
// is opened; an export cannot exceed it (kMaxImportBytes is smaller).
inline constexpr qint64 kMaxTextBytes = 32 * 1024 * 1024;
// The most records one collection may hold (agreements, answers, ratings,
// respondents, …), and the most partners: far beyond any partnership, small
// enough that a file opens in a blink and every list stays usable. Checked
// at import (naming the list) and when a file is opened (naming the table).
// The history is not limited: it grows with every edit and is never loaded
// whole.
inline constexpr qint64 kMaxRecords = 1'000'000;
inline constexpr qint64 kMaxPartners = 2'000;
inline qint64 maxRecordsOf(std::string_view collection)
{
    return collection == "partners" ? kMaxPartners : collection == "history" ? -1 : kMaxRecords;
}

struct ExchangeData
{
    TrajectoryData data;
    QList<HistoryEntry> history;
    bool operator==(const ExchangeData &) const = default;
};

QByteArray toJsonText(const ExchangeData &exchange);

// Parses and checks a document; throws UserError naming the JSON path of the
// first problem (e.g. "/partners/2/role").
ExchangeData fromJsonText(const QByteArray &text);

// Dates and times as they appear in files: ISO 8601, UTC, milliseconds.
QString dateToText(const QDate &d);
QDate dateFromText(const QString &s);
QString timeToText(const QDateTime &t);
QDateTime timeFromText(const QString &s);

} // namespace akkoord
