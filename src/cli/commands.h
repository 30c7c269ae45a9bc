#pragma once

#include <QStringList>

namespace akkoord::cli {

// The headless commands (`akkoord new|export|import|demo|catalog|report`).
// Returns the process exit code: 0 success, 1 a user-caused failure with one
// sentence on stderr, 2 wrong usage.
bool isCommand(const QString &word);
int run(const QStringList &arguments);
QString usage();

} // namespace akkoord::cli
