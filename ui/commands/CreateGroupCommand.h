#pragma once

#include "commands/DbCommand.h"

#include <QCoreApplication>

namespace sotay {

// A new, empty residential group (GroupStore::createGroup); undo removes it.
class CreateGroupCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateGroupCommand)
public:
    CreateGroupCommand(CommandContext context, const QString &name);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    QString m_name;
    qint64 m_id = 0;
};

} // namespace sotay
