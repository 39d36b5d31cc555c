#pragma once

#include "model/WardInfo.h"

#include <QDate>
#include <QFont>
#include <QString>
#include <QStringList>

namespace sotay {

// Pieces of HTML shared by the printed documents, in the form of Nghị định 30/2020/NĐ-CP:
// the agency header beside the national motto, the date line, the signature block. The
// printed documents are Vietnamese administrative papers, so their text is Vietnamese
// whatever the interface language.
class DocumentParts
{
public:
    static constexpr const char *kFontFamily = "Liberation Serif"; // Times New Roman metrics

    static QFont font(double pointSize);
    static QString esc(const QString &text) { return text.toHtmlEscaped(); }
    // "UBND PHƯỜNG PHƯỚC TIẾN"
    static QString agencyUpper(const WardInfo &ward);
    // The place of the date line: WardInfo::place, else the ward name without "Phường"/"Xã".
    static QString place(const WardInfo &ward);
    // "Phước Tiến, ngày 26 tháng 11 năm 2026"
    static QString dateLine(const WardInfo &ward, const QDate &date);
    // Two-column header: agency + issuing body + number | nation + motto + date line.
    static QString nationalHeader(const WardInfo &ward, const QString &issuer,
                                  const QString &numberLine, const QDate &date);
    // "Nơi nhận" on the left (empty list: none), title and signer on the right.
    static QString signatureBlock(const QStringList &recipients, const QString &title,
                                  const QString &name);
    // A table header row; widths in percent, one per column.
    static QString headerRow(const QStringList &cells, const QList<int> &widths);
    static QString row(const QStringList &cells, bool bold = false, int leftAlignedColumns = 1);
};

} // namespace sotay
