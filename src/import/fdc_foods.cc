#include "import/fdc_foods.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

#include "core/food/barcode.h"
#include "import/export_lines.h"
#include "import/history_file.h"
#include "import/nutrient_columns.h"
#include "import/shared_food_import.h"

namespace platewise {
namespace {

// FDC's data types (CSV spelling, then JSON's) that are foods people eat.
struct DataType {
  const char* csv;
  const char* json;
  const char* source;
};
constexpr std::array kDataTypes = {
    DataType{"foundation_food", "Foundation", kFdcFoundationSource},
    DataType{"sr_legacy_food", "SR Legacy", kFdcSrLegacySource},
    DataType{"survey_fndds_food", "Survey (FNDDS)", kFdcSurveySource},
    DataType{"branded_food", "Branded", kFdcBrandedSource},
};

// The energies FDC may give a food, by SR number, in the order of
// preference (../FORMATS: 1008, else 2048, else 2047, else 1062 in kJ).
struct Energy {
  const char* number;
  const char* name;
};
constexpr std::array kEnergies = {
    Energy{"208", "Energy (nutrient 1008)"},
    Energy{"958", "Energy, Atwater specific factors (2048)"},
    Energy{"957", "Energy, Atwater general factors (2047)"},
    Energy{"268", "Energy in kJ (1062)"},
};
constexpr char kEnergyKey[] = "energy";
// Pure fat is about 900 kcal per 100 g; more is an error in the data.
constexpr double kMaxKcalPer100g = 950;

bool IsEnergy(const std::string& number) {
  return std::any_of(kEnergies.begin(), kEnergies.end(), [&](const Energy& e) { return number == e.number; });
}

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// "1 cup" → 1 and "cup"; "1/2 cup" → 0.5; "Quantity not specified" → 1 and
// itself. For FNDDS, whose portions have their amount in the description.
std::pair<double, std::string> LeadingAmount(const std::string& text) {
  const std::string t = Trim(text);
  std::size_t end = 0;
  while (end < t.size() && (std::isdigit(static_cast<unsigned char>(t[end])) || t[end] == '.' || t[end] == '/')) {
    ++end;
  }
  if (end == 0 || end == t.size() || t[end] != ' ') return {1.0, t};
  const std::string number = t.substr(0, end);
  double amount = 0;
  if (const auto slash = number.find('/'); slash != std::string::npos) {
    const double num = std::atof(number.substr(0, slash).c_str());
    const double den = std::atof(number.substr(slash + 1).c_str());
    amount = den > 0 ? num / den : 0;
  } else {
    amount = std::atof(number.c_str());
  }
  if (!(amount > 0)) return {1.0, t};
  return {amount, Trim(t.substr(end))};
}

std::string Joined(const std::vector<std::string>& items, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < most; ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  if (items.size() > most) out += " and " + std::to_string(items.size() - most) + " more";
  return out;
}

// Food::modified of a publication date: "2019-04-01" (CSV; a time after it
// is ignored) or "4/1/2019" (JSON); "" for anything else.
std::string ModifiedOf(const std::string& text) {
  const std::string t = Trim(text);
  int year = 0, month = 0, day = 0;
  char rest = 0;
  const bool iso = t.size() >= 10 && t[4] == '-' && std::sscanf(t.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3;
  const bool us = !iso && std::sscanf(t.c_str(), "%2d/%2d/%4d%c", &month, &day, &year, &rest) == 3;
  if (!iso && !us) return "";
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT00:00:00Z", year, month, day);
  return out;
}

}  // namespace

FdcFoods::FdcFoods(const std::vector<Nutrient>& catalog, ImportSummary& summary, FoodSink put)
    : summary_(summary), put_(std::move(put)) {
  for (const Nutrient& n : catalog) {
    if (n.usda_number) catalog_by_number_[std::to_string(*n.usda_number)] = &n;
  }
}

void FdcFoods::AddFood(const std::string& fdc_id_text, const std::string& data_type, const std::string& description,
                       const std::string& food_group, const std::string& publication_date,
                       const FdcWhere& where) {
  const std::string fdc_id = Trim(fdc_id_text);
  if (!AllDigits(fdc_id)) return Skip(where, "fdc_id \"" + fdc_id_text + "\" is not a number");
  const std::string type = Trim(data_type);
  const DataType* known = nullptr;
  for (const DataType& t : kDataTypes) {
    if (type == t.csv || type == t.json) known = &t;
  }
  if (known == nullptr) {
    ++skipped_types_[type.empty() ? "(none)" : type];
    skipped_ids_.insert(fdc_id);
    return;
  }
  if (Known(fdc_id)) return Skip(where, "food " + fdc_id + " is listed a second time; the first is kept");
  const std::string name = Trim(description);
  if (name.empty()) return Skip(where, "food " + fdc_id + " has no description");
  Pending& p = foods_[fdc_id];
  p.food.id = "fdc:" + fdc_id;
  p.food.description = name;
  p.food.food_group = Trim(food_group);
  p.food.source = known->source;
  p.food.modified = ModifiedOf(publication_date);
  p.where = where;
}

FdcFoods::Pending* FdcFoods::Find(const std::string& fdc_id_text, const FdcWhere& where, const char* what) {
  const std::string fdc_id = Trim(fdc_id_text);
  auto it = foods_.find(fdc_id);
  if (it != foods_.end()) return &it->second;
  // Rows of foods that were skipped (and said why) are ignored quietly.
  if (skipped_ids_.count(fdc_id) == 0) {
    Skip(where, std::string(what) + " of fdc_id \"" + fdc_id + "\", which is no food of the food file");
  }
  return nullptr;
}

void FdcFoods::SetBranded(const std::string& fdc_id, const std::string& brand_owner, const std::string& brand_name,
                          const std::string& gtin_upc, const std::string& category, const std::string& serving_size,
                          const std::string& serving_size_unit, const std::string& household_serving,
                          const FdcWhere& where) {
  Pending* p = Find(fdc_id, where, "a branded-food row");
  if (p == nullptr) return;
  p->food.brand = Trim(brand_name).empty() ? Trim(brand_owner) : Trim(brand_name);
  if (!Trim(category).empty()) p->food.food_group = Trim(category);
  if (const std::string code = Trim(gtin_upc); !code.empty()) {
    auto gtin = NormalizeBarcode(code);
    if (gtin.ok()) {
      p->food.barcode = *gtin;
    } else if (++bad_gtins_ == 1) {
      bad_gtin_example_ = "\"" + code + "\" (" + gtin.status().message() + ")";
    }
  }
  const std::string unit = AsciiLower(Trim(serving_size_unit));
  // A liquid's amounts are per 100 ml and FDC gives no density: they are
  // kept as if 1 ml weighed 1 g, as Open Food Facts' liquids are
  // (docs/imports.md says why), so a serving in ml is exact.
  const bool liquid = unit == "ml" || unit == "mlt";
  p->per_100_ml = liquid;
  auto size = ParseNumberCell(serving_size);
  if ((unit == "g" || unit == "grm" || liquid) && size.ok() && *size && **size > 0) {
    const std::string household = Trim(household_serving);
    p->portions.push_back(
        {-1, Portion{1, household.empty() ? "serving" : "serving (" + household + ")", Grams{**size}}});
  }
}

void FdcFoods::AddNutrient(const std::string& fdc_id, const FdcNutrientDef& def, const std::string& amount_text,
                           const FdcWhere& where) {
  Pending* p = Find(fdc_id, where, "a nutrient amount");
  if (p == nullptr) return;
  auto amount = ParseNumberCell(amount_text);
  if (!amount.ok()) return Skip(where, def.name + ": amount " + amount.status().message());
  if (!*amount) return;  // not reported: stays unknown
  if (**amount < 0) return Skip(where, def.name + ": a negative amount (" + Trim(amount_text) + ")");
  if (IsEnergy(def.number)) {
    auto factor = UnitFactor(def.unit, "kcal");
    if (!factor) return Skip(where, def.name + ": energy in \"" + def.unit + "\", which is neither kcal nor kJ");
    const double kcal = **amount * *factor;
    if (kcal > kMaxKcalPer100g) {
      return Skip(where, def.name + ": " + Trim(amount_text) + " " + def.unit + " per 100 g is more than pure fat has");
    }
    p->energies.emplace(def.number, kcal);
    return;
  }
  auto target = catalog_by_number_.find(def.number);
  if (target == catalog_by_number_.end()) {
    unmapped_nutrients_.insert(def.name + " (" + def.number + ")");
    return;
  }
  const Nutrient& n = *target->second;
  auto factor = UnitFactor(def.unit, n.unit);
  if (!factor) {
    unmapped_nutrients_.insert(def.name + " in " + def.unit + " (Platewise keeps it in " + n.unit + ")");
    return;
  }
  const double value = **amount * *factor;
  if (auto grams = UnitFactor(n.unit, "g"); grams && value * *grams > 100) {
    return Skip(where, def.name + ": " + Trim(amount_text) + " " + def.unit + " per 100 g is more than the food weighs");
  }
  if (p->food.per_100g.Get(n.key)) {
    return Skip(where, def.name + ": a second amount for food " + Trim(fdc_id) + "; the first is kept");
  }
  p->food.per_100g.Set(n.key, value);
}

void FdcFoods::AddPortion(const std::string& fdc_id, double seq, const std::string& amount_text,
                          const std::string& unit_name, const std::string& modifier,
                          const std::string& portion_description, const std::string& gram_weight,
                          const FdcWhere& where) {
  Pending* p = Find(fdc_id, where, "a portion");
  if (p == nullptr) return;
  auto grams = ParseNumberCell(gram_weight);
  if (!grams.ok() || !*grams || !(**grams > 0)) {
    return Skip(where, "portion: gram_weight \"" + gram_weight + "\" is not a positive weight");
  }
  auto amount = ParseNumberCell(amount_text);
  if (!amount.ok() || (*amount && !(**amount > 0))) {
    return Skip(where, "portion: amount \"" + amount_text + "\" is not a positive number");
  }
  const std::string unit = Trim(unit_name);
  const std::string mod = Trim(modifier);
  const std::string description = Trim(portion_description);
  Portion portion;
  portion.grams = Grams{**grams};
  if (unit.empty() || AsciiLower(unit) == "undetermined") {
    // SR Legacy: the unit is in the modifier; FNDDS: all of it, amount
    // included, in the description.
    if (!mod.empty()) {
      portion.unit = mod;
      portion.amount = *amount ? **amount : 1;
    } else {
      auto [a, u] = LeadingAmount(description);
      portion.amount = *amount ? **amount : a;
      portion.unit = *amount ? description : u;
    }
  } else {
    portion.unit = mod.empty() ? unit : unit + ", " + mod;
    portion.amount = *amount ? **amount : 1;
  }
  if (portion.unit.empty()) return Skip(where, "portion: no unit, modifier or description says what it is");
  p->portions.push_back({seq, std::move(portion)});
}

Status FdcFoods::Emit(const std::string& fdc_id) {
  auto it = foods_.find(fdc_id);
  if (it == foods_.end()) return Status::Ok();
  Pending& p = it->second;
  if (p.per_100_ml) ++per_100_ml_;
  std::string used;
  for (const Energy& e : kEnergies) {
    auto energy = p.energies.find(e.number);
    if (energy == p.energies.end()) continue;
    p.food.per_100g.Set(kEnergyKey, energy->second);
    used = e.name;
    break;
  }
  if (used.empty()) {
    auto protein = p.food.per_100g.Get("protein");
    auto fat = p.food.per_100g.Get("fat");
    auto carbohydrate = p.food.per_100g.Get("carbohydrate");
    if (protein && fat && carbohydrate) {
      const double alcohol = p.food.per_100g.Get("alcohol").value_or(0);
      p.food.per_100g.Set(kEnergyKey, 4 * *protein + 9 * *fat + 4 * *carbohydrate + 7 * alcohol);
      used = "protein, fat and carbohydrate (4, 9 and 4 kcal/g)";
    } else {
      used = "nothing (energy unknown)";
    }
  }
  ++energy_counts_[used];
  std::stable_sort(p.portions.begin(), p.portions.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [seq, portion] : p.portions) p.food.portions.push_back(std::move(portion));
  const Food food = std::move(p.food);
  foods_.erase(it);
  return put_(food);
}

Status FdcFoods::EmitAll() {
  while (!foods_.empty()) PW_RETURN_IF_ERROR(Emit(foods_.begin()->first));
  return Status::Ok();
}

void FdcFoods::Finish() {
  if (!skipped_types_.empty()) {
    std::vector<std::string> types;
    std::int64_t total = 0;
    for (const auto& [type, n] : skipped_types_) {
      types.push_back(type + " (" + std::to_string(n) + ")");
      total += n;
    }
    summary_.notes.push_back(CountOf(total, "food", "foods") + " of data types " + Joined(types, 10) +
                             " not imported: lab samples and acquisitions are not foods people eat");
  }
  if (!unmapped_nutrients_.empty()) {
    std::vector<std::string> names(unmapped_nutrients_.begin(), unmapped_nutrients_.end());
    summary_.notes.push_back("not imported, for want of a nutrient in Platewise's catalog or of a unit that "
                             "converts to it: " +
                             CountOf(static_cast<std::int64_t>(names.size()), "FoodData Central nutrient",
                                     "FoodData Central nutrients") +
                             ": " + Joined(names, 12));
  }
  if (!energy_counts_.empty()) {
    std::vector<std::string> parts;
    for (const auto& [name, n] : energy_counts_) parts.push_back(CountOf(n, "food", "foods") + " from " + name);
    summary_.notes.push_back("energy: " + Joined(parts, kEnergies.size() + 2));
  }
  if (bad_gtins_ > 0) {
    summary_.notes.push_back(CountOf(bad_gtins_, "branded food is", "branded foods are") +
                             " kept without a barcode: its gtin_upc is not a GTIN, e.g. " + bad_gtin_example_);
  }
  if (per_100_ml_ > 0) {
    summary_.notes.push_back(LiquidsNote(per_100_ml_, "branded food", "FoodData Central"));
  }
}

}  // namespace platewise
