// libFuzzer target: any bytes given to the JSON import must either give an
// ExchangeData or throw UserError — never crash, hang, leak or hit UB. A
// successful import must also survive export → import → export unchanged.
#include "domain/error.h"
#include "storage/jsoncodec.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    akkoord::ExchangeData first;
    try {
        first = akkoord::fromJsonText(text);
    } catch (const akkoord::UserError &) {
        return 0; // refused with a sentence: fine
    }
    // Accepted: what we write must read back to the same data and bytes.
    const QByteArray once = akkoord::toJsonText(first);
    akkoord::ExchangeData second;
    try {
        second = akkoord::fromJsonText(once);
    } catch (const akkoord::UserError &e) {
        std::fprintf(stderr, "accepted input, but its own export is refused: %s\n", e.message().toStdString().c_str());
        std::abort();
    }
    if (akkoord::toJsonText(second) != once) {
        std::fprintf(stderr, "export -> import -> export is not byte-identical\n");
        std::abort();
    }
    return 0;
}
