#include "core/usecases/history_import.h"

#include <algorithm>

#include "core/food/quick_add.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/day_logs.h"

namespace platewise {

Result<ImportedHistory> WriteImportedHistory(UseCaseContext& ctx, UserId user, HistoryBatch batch) {
  ImportedHistory out;
  auto today = UserToday(ctx, user);
  if (!today.ok()) return today.status();
  auto future = std::stable_partition(batch.weights.begin(), batch.weights.end(),
                                      [&](const WeightEntry& w) { return !(*today < w.date); });
  for (auto it = future; it != batch.weights.end(); ++it) out.future_weights.push_back(it->date);
  batch.weights.erase(future, batch.weights.end());
  auto written = ctx.store.history_imports->WriteBatch(user, batch);
  if (!written.ok()) return written.status();
  out.write = std::move(*written);
  if (out.write.unchanged) return out;
  for (const Food& food : out.write.foods) {
    if (food.source != kQuickAddSource) ctx.index.CustomFoodAdded(user, food);
  }
  for (const ImportedEntry& e : batch.entries) ctx.index.FoodLogged(user, out.write.foods[e.food].id);
  if (out.write.weights > 0) {
    auto followed = ProfileFollowsNewestWeight(ctx, user);
    if (!followed.ok()) return followed.status();
    out.profile_weight_updated = *followed;
  }
  return out;
}

}  // namespace platewise
