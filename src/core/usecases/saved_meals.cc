#include "core/usecases/saved_meals.h"

#include "core/food/amount.h"

namespace platewise {
namespace {

// Conflict when another of the user's meals (not `except`) has the name,
// ignoring case; the store checks it byte for byte again as it writes.
Status NameFree(UseCaseContext& ctx, UserId user, const std::string& name, std::int64_t except) {
  auto meals = ctx.store.saved_meals->ListSavedMeals(user);
  if (!meals.ok()) return meals.status();
  for (const SavedMeal& m : *meals) {
    if (m.id != except && SameSavedMealName(m.name, name)) {
      return Status::Conflict("You already have a saved meal named \"" + m.name + "\": choose another name.");
    }
  }
  return Status::Ok();
}

// Each item's food, null when it is no longer visible to the user.
Result<SavedMealWithFoods> WithFoods(UseCaseContext& ctx, UserId user, SavedMeal meal) {
  SavedMealWithFoods out{std::move(meal), {}};
  for (const SavedMealItem& item : out.meal.items) {
    auto food = ctx.store.foods->GetVisibleFood(user, item.food_id);
    if (!food.ok() && food.status().code() != StatusCode::kNotFound) return food.status();
    out.foods.push_back(food.ok() ? *food : nullptr);
  }
  return out;
}

}  // namespace

Result<SavedMealWithFoods> SaveMealFromDiary(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                             const std::string& name) {
  auto checked = SavedMealName(name);
  if (!checked.ok()) return checked.status();
  auto day = ctx.store.diary->GetDay(user, date);
  if (!day.ok()) return day.status();
  SavedMeal saved{0, *checked, {}};
  for (const DiaryEntry& e : day->entries) {
    if (e.meal == meal) saved.items.push_back({e.food_id, e.grams, e.amount_text});
  }
  std::string where = std::string(MealName(meal)) + " on " + date.ToString();
  if (saved.items.empty()) return Status::Unprocessable("meal", where + " has nothing logged to save");
  if (saved.items.size() > kMaxSavedMealItems) {
    return Status::Unprocessable("meal", where + " has more than " + std::to_string(kMaxSavedMealItems) +
                                             " entries; a saved meal holds at most that many");
  }
  PW_RETURN_IF_ERROR(NameFree(ctx, user, saved.name, 0));
  auto stored = ctx.store.saved_meals->CreateSavedMeal(user, saved);
  if (!stored.ok()) return stored.status();
  return WithFoods(ctx, user, *std::move(stored));
}

Result<std::vector<SavedMealWithFoods>> ListSavedMeals(UseCaseContext& ctx, UserId user) {
  auto meals = ctx.store.saved_meals->ListSavedMeals(user);
  if (!meals.ok()) return meals.status();
  std::vector<SavedMealWithFoods> out;
  for (SavedMeal& m : *meals) {
    auto with = WithFoods(ctx, user, std::move(m));
    if (!with.ok()) return with.status();
    out.push_back(*std::move(with));
  }
  return out;
}

Result<SavedMealWithFoods> RenameSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id,
                                           const std::string& name) {
  auto checked = SavedMealName(name);
  if (!checked.ok()) return checked.status();
  auto current = ctx.store.saved_meals->GetSavedMeal(user, id);  // NotFound before "name taken"
  if (!current.ok()) return current.status();
  PW_RETURN_IF_ERROR(NameFree(ctx, user, *checked, id));
  auto renamed = ctx.store.saved_meals->RenameSavedMeal(user, id, *checked);
  if (!renamed.ok()) return renamed.status();
  return WithFoods(ctx, user, *std::move(renamed));
}

Status DeleteSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id) {
  return ctx.store.saved_meals->DeleteSavedMeal(user, id);
}

Result<std::vector<EntryWithFood>> AddSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id,
                                                const CivilDate& date, Meal meal) {
  auto saved = ctx.store.saved_meals->GetSavedMeal(user, id);
  if (!saved.ok()) return saved.status();
  auto with = WithFoods(ctx, user, *saved);
  if (!with.ok()) return with.status();
  std::vector<FoodToLog> foods;
  for (std::size_t i = 0; i < saved->items.size(); ++i) {
    const SavedMealItem& item = saved->items[i];
    if (!with->foods[i]) {
      return Status::Conflict("The saved meal \"" + saved->name + "\" has a food that no longer exists (" +
                              item.food_id + "; " + AmountDisplayText(item.amount_text) +
                              "): nothing was added. Delete the saved meal and save it again.");
    }
    // The amount as saved, checked as an amount typed by hand is.
    foods.push_back({item.food_id, [item](const Food&) -> Result<ResolvedAmount> {
                       PW_RETURN_IF_ERROR(ValidateEntryGrams(item.grams.value()).ForField("grams"));
                       return ResolvedAmount{item.grams, item.amount_text};
                     }});
  }
  return LogFoods(ctx, user, date, meal, foods);
}

}  // namespace platewise
