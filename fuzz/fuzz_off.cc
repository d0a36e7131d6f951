// The Open Food Facts reader (import/off_export.h) on one file of any bytes:
// the CSV export, the JSONL dump or neither, told by content. A dataset it
// accepts must keep the reader's promises (ids off:DIGITS, a name, 14-digit
// barcodes, values within their bounds) and import into a store.

#include <cmath>
#include <string>
#include <vector>

#include "fuzz_target.h"
#include "import/off_export.h"
#include "import/usda_sr24.h"
#include "input_file.h"
#include "storage/memory/memory_store.h"

namespace {

bool Digits(const std::string& s, std::size_t from) {
  return s.size() > from && s.find_first_not_of("0123456789", from) == std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using platewise::Nutrient;
  static const std::vector<Nutrient> kCatalog = {
      {.key = "energy", .name = "Energy", .unit = "kcal", .usda_number = 208},
      {.key = "protein", .name = "Protein", .unit = "g", .usda_number = 203},
      {.key = "magnesium", .name = "Magnesium, Mg", .unit = "mg", .usda_number = 304},
      {.key = "selenium", .name = "Selenium, Se", .unit = "ug", .usda_number = 317},
      {.key = "vitamin_d_iu", .name = "Vitamin D, IU", .unit = "IU", .usda_number = 324},
  };
  const auto& inputs = platewise::fuzz::Inputs();
  inputs.Clear();
  const std::string path =
      inputs.Write("products", std::string_view(reinterpret_cast<const char*>(data), size));
  platewise::ImportSummary summary;
  std::vector<platewise::Food> foods;
  auto checksum = platewise::ReadOffExport({path}, kCatalog, summary, [&](const platewise::Food& f) {
    foods.push_back(f);
    return platewise::Status::Ok();
  });
  if (!checksum.ok()) return 0;
  for (const platewise::Food& f : foods) {
    FUZZ_CHECK(f.id.rfind("off:", 0) == 0 && Digits(f.id, 4), "a food's id is off:DIGITS");
    FUZZ_CHECK(!f.description.empty(), "a food has a name");
    FUZZ_CHECK(f.barcode.empty() || (f.barcode.size() == 14 && Digits(f.barcode, 0)), "a barcode is 14 digits");
    FUZZ_CHECK(!f.per_100g.all().empty(), "a food has a value");
    for (const auto& [key, v] : f.per_100g.all()) {
      FUZZ_CHECK(std::isfinite(v) && v >= 0, "a value is a finite amount");
      FUZZ_CHECK(key != "energy" || v <= 950, "energy is at most 950 kcal per 100 g");
      FUZZ_CHECK(key != "vitamin_d_iu", "no value is given a unit it does not have");
    }
    for (const platewise::Portion& p : f.portions) FUZZ_CHECK(p.grams.value() > 0, "a portion weighs something");
  }
  auto store = platewise::OpenMemoryStore();
  FUZZ_CHECK(store.ok(), "the memory store opens");
  auto catalog = (*store)->foods->ImportDataset(
      platewise::FoodDataset{platewise::kUsdaSr24Source, "catalog-only", kCatalog, {}});
  FUZZ_CHECK(catalog.ok(), "the catalog imports");
  auto imported = (*store)->foods->ImportDataset(
      platewise::FoodDataset{platewise::kOpenFoodFactsSource, *checksum, {}, std::move(foods)});
  FUZZ_CHECK(imported.ok(), "a dataset the reader accepts imports into a store");
  return 0;
}
