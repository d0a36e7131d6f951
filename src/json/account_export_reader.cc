#include "json/account_export_reader.h"

#include <cmath>

#include "core/account/profile_settings.h"
#include "core/diary/meal.h"
#include "core/energy/calorie_goal.h"
#include "core/energy/macro_targets.h"
#include "core/units/body_units.h"

namespace platewise {
namespace {

Status Bad(const std::string& where, const std::string& what) {
  return Status::InvalidArgument("export file: " + where + " " + what);
}

// The member `key` of `obj`, which must exist (null allowed only when `nullable`).
Result<const nlohmann::json*> Member(const nlohmann::json& obj, const std::string& where, const char* key,
                                     bool nullable = false) {
  if (!obj.is_object()) return Bad(where, "must be an object");
  auto it = obj.find(key);
  if (it == obj.end()) return Bad(where + "." + key, "is missing");
  if (it->is_null() && !nullable) return Bad(where + "." + key, "must not be null");
  return &*it;
}

Result<std::string> Text(const nlohmann::json& obj, const std::string& where, const char* key) {
  auto m = Member(obj, where, key);
  if (!m.ok()) return m.status();
  if (!(*m)->is_string()) return Bad(where + "." + key, "must be text");
  return (*m)->get<std::string>();
}

Result<double> Number(const nlohmann::json& obj, const std::string& where, const char* key) {
  auto m = Member(obj, where, key);
  if (!m.ok()) return m.status();
  if (!(*m)->is_number() || !std::isfinite((*m)->get<double>())) return Bad(where + "." + key, "must be a number");
  return (*m)->get<double>();
}

Result<std::optional<double>> OptionalNumber(const nlohmann::json& obj, const std::string& where, const char* key) {
  auto m = Member(obj, where, key, true);
  if (!m.ok()) return m.status();
  if ((*m)->is_null()) return std::optional<double>();
  auto n = Number(obj, where, key);
  if (!n.ok()) return n.status();
  return std::optional<double>(*n);
}

Result<std::int64_t> Id(const nlohmann::json& obj, const std::string& where, const char* key) {
  auto m = Member(obj, where, key);
  if (!m.ok()) return m.status();
  if (!(*m)->is_number_integer()) return Bad(where + "." + key, "must be a whole number");
  return (*m)->get<std::int64_t>();
}

Result<CivilDate> Date(const nlohmann::json& obj, const std::string& where, const char* key) {
  auto t = Text(obj, where, key);
  if (!t.ok()) return t.status();
  auto d = ParseCivilDate(*t);
  if (!d.ok()) return Bad(where + "." + key, "must be a date (YYYY-MM-DD): " + d.status().message());
  return *d;
}

// A row's exported "id", 0 when the row has none (a file written by hand):
// only the imports section refers to rows by it.
Result<std::int64_t> ExportedId(const nlohmann::json& obj, const std::string& where) {
  if (obj.is_object() && !obj.contains("id")) return std::int64_t{0};
  return Id(obj, where, "id");
}

// The array `key` of the file (or of its section `within`, "imports"), each
// element read by `read` into `out`.
template <typename T, typename Read>
Status Table(const nlohmann::json& file, const char* key, std::vector<T>& out, Read read,
             const std::string& within = "") {
  const std::string prefix = within.empty() ? "" : within + ".";
  auto m = Member(file, within.empty() ? "the file" : within, key);
  if (!m.ok()) return m.status();
  if (!(*m)->is_array()) return Bad(prefix + key, "must be a list");
  for (std::size_t i = 0; i < (*m)->size(); ++i) {
    auto row = read((**m)[i], prefix + key + "[" + std::to_string(i) + "]");
    if (!row.ok()) return row.status();
    out.push_back(std::move(*row));
  }
  return Status::Ok();
}

Result<Food> ReadFood(const nlohmann::json& j, const std::string& at) {
  Food f;
  auto id = Text(j, at, "id");
  auto name = Text(j, at, "name");
  auto group = Text(j, at, "food_group");
  auto source = Text(j, at, "source");
  for (const auto* r : {&id, &name, &group, &source})
    if (!r->ok()) return r->status();
  f.id = *id;
  f.description = *name;
  f.food_group = *group;
  f.source = *source;
  auto atwater = Member(j, at, "atwater");
  if (!atwater.ok()) return atwater.status();
  auto p = OptionalNumber(**atwater, at + ".atwater", "protein");
  auto fa = OptionalNumber(**atwater, at + ".atwater", "fat");
  auto c = OptionalNumber(**atwater, at + ".atwater", "carbohydrate");
  for (const auto* r : {&p, &fa, &c})
    if (!r->ok()) return r->status();
  f.protein_factor = *p;
  f.fat_factor = *fa;
  f.carbohydrate_factor = *c;
  auto nutrients = Member(j, at, "nutrients");
  if (!nutrients.ok()) return nutrients.status();
  if (!(*nutrients)->is_array()) return Bad(at + ".nutrients", "must be a list");
  for (std::size_t i = 0; i < (*nutrients)->size(); ++i) {
    const std::string here = at + ".nutrients[" + std::to_string(i) + "]";
    auto key = Text((**nutrients)[i], here, "key");
    if (!key.ok()) return key.status();
    auto amount = OptionalNumber((**nutrients)[i], here, "per_100g");
    if (!amount.ok()) return amount.status();
    if (*amount) f.per_100g.Set(*key, **amount);  // null: not analysed, stays absent
  }
  auto portions = Member(j, at, "portions");
  if (!portions.ok()) return portions.status();
  if (!(*portions)->is_array()) return Bad(at + ".portions", "must be a list");
  for (std::size_t i = 0; i < (*portions)->size(); ++i) {
    const std::string here = at + ".portions[" + std::to_string(i) + "]";
    auto amount = Number((**portions)[i], here, "amount");
    auto unit = Text((**portions)[i], here, "unit");
    auto grams = Number((**portions)[i], here, "grams");
    if (!amount.ok()) return amount.status();
    if (!unit.ok()) return unit.status();
    if (!grams.ok()) return grams.status();
    f.portions.push_back({*amount, *unit, Grams(*grams)});
  }
  return f;
}

Result<Recipe> ReadRecipe(const nlohmann::json& j, const std::string& at, const std::string& name) {
  Recipe r;
  r.name = name;
  auto servings = Number(j, at, "servings");
  if (!servings.ok()) return servings.status();
  r.servings = *servings;
  auto list = Member(j, at, "ingredients");
  if (!list.ok()) return list.status();
  if (!(*list)->is_array()) return Bad(at + ".ingredients", "must be a list");
  for (std::size_t i = 0; i < (*list)->size(); ++i) {
    const std::string here = at + ".ingredients[" + std::to_string(i) + "]";
    auto food = Text((**list)[i], here, "food_id");
    auto grams = Number((**list)[i], here, "grams");
    auto amount = Text((**list)[i], here, "amount");
    if (!food.ok()) return food.status();
    if (!grams.ok()) return grams.status();
    if (!amount.ok()) return amount.status();
    r.ingredients.push_back({*food, Grams(*grams), *amount});
  }
  return r;
}

Result<std::optional<CurrentProfile>> ReadProfile(const nlohmann::json& file) {
  auto m = Member(file, "the file", "profile", true);
  if (!m.ok()) return m.status();
  if ((*m)->is_null()) return std::optional<CurrentProfile>();
  const nlohmann::json& j = **m;
  const std::string at = "profile";
  CurrentProfile p;
  auto sex = Text(j, at, "sex");
  auto activity = Text(j, at, "activity");
  auto units = Text(j, at, "units");
  auto zone = Text(j, at, "time_zone");
  auto age = Number(j, at, "age");
  auto height = Number(j, at, "height_cm");
  auto weight = Number(j, at, "weight_kg");
  auto goal = Number(j, at, "weekly_goal_lb");
  for (const auto* r : {&sex, &activity, &units, &zone})
    if (!r->ok()) return r->status();
  for (const auto* r : {&age, &height, &weight, &goal})
    if (!r->ok()) return r->status();
  auto birth = Member(j, at, "birth_date", true);
  if (!birth.ok()) return birth.status();
  if (!(*birth)->is_null()) {
    auto d = Date(j, at, "birth_date");
    if (!d.ok()) return d.status();
    p.settings.birth_date = *d;
  }
  auto s = ParseSex(*sex);
  if (!s.ok()) return Bad(at + ".sex", s.status().message());
  auto a = ParseActivityLevel(*activity);
  if (!a.ok()) return Bad(at + ".activity", a.status().message());
  auto u = ParseDisplayUnits(*units);
  if (!u.ok()) return Bad(at + ".units", u.status().message());
  p.body.sex = *s;
  p.body.activity = *a;
  p.body.age_years = *age;
  p.body.height = Centimeters(*height);
  p.body.weight = Kilograms(*weight);
  p.body.goal.lb_per_week = *goal;
  p.settings.units = *u;
  p.settings.time_zone = *zone;
  // Absent in exports made before the choice existed: the formula's.
  if (j.contains("adaptive_maintenance") && !j.at("adaptive_maintenance").is_null()) {
    const std::string here = at + ".adaptive_maintenance";
    const nlohmann::json& a = j.at("adaptive_maintenance");
    if (!a.is_object()) return Bad(here, "must be an object or null");
    auto kcal = Number(a, here, "kcal");
    if (!kcal.ok()) return kcal.status();
    if (*kcal < 500 || *kcal > 10000) return Bad(here + ".kcal", "must be from 500 to 10000 kcal a day");
    auto set_on = Date(a, here, "set_on");
    if (!set_on.ok()) return set_on.status();
    p.settings.adaptive_maintenance = AdaptiveMaintenance{Kcal(*kcal), *set_on};
  }
  // Absent in exports made before goals existed: the AMDR-based default
  // and no goal weight.
  if (j.contains("macro_targets") && !j.at("macro_targets").is_null()) {
    const std::string here = at + ".macro_targets";
    const nlohmann::json& m = j.at("macro_targets");
    if (!m.is_object()) return Bad(here, "must be an object or null");
    auto unit = Text(m, here, "unit");
    if (!unit.ok()) return unit.status();
    auto parsed = ParseMacroUnit(*unit);
    if (!parsed.ok()) return Bad(here + ".unit", parsed.status().message());
    auto protein = Number(m, here, "protein");
    auto carbohydrate = Number(m, here, "carbohydrate");
    auto fat = Number(m, here, "fat");
    for (const auto* r : {&protein, &carbohydrate, &fat})
      if (!r->ok()) return r->status();
    MacroTargets targets{*parsed, *protein, *carbohydrate, *fat};
    Status valid = ValidateMacroTargets(targets);
    if (!valid.ok()) return Bad(here + "." + valid.field(), valid.message());
    p.settings.macro_targets = targets;
  }
  if (j.contains("goal_weight_kg") && !j.at("goal_weight_kg").is_null()) {
    auto kg = Number(j, at, "goal_weight_kg");
    if (!kg.ok()) return kg.status();
    if (*kg < kMinWeightKg || *kg > kMaxWeightKg) {
      return Bad(at + ".goal_weight_kg", WeightRangeMessage(Kilograms(*kg), DisplayUnits::kMetric));
    }
    WeightGoal goal{Kilograms(*kg), std::nullopt};
    if (j.contains("goal_date") && !j.at("goal_date").is_null()) {
      auto d = Date(j, at, "goal_date");
      if (!d.ok()) return d.status();
      goal.date = *d;
    }
    p.settings.weight_goal = goal;
  }
  return std::optional<CurrentProfile>(std::move(p));
}

// The export's "imports" (json/account_export_json.h); absent in exports
// made before it existed, which then restore as rows made in Platewise.
Result<ImportProvenance> ReadImports(const nlohmann::json& file) {
  ImportProvenance p;
  auto section = file.find("imports");
  if (section == file.end()) return p;
  const nlohmann::json& j = *section;
  if (!j.is_object()) return Bad("imports", "must be an object");
  auto marks = [&j](const char* key, std::vector<ImportProvenance::Row>& out) {
    return Table(j, key, out, [&](const nlohmann::json& row, const std::string& at) -> Result<ImportProvenance::Row> {
      auto id = Id(row, at, "id");
      auto scope = Text(row, at, "scope");
      if (!id.ok()) return id.status();
      if (!scope.ok()) return scope.status();
      if (scope->empty()) return Bad(at + ".scope", "must not be empty");
      return ImportProvenance::Row{*id, *scope};
    }, "imports");
  };
  PW_RETURN_IF_ERROR(marks("diary_entries", p.entries));
  PW_RETURN_IF_ERROR(marks("weights", p.weights));
  PW_RETURN_IF_ERROR(marks("exercise", p.exercises));
  PW_RETURN_IF_ERROR(Table(j, "custom_foods", p.foods, [](const nlohmann::json& row, const std::string& at)
                                                           -> Result<ImportProvenance::ImportedFoodKey> {
    auto id = Text(row, at, "id");
    auto key = Text(row, at, "key");
    if (!id.ok()) return id.status();
    if (!key.ok()) return key.status();
    if (key->find('\n') == std::string::npos) {
      return Bad(at + ".key", "must be an import's scope and key (\"scope\\nkey\")");
    }
    return ImportProvenance::ImportedFoodKey{*id, *key};
  }, "imports"));
  PW_RETURN_IF_ERROR(Table(j, "files", p.files, [](const nlohmann::json& row, const std::string& at)
                                                    -> Result<ImportProvenance::File> {
    auto scope = Text(row, at, "scope");
    auto hash = Text(row, at, "file_hash");
    if (!scope.ok()) return scope.status();
    if (!hash.ok()) return hash.status();
    if (scope->empty() || hash->empty()) return Bad(at, "needs a scope and a file_hash");
    return ImportProvenance::File{*scope, *hash};
  }, "imports"));
  return p;
}

}  // namespace

Result<AccountData> ReadAccountExport(const nlohmann::json& file) {
  if (!file.is_object()) return Bad("the file", "must be a JSON object (what `platewise export --json` writes)");
  AccountData d;
  auto profile = ReadProfile(file);
  if (!profile.ok()) return profile.status();
  d.profile = std::move(*profile);

  // Custom foods first: entries name them.
  auto custom = Member(file, "the file", "custom_foods");
  if (!custom.ok()) return custom.status();
  if (!(*custom)->is_array()) return Bad("custom_foods", "must be a list");
  for (std::size_t i = 0; i < (*custom)->size(); ++i) {
    const std::string at = "custom_foods[" + std::to_string(i) + "]";
    auto food = ReadFood((**custom)[i], at);
    if (!food.ok()) return food.status();
    auto recipe = (**custom)[i].find("recipe");
    if (recipe != (**custom)[i].end()) {
      auto r = ReadRecipe(*recipe, at + ".recipe", food->description);
      if (!r.ok()) return r.status();
      d.recipes.emplace(food->id, std::move(*r));
    }
    d.custom_foods.push_back(std::move(*food));
  }

  PW_RETURN_IF_ERROR(Table(file, "diary_entries", d.entries, [](const nlohmann::json& j, const std::string& at)
                                                                  -> Result<EntryWithFood> {
    EntryWithFood e;
    auto date = Date(j, at, "date");
    auto meal = Text(j, at, "meal");
    auto food = Text(j, at, "food_id");
    auto grams = Number(j, at, "grams");
    auto amount = Text(j, at, "amount");
    if (!date.ok()) return date.status();
    if (!meal.ok()) return meal.status();
    if (!food.ok()) return food.status();
    if (!grams.ok()) return grams.status();
    if (!amount.ok()) return amount.status();
    auto id = ExportedId(j, at);
    if (!id.ok()) return id.status();
    auto m = ParseMeal(*meal);
    if (!m.ok()) return Bad(at + ".meal", m.status().message());
    e.entry = DiaryEntry{*id, *date, *m, *food, Grams(*grams), *amount};
    return e;
  }));
  PW_RETURN_IF_ERROR(Table(file, "water", d.water, [](const nlohmann::json& j, const std::string& at) -> Result<WaterEntry> {
    auto date = Date(j, at, "date");
    auto ml = Number(j, at, "ml");
    if (!date.ok()) return date.status();
    if (!ml.ok()) return ml.status();
    return WaterEntry{0, *date, *ml};
  }));
  PW_RETURN_IF_ERROR(Table(file, "exercise", d.exercise, [](const nlohmann::json& j, const std::string& at)
                                                             -> Result<ExerciseEntry> {
    auto date = Date(j, at, "date");
    auto activity = Text(j, at, "activity");
    auto description = Text(j, at, "description");
    auto minutes = OptionalNumber(j, at, "minutes");
    auto kcal = Number(j, at, "kcal");
    if (!date.ok()) return date.status();
    if (!activity.ok()) return activity.status();
    if (!description.ok()) return description.status();
    if (!minutes.ok()) return minutes.status();
    if (!kcal.ok()) return kcal.status();
    auto id = ExportedId(j, at);
    if (!id.ok()) return id.status();
    return ExerciseEntry{*id, *date, *activity, *description, *minutes, Kcal(*kcal)};
  }));
  PW_RETURN_IF_ERROR(Table(file, "weights", d.weights, [](const nlohmann::json& j, const std::string& at)
                                                           -> Result<WeightEntry> {
    auto date = Date(j, at, "date");
    auto kg = Number(j, at, "weight_kg");
    if (!date.ok()) return date.status();
    if (!kg.ok()) return kg.status();
    auto id = ExportedId(j, at);
    if (!id.ok()) return id.status();
    return WeightEntry{*id, *date, Kilograms(*kg)};
  }));
  PW_RETURN_IF_ERROR(Table(file, "favourites", d.favourites, [](const nlohmann::json& j, const std::string& at) {
    return Text(j, at, "food_id");
  }));
  PW_RETURN_IF_ERROR(Table(file, "supplements", d.supplements, [](const nlohmann::json& j, const std::string& at)
                                                                   -> Result<Supplement> {
    Supplement s;
    auto id = Id(j, at, "id");
    auto name = Text(j, at, "name");
    auto unit = Text(j, at, "unit");
    auto per_unit = Member(j, at, "per_unit");
    if (!id.ok()) return id.status();
    if (!name.ok()) return name.status();
    if (!unit.ok()) return unit.status();
    if (!per_unit.ok()) return per_unit.status();
    if (!(*per_unit)->is_object()) return Bad(at + ".per_unit", "must be an object of amounts by nutrient key");
    for (const auto& [key, value] : (*per_unit)->items()) {
      if (!value.is_number()) return Bad(at + ".per_unit." + key, "must be a number");
      s.per_unit.Set(key, value.get<double>());
    }
    s.id = *id;
    s.name = *name;
    s.unit = *unit;
    return s;
  }));
  PW_RETURN_IF_ERROR(Table(file, "supplement_doses", d.supplement_doses,
                           [](const nlohmann::json& j, const std::string& at) -> Result<SupplementDose> {
                             auto date = Date(j, at, "date");
                             auto supplement = Id(j, at, "supplement_id");
                             auto units = Number(j, at, "units");
                             if (!date.ok()) return date.status();
                             if (!supplement.ok()) return supplement.status();
                             if (!units.ok()) return units.status();
                             return SupplementDose{0, *date, *supplement, *units};
                           }));
  // Saved meals came later: an older export has none.
  if (file.contains("saved_meals")) {
    PW_RETURN_IF_ERROR(Table(file, "saved_meals", d.saved_meals, [](const nlohmann::json& j, const std::string& at)
                                                                     -> Result<SavedMeal> {
      auto name = Text(j, at, "name");
      auto items = Member(j, at, "items");
      if (!name.ok()) return name.status();
      if (!items.ok()) return items.status();
      if (!(*items)->is_array()) return Bad(at + ".items", "must be a list");
      SavedMeal m{0, *name, {}};
      for (std::size_t i = 0; i < (*items)->size(); ++i) {
        const nlohmann::json& item = (**items)[i];
        const std::string item_at = at + ".items[" + std::to_string(i) + "]";
        if (!item.is_object()) return Bad(item_at, "must be an object");
        auto food = Text(item, item_at, "food_id");
        auto grams = Number(item, item_at, "grams");
        auto amount = Text(item, item_at, "amount");
        if (!food.ok()) return food.status();
        if (!grams.ok()) return grams.status();
        if (!amount.ok()) return amount.status();
        m.items.push_back({*food, Grams(*grams), *amount});
      }
      return m;
    }));
  }
  // The person's own nutrient targets; files exported before they existed have none.
  if (file.contains("nutrient_targets")) {
    PW_RETURN_IF_ERROR(Table(file, "nutrient_targets", d.target_overrides,
                             [](const nlohmann::json& j, const std::string& at) -> Result<TargetOverride> {
                               auto key = Text(j, at, "key");
                               auto amount = Number(j, at, "amount");
                               auto upper = OptionalNumber(j, at, "upper");
                               auto source_text = Text(j, at, "source");
                               if (!key.ok()) return key.status();
                               if (!amount.ok()) return amount.status();
                               if (!upper.ok()) return upper.status();
                               if (!source_text.ok()) return source_text.status();
                               auto source = ParseOverrideSource(*source_text);
                               if (!source.ok()) return Bad(at + ".source", "must be doctor or own");
                               if (*amount <= 0) return Bad(at + ".amount", "must be more than 0");
                               if (*upper && **upper < *amount) return Bad(at + ".upper", "must not be below amount");
                               return TargetOverride{*key, *amount, *upper, *source};
                             }));
  }
  // Their names only, to say that they were not restored.
  PW_RETURN_IF_ERROR(Table(file, "api_tokens", d.api_tokens, [](const nlohmann::json& j, const std::string& at)
                                                                 -> Result<ApiTokenInfo> {
    auto name = Text(j, at, "name");
    if (!name.ok()) return name.status();
    return ApiTokenInfo{0, *name, 0};
  }));
  auto imports = ReadImports(file);
  if (!imports.ok()) return imports.status();
  d.imports = std::move(*imports);
  return d;
}

}  // namespace platewise
