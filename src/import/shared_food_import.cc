#include "import/shared_food_import.h"

#include <map>

namespace platewise {

Status WriteSharedFoods(FoodRepository& foods, const SharedFoodRead& read, ImportSummary& summary) {
  // 1. The check: counts by source, in source order.
  std::map<std::string, std::int64_t> by_source;
  auto checksum = read(summary, [&](const Food& f) {
    ++by_source[f.source];
    return Status::Ok();
  });
  if (!checksum.ok()) return checksum.status();
  // 2. The write, one transaction per source.
  for (const auto& [source, count] : by_source) {
    const DatasetInfo info{source, *checksum + " " + source, {}};
    auto outcome = foods.StreamDataset(info, [&](const FoodSink& put) -> Status {
      ImportSummary again;  // the first pass's problems and notes are the ones to report
      auto reread = read(again, [&](const Food& f) { return f.source == source ? put(f) : Status::Ok(); });
      if (!reread.ok()) return reread.status();
      if (*reread != *checksum) {
        return Status::Conflict("a file changed while it was imported: import it again once it is "
                                          "complete");
      }
      return Status::Ok();
    });
    if (!outcome.ok()) return outcome.status().WithContext(source + ": nothing of it was imported: ");
    if (!outcome->changed) {
      summary.notes.push_back(source + ": imported before, unchanged (" + CountOf(count, "food", "foods") +
                              "): nothing written");
      continue;
    }
    summary.foods += outcome->foods;
    if (outcome->kept_newer > 0) {
      summary.notes.push_back(source + ": " + CountOf(outcome->kept_newer, "food was", "foods were") +
                              " not replaced: the stored data is newer than the file's");
    }
    if (outcome->repeated > 0) {
      summary.notes.push_back(source + ": " + CountOf(outcome->repeated, "food was", "foods were") +
                              " given again under an id read before: the one modified later is kept (of equal "
                              "dates, the one read later)");
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
