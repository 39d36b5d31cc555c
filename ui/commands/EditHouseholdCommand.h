#pragma once

#include "commands/DbCommand.h"
#include "model/Household.h"

#include <QCoreApplication>

namespace sotay {

// Changes a household's address, head or device survey (the code stays: it is the key the
// police lists use).
class EditHouseholdCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditHouseholdCommand)
public:
    EditHouseholdCommand(CommandContext context, Household before, Household after);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    Household m_before;
    Household m_after;
};

} // namespace sotay
