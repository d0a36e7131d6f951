#ifndef PLATEWISE_IMPORT_FDC_FOODS_H_
#define PLATEWISE_IMPORT_FDC_FOODS_H_

// The rules of USDA FoodData Central foods, shared by its CSV and JSON
// readers (import/fdc_csv.h, import/fdc_json.h): which data types are foods
// people eat, which FDC nutrient is which nutrient of Platewise's catalog and
// in what unit, which of the four energies a food's calories come from, what
// a portion's unit is called, and a branded food's brand, barcode and
// per-100 ml values. The readers only parse; every decision is made here.
//
// A food is held until Emit() hands it, complete, to the sink: the JSON
// reader emits each food as its object ends, so a file of millions of foods
// needs the memory of one; the CSV reader, whose files each hold one kind of
// row for every food, emits them all at the end (EmitAll).

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// Sources of FDC's datasets (Food::source); ids are "fdc:FDCID".
inline constexpr char kFdcFoundationSource[] = "fdc-foundation";
inline constexpr char kFdcSrLegacySource[] = "fdc-sr-legacy";
inline constexpr char kFdcSurveySource[] = "fdc-survey";
inline constexpr char kFdcBrandedSource[] = "fdc-branded";

// One row of FDC's nutrient table: nutrient.csv, or a JSON food nutrient's
// "nutrient" object.
struct FdcNutrientDef {
  std::string number;  // nutrient_nbr, the SR Nutr_No ("208", "957"); text
  std::string unit;    // unit_name as written ("G", "MG", "UG", "KCAL", "kJ", "IU")
  std::string name;
};

// Where a value or row came from, for the problems the summary lists.
struct FdcWhere {
  std::string file;
  std::int64_t line = 0;   // 0 where the format has no lines for its rows (JSON)
  std::string context;     // said before the reason when not empty: "fdcId 321358"
};

class FdcFoods {
 public:
  // `catalog`: the store's nutrients (FoodRepository::ListNutrients); FDC
  // nutrients map onto these by SR number, and onto nothing else.
  // `put` takes each food emitted.
  FdcFoods(const std::vector<Nutrient>& catalog, ImportSummary& summary, FoodSink put);

  // A food of food.csv (or a JSON food). `data_type` is FDC's
  // ("foundation_food", "sr_legacy_food", "survey_fndds_food",
  // "branded_food"; JSON's "Foundation", "SR Legacy", "Survey (FNDDS)",
  // "Branded"); other types (lab samples, acquisitions) are not foods people
  // eat: counted in a note, and the rows that refer to them ignored.
  // `publication_date` ("2019-04-01", JSON's "4/1/2019") becomes
  // Food::modified; one that is neither form is unknown.
  void AddFood(const std::string& fdc_id, const std::string& data_type, const std::string& description,
               const std::string& food_group, const std::string& publication_date, const FdcWhere& where);
  // The branded_food row of a branded food: brand, GTIN, category and
  // serving. A liquid (serving in ml) is kept per 100 ml as if per 100 g; a
  // serving in another unit (MG, IU, empty) makes no portion.
  void SetBranded(const std::string& fdc_id, const std::string& brand_owner, const std::string& brand_name,
                  const std::string& gtin_upc, const std::string& category, const std::string& serving_size,
                  const std::string& serving_size_unit, const std::string& household_serving,
                  const FdcWhere& where);
  // An amount per 100 g of nutrient `def` (empty amount: not reported).
  void AddNutrient(const std::string& fdc_id, const FdcNutrientDef& def, const std::string& amount,
                   const FdcWhere& where);
  // A household measure: `amount` (empty: 1) of `unit_name` (measure_unit's
  // name; "undetermined" for SR Legacy's and FNDDS's 9999), with
  // `modifier` and `portion_description`, weighs `gram_weight`.
  void AddPortion(const std::string& fdc_id, double seq, const std::string& amount, const std::string& unit_name,
                  const std::string& modifier, const std::string& portion_description,
                  const std::string& gram_weight, const FdcWhere& where);

  // Whether `fdc_id` is a food this run imports (false for unknown ids and
  // foods of skipped data types).
  bool Has(const std::string& fdc_id) const { return foods_.count(fdc_id) > 0; }
  bool Known(const std::string& fdc_id) const { return Has(fdc_id) || skipped_ids_.count(fdc_id) > 0; }

  // Hands the food of `fdc_id`, complete (its energy chosen, as the notes
  // count, and its portions in order), to the sink and forgets it; Ok for an
  // id that is no food of this run. The sink's error is returned.
  Status Emit(const std::string& fdc_id);
  // Emit of every food held, in fdc_id order.
  Status EmitAll();

  // The notes of the run into the summary: the data types not imported,
  // the nutrients not mapped, which energy the foods took, barcodes and
  // liquids.
  void Finish();

 private:
  struct Pending {
    Food food;
    // Energy candidates by SR number (208, 958, 957, 268), kcal (268 in kJ).
    std::map<std::string, double> energies;
    std::vector<std::pair<double, Portion>> portions;  // by seq_num
    bool per_100_ml = false;  // a liquid: amounts per 100 ml, kept as per 100 g
    FdcWhere where;  // the food's own row
  };
  Pending* Find(const std::string& fdc_id, const FdcWhere& where, const char* what);
  void Skip(const FdcWhere& where, std::string reason) {
    summary_.Skip(where.file, where.line, where.context.empty() ? std::move(reason) : where.context + ": " + reason);
  }

  std::map<std::string, const Nutrient*> catalog_by_number_;
  ImportSummary& summary_;
  std::map<std::string, Pending> foods_;
  std::set<std::string> skipped_ids_;
  std::map<std::string, std::int64_t> skipped_types_;   // data type → foods not imported
  std::set<std::string> unmapped_nutrients_;            // "name (number)" not in the catalog
  std::int64_t bad_gtins_ = 0;              // branded foods kept without a barcode
  std::string bad_gtin_example_;
  std::map<std::string, std::int64_t> energy_counts_;  // where foods' energy came from → foods
  std::int64_t per_100_ml_ = 0;             // liquids emitted
  FoodSink put_;
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_FDC_FOODS_H_
