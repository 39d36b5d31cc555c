#include "reports/WeeklyReportCsv.h"

#include "csv/CsvWriter.h"
#include "reports/WeeklyFigures.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

namespace sotay {

QStringList WeeklyReportCsv::header()
{
    // The contract's column names: Vietnamese whatever the interface language.
    return {QStringLiteral("Tổ dân phố"),
            QStringLiteral("Tổng nhân khẩu"),
            QStringLiteral("Từ đủ 14 tuổi"),
            QStringLiteral("Loại trừ"),
            QStringLiteral("Thuộc diện"),
            QStringLiteral("Đã kích hoạt mức 1"),
            QStringLiteral("Đã kích hoạt mức 2"),
            QStringLiteral("Tổng đã kích hoạt"),
            QStringLiteral("Tỷ lệ kích hoạt (%)"),
            QStringLiteral("Đã phê duyệt chưa kích hoạt"),
            QStringLiteral("Đã thu nhận chờ duyệt"),
            QStringLiteral("Chưa đăng ký"),
            QStringLiteral("Kích hoạt mới trong tuần"),
            QStringLiteral("Chỉ tiêu"),
            QStringLiteral("Đạt chỉ tiêu (%)")};
}

QStringList WeeklyReportCsv::cells(const FigureRow &r)
{
    const QChar dot = QLatin1Char('.');
    return {r.name,
            QString::number(r.residents),
            QString::number(r.aged14),
            QString::number(r.excluded),
            QString::number(r.eligible),
            QString::number(r.level1),
            QString::number(r.level2),
            QString::number(r.activated()),
            r.activationRate(dot),
            QString::number(r.approved),
            QString::number(r.received),
            QString::number(r.notRegistered),
            QString::number(r.newThisWeek),
            r.hasTarget ? QString::number(r.target) : QString(),
            r.targetRate(dot)};
}

QByteArray WeeklyReportCsv::bytes(const WeeklyFigures &figures)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(&buffer);
    w.writeBom();
    w.writeRow(header());
    for (const FigureRow &g : figures.groups)
        w.writeRow(cells(g));
    w.writeRow(cells(figures.total));
    w.flush();
    return out;
}

Status WeeklyReportCsv::write(const WeeklyFigures &figures, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(bytes(figures));
    if (!file.commit())
        return Status::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace sotay
