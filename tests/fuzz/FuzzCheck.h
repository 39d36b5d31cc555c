#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Helpers shared by the libFuzzer targets: turn the fuzzer's bytes into text and stop on a
// broken invariant (libFuzzer keeps the input that aborted as a crash-* file).
namespace sotay::fuzz {

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// The readers work on files: each input is written to one file per fuzzing process.
inline QString asFile(const uint8_t *data, size_t size)
{
    static const QString path =
        QDir::tempPath() +
        QStringLiteral("/sotay06-fuzz-%1.csv").arg(QCoreApplication::applicationPid());
    static const QByteArray native = QFile::encodeName(path);
    FILE *f = std::fopen(native.constData(), "wb");
    require(f != nullptr, "the input file can be written");
    if (size > 0)
        std::fwrite(data, 1, size, f);
    std::fclose(f);
    return path;
}

} // namespace sotay::fuzz
