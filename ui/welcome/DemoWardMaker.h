#pragma once

#include <QObject>
#include <QStringList>

class QProcess;

namespace sotay {

// Makes the demo ward (Phường Phước Tiến, generated residents) with sotay06-cli, `init` then
// `sample`, in a child process so that the window stays responsive; cancel() stops it and
// removes the half-made file. An existing demo ward is opened as it is.
class DemoWardMaker : public QObject
{
    Q_OBJECT
public:
    explicit DemoWardMaker(QObject *parent = nullptr);
    ~DemoWardMaker() override;

    static QString fileName() { return QStringLiteral("demo-phuong-phuoc-tien.sotay06"); }
    // sotay06-cli next to the program (installed), or in the build tree (app/cli/).
    static QString defaultCliProgram();

    void setCliProgram(const QString &program) { m_cli = program; }
    void setResidents(int n) { m_residents = n; }
    bool isRunning() const { return m_process != nullptr; }

    void start(const QString &path);
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    // `warning` is set when the ward exists but its residents could not be generated.
    void finished(const QString &path, const QString &warning);
    void failed(const QString &message);

private:
    void runNext();
    void stepFinished(int exitCode);
    void cleanUp();

    QString m_cli;
    QString m_path;
    int m_residents = 6000;
    QList<QStringList> m_steps;
    QProcess *m_process = nullptr;
};

} // namespace sotay
