#ifndef PLATEWISE_SEARCH_FOOD_FORM_H_
#define PLATEWISE_SEARCH_FOOD_FORM_H_

// The form in which a food is usually eaten, read from its SR-style name
// ("head, qualifier, qualifier") and its food group. These are general rules
// about foods, not about any query (docs/search.md, "The form people eat"):
//
// - Grains, pasta, legumes, hot cereals, coffee, tea and cocoa are eaten
//   cooked, brewed or prepared: in those groups a cooked/brewed/prepared form
//   is the as-eaten form and a raw, dry or powder form is an ingredient.
// - In every group, a dry mix, a powder, a condensed soup or an undiluted
//   concentrate that the name does not say is prepared is an ingredient
//   (nobody drinks frozen orange juice concentrate as it comes).
// - Organ meats and by-products ("variety meats and by-products", liver,
//   giblets, ...) and mechanically separated meat are not the common cut.
// - Diet variants (reduced, low, lite, diet, decaffeinated, sugar free ...)
//   are qualified forms: the plain food first. Substitutes (imitation,
//   substitute, meatless, non-alcoholic) are another food in the named one's
//   place: further down.
// - "All types", "all varieties", "mixed species", "all grades", "all
//   classes" and "regular" are SR's words for the food in general or its
//   standard kind: the usual choice when the query names no variety.
// - In dairy, a dry or evaporated form (dry milk, dried egg) is made up
//   before use; in meats, separable fat is not a cut.

#include <string>
#include <string_view>
#include <vector>

namespace platewise::search {

struct FoodForm {
  bool cooked_kind = false;  // a kind of food eaten cooked or prepared (its raw form is not "plain")
  bool as_eaten = false;    // cooked, brewed or prepared where that is how it is eaten
  bool ingredient = false;  // raw grain, dry pasta, powder, mix, concentrate: not as eaten
  bool organ_meat = false;  // offal, by-products, mechanically separated meat
  bool diet_variant = false;  // a reduced/low/lite/diet/decaffeinated/"... free" form
  bool substitute = false;    // imitation, substitute, meatless, non-alcoholic: another food in its place
  bool generic = false;       // SR's words for the food in general: all types, mixed species, all grades ...
};

// `words` are the name's folded words (TokenizeName), in order.
FoodForm FormOf(const std::vector<std::string>& words, std::string_view food_group);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_FORM_H_
