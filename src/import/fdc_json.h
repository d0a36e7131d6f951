#ifndef PLATEWISE_IMPORT_FDC_JSON_H_
#define PLATEWISE_IMPORT_FDC_JSON_H_

// Reader of USDA FoodData Central's JSON downloads: one object whose first
// array-valued key holds the foods ({"FoundationFoods": [...]},
// "SRLegacyFoods", "SurveyFoods", "BrandedFoods"), or a bare array of foods.
// Streamed: each food object is read, handed to import/fdc_foods.h (which
// decides what every value becomes, as for the CSV download) and dropped,
// so the parse holds one food at a time, and each food kept is handed on
// as soon as its object ends: a file of millions of foods needs the memory
// of one. A food listed twice is given twice (the store keeps the one
// published later).
//
// Of a food: fdcId, dataType, description, publicationDate; foodCategory.description (or
// wweiaFoodCategory.wweiaFoodCategoryDescription, or brandedFoodCategory);
// foodNutrients[] with nutrient{number, name, unitName} and amount;
// foodPortions[] with sequenceNumber, amount, measureUnit.name, modifier,
// portionDescription, gramWeight; and of a branded food brandOwner,
// brandName, gtinUpc, servingSize, servingSizeUnit, householdServingFullText.

#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// Whether the file at `path` is JSON (its first byte after a byte-order mark
// and white space is '{' or '['); false for a folder or a CSV file.
bool LooksLikeJson(const std::string& path);

// Hands every food kept to `put` (its source the FDC data type's) and
// returns the run's checksum, of the files' bytes. InvalidArgument naming
// the file for JSON that does not parse (with the byte where it fails) or
// holds no array of foods; foods and values that cannot be read are skipped
// with their reason in `summary`; the sink's error as it is.
Result<std::string> ReadFdcJson(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                ImportSummary& summary, const FoodSink& put);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_FDC_JSON_H_
