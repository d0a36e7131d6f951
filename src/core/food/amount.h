#ifndef PLATEWISE_CORE_FOOD_AMOUNT_H_
#define PLATEWISE_CORE_FOOD_AMOUNT_H_

// How much of a food a person ate, as typed: a mass ("150g", "150 g",
// "1.5 oz", "0.25 lb", "1kg") or a count of one of the food's household
// portions ("1 cup", "1/2 cup", "2 large", "3 slices"). Mass units work for
// every food; portion names are matched against the food's own portions
// (exact name first, then a portion whose name starts with the word, e.g.
// "cup" matches "cup, chopped"; a trailing plural "s" is ignored).

#include <optional>
#include <string>
#include <string_view>

#include "core/food/food.h"
#include "core/number_text.h"
#include "core/status.h"

namespace platewise {

inline constexpr double kMaxEntryGrams = 10000;  // 10 kg in one entry is a typo

struct ResolvedAmount {
  Grams grams;
  std::string description;  // "150 g", "1.5 oz" or "2 cup, chopped": the quantity and the unit typed
};

Result<ResolvedAmount> ResolveAmount(std::string_view text, const Food& food);

// REQUIRES nothing; rejects NaN, zero, negative and absurd (> kMaxEntryGrams).
Status ValidateEntryGrams(double grams);

// An entry's amount as the person gave it, read back from the description
// ResolveAmount and the API write ("150 g", "1.5 oz", "2 cup": 2 of the
// portion's unit "cup"; also the form written before, "2 x 1 cup"): the
// number and the unit or portion name. nullopt for a text in no such form.
struct AmountAsGiven {
  double amount = 0;
  std::string unit;  // "g", a mass unit, or a portion of the food ("cup")
};
std::optional<AmountAsGiven> ReadAmountDescription(std::string_view description);

// The shortest text that reads back as `v`, never in exponent form: "150",
// "1.5", "0.25", "100000".
std::string FormatNumber(double v);

// The text an entry shows for its stored description: "2 cup" for the form
// written before ("2 x 1 cup"), any other text as it is.
std::string AmountDisplayText(std::string_view description);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_AMOUNT_H_
