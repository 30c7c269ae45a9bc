#pragma once

// The one way Akkoord writes an output file (exports, documents, CSV):
// never through a symlink or onto something that is not an ordinary file,
// never onto a file being read, an existing file only when replacing was
// asked for, and atomically: the bytes go to an unnamed file in the target
// folder (O_TMPFILE), are synced, and only then get the name, so a kill at
// any moment leaves either the old file or the new one and no leftovers.
// New files are owner-only (0600).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace akkoord {

struct OutputRules
{
    bool replaceExisting = false; // --force, or the user agreed in a dialog
    QStringList inputs;           // files being read: never written to
};

// Throws UserError with one sentence when PATH may not be written.
void checkOutput(const QString &path, const OutputRules &rules);
// Escapes control characters, newlines and direction overrides, so a file
// name or a key from a file can be quoted in a one-line message.
QString printable(const QString &text);

// Checks, then writes BYTES to PATH; throws UserError, leaving nothing behind.
void writeFileSafely(const QString &path, const QByteArray &bytes, const OutputRules &rules);

} // namespace akkoord
