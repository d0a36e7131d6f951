#ifndef PLATEWISE_CORE_USECASES_FOOD_LISTS_H_
#define PLATEWISE_CORE_USECASES_FOOD_LISTS_H_

// The lists a user picks foods from: favourites, recent and frequent foods,
// each with its foods loaded (FoodsOfEntries' rule: a missing food fails).

#include <string>
#include <utility>
#include <vector>

#include "core/usecases/use_case_context.h"

namespace platewise {

// Newest first.
Result<std::vector<SharedFood>> Favourites(UseCaseContext& ctx, UserId user);
// NotFound when the food is not visible to the user; adding twice is a no-op.
Status AddFavourite(UseCaseContext& ctx, UserId user, const std::string& food_id);
// NotFound when it is not a favourite.
Status RemoveFavourite(UseCaseContext& ctx, UserId user, const std::string& food_id);

struct FoodUseWithFood {
  FoodUse use;
  SharedFood food;
};
// Most recently logged first / most often logged first (DiaryRepository's
// orders); limit REQUIRES 1..100.
Result<std::vector<FoodUseWithFood>> RecentFoods(UseCaseContext& ctx, UserId user, int limit);
Result<std::vector<FoodUseWithFood>> FrequentFoods(UseCaseContext& ctx, UserId user, int limit);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_FOOD_LISTS_H_
