#include "core/usecases/account_data.h"

#include "core/food/foods_of_entries.h"

namespace platewise {

Result<AccountData> ExportAccountData(UseCaseContext& ctx, UserId user) {
  AccountData out;
  auto account = ctx.store.accounts->GetUser(user);
  if (!account.ok()) return account.status();
  out.account = std::move(*account);
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  out.profile = std::move(*profile);
  auto entries = ctx.store.diary->ListAll(user);
  if (!entries.ok()) return entries.status();
  auto foods = FoodsOfEntries(*ctx.store.foods, *entries);
  if (!foods.ok()) return foods.status();
  for (DiaryEntry& e : *entries) {
    SharedFood food = foods->at(e.food_id);
    out.entries.push_back({std::move(e), std::move(food)});
  }
  auto water = ctx.store.water->ListAll(user);
  if (!water.ok()) return water.status();
  out.water = std::move(*water);
  auto exercise = ctx.store.exercise->ListAll(user);
  if (!exercise.ok()) return exercise.status();
  out.exercise = std::move(*exercise);
  auto weights = ctx.store.weights->List(user, std::nullopt, std::nullopt);
  if (!weights.ok()) return weights.status();
  out.weights = std::move(*weights);
  auto custom = ctx.store.custom_foods->ListFoods(user);
  if (!custom.ok()) return custom.status();
  out.custom_foods = std::move(*custom);
  for (const Food& f : out.custom_foods) {
    if (f.source != kRecipeSource) continue;
    auto recipe = ctx.store.custom_foods->GetRecipe(user, f.id);
    if (!recipe.ok()) return recipe.status();
    out.recipes.emplace(f.id, std::move(*recipe));
  }
  auto catalog = ctx.store.foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  out.catalog = std::move(*catalog);
  auto favourites = ctx.store.favourites->List(user);
  if (!favourites.ok()) return favourites.status();
  out.favourites = std::move(*favourites);
  auto tokens = ctx.store.accounts->ListApiTokens(user);
  if (!tokens.ok()) return tokens.status();
  out.api_tokens = std::move(*tokens);
  auto supplements = ctx.store.supplements->ListSupplements(user);
  if (!supplements.ok()) return supplements.status();
  out.supplements = std::move(*supplements);
  auto doses = ctx.store.supplements->ListDoses(user, CivilDate{1, 1, 1}, CivilDate{9999, 12, 31});
  if (!doses.ok()) return doses.status();
  out.supplement_doses = std::move(*doses);
  auto saved_meals = ctx.store.saved_meals->ListSavedMeals(user);
  if (!saved_meals.ok()) return saved_meals.status();
  out.saved_meals = std::move(*saved_meals);
  auto overrides = ctx.store.target_overrides->List(user);
  if (!overrides.ok()) return overrides.status();
  out.target_overrides = std::move(*overrides);
  if (ctx.store.history_imports) {
    auto imports = ctx.store.history_imports->ListProvenance(user);
    if (!imports.ok()) return imports.status();
    out.imports = std::move(*imports);
  }
  return out;
}

Status DeleteAccount(UseCaseContext& ctx, UserId user) {
  PW_RETURN_IF_ERROR(ctx.store.accounts->DeleteUser(user));
  ctx.index.OwnerRemoved(user);
  return Status::Ok();
}

}  // namespace platewise
