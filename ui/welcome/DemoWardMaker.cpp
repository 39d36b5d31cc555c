#include "welcome/DemoWardMaker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace sotay {

DemoWardMaker::DemoWardMaker(QObject *parent)
    : QObject(parent)
    , m_cli(defaultCliProgram())
{
}

DemoWardMaker::~DemoWardMaker()
{
    if (m_process)
        cancel();
}

QString DemoWardMaker::defaultCliProgram()
{
#ifdef Q_OS_WIN
    const QString exe = QStringLiteral("sotay06-cli.exe");
#else
    const QString exe = QStringLiteral("sotay06-cli");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(exe), here.filePath(QStringLiteral("../cli/") + exe)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return exe; // from PATH
}

void DemoWardMaker::start(const QString &path)
{
    m_path = path;
    if (QFileInfo::exists(path)) {
        Q_EMIT finished(path, {});
        return;
    }
    const QStringList db{QStringLiteral("--db"), path};
    m_steps = {db + QStringList{QStringLiteral("init"), QStringLiteral("--ward"),
                                QStringLiteral("Phường Phước Tiến"), QStringLiteral("--unit"),
                                QStringLiteral("UBND phường Phước Tiến"),
                                QStringLiteral("--province"), QStringLiteral("Khánh Hòa"),
                                QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn An")},
               db + QStringList{QStringLiteral("sample"), QStringLiteral("--residents"),
                                QString::number(m_residents), QStringLiteral("--seed"),
                                QStringLiteral("6")}};
    runNext();
}

void DemoWardMaker::runNext()
{
    const QStringList args = m_steps.takeFirst();
    Q_EMIT progress(args.at(2) == QLatin1String("init")
                        ? tr("Creating the demo ward…")
                        : tr("Generating %1 demo residents…").arg(m_residents));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        stepFinished(status == QProcess::NormalExit ? code : -1);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            stepFinished(-2);
    });
    m_process->start(m_cli, args);
}

void DemoWardMaker::stepFinished(int exitCode)
{
    if (!m_process)
        return;
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    const bool wasInit = m_steps.size() == 1;
    m_process->deleteLater();
    m_process = nullptr;
    if (exitCode == -2) {
        cleanUp();
        Q_EMIT failed(tr("Cannot run %1.").arg(QDir::toNativeSeparators(m_cli)));
    } else if (exitCode != 0 && wasInit) {
        cleanUp();
        Q_EMIT failed(errors.isEmpty() ? tr("Cannot create the demo ward.") : errors);
    } else if (exitCode != 0) {
        // The ward itself is there: open it, and say that it has no residents yet.
        Q_EMIT finished(m_path, tr("The demo residents could not be generated: %1").arg(errors));
    } else if (!m_steps.isEmpty()) {
        runNext();
    } else {
        Q_EMIT finished(m_path, {});
    }
}

void DemoWardMaker::cancel()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->kill();
    p->waitForFinished(5000);
    p->deleteLater();
    m_steps.clear();
    cleanUp();
}

void DemoWardMaker::cleanUp()
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_path + suffix);
}

} // namespace sotay
