#pragma once
// What the print dialog tests share: the text of a PDF (pdftotext) and the disclosure rows.

#include "UiTestWard.h"
#include "print/ReportDialog.h"

#include <QAbstractButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace sotay::testing {

// Empty when pdftotext (poppler-utils) is missing.
inline QString pdfText(const QString &pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Clicks `button` and waits for the run it starts (worker thread included) to end.
inline QList<QVariant> clickAndWait(ReportDialog &dialog, QAbstractButton *button)
{
    QSignalSpy spy(&dialog, &ReportDialog::reportDone);
    button->click();
    if (!spy.wait(30000) && spy.isEmpty())
        return {};
    return spy.takeFirst();
}

inline qint64 disclosures(Database &db, const QString &document)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM disclosure_log WHERE document = ?"),
                  {document})
        .toLongLong();
}

} // namespace sotay::testing
