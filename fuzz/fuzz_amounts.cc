// Amounts and body measures as people type them: the same text is read as a
// diary amount of a food with household portions (core/food/amount.h), as a
// height and as a weight (core/units/body_units.h). What is accepted must be
// a finite number in the stated range.

#include <cmath>
#include <string_view>

#include "core/food/amount.h"
#include "core/units/body_units.h"
#include "fuzz_target.h"

namespace {

const platewise::Food& FoodWithPortions() {
  static const platewise::Food food = [] {
    platewise::Food f;
    f.id = "11457";
    f.description = "Spinach, raw";
    f.portions = {{1, "cup", platewise::Grams(30)},
                  {1, "cup, chopped", platewise::Grams(45)},
                  {0.5, "bunch", platewise::Grams(170)},
                  {1, "leaf", platewise::Grams(10)}};
    return f;
  }();
  return food;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto amount = platewise::ResolveAmount(text, FoodWithPortions()); amount.ok()) {
    const double grams = amount->grams.value();
    FUZZ_CHECK(std::isfinite(grams) && grams > 0, "an accepted amount is a positive number of grams");
    FUZZ_CHECK(!amount->description.empty(), "an accepted amount is described");
  }
  if (auto height = platewise::ParseHeight(text); height.ok()) {
    FUZZ_CHECK(height->value() >= platewise::kMinHeightCm && height->value() <= platewise::kMaxHeightCm,
               "an accepted height is in the plausible range");
  }
  if (auto weight = platewise::ParseWeight(text); weight.ok()) {
    FUZZ_CHECK(weight->value() >= platewise::kMinWeightKg && weight->value() <= platewise::kMaxWeightKg,
               "an accepted weight is in the plausible range");
  }
  return 0;
}
