#ifndef PLATEWISE_IMPORT_OFF_PRODUCTS_H_
#define PLATEWISE_IMPORT_OFF_PRODUCTS_H_

// The rules of Open Food Facts products, shared by its CSV (TSV) and JSON
// readers (import/off_export.h): what a product's code, name, brands,
// serving and `*_100g` nutriments become in a Food. The readers only split
// and parse; every decision is made here (docs/imports.md, "Open Food
// Facts"):
//   - the id is "off:CODE" with the code as written (leading zeros kept); a
//     code that is not digits, or a product without product_name, is skipped;
//   - the barcode is the code's 14-digit GTIN, unless it is no GTIN or a
//     restricted circulation number (core/food/barcode.h): then none;
//   - nutriments are grams per 100 g (energy in kJ or kcal by name), each
//     converted to its catalog nutrient's unit; a value that is not a number,
//     is negative, or is more than the 100 g it is in (950 kcal for energy)
//     is left out with a problem, and the rest of the product is kept; a
//     product left with no nutrient value at all is skipped;
//   - last_modified_t becomes Food::modified, so that of a code seen twice
//     (in one run or across runs) the store keeps the product modified
//     later (the one read later when equal or unknown).
// Not thread-safe; one per import run. Each product is handed to the sink
// as it is read and not kept: a dump of millions of products needs the
// memory of one.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// A number as a file wrote it: a TSV cell, a JSON number or a numeric string.
struct OffNumber {
  std::optional<double> value;  // nullopt when not written (an empty cell) or not a number
  std::string text;             // as written, for messages
  bool bad = false;             // written, but not a finite number
};
// "0.1" and " 1e-05 " are numbers, "" is not written, "0,1" and "nan" are bad.
OffNumber OffNumberOfText(std::string_view text);
// A number the file held as one (JSON); bad when it is not finite.
OffNumber OffNumberOf(double value, std::string text);

// One product as a reader found it.
struct OffProduct {
  std::string code;
  std::string product_name;
  std::string brands;          // comma separated; the first is the brand
  std::string main_category;   // main_category_en ("Sweetened beverages", "fr:Laits concentrés")
  std::string quantity;        // the package's, as text: "500 ml", "410 g"
  std::string serving_size;    // label text: "8 OZA (240 ml)", "2 biscuits (25 g)"
  OffNumber serving_quantity;  // grams (ml for liquids) of one serving
  std::string serving_quantity_unit;  // "g" or "ml" where the data says (newer JSON); else empty
  OffNumber last_modified_t;          // UNIX seconds
  // The `<name>_100g` nutriments written, by name without the suffix
  // ("energy-kcal", "magnesium"), in the file's order.
  std::vector<std::pair<std::string, OffNumber>> per_100g;
};

// Where a product was read, for the problems the summary lists.
struct OffWhere {
  std::string file;
  std::int64_t line = 0;
};

class OffProducts {
 public:
  // `catalog`: the store's nutrients (FoodRepository::ListNutrients);
  // nutriments map onto these keys and onto nothing else. `put` takes each
  // product kept, as a food of source kOpenFoodFactsSource.
  OffProducts(const std::vector<Nutrient>& catalog, ImportSummary& summary, FoodSink put);

  // The product as a food to the sink, or skipped with its reason; the
  // sink's error is returned.
  Status Add(const OffProduct& product, const OffWhere& where);

  // The notes of the run (codes without a barcode, liquids, nutriments not
  // imported) into the summary.
  void Finish();

 private:
  void Skip(const OffWhere& where, std::string reason) { summary_.Skip(where.file, where.line, std::move(reason)); }
  // Skip of a whole product: Add's result.
  Status SkipProduct(const OffWhere& where, std::string reason) {
    Skip(where, std::move(reason));
    return Status::Ok();
  }
  // `n` × `factor` when written and within 0 to `most` (`limit` in words);
  // nullopt when not written, or with a problem for a value left out.
  std::optional<double> Checked(const std::string& name, const OffNumber& n, double factor, double most,
                                const std::string& limit, const std::string& what, const OffWhere& where);
  void SetEnergy(const OffProduct& product, Food& food, const std::string& what, const OffWhere& where);

  // The catalog nutrient a mapped nutriment is, and the factor from its
  // grams to the nutrient's unit; nutriments the catalog lacks are absent.
  struct Target {
    std::string key;
    double factor = 1;
  };
  std::unordered_map<std::string, Target> targets_;
  std::optional<double> kcal_factor_;  // catalog energy per kcal; nullopt without "energy"
  ImportSummary& summary_;
  FoodSink put_;
  std::map<std::string, std::int64_t> not_imported_;  // nutriment name → products that had it
  std::int64_t no_barcode_ = 0;  // products kept without a barcode
  std::string no_barcode_example_;
  std::int64_t liquids_ = 0;  // products kept per 100 ml
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_OFF_PRODUCTS_H_
