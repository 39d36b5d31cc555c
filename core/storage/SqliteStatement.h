#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sotay {

// One prepared SQLite statement used straight through the C API, for bulk paths (a
// 300,000-row import or export) where QSqlQuery's QVariant per value costs more than the
// statement itself. Values are bound by position (1-based); text goes in as UTF-16 and
// SQLite converts it once. A null QString binds SQL NULL, like QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int i, qint64 value);
    void bind(int i, int value) { bind(i, qint64(value)); }
    void bind(int i, const QString &text);     // null → NULL
    void bindText(int i, const QString &text); // null → '' (TEXT NOT NULL columns)
    void bindUtf8(int i, const QByteArray &utf8);
    void bindNull(int i);

    // Runs a statement that returns no row; resets it for the next run, keeping the values
    // bound (bind every parameter before each run). False on error.
    bool exec();
    // Steps once: true when a row is ready; false at the end or on an error (see ok()).
    bool next();
    bool ok() const { return m_ok; }
    void reset(); // ends a run of next() and clears the bindings

    qint64 int64(int column) const;
    QString text(int column) const;
    // UTF-8 bytes of a text column, valid until the next step or reset.
    const char *utf8(int column, int *size) const;
    bool isNull(int column) const;

    QString error() const;
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
    QString m_prepareError;
};

} // namespace sotay
