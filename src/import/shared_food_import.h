#ifndef PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_
#define PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_

// Writes the datasets a shared-food importer read (FoodData Central, Open
// Food Facts) into the shared food table, one transaction per dataset
// (FoodRepository::ImportDataset), and counts the foods written into the
// summary. A dataset imported before with the same checksum writes nothing
// and says so in a note. A new version of a dataset replaces that source's
// foods: those it no longer has are removed unless a diary entry or recipe
// uses them.

#include <vector>

#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "import/import_summary.h"

namespace platewise {

Status WriteSharedFoods(FoodRepository& foods, std::vector<FoodDataset> datasets, ImportSummary& summary);

// The rule for liquids of both food databases, as the summary's note says
// it: their amounts are per 100 ml and no density is given, so they are kept
// as if 1 ml weighed 1 g (docs/imports.md says why). `what` names the
// liquids: "branded food", "product".
std::string LiquidsNote(std::int64_t count, const std::string& what, const std::string& database);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_
