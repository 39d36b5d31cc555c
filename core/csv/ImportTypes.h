#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace sotay {

// How an import runs (interchange.md, cli.md).
struct ImportOptions
{
    QDate asOf;             // invalid = Clock::today(); never after today
    bool validOnly = false; // write the valid rows even when others were rejected
    bool dryRun = false;    // check and count, write nothing
    std::function<void(qint64 done, qint64 total)> progress; // bytes read of the file
    std::atomic<bool> *cancel = nullptr;                     // set → roll back, write nothing
};

struct RowProblem
{
    QString column; // as the file's header spells it; empty when no single column
    QString message;
};

struct RejectedRow
{
    qint64 line = 0;
    QVector<RowProblem> problems;
    // cli.md: "12:Ngày sinh: …; Số định danh: …", "12:: …"
    QString text() const;
};

struct ImportSummary
{
    QString fileName;
    QString encoding;
    QString separator;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejectedCount = 0;
    int warningCount = 0;
    QVector<RejectedRow> rejected; // the first kMaxListed
    QStringList warnings;          // the first kMaxListed, "LINE: message"
    QString refusal;               // the whole file was refused (nothing read)
    QString databaseError;         // the ward file could not be written
    bool written = false;          // committed
    bool cancelled = false;

    static constexpr int kMaxListed = 10000;
    // cli.md exit status of the real run (0 done, 1 refused/rejected, 3 database).
    int exitCode(bool validOnly) const;
};

} // namespace sotay
