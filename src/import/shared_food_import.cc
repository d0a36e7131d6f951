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

std::string LiquidsNote(std::int64_t count, const std::string& what, const std::string& database) {
  return std::to_string(count) + " " + what + (count == 1 ? " is a liquid" : "s are liquids") + " measured in ml: " +
         database + " gives a liquid's values per 100 ml, and they are kept as per 100 g (a serving is exact; a "
         "weight in grams is off by the liquid's density)";
}

}  // namespace platewise
