#pragma once

// Writing a document to a file, in the format its name asks for.

#include "domain/document.h"
#include "domain/safewrite.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace akkoord::report {

enum class OutputFormat { Pdf, Odt };

// By suffix: ".pdf" or ".odt" (any case); nullopt for anything else.
std::optional<OutputFormat> formatForPath(const QString &path);

// Writes PDF or ODT by the file's suffix. Throws UserError with one sentence
// (unknown suffix, folder missing or not writable, disk full); a failed
// write leaves no partial file behind. By default an existing ordinary file
// is replaced (the GUI's file dialog has asked); the command line passes
// its --force and its input.
void writeDocument(const Document &document, const QString &path, const OutputRules &rules = {true, {}});

// Writes bytes through writeFileSafely; throws UserError on failure.
void writeBytes(const QString &path, const QByteArray &bytes, const OutputRules &rules = {true, {}});

} // namespace akkoord::report
