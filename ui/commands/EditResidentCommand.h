#pragma once

#include "commands/DbCommand.h"
#include "model/Resident.h"

#include <QCoreApplication>

namespace sotay {

// Changes a resident's plain fields (name, birth, ID, phone, …) from `before` to `after`.
class EditResidentCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditResidentCommand)
public:
    EditResidentCommand(CommandContext context, Resident before, Resident after);

    // "field=value; …" of the fields that differ, old side then new side.
    static std::pair<QString, QString> describeChange(const Resident &from, const Resident &to);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    Resident m_before;
    Resident m_after;
};

} // namespace sotay
