#include "core/usecases/diary_entries.h"

#include "core/food/foods_of_entries.h"

namespace platewise {
namespace {

Result<EntryWithFood> WithFood(UseCaseContext& ctx, DiaryEntry entry) {
  FoodsById foods;
  PW_RETURN_IF_ERROR(AddFood(*ctx.store.foods, entry.food_id, foods));
  SharedFood food = foods.at(entry.food_id);
  return EntryWithFood{std::move(entry), std::move(food)};
}

}  // namespace

Result<EntryWithFood> LogFood(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                              const std::string& food_id, const AmountOfFood& amount) {
  auto food = ctx.store.foods->GetVisibleFood(user, food_id);
  if (!food.ok()) return food.status();
  auto resolved = amount(**food);
  if (!resolved.ok()) return resolved.status();
  auto stored = ctx.store.diary->AddEntry(user, {0, date, meal, (*food)->id, resolved->grams, resolved->description});
  if (!stored.ok()) return stored.status();
  ctx.index.FoodLogged(user, stored->food_id);
  return EntryWithFood{std::move(*stored), std::move(*food)};
}

Result<EntryWithFood> GetEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id) {
  auto entry = ctx.store.diary->GetEntry(user, entry_id);
  if (!entry.ok()) return entry.status();
  return WithFood(ctx, std::move(*entry));
}

Result<EntryWithFood> EditEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id, const EntryEdit& edit) {
  auto current = GetEntry(ctx, user, entry_id);
  if (!current.ok()) return current.status();
  DiaryEntry updated = current->entry;
  if (edit.date) updated.date = *edit.date;
  if (edit.meal) updated.meal = *edit.meal;
  if (edit.amount) {
    auto resolved = (*edit.amount)(*current->food);
    if (!resolved.ok()) return resolved.status();
    updated.grams = resolved->grams;
    updated.amount_text = resolved->description;
  }
  auto stored = ctx.store.diary->UpdateEntry(user, updated);
  if (!stored.ok()) return stored.status();
  return EntryWithFood{std::move(*stored), std::move(current->food)};
}

Status DeleteEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id) {
  return ctx.store.diary->DeleteEntry(user, entry_id);
}

Result<std::vector<EntryWithFood>> CopyDay(UseCaseContext& ctx, UserId user, const CivilDate& from,
                                           const CivilDate& to, std::optional<Meal> meal) {
  auto copies = ctx.store.diary->CopyEntries(user, from, to, meal);
  if (!copies.ok()) return copies.status();
  auto foods = FoodsOfEntries(*ctx.store.foods, *copies);
  if (!foods.ok()) return foods.status();
  std::vector<EntryWithFood> out;
  for (DiaryEntry& e : *copies) {
    ctx.index.FoodLogged(user, e.food_id);  // copied entries are logs too
    SharedFood food = foods->at(e.food_id);
    out.push_back({std::move(e), std::move(food)});
  }
  return out;
}

}  // namespace platewise
