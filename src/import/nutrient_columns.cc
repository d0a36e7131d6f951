#include "import/nutrient_columns.h"

#include <array>

#include "import/export_lines.h"

namespace platewise {
namespace {

enum class Unit { kNone, kG, kMg, kUg, kKcal, kKj, kIu, kOther };

struct Known {
  const char* name;  // normalised (CsvHeader::Normalise), without the unit
  const char* key;
  Unit usual;        // the unit when the header names none
};

// Names as Cronometer and MyFitnessPal write them (../FORMATS is the source
// of the spellings: docs/imports.md), each to a catalog key.
constexpr std::array kKnown = {
    Known{"energy", "energy", Unit::kKcal},
    Known{"calories", "energy", Unit::kKcal},
    Known{"protein", "protein", Unit::kG},
    Known{"carbs", "carbohydrate", Unit::kG},
    Known{"carbohydrates", "carbohydrate", Unit::kG},
    Known{"fiber", "fiber", Unit::kG},
    Known{"starch", "starch", Unit::kG},
    Known{"sugars", "sugars", Unit::kG},
    Known{"sugar", "sugars", Unit::kG},
    Known{"fat", "fat", Unit::kG},
    Known{"saturated", "fat_saturated", Unit::kG},
    Known{"saturated fat", "fat_saturated", Unit::kG},
    Known{"monounsaturated", "fat_monounsaturated", Unit::kG},
    Known{"monounsaturated fat", "fat_monounsaturated", Unit::kG},
    Known{"polyunsaturated", "fat_polyunsaturated", Unit::kG},
    Known{"polyunsaturated fat", "fat_polyunsaturated", Unit::kG},
    Known{"trans-fats", "fat_trans", Unit::kG},
    Known{"trans fat", "fat_trans", Unit::kG},
    Known{"omega-3", "omega3", Unit::kG},
    Known{"omega-6", "omega6", Unit::kG},
    Known{"cholesterol", "cholesterol", Unit::kMg},
    Known{"alcohol", "alcohol", Unit::kG},
    Known{"caffeine", "caffeine", Unit::kMg},
    Known{"water", "water", Unit::kG},
    Known{"calcium", "calcium", Unit::kMg},
    Known{"iron", "iron", Unit::kMg},
    Known{"magnesium", "magnesium", Unit::kMg},
    Known{"phosphorus", "phosphorus", Unit::kMg},
    Known{"potassium", "potassium", Unit::kMg},
    Known{"sodium", "sodium", Unit::kMg},
    Known{"zinc", "zinc", Unit::kMg},
    Known{"copper", "copper", Unit::kMg},
    Known{"manganese", "manganese", Unit::kMg},
    Known{"selenium", "selenium", Unit::kUg},
    Known{"b1 (thiamine)", "thiamin", Unit::kMg},
    Known{"b2 (riboflavin)", "riboflavin", Unit::kMg},
    Known{"b3 (niacin)", "niacin", Unit::kMg},
    Known{"b5 (pantothenic acid)", "pantothenic_acid", Unit::kMg},
    Known{"b6 (pyridoxine)", "vitamin_b6", Unit::kMg},
    Known{"b12 (cobalamin)", "vitamin_b12", Unit::kUg},
    Known{"vitamin c", "vitamin_c", Unit::kMg},
    Known{"vitamin e", "vitamin_e", Unit::kMg},
    Known{"vitamin k", "vitamin_k", Unit::kUg},
    Known{"vitamin a", "vitamin_a_iu", Unit::kIu},
    Known{"vitamin d", "vitamin_d_iu", Unit::kIu},
    Known{"choline", "choline", Unit::kMg},
    Known{"retinol", "retinol", Unit::kUg},
    Known{"alpha-carotene", "carotene_alpha", Unit::kUg},
    Known{"beta-carotene", "carotene_beta", Unit::kUg},
    Known{"beta-cryptoxanthin", "cryptoxanthin_beta", Unit::kUg},
    Known{"lutein+zeaxanthin", "lutein_zeaxanthin", Unit::kUg},
    Known{"lycopene", "lycopene", Unit::kUg},
    Known{"alanine", "alanine", Unit::kG},
    Known{"arginine", "arginine", Unit::kG},
    Known{"aspartic acid", "aspartic_acid", Unit::kG},
    Known{"cystine", "cystine", Unit::kG},
    Known{"glutamic acid", "glutamic_acid", Unit::kG},
    Known{"glycine", "glycine", Unit::kG},
    Known{"histidine", "histidine", Unit::kG},
    Known{"hydroxyproline", "hydroxyproline", Unit::kG},
    Known{"isoleucine", "isoleucine", Unit::kG},
    Known{"leucine", "leucine", Unit::kG},
    Known{"lysine", "lysine", Unit::kG},
    Known{"methionine", "methionine", Unit::kG},
    Known{"phenylalanine", "phenylalanine", Unit::kG},
    Known{"proline", "proline", Unit::kG},
    Known{"serine", "serine", Unit::kG},
    Known{"threonine", "threonine", Unit::kG},
    Known{"tryptophan", "tryptophan", Unit::kG},
    Known{"tyrosine", "tyrosine", Unit::kG},
    Known{"valine", "valine", Unit::kG},
};

Unit ParseUnit(std::string_view u) {
  if (u == "g") return Unit::kG;
  if (u == "mg") return Unit::kMg;
  if (u == "ug") return Unit::kUg;
  if (u == "kcal") return Unit::kKcal;
  if (u == "kj") return Unit::kKj;
  if (u == "iu") return Unit::kIu;
  return Unit::kOther;
}

// Grams per unit for masses; 0 for the others.
double Grams(Unit u) {
  switch (u) {
    case Unit::kG: return 1;
    case Unit::kMg: return 1e-3;
    case Unit::kUg: return 1e-6;
    default: return 0;
  }
}

std::optional<double> Factor(Unit from, Unit to) {
  if (from == to) return 1.0;
  if (Grams(from) > 0 && Grams(to) > 0) return Grams(from) / Grams(to);
  if (from == Unit::kKj && to == Unit::kKcal) return 1 / 4.184;
  return std::nullopt;
}

}  // namespace

std::optional<NutrientColumn> NutrientOfColumn(std::string_view header, std::string* why) {
  std::string name = CsvHeader::Normalise(header);
  Unit unit = Unit::kNone;
  // The unit is the last parenthesis, when it is one ("b12 (cobalamin) (ug)").
  if (!name.empty() && name.back() == ')') {
    const auto open = name.rfind('(');
    const Unit parsed = open == std::string::npos
                            ? Unit::kOther
                            : ParseUnit(std::string_view(name).substr(open + 1, name.size() - open - 2));
    if (parsed != Unit::kOther) {
      unit = parsed;
      name = Trim(name.substr(0, open));
    }
  }
  for (const Known& k : kKnown) {
    if (name != k.name) continue;
    const Unit from = unit == Unit::kNone ? k.usual : unit;
    auto factor = Factor(from, k.usual);
    if (!factor) {
      if (why && k.usual == Unit::kIu && from == Unit::kUg) {
        *why = "column \"" + std::string(header) +
               "\" is not imported: micrograms of it are activity equivalents, which do not convert to the IU "
               "Platewise's food data keeps it in";
      } else if (why) {
        *why = "column \"" + std::string(header) +
               "\" is not imported: its unit does not convert to the unit Platewise's food data keeps it in";
      }
      return std::nullopt;
    }
    return NutrientColumn{k.key, *factor};
  }
  if (why) {
    why->clear();
    if (name == "folate") {
      *why = "column \"" + std::string(header) +
             "\" is not imported: the export does not say whether it is total folate or dietary folate equivalents";
    } else if (unit != Unit::kNone) {
      *why = "column \"" + std::string(header) + "\" is not imported: Platewise's food data has no such nutrient";
    }
  }
  return std::nullopt;
}

std::optional<double> UnitFactor(std::string_view from, std::string_view to) {
  auto unit = [](std::string_view name) {
    const std::string n = CsvHeader::Normalise(name);
    return ParseUnit(n == "mcg" ? "ug" : n);
  };
  const Unit f = unit(from);
  const Unit t = unit(to);
  if (f == Unit::kOther || t == Unit::kOther) return std::nullopt;
  return Factor(f, t);
}

}  // namespace platewise
