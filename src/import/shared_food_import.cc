#include "import/shared_food_import.h"

namespace platewise {

Status WriteSharedFoods(FoodRepository& foods, std::vector<FoodDataset> datasets, ImportSummary& summary) {
  for (FoodDataset& ds : datasets) {
    const std::size_t count = ds.foods.size();
    auto outcome = foods.ImportDataset(ds);
    if (!outcome.ok()) return outcome.status().WithContext(ds.source + ": nothing of it was imported: ");
    if (outcome->changed) {
      summary.foods += outcome->foods;
    } else {
      summary.notes.push_back(ds.source + ": these " + CountOf(static_cast<std::int64_t>(count), "food", "foods") +
                              " were imported before, unchanged: nothing written");
    }
  }
  return Status::Ok();
}

}  // namespace platewise
