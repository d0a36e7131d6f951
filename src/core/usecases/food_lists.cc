#include "core/usecases/food_lists.h"

#include <algorithm>

#include "core/food/foods_of_entries.h"
#include "core/food/quick_add.h"

namespace platewise {
namespace {

// The store is asked for this many times `limit` uses, so that the foods of
// quick-add entries (each its own food, never a food to pick again) can be
// left out and `limit` real ones still come back.
constexpr int kUsesPerShown = 4;
constexpr int kMostUsesAsked = 400;

Result<std::vector<FoodUseWithFood>> WithFoods(UseCaseContext& ctx, Result<std::vector<FoodUse>> uses, int limit) {
  if (!uses.ok()) return uses.status();
  FoodsById foods;
  std::vector<FoodUseWithFood> out;
  for (FoodUse& u : *uses) {
    if (static_cast<int>(out.size()) >= limit) break;
    PW_RETURN_IF_ERROR(AddFood(*ctx.store.foods, u.food_id, foods));
    SharedFood food = foods.at(u.food_id);
    if (food->source == kQuickAddSource) continue;
    out.push_back({std::move(u), std::move(food)});
  }
  return out;
}

int UsesToAsk(int limit) { return std::min(kMostUsesAsked, std::max(limit, limit * kUsesPerShown)); }

}  // namespace

Result<std::vector<SharedFood>> Favourites(UseCaseContext& ctx, UserId user) {
  auto ids = ctx.store.favourites->List(user);
  if (!ids.ok()) return ids.status();
  FoodsById foods;
  std::vector<SharedFood> out;
  for (const std::string& id : *ids) {
    PW_RETURN_IF_ERROR(AddFood(*ctx.store.foods, id, foods));
    out.push_back(foods.at(id));
  }
  return out;
}

Status AddFavourite(UseCaseContext& ctx, UserId user, const std::string& food_id) {
  return ctx.store.favourites->Add(user, food_id);
}

Status RemoveFavourite(UseCaseContext& ctx, UserId user, const std::string& food_id) {
  return ctx.store.favourites->Remove(user, food_id);
}

Result<std::vector<FoodUseWithFood>> RecentFoods(UseCaseContext& ctx, UserId user, int limit) {
  return WithFoods(ctx, ctx.store.diary->RecentFoods(user, UsesToAsk(limit)), limit);
}

Result<std::vector<FoodUseWithFood>> FrequentFoods(UseCaseContext& ctx, UserId user, int limit) {
  return WithFoods(ctx, ctx.store.diary->FrequentFoods(user, UsesToAsk(limit)), limit);
}

}  // namespace platewise
