#include "core/usecases/history_import.h"

#include <algorithm>
#include <map>

#include "core/food/quick_add.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/day_logs.h"

namespace platewise {

Result<ImportedHistory> WriteImportedHistory(UseCaseContext& ctx, UserId user, const HistoryFileInfo& info,
                                             const HistoryFeed& feed) {
  ImportedHistory out;
  auto today = UserToday(ctx, user);
  if (!today.ok()) return today.status();
  // What the search learns after the write: the file's searchable foods
  // and how often each was logged (a person's distinct foods, not the rows).
  std::map<std::string, Food> foods;
  std::map<std::string, std::int64_t> logged;
  auto written = ctx.store.history_imports->StreamBatch(user, info, [&](const HistoryPieceSink& put) {
    // A store may run the transaction again (a serialization failure): each
    // run starts afresh.
    out.future_weights.clear();
    foods.clear();
    logged.clear();
    return feed([&](const HistoryBatch& given) -> Result<std::vector<Food>> {
      const HistoryBatch* piece = &given;
      HistoryBatch present;  // the piece without its weigh-ins after today
      if (std::any_of(given.weights.begin(), given.weights.end(), [&](const WeightEntry& w) { return *today < w.date; })) {
        present = given;
        std::erase_if(present.weights, [&](const WeightEntry& w) {
          if (!(*today < w.date)) return false;
          out.future_weights.push_back(w.date);
          return true;
        });
        piece = &present;
      }
      auto stored = put(*piece);
      if (!stored.ok()) return stored.status();
      for (const ImportedEntry& e : piece->entries) {
        const Food& food = (*stored)[e.food];
        if (food.source == kQuickAddSource) continue;  // never searched
        foods.emplace(food.id, food);
        ++logged[food.id];
      }
      return stored;
    });
  });
  if (!written.ok()) return written.status();
  out.write = std::move(*written);
  if (out.write.unchanged) return out;
  for (const auto& [id, food] : foods) ctx.index.CustomFoodAdded(user, food);
  for (const auto& [id, times] : logged) {
    for (std::int64_t i = 0; i < times; ++i) ctx.index.FoodLogged(user, id);
  }
  if (out.write.weights > 0) {
    auto followed = ProfileFollowsNewestWeight(ctx, user);
    if (!followed.ok()) return followed.status();
    out.profile_weight_updated = *followed;
  }
  return out;
}

}  // namespace platewise
