#pragma once
// Runs the real sotay06-cli (SOTAY06_CLI) for the CLI tests, with "today" pinned.
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace sotay::testing {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QDate &today)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOTAY06_TODAY"), today.toString(Qt::ISODate));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOTAY06_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sotay::testing
