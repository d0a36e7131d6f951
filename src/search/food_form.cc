#include "search/food_form.h"

#include <algorithm>
#include <array>

namespace platewise::search {
namespace {

template <std::size_t N>
bool IsOneOf(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool Has(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Two words next to each other, in this order ("mature seeds", "skin only").
bool HasPair(const std::vector<std::string>& words, std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (words[i] == a && words[i + 1] == b) return true;
  return false;
}

// The words that say the food is in the form it is eaten in.
constexpr std::array<std::string_view, 13> kAsEatenWords = {
    "cooked", "boiled", "brewed", "prepared", "steamed", "baked", "roasted", "simmered", "microwaved",
    "reconstituted", "diluted", "readytodrink", "readytoserve"};

// Forms that are sold to be made into something, in any group.
constexpr std::array<std::string_view, 5> kSoldToBePreparedWords = {"powder", "condensed", "concentrate",
                                                                    "undiluted", "dehydrated"};

constexpr std::array<std::string_view, 4> kMeatGroups = {"Beef Products", "Pork Products",
                                                         "Lamb, Veal, and Game Products", "Poultry Products"};

constexpr std::array<std::string_view, 22> kOrganWords = {
    "liver",   "livers",  "kidney",  "kidneys", "heart",     "hearts",     "tongue",       "brain",
    "brains",  "giblets", "gizzard", "gizzards", "tripe",    "lung",       "lungs",        "spleen",
    "pancreas", "thymus", "sweetbread", "sweetbreads", "chitterlings", "mechanically"};

constexpr std::array<std::string_view, 7> kDietVariantWords = {"reduced", "low",           "lite", "diet",
                                                               "dietetic", "decaffeinated", "free"};
// Another food standing in for the one named: "Bacon, meatless".
constexpr std::array<std::string_view, 5> kSubstituteWords = {"imitation", "substitute", "substitutes", "meatless",
                                                              "nonalcoholic"};

// The groups whose foods are eaten cooked or prepared rather than as sold.
bool IsEatenPreparedGroup(std::string_view group) {
  return group == "Cereal Grains and Pasta" || group == "Legumes and Legume Products" ||
         group == "Breakfast Cereals" || group == "Beverages";
}

}  // namespace

FoodForm FormOf(const std::vector<std::string>& words, std::string_view group) {
  FoodForm form;
  bool eaten_as = std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsOneOf(w, kAsEatenWords); });

  // In any group: a mix, powder, condensed soup or concentrate not said to be
  // prepared. Spices and leavening are powders as used ("garlic powder").
  bool sold_to_prepare =
      (Has(words, "mix") && Has(words, "dry")) || HasPair(words, "as", "purchased") ||
      // "frozen, unprepared" fries need heating; "raw, unprepared" is the raw food.
      (Has(words, "unprepared") && !Has(words, "raw")) ||
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsOneOf(w, kSoldToBePreparedWords); });
  bool powder_is_the_food = group == "Spices and Herbs" || Has(words, "spices") || Has(words, "leavening");
  // Dry milk, dried egg, evaporated milk: made up before use.
  bool dry_dairy = group == "Dairy and Egg Products" &&
                   (Has(words, "dry") || Has(words, "dried") || Has(words, "evaporated"));
  if ((sold_to_prepare || dry_dairy) && !eaten_as && !powder_is_the_food) form.ingredient = true;

  // In legumes only dry beans, peas and lentils ("mature seeds") are cooked
  // before eating: tofu (even "prepared with nigari", its coagulant) and
  // peanuts are eaten as sold.
  const bool legume = group == "Legumes and Legume Products";
  if (IsEatenPreparedGroup(group) && (!legume || HasPair(words, "mature", "seeds"))) {
    form.cooked_kind = true;
    if (eaten_as) {
      form.as_eaten = true;
    } else {
      // Dry grain, dry pasta, dry beans. A dry wine is a taste, not a form.
      bool raw = Has(words, "raw") || Has(words, "uncooked") || Has(words, "unprepared");
      bool dry_is_a_taste = Has(words, "wine") || Has(words, "alcoholic");
      if (raw || (!legume && !dry_is_a_taste && Has(words, "dry"))) form.ingredient = true;
    }
  }

  if (IsOneOf(group, kMeatGroups)) {
    form.organ_meat = HasPair(words, "variety", "meats") || Has(words, "byproducts") || HasPair(words, "skin", "only") ||
                      HasPair(words, "separable", "fat") ||
                      std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsOneOf(w, kOrganWords); });
  }

  form.generic = HasPair(words, "all", "types") || HasPair(words, "all", "varieties") ||
                 HasPair(words, "mixed", "species") || HasPair(words, "all", "grades") ||
                 HasPair(words, "all", "classes") ||
                 // "regular (butter) flavor" is a flavour, not the standard kind.
                 (Has(words, "regular") && !Has(words, "flavor"));
  form.diet_variant =
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsOneOf(w, kDietVariantWords); });
  form.substitute =
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsOneOf(w, kSubstituteWords); });
  return form;
}

}  // namespace platewise::search
