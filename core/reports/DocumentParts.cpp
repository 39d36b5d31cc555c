#include "reports/DocumentParts.h"

#include "rules/DateText.h"

namespace sotay {

QFont DocumentParts::font(double pointSize)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::Serif);
    return f;
}

QString DocumentParts::agencyUpper(const WardInfo &ward)
{
    const QString unit = ward.unit.isEmpty() ? QStringLiteral("UBND ") + ward.name : ward.unit;
    return unit.toUpper();
}

QString DocumentParts::place(const WardInfo &ward)
{
    if (!ward.place.trimmed().isEmpty())
        return ward.place.trimmed();
    QString name = ward.name.trimmed();
    for (const QString &prefix : {QStringLiteral("Phường "), QStringLiteral("Xã "),
                                  QStringLiteral("Thị trấn "), QStringLiteral("Đặc khu ")}) {
        if (name.startsWith(prefix, Qt::CaseInsensitive))
            return name.mid(prefix.size()).trimmed();
    }
    return name;
}

QString DocumentParts::dateLine(const WardInfo &ward, const QDate &date)
{
    return place(ward) + QStringLiteral(", ") + DateText::longVietnamese(date);
}

QString DocumentParts::nationalHeader(const WardInfo &ward, const QString &issuer,
                                      const QString &numberLine, const QDate &date)
{
    // Left 40 %, right 60 %: agency names 12-13 pt, the nation's name 12-13 pt bold, the
    // motto 13-14 pt bold, each with a short rule under it.
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"font-size:12.5pt\">"
        "<tr><td width=\"40%\" align=\"center\">");
    h += esc(agencyUpper(ward)) + QStringLiteral("<br/><b>") + esc(issuer) + QStringLiteral("</b>");
    h += QStringLiteral("<hr width=\"40%\"/>");
    h += QStringLiteral(
        "</td><td width=\"60%\" align=\"center\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
        "<b style=\"font-size:13pt\">Độc lập - Tự do - Hạnh phúc</b>"
        "<hr width=\"55%\"/></td></tr>");
    h += QStringLiteral("<tr><td align=\"center\">") + esc(numberLine) +
         QStringLiteral("</td><td align=\"center\"><i style=\"font-size:13pt\">") +
         esc(dateLine(ward, date)) + QStringLiteral("</i></td></tr></table>");
    return h;
}

QString DocumentParts::signatureBlock(const QStringList &recipients, const QString &title,
                                      const QString &name)
{
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:12px\">"
        "<tr><td width=\"50%\" valign=\"top\" style=\"font-size:11pt\">");
    if (!recipients.isEmpty()) {
        h += QStringLiteral("<b><i style=\"font-size:12pt\">Nơi nhận:</i></b>");
        for (const QString &r : recipients)
            h += QStringLiteral("<br/>- ") + esc(r);
    }
    h += QStringLiteral("</td><td width=\"50%\" align=\"center\" valign=\"top\"><b>") +
         esc(title.toUpper()) + QStringLiteral("</b><br/><br/><br/><br/><br/><b>") + esc(name) +
         QStringLiteral("</b></td></tr></table>");
    return h;
}

QString DocumentParts::headerRow(const QStringList &cells, const QList<int> &widths)
{
    QString h = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        h += QStringLiteral("<th width=\"%1%\" align=\"center\" valign=\"middle\">")
                 .arg(widths.value(i)) +
             esc(cells.at(i)) + QStringLiteral("</th>");
    return h + QStringLiteral("</tr></thead>");
}

QString DocumentParts::row(const QStringList &cells, bool bold, int leftAlignedColumns)
{
    QString h = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString text = bold
                                 ? QStringLiteral("<b>") + esc(cells.at(i)) + QStringLiteral("</b>")
                                 : esc(cells.at(i));
        h += (i < leftAlignedColumns ? QStringLiteral("<td>")
                                     : QStringLiteral("<td align=\"right\">")) +
             text + QStringLiteral("</td>");
    }
    return h + QStringLiteral("</tr>");
}

} // namespace sotay
