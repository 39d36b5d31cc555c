#pragma once
// A small ward for the window tests, written through ResidentStore, then closed so the
// window opens it like a user would; and a Prompter that never blocks.

#include "../core/ReportTestWard.h"
#include "window/Prompter.h"

#include <QDialog>
#include <QSqlQuery>

#include <functional>

namespace sotay::testing {

// Dialogs are handed to `onExec` (which fills them in and returns Accepted or Rejected);
// message boxes are only recorded.
class TestPrompter : public Prompter
{
public:
    std::function<int(QDialog &)> onExec;
    QStringList warnings;
    QStringList infos;
    QString nextFile;

    void warn(QWidget *, const QString &title, const QString &text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    void inform(QWidget *, const QString &title, const QString &) override { infos << title; }
    QString openFile(QWidget *, const QString &, const QString &) override { return nextFile; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextFile;
    }
    // Confirmations are recorded and answered with confirmAnswer.
    QStringList confirmations;
    bool confirmAnswer = true;
    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return confirmAnswer;
    }
    QString nextText; // the answer to text(); empty: the user cancels
    QString text(QWidget *, const QString &, const QString &, bool *ok) override
    {
        *ok = !nextText.isEmpty();
        return nextText;
    }
    int exec(QDialog &dialog) override { return onExec ? onExec(dialog) : int(QDialog::Rejected); }
};

// Tổ 1: Nguyễn Thị Hường (1990, ID, phone), Nguyễn Văn An (1985, level 1 activated),
//       Trần Thị Hương (2000, level 1 approved); Tổ 2: Lê Minh (2015, under 14),
//       Phạm Văn Bình (1970, excluded: abroad). Team "Đội 1" on Tổ 1.
struct UiTestWard
{
    ReportTestWard ward;
    qint64 group1 = 0, group2 = 0, team1 = 0;
    qint64 huong = 0, an = 0, huong2 = 0, minh = 0, binh = 0;

    UiTestWard()
    {
        group1 = ward.group(QStringLiteral("Tổ 1"));
        group2 = ward.group(QStringLiteral("Tổ 2"));
        const qint64 h1 =
            ward.household(group1, QStringLiteral("H001"), QStringLiteral("12 Lê Lợi"));
        const qint64 h2 =
            ward.household(group1, QStringLiteral("H002"), QStringLiteral("14 Lê Lợi"));
        const qint64 h3 =
            ward.household(group2, QStringLiteral("H003"), QStringLiteral("3 Yersin"));
        huong = ward.resident(h1, QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("1990-05-01"),
                              QDate(2026, 1, 1), QStringLiteral("079190001234"),
                              QStringLiteral("0912345678"));
        an = ward.resident(h1, QStringLiteral("Nguyễn Văn An"), QStringLiteral("1985"));
        huong2 = ward.resident(h2, QStringLiteral("Trần Thị Hương"), QStringLiteral("2000-01-01"));
        minh = ward.resident(h3, QStringLiteral("Lê Minh"), QStringLiteral("2015-03-03"));
        binh = ward.resident(h3, QStringLiteral("Phạm Văn Bình"), QStringLiteral("1970"));
        ward.status(an, 1, AccountStatus::Activated, QDate(2026, 3, 1));
        ward.status(huong2, 1, AccountStatus::Approved, QDate(2026, 4, 1));
        ward.exclude(binh, ExclusionReason::Abroad, QDate(2026, 2, 1));
        team1 = ward.team(QStringLiteral("Đội 1"));
        ward.assign(team1, group1, 0);
    }
    QString path() const { return ward.db->path(); }
    void close() { ward.store.reset(), ward.db.reset(); }
};

inline QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace sotay::testing
