#include "storage/SqliteStatement.h"

#include <sqlite3.h>

namespace sotay {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bind(int i, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int i, const QString &text)
{
    static const char16_t empty[] = u"";
    const void *p = text.isNull() ? static_cast<const void *>(empty) : text.utf16();
    sqlite3_bind_text16(m_stmt, i, p, int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool SqliteStatement::exec()
{
    if (!m_stmt)
        return m_ok = false;
    const int rc = sqlite3_step(m_stmt);
    m_ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!m_ok)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt); // the bindings stay: the next run binds every parameter again
    return m_ok;
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return m_ok = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    if (!m_ok)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!p)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QString() : QStringLiteral("");
    return QString(reinterpret_cast<const QChar *>(p), sqlite3_column_bytes16(m_stmt, column) / 2);
}

const char *SqliteStatement::utf8(int column, int *size) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    *size = p ? sqlite3_column_bytes(m_stmt, column) : 0;
    return p ? p : "";
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::error() const
{
    return m_prepareError;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace sotay
