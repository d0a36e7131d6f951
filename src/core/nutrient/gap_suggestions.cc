#include "core/nutrient/gap_suggestions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iterator>

#include "core/nutrient/dri_amounts.h"

namespace platewise {
namespace {

constexpr const char* kPlainGroups[] = {
    "Vegetables and Vegetable Products", "Legumes and Legume Products",    "Nut and Seed Products",
    "Fruits and Fruit Juices",           "Finfish and Shellfish Products", "Dairy and Egg Products",
    "Cereal Grains and Pasta",
};
// Words that mark a form people do not eat as it is, or a processed product.
constexpr const char* kExcludedWords[] = {"flour",     "powder", "dehydrated",  "freeze-dried", "bran",   "germ",
                                          "meal",      "juice",  "concentrate", "oil",          "butter", "with salt",
                                          "sweetened", "syrup",  "imitation",   "substitute"};
// Familiar whole foods, as the start of their SR24 names: suggestions should be
// foods a person recognises and can buy, not the rarest leaf of the table.
constexpr const char* kFamiliarFoods[] = {
    "Spinach,",
    "Kale,",
    "Broccoli,",
    "Collards,",
    "Chard, swiss,",
    "Brussels sprouts,",
    "Asparagus,",
    "Carrots,",
    "Peppers, sweet, red,",
    "Tomatoes, red, ripe,",
    "Sweet potato,",
    "Potatoes, baked,",
    "Squash, winter, butternut,",
    "Peas, green,",
    "Edamame,",
    "Mushrooms, white,",
    "Nuts, almonds",
    "Nuts, cashew nuts",
    "Nuts, walnuts",
    "Nuts, brazilnuts",
    "Nuts, pistachio",
    "Nuts, hazelnuts",
    "Peanuts, all types,",
    "Seeds, pumpkin",
    "Seeds, sunflower seed kernels",
    "Seeds, chia",
    "Seeds, flaxseed",
    "Seeds, sesame seeds",
    "Beans, black,",
    "Beans, kidney,",
    "Beans, pinto,",
    "Beans, navy,",
    "Beans, white,",
    "Lentils,",
    "Chickpeas",
    "Tofu,",
    "Soybeans, mature cooked",
    "Peas, split,",
    "Hummus",
    "Cereals, oats,",
    "Rice, brown,",
    "Quinoa,",
    "Bulgur,",
    "Barley, pearled,",
    "Buckwheat groats,",
    "Bread, whole-wheat,",
    "Yogurt, plain,",
    "Milk, reduced fat",
    "Milk, lowfat",
    "Milk, nonfat",
    "Cheese, cottage",
    "Egg, whole, cooked",
    "Fish, salmon,",
    "Fish, sardine,",
    "Fish, mackerel,",
    "Fish, trout,",
    "Fish, tuna,",
    "Fish, cod,",
    "Fish, halibut,",
    "Mollusks, oyster",
    "Mollusks, clam",
    "Crustaceans, shrimp",
    "Bananas, raw",
    "Oranges, raw",
    "Kiwifruit,",
    "Strawberries, raw",
    "Avocados, raw",
    "Apricots, dried",
    "Figs, dried",
    "Raisins,",
    "Prunes,",
    "Mangos, raw",
    "Blueberries, raw",
    "Apples, raw",
    "Pears, raw",
    "Grapefruit, raw",
    "Papayas, raw",
    "Dates,",
};
// Foods whose oxalate binds most of their calcium and iron (NIH Office of
// Dietary Supplements, calcium and iron fact sheets), as SR24 name starts.
constexpr const char* kOxalateRichFoods[] = {"Spinach,", "Rhubarb,", "Beet greens,", "Chard, swiss,"};
constexpr const char* kBoundByOxalate[] = {"calcium", "iron"};
constexpr char kAbsorptionNote[] =
    "Spinach, rhubarb, beet greens and Swiss chard are not counted for calcium or iron: their oxalate binds most "
    "of it, so the body absorbs little (NIH Office of Dietary Supplements).";
constexpr double kMaxDenseGrams = 60;  // about 2 oz of nuts or seeds
constexpr double kDenseKcalPer100g = 400;
constexpr int kMaxPortions = 3;
constexpr double kCostPlainEaten = 0.0;
constexpr double kCostPlain = 0.02;
constexpr double kCostEatenOther = 0.05;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// True when `word` (or phrase) appears in `lower_text` between non-letters.
bool HasWord(const std::string& lower_text, const std::string& word) {
  auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (auto at = lower_text.find(word); at != std::string::npos; at = lower_text.find(word, at + 1)) {
    bool starts = at == 0 || !is_letter(lower_text[at - 1]);
    size_t end = at + word.size();
    bool ends = end == lower_text.size() || !is_letter(lower_text[end]);
    if (starts && ends) return true;
  }
  return false;
}

bool HasCapitalsWord(const std::string& text) {
  int run = 0;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      if (++run >= 3) return true;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      run = 0;
    } else if (c != '\'' && c != '&') {
      run = 0;
    }
  }
  return false;
}

struct Step {
  double grams = 0;
  std::optional<Portion> portion;  // the household portion the steps are halves of
};

Step PortionStep(const Food& food) {
  const Portion* best = nullptr;
  for (const Portion& p : food.portions) {
    if (p.grams.value() < 20 || p.amount <= 0) continue;
    if (!best || p.grams < best->grams) best = &p;
  }
  if (!best) return {25, std::nullopt};
  return {best->grams.value() / 2, *best};
}

// Portion steps allowed of a food: at most kMaxPortions household portions and
// kMaxSuggestedGrams, and kMaxDenseGrams of energy-dense foods (nuts, seeds).
int MaxUnits(const Step& step, double kcal_per_100g) {
  double grams = kcal_per_100g > kDenseKcalPer100g ? kMaxDenseGrams : kMaxSuggestedGrams;
  int units = static_cast<int>(std::floor(grams / step.grams + 1e-9));
  return step.portion ? std::min(units, 2 * kMaxPortions) : units;
}

std::string FormatNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
  return buf;
}

std::string PortionText(const Step& step, int units) {
  double grams = step.grams * units;
  char g[32];
  std::snprintf(g, sizeof g, "%.0f g", grams);
  if (!step.portion) return g;
  double count = step.portion->amount * units / 2;
  return FormatNumber(count) + " " + step.portion->unit + " (" + g + ")";
}

}  // namespace

const std::vector<std::string>& PlainFoodGroups() {
  static const std::vector<std::string> kGroups(std::begin(kPlainGroups), std::end(kPlainGroups));
  return kGroups;
}

bool IsPoorSourceByAbsorption(const Food& food, const std::string& nutrient_key) {
  bool bound = false;
  for (const char* key : kBoundByOxalate) bound = bound || nutrient_key == key;
  if (!bound) return false;
  for (const char* prefix : kOxalateRichFoods) {
    if (food.description.starts_with(prefix)) return true;
  }
  return false;
}

bool IsProcessedProduct(const Food& food) {
  std::string d = Lower(food.description);
  for (const char* negated : {"not fortified", "unfortified", "not enriched", "unenriched"}) {
    for (auto at = d.find(negated); at != std::string::npos; at = d.find(negated))
      d.erase(at, std::string(negated).size());
  }
  return food.food_group == "Baby Foods" || food.food_group == "Breakfast Cereals" || HasWord(d, "baby") ||
         HasWord(d, "infant") || HasWord(d, "fortified") || HasWord(d, "enriched") || HasCapitalsWord(food.description);
}

bool IsFamiliarFood(const Food& food) {
  for (const char* prefix : kFamiliarFoods) {
    if (food.description.starts_with(prefix)) return true;
  }
  return false;
}

bool IsPlainFood(const Food& food) {
  if (IsProcessedProduct(food)) return false;
  bool group_ok = false;
  for (const char* g : kPlainGroups) group_ok = group_ok || food.food_group == g;
  if (!group_ok) return false;
  std::string d = Lower(food.description);
  for (const char* w : kExcludedWords) {
    if (HasWord(d, w)) return false;
  }
  bool cooked_before_eating = food.food_group == "Legumes and Legume Products" ||
                              food.food_group == "Cereal Grains and Pasta" ||
                              food.food_group == "Finfish and Shellfish Products";
  if (cooked_before_eating && (HasWord(d, "raw") || HasWord(d, "dry") || HasWord(d, "uncooked"))) return false;
  if (food.food_group != "Fruits and Fruit Juices" && food.food_group != "Nut and Seed Products" &&
      HasWord(d, "dried")) {
    return false;
  }
  return true;
}

Result<GapSuggestions> SuggestFoodsForGaps(const GapRequest& req, DietSolver& solver) {
  GapSuggestions out;
  out.kcal_left = req.kcal_left;
  out.energy_unknown_entries = req.energy_unknown_entries;
  for (const NutrientGap& g : req.gaps) {
    if (g.amount > 0) out.gaps.push_back(g);
  }
  if (out.gaps.empty()) {
    out.note = "No nutrient falls short today: nothing to close.";
    return out;
  }
  char left[160];
  std::snprintf(left, sizeof left, "%.0f kcal", std::max(0.0, req.kcal_left));
  if (!(req.kcal_left >= 1)) {
    out.note = std::string("No calories are left in today's budget (") + left + "): no food fits.";
    return out;
  }

  struct Scored {
    const Food* food;
    NutrientValues per100;
    Step step;
    double score;
  };
  for (const NutrientGap& g : out.gaps) {
    for (const char* key : kBoundByOxalate) {
      if (g.key == key) out.absorption_note = kAbsorptionNote;
    }
  }
  std::vector<Scored> scored;
  for (const SharedFood& candidate : req.pool) {
    const Food& f = *candidate;
    bool eaten = req.eaten_ids.count(f.id) > 0;
    if (!eaten && !(IsPlainFood(f) && IsFamiliarFood(f))) continue;
    if (eaten && IsProcessedProduct(f) && !IsPlainFood(f)) continue;
    NutrientValues per100 = WithDriAmounts(f.per_100g);
    for (const NutrientGap& g : out.gaps) {
      if (IsPoorSourceByAbsorption(f, g.key)) per100.Set(g.key, 0);  // counts for nothing towards that gap
    }
    auto kcal = per100.Get("energy");
    if (!kcal || *kcal <= 0) continue;
    bool excluded = false;
    for (const NutrientLimit& l : req.limits) {
      if (!per100.Get(l.key) && l.room < l.ul / 2) excluded = true;
    }
    if (excluded) continue;
    double score = 0;
    for (const NutrientGap& g : out.gaps) score += per100.Get(g.key).value_or(0) / *kcal / g.amount;
    if (score <= 0) continue;
    scored.push_back({&f, std::move(per100), PortionStep(f), score});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.food->id < b.food->id;
  });
  if (scored.size() > kMaxCandidates) scored.resize(kMaxCandidates);

  DietProgram program;
  for (const NutrientGap& g : out.gaps) program.gaps.push_back(g.amount);
  for (const NutrientLimit& l : req.limits) program.limit_room.push_back(std::max(0.0, l.room));
  program.kcal_left = req.kcal_left;
  program.max_foods = kMaxSuggestions;
  for (const Scored& s : scored) {
    double scale = s.step.grams / 100;
    DietCandidate c;
    c.food_id = s.food->id;
    c.max_units = MaxUnits(s.step, *s.per100.Get("energy"));
    c.kcal_per_unit = *s.per100.Get("energy") * scale;
    for (const NutrientGap& g : out.gaps) c.gap_per_unit.push_back(s.per100.Get(g.key).value_or(0) * scale);
    for (const NutrientLimit& l : req.limits) c.limit_per_unit.push_back(s.per100.Get(l.key).value_or(0) * scale);
    bool eaten = req.eaten_ids.count(s.food->id) > 0;
    bool plain = IsPlainFood(*s.food);
    c.preference_cost = plain ? (eaten ? kCostPlainEaten : kCostPlain) : kCostEatenOther;
    if (c.max_units > 0) program.candidates.push_back(std::move(c));
  }
  std::vector<const Scored*> kept;
  for (const Scored& s : scored) {
    if (MaxUnits(s.step, *s.per100.Get("energy")) > 0) kept.push_back(&s);
  }

  auto solution = solver.Solve(program);
  if (!solution.ok()) return solution.status();
  std::map<std::string, double> added;
  for (size_t i = 0; i < kept.size() && i < solution->units.size(); ++i) {
    int units = solution->units[i];
    if (units <= 0) continue;
    const Scored& s = *kept[i];
    Suggestion sug;
    sug.food_id = s.food->id;
    sug.name = s.food->description;
    sug.grams = s.step.grams * units;
    sug.portion = PortionText(s.step, units);
    sug.kcal = *s.per100.Get("energy") * sug.grams / 100;
    for (const NutrientGap& g : out.gaps) {
      if (auto v = s.per100.Get(g.key); v && !IsPoorSourceByAbsorption(*s.food, g.key)) {
        sug.adds[g.key] = *v * sug.grams / 100;
        added[g.key] += *v * sug.grams / 100;
      }
    }
    out.suggestions.push_back(std::move(sug));
  }
  for (const NutrientGap& g : out.gaps) out.closed[g.key] = std::min(1.0, added[g.key] / g.amount);
  if (out.suggestions.empty()) {
    out.note = std::string("No food fits the ") + left + " left without going over a limit.";
  }
  if (req.energy_unknown_entries > 0 && !out.suggestions.empty()) {
    out.note = std::to_string(req.energy_unknown_entries) +
               (req.energy_unknown_entries == 1 ? " of today's entries has" : " of today's entries have") +
               " no energy value, so the calories left count only the rest: these foods may take you over your budget.";
  }
  return out;
}

}  // namespace platewise
