#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace sotay {

class WeeklyFigures;
struct FigureRow;

// interchange.md kind 4, "Báo cáo tuần": one row per residential group, then "Tổng cộng".
class WeeklyReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportCsv)
public:
    static QStringList header();
    static QStringList cells(const FigureRow &row);        // CSV form: '.' decimal point
    static QByteArray bytes(const WeeklyFigures &figures); // BOM, CRLF
    static Status write(const WeeklyFigures &figures, const QString &path); // via QSaveFile
};

} // namespace sotay
