#include "json/account_export_json.h"

#include "json/diary_json.h"
#include "json/food_json.h"
#include "json/supplement_json.h"

namespace platewise {

nlohmann::json AccountExportJson(const AccountData& data) {
  nlohmann::json out;
  out["account"] = {{"id", data.account.id}, {"email", data.account.email}};
  out["profile"] = data.profile ? ProfileJson(data.profile->settings, data.profile->body) : nlohmann::json(nullptr);
  out["diary_entries"] = nlohmann::json::array();
  for (const EntryWithFood& e : data.entries) out["diary_entries"].push_back(DiaryEntryJson(e.entry, *e.food));
  out["water"] = nlohmann::json::array();
  for (const auto& w : data.water) out["water"].push_back(WaterJson(w));
  out["exercise"] = nlohmann::json::array();
  for (const auto& e : data.exercise) out["exercise"].push_back(ExerciseJson(e));
  out["weights"] = nlohmann::json::array();
  for (const auto& w : data.weights) out["weights"].push_back(WeightJson(w));
  out["custom_foods"] = nlohmann::json::array();
  for (const Food& f : data.custom_foods) {
    nlohmann::json food = FoodDetailJson(f, data.catalog);
    auto recipe = data.recipes.find(f.id);
    if (recipe != data.recipes.end()) {
      nlohmann::json ingredients = nlohmann::json::array();
      for (const RecipeIngredient& i : recipe->second.ingredients) {
        ingredients.push_back({{"food_id", i.food_id}, {"grams", i.grams.value()}, {"amount", i.amount_text}});
      }
      food["recipe"] = {{"servings", recipe->second.servings}, {"ingredients", std::move(ingredients)}};
    }
    out["custom_foods"].push_back(std::move(food));
  }
  out["favourites"] = nlohmann::json::array();
  for (const auto& id : data.favourites) out["favourites"].push_back({{"food_id", id}});
  out["supplements"] = nlohmann::json::array();
  for (const Supplement& s : data.supplements) out["supplements"].push_back(SupplementJson(s));
  out["supplement_doses"] = nlohmann::json::array();
  for (const SupplementDose& d : data.supplement_doses) {
    out["supplement_doses"].push_back(SupplementDoseJson(d));
  }
  // Items as the store keeps them (amount: the stored text), to restore exactly.
  out["saved_meals"] = nlohmann::json::array();
  for (const SavedMeal& m : data.saved_meals) {
    nlohmann::json items = nlohmann::json::array();
    for (const SavedMealItem& i : m.items) {
      items.push_back({{"food_id", i.food_id}, {"grams", i.grams.value()}, {"amount", i.amount_text}});
    }
    out["saved_meals"].push_back({{"id", m.id}, {"name", m.name}, {"items", std::move(items)}});
  }
  out["nutrient_targets"] = nlohmann::json::array();
  for (const TargetOverride& o : data.target_overrides) {
    out["nutrient_targets"].push_back({{"key", o.key},
                                       {"amount", o.amount},
                                       {"upper", o.upper ? nlohmann::json(*o.upper) : nlohmann::json(nullptr)},
                                       {"source", TargetSourceName(o.source)}});
  }
  out["api_tokens"] = nlohmann::json::array();
  for (const auto& t : data.api_tokens) {
    out["api_tokens"].push_back({{"id", t.id}, {"name", t.name}, {"created_at", t.created_at}});
  }
  out["imports"] = ImportProvenanceJson(data.imports);
  return out;
}

nlohmann::json ImportProvenanceJson(const ImportProvenance& p) {
  auto rows = [](const std::vector<ImportProvenance::Row>& marks) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : marks) list.push_back({{"id", m.id}, {"scope", m.scope}});
    return list;
  };
  nlohmann::json foods = nlohmann::json::array();
  for (const auto& f : p.foods) foods.push_back({{"id", f.food_id}, {"key", f.key}});
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : p.files) files.push_back({{"scope", f.scope}, {"file_hash", f.file_hash}});
  return {{"files", std::move(files)},
          {"diary_entries", rows(p.entries)},
          {"weights", rows(p.weights)},
          {"exercise", rows(p.exercises)},
          {"custom_foods", std::move(foods)}};
}

}  // namespace platewise
