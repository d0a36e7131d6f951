#include "core/usecases/diary_entries.h"

#include <algorithm>
#include <cctype>

#include "core/diary/entry_changed.h"
#include "core/diary/idempotency_key.h"
#include "core/diary/meal.h"
#include "core/food/amount.h"
#include "core/food/foods_of_entries.h"
#include "core/usecases/custom_foods.h"

namespace platewise {
namespace {

Result<EntryWithFood> WithFood(UseCaseContext& ctx, DiaryEntry entry) {
  FoodsById foods;
  PW_RETURN_IF_ERROR(AddFood(*ctx.store.foods, entry.food_id, foods));
  SharedFood food = foods.at(entry.food_id);
  return EntryWithFood{std::move(entry), std::move(food)};
}

// One store call: AddEntryOnce with a key, AddEntry without.
Result<AddedEntry> Add(UseCaseContext& ctx, UserId user, const DiaryEntry& entry, const std::string& key) {
  if (!key.empty()) {
    PW_RETURN_IF_ERROR(CheckIdempotencyKey(key));
    return ctx.store.diary->AddEntryOnce(user, entry, key);
  }
  auto stored = ctx.store.diary->AddEntry(user, entry);
  if (!stored.ok()) return stored.status();
  return AddedEntry{*std::move(stored), true};
}

// The entry LogFood writes (no id yet) with its food: the one rule of what
// may be logged, for one food or several.
Result<EntryWithFood> EntryToLog(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                 const std::string& food_id, const AmountOfFood& amount) {
  auto food = ctx.store.foods->GetVisibleFood(user, food_id);
  if (!food.ok()) return food.status();
  auto resolved = amount(**food);
  if (!resolved.ok()) return resolved.status();
  return EntryWithFood{{0, date, meal, (*food)->id, resolved->grams, resolved->description}, std::move(*food)};
}

}  // namespace

Result<std::vector<EntryWithFood>> LogFoods(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                            const std::vector<FoodToLog>& foods) {
  if (foods.empty()) return Status::Unprocessable("entries", "give at least one food to log");
  if (foods.size() > kMaxFoodsLoggedAtOnce) {
    return Status::Unprocessable("entries", "at most " + std::to_string(kMaxFoodsLoggedAtOnce) + " foods at once");
  }
  std::vector<EntryWithFood> out;
  std::vector<DiaryEntry> rows;
  for (std::size_t i = 0; i < foods.size(); ++i) {
    auto one = EntryToLog(ctx, user, date, meal, foods[i].food_id, foods[i].amount);
    if (!one.ok()) {
      const Status& s = one.status();
      const std::string where = "food " + std::to_string(i + 1) + ": ";
      const std::string field = "entries[" + std::to_string(i) + "].";
      if (s.code() == StatusCode::kUnprocessable) return Status::Unprocessable(field + s.field(), where + s.message());
      // An amount text the food cannot take (ResolveAmount).
      if (s.code() == StatusCode::kInvalidArgument) return Status::Unprocessable(field + "amount", where + s.message());
      // A food the list names that the user cannot see is the list's fault.
      if (s.code() == StatusCode::kNotFound) return Status::Unprocessable(field + "food_id", where + s.message());
      return s.WithContext(where);
    }
    rows.push_back(one->entry);
    out.push_back(*std::move(one));
  }
  auto stored = ctx.store.diary->AddEntries(user, rows);
  if (!stored.ok()) return stored.status();
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].entry = (*stored)[i];
    ctx.index.FoodLogged(user, out[i].entry.food_id);
  }
  return out;
}

Result<EntryWithFood> LogFood(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                              const std::string& food_id, const AmountOfFood& amount,
                              const std::string& idempotency_key) {
  auto one = EntryToLog(ctx, user, date, meal, food_id, amount);
  if (!one.ok()) return one.status();
  auto stored = Add(ctx, user, one->entry, idempotency_key);
  if (!stored.ok()) return stored.status();
  if (stored->created) ctx.index.FoodLogged(user, stored->entry.food_id);
  if (stored->entry.food_id != one->food->id) return WithFood(ctx, std::move(stored->entry));
  return EntryWithFood{std::move(stored->entry), std::move(one->food)};
}

Result<EntryWithFood> LogQuickAdd(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                  const QuickAdd& quick, const std::string& idempotency_key) {
  PW_RETURN_IF_ERROR(CheckNutrientKeys(ctx, quick.nutrients));
  auto food = BuildQuickAddFood(quick);
  if (!food.ok()) return food.status();
  // Its own food, written first; the search never holds it (search/searchable_food.h).
  auto made = ctx.store.custom_foods->CreateFood(user, *food);
  if (!made.ok()) return made.status();
  auto stored = Add(ctx, user, {0, date, meal, made->id, Grams(kQuickAddGrams), "1 serving"}, idempotency_key);
  if (!stored.ok() || !stored->created) {
    // Two store calls, not one: a refused entry, or a repeat of one logged
    // before, takes its new food with it (best effort; a food left over is
    // never searched or listed).
    (void)ctx.store.custom_foods->DeleteFood(user, made->id);
    if (!stored.ok()) return stored.status();
    return WithFood(ctx, std::move(stored->entry));
  }
  return EntryWithFood{std::move(stored->entry), std::make_shared<const Food>(std::move(*made))};
}

Result<EntryWithFood> GetEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id) {
  auto entry = ctx.store.diary->GetEntry(user, entry_id);
  if (!entry.ok()) return entry.status();
  return WithFood(ctx, std::move(*entry));
}

// The entry is read first only for its food (which no write changes), to
// resolve the amount; the write itself names just the fields the edit sets
// and carries the version matched here, which the store checks again as it
// writes, so an edit that raced another is refused rather than applied.
Result<EntryWithFood> EditEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id, const EntryEdit& edit) {
  auto current = GetEntry(ctx, user, entry_id);
  if (!current.ok()) return current.status();
  std::optional<std::int64_t> expected;
  if (edit.if_version_in) {
    const std::vector<std::int64_t>& versions = *edit.if_version_in;
    if (std::find(versions.begin(), versions.end(), current->entry.version) == versions.end()) {
      return EntryChanged(entry_id, current->entry.version);
    }
    expected = current->entry.version;
  }
  EntryChanges changes{edit.date, edit.meal, std::nullopt, std::nullopt};
  if (edit.amount) {
    auto resolved = (*edit.amount)(*current->food);
    if (!resolved.ok()) return resolved.status();
    changes.grams = resolved->grams;
    changes.amount_text = resolved->description;
  }
  if (!changes.date && !changes.meal && !changes.grams) return current;  // nothing to write
  auto stored = ctx.store.diary->UpdateEntry(user, entry_id, changes, expected);
  if (!stored.ok()) return stored.status();
  return EntryWithFood{std::move(*stored), std::move(current->food)};
}

Status DeleteEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id) {
  return ctx.store.diary->DeleteEntry(user, entry_id);
}

Result<std::vector<EntryWithFood>> CopyDay(UseCaseContext& ctx, UserId user, const CivilDate& from,
                                           const CivilDate& to, std::optional<Meal> meal, bool again) {
  if (!again) {
    auto source = ctx.store.diary->GetDay(user, from);
    if (!source.ok()) return source.status();
    auto target = ctx.store.diary->GetDay(user, to);
    if (!target.ok()) return target.status();
    std::string twins;
    int count = 0;
    for (const DiaryEntry& e : source->entries) {
      if (meal && e.meal != *meal) continue;
      for (const DiaryEntry& t : target->entries) {
        if (t.meal == e.meal && t.food_id == e.food_id && t.grams == e.grams) {
          auto food = ctx.store.foods->GetVisibleFood(user, e.food_id);
          twins += (count++ ? "; " : "") + (food.ok() ? (*food)->description : e.food_id) + " (" +
                   AmountDisplayText(e.amount_text) + ")";
          break;
        }
      }
    }
    if (count > 0) {
      std::string where = meal ? std::string(MealName(*meal)) + " on " + to.ToString() : to.ToString();
      where[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(where[0])));
      return Status::Conflict(where + " already has " + twins + ", copied from " + from.ToString() +
                              ": nothing was copied. Copy again to add " + (count == 1 ? "it" : "them") +
                              " once more.");
    }
  }
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
