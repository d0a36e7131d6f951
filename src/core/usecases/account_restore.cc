#include "core/usecases/account_restore.h"

#include <set>

#include "core/diary/saved_meal.h"
#include "core/food/amount.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/day_logs.h"

namespace platewise {
namespace {

// What the account already owns, named; empty when it owns nothing.
Result<std::string> WhatItHas(UseCaseContext& ctx, UserId user) {
  auto data = ExportAccountData(ctx, user);
  if (!data.ok()) return data.status();
  std::string has;
  auto note = [&](std::size_t n, const char* what) {
    if (n == 0) return;
    has += (has.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  note(data->entries.size(), "diary entries");
  note(data->water.size(), "water entries");
  note(data->exercise.size(), "exercise entries");
  note(data->weights.size(), "weights");
  note(data->custom_foods.size(), "custom foods");
  note(data->favourites.size(), "favourites");
  note(data->supplements.size(), "supplements");
  note(data->saved_meals.size(), "saved meals");
  note(data->target_overrides.size(), "nutrient targets");
  return has;
}

Status Missing(const std::string& where, const std::string& food_id) {
  return Status::InvalidArgument("export file: " + where + " names food \"" + food_id +
                                 "\", which is neither a food of this database nor a custom food of the file");
}

// The exported ids of `rows` (0: none), checked unique: the imports section
// names rows by them.
template <typename Row, typename IdOf>
Result<std::set<std::int64_t>> ExportedIds(const std::vector<Row>& rows, const char* table, IdOf id_of) {
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::int64_t id = id_of(rows[i]);
    if (id != 0 && !ids.insert(id).second) {
      return Status::InvalidArgument("export file: " + std::string(table) + "[" + std::to_string(i) + "].id repeats the id " +
                                     std::to_string(id));
    }
  }
  return ids;
}

// Every row the imports section names is a row of the file.
Status CheckImports(const AccountData& data, const std::set<std::string>& custom_ids) {
  auto check = [](const std::vector<ImportProvenance::Row>& marks, const std::set<std::int64_t>& ids,
                  const char* table) {
    for (std::size_t i = 0; i < marks.size(); ++i) {
      if (!ids.contains(marks[i].id)) {
        return Status::InvalidArgument("export file: imports." + std::string(table) + "[" + std::to_string(i) +
                                       "] names the id " + std::to_string(marks[i].id) + ", which " + table +
                                       " does not have");
      }
    }
    return Status::Ok();
  };
  auto entries = ExportedIds(data.entries, "diary_entries", [](const EntryWithFood& e) { return e.entry.id; });
  auto weights = ExportedIds(data.weights, "weights", [](const WeightEntry& w) { return w.id; });
  auto exercise = ExportedIds(data.exercise, "exercise", [](const ExerciseEntry& x) { return x.id; });
  if (!entries.ok()) return entries.status();
  if (!weights.ok()) return weights.status();
  if (!exercise.ok()) return exercise.status();
  PW_RETURN_IF_ERROR(check(data.imports.entries, *entries, "diary_entries"));
  PW_RETURN_IF_ERROR(check(data.imports.weights, *weights, "weights"));
  PW_RETURN_IF_ERROR(check(data.imports.exercises, *exercise, "exercise"));
  for (std::size_t i = 0; i < data.imports.foods.size(); ++i) {
    if (!custom_ids.contains(data.imports.foods[i].food_id)) {
      return Status::InvalidArgument("export file: imports.custom_foods[" + std::to_string(i) + "] names \"" +
                                     data.imports.foods[i].food_id + "\", which custom_foods does not have");
    }
  }
  return Status::Ok();
}

// The imports section with the exported ids replaced by the restored rows'.
ImportProvenance MapImports(const ImportProvenance& exported, const std::map<std::int64_t, std::int64_t>& entries,
                            const std::map<std::int64_t, std::int64_t>& weights,
                            const std::map<std::int64_t, std::int64_t>& exercise,
                            const std::map<std::string, std::string>& foods) {
  ImportProvenance out = exported;
  for (auto& m : out.entries) m.id = entries.at(m.id);
  for (auto& m : out.weights) m.id = weights.at(m.id);
  for (auto& m : out.exercises) m.id = exercise.at(m.id);
  for (auto& f : out.foods) f.food_id = foods.at(f.food_id);
  return out;
}

}  // namespace

Result<RestoreSummary> RestoreAccountData(UseCaseContext& ctx, UserId user, const AccountData& data) {
  auto has = WhatItHas(ctx, user);
  if (!has.ok()) return has.status();
  if (!has->empty()) {
    return Status::PreconditionFailed("the account already has data (" + *has +
                                      "): a restore goes into a new account or an empty database, never over data");
  }

  // Check every reference before the first write.
  std::set<std::string> custom_ids;
  for (const Food& f : data.custom_foods) custom_ids.insert(f.id);
  auto known = [&](const std::string& id) -> Result<bool> {
    if (custom_ids.contains(id)) return true;
    auto shared = ctx.store.foods->GetFood(id);
    if (shared.ok()) return true;
    if (shared.status().code() == StatusCode::kNotFound) return false;
    return shared.status();
  };
  for (std::size_t i = 0; i < data.entries.size(); ++i) {
    const DiaryEntry& e = data.entries[i].entry;
    auto k = known(e.food_id);
    if (!k.ok()) return k.status();
    if (!*k) return Missing("diary_entries[" + std::to_string(i) + "]", e.food_id);
    Status grams = ValidateEntryGrams(e.grams.value());
    if (!grams.ok()) return Status::InvalidArgument("export file: diary_entries[" + std::to_string(i) + "]: " + grams.message());
  }
  for (std::size_t i = 0; i < data.favourites.size(); ++i) {
    auto k = known(data.favourites[i]);
    if (!k.ok()) return k.status();
    if (!*k) return Missing("favourites[" + std::to_string(i) + "]", data.favourites[i]);
  }
  for (const auto& [id, recipe] : data.recipes) {
    for (const RecipeIngredient& in : recipe.ingredients) {
      auto k = known(in.food_id);
      if (!k.ok()) return k.status();
      if (!*k) return Missing("the recipe \"" + recipe.name + "\"", in.food_id);
    }
  }
  PW_RETURN_IF_ERROR(CheckImports(data, custom_ids));
  if (!data.imports.empty() && !ctx.store.history_imports) {
    return Status::PreconditionFailed("export file: it has imported history, which this database cannot keep");
  }
  std::set<std::int64_t> supplement_ids;
  for (const Supplement& s : data.supplements) supplement_ids.insert(s.id);
  for (std::size_t i = 0; i < data.supplement_doses.size(); ++i) {
    if (!supplement_ids.contains(data.supplement_doses[i].supplement_id)) {
      return Status::InvalidArgument("export file: supplement_doses[" + std::to_string(i) +
                                     "] names a supplement the file does not have");
    }
  }

  // Saved meals: each name as a new one is checked, each item's amount as an
  // entry's. An item whose food is in neither the file nor this database (a
  // custom food deleted after the meal was saved) is not restored: its id
  // could name another food here. The summary counts them.
  std::vector<std::string> meal_names;
  for (std::size_t i = 0; i < data.saved_meals.size(); ++i) {
    const SavedMeal& m = data.saved_meals[i];
    const std::string at = "export file: saved_meals[" + std::to_string(i) + "]";
    auto name = SavedMealName(m.name);
    if (!name.ok()) return Status::InvalidArgument(at + ".name: " + name.status().message());
    for (const std::string& seen : meal_names) {
      if (SameSavedMealName(seen, *name)) return Status::InvalidArgument(at + ".name repeats \"" + seen + "\"");
    }
    meal_names.push_back(*name);
    if (m.items.size() > kMaxSavedMealItems) return Status::InvalidArgument(at + " has too many items");
    for (std::size_t j = 0; j < m.items.size(); ++j) {
      Status grams = ValidateEntryGrams(m.items[j].grams.value());
      if (!grams.ok()) return Status::InvalidArgument(at + ".items[" + std::to_string(j) + "]: " + grams.message());
    }
  }

  RestoreSummary summary;
  if (data.profile) {
    auto saved = SaveCurrentProfile(ctx, user, data.profile->settings, data.profile->body);
    if (!saved.ok()) return saved.status();
    // The file's goals, also over an account's stored ones (which
    // SaveCurrentProfile keeps): a goal date in the past is restored as it was.
    const ProfileSettings& file = data.profile->settings;
    if (!(saved->settings.macro_targets == file.macro_targets) || saved->settings.weight_goal != file.weight_goal) {
      saved->settings.macro_targets = file.macro_targets;
      saved->settings.weight_goal = file.weight_goal;
      PW_RETURN_IF_ERROR(ctx.store.profile_settings->Save(user, saved->settings, saved->body));
    }
    summary.profile = true;
  }

  // Custom foods oldest first (the export lists them newest first), so that
  // the new ids keep their order and a recipe comes after the foods it uses.
  std::map<std::string, std::string> new_id;
  auto mapped = [&](const std::string& id) {
    auto it = new_id.find(id);
    return it == new_id.end() ? id : it->second;
  };
  for (auto f = data.custom_foods.rbegin(); f != data.custom_foods.rend(); ++f) {
    Result<Food> stored = Status::Internal("not written");
    auto recipe = data.recipes.find(f->id);
    if (recipe == data.recipes.end()) {
      stored = ctx.store.custom_foods->CreateFood(user, *f);
    } else {
      Recipe mapped_recipe = recipe->second;
      for (RecipeIngredient& in : mapped_recipe.ingredients) {
        if (custom_ids.contains(in.food_id) && !new_id.contains(in.food_id)) {
          return Status::InvalidArgument("export file: the recipe \"" + recipe->second.name +
                                         "\" uses a custom food listed after it (made later)");
        }
        in.food_id = mapped(in.food_id);
      }
      stored = ctx.store.custom_foods->CreateRecipe(user, *f, mapped_recipe);
    }
    if (!stored.ok()) return stored.status();
    ctx.index.CustomFoodAdded(user, *stored);
    new_id[f->id] = stored->id;
    ++(recipe == data.recipes.end() ? summary.custom_foods : summary.recipes);
  }

  // The restored rows' ids by their exported ids, for the imports section.
  std::map<std::int64_t, std::int64_t> entry_id, weight_id, exercise_id;
  for (const EntryWithFood& e : data.entries) {
    DiaryEntry entry = e.entry;
    entry.food_id = mapped(entry.food_id);
    auto stored = ctx.store.diary->AddEntry(user, entry);
    if (!stored.ok()) return stored.status();
    ctx.index.FoodLogged(user, entry.food_id);
    if (e.entry.id != 0) entry_id[e.entry.id] = stored->id;
    ++summary.entries;
  }
  for (const WaterEntry& w : data.water) {
    auto stored = LogWater(ctx, user, w.date, w.ml);
    if (!stored.ok()) return stored.status();
    ++summary.water;
  }
  for (const ExerciseEntry& x : data.exercise) {
    auto stored = ctx.store.exercise->Add(user, x);
    if (!stored.ok()) return stored.status();
    if (x.id != 0) exercise_id[x.id] = stored->id;
    ++summary.exercise;
  }
  for (const WeightEntry& w : data.weights) {
    auto stored = LogWeight(ctx, user, w.date, w.weight.value());
    if (!stored.ok()) return stored.status();
    if (w.id != 0) weight_id[w.id] = stored->entry.id;
    ++summary.weights;
  }
  // Oldest added first, so the list comes back newest first as it was.
  for (auto it = data.favourites.rbegin(); it != data.favourites.rend(); ++it) {
    PW_RETURN_IF_ERROR(ctx.store.favourites->Add(user, mapped(*it)));
    ++summary.favourites;
  }
  std::map<std::int64_t, std::int64_t> new_supplement;
  for (const Supplement& s : data.supplements) {
    auto stored = ctx.store.supplements->AddSupplement(user, s);
    if (!stored.ok()) return stored.status();
    new_supplement[s.id] = stored->id;
    ++summary.supplements;
  }
  for (const SupplementDose& d : data.supplement_doses) {
    SupplementDose dose = d;
    dose.supplement_id = new_supplement.at(d.supplement_id);
    auto stored = ctx.store.supplements->LogDose(user, dose);
    if (!stored.ok()) return stored.status();
    ++summary.supplement_doses;
  }
  for (const SavedMeal& m : data.saved_meals) {
    SavedMeal meal{0, *SavedMealName(m.name), {}};
    for (const SavedMealItem& item : m.items) {
      auto k = known(item.food_id);
      if (!k.ok()) return k.status();
      if (!*k) {
        ++summary.saved_meal_items_not_restored;
        continue;
      }
      meal.items.push_back({mapped(item.food_id), item.grams, item.amount_text});
    }
    if (meal.items.empty()) {
      ++summary.saved_meals_not_restored;
      continue;
    }
    auto stored = ctx.store.saved_meals->CreateSavedMeal(user, meal);
    if (!stored.ok()) return stored.status();
    ++summary.saved_meals;
  }
  for (const TargetOverride& o : data.target_overrides) {
    PW_RETURN_IF_ERROR(ctx.store.target_overrides->Put(user, o));
  }
  if (!data.imports.empty()) {
    PW_RETURN_IF_ERROR(ctx.store.history_imports->RestoreProvenance(
        user, MapImports(data.imports, entry_id, weight_id, exercise_id, new_id)));
    summary.imported_files = static_cast<int>(data.imports.files.size());
  }
  summary.api_tokens_not_restored = static_cast<int>(data.api_tokens.size());
  return summary;
}

}  // namespace platewise
