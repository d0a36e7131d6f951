#ifndef PLATEWISE_IMPORT_FDC_CSV_H_
#define PLATEWISE_IMPORT_FDC_CSV_H_

// Reader of USDA FoodData Central's CSV downloads (Foundation, SR Legacy,
// Survey (FNDDS), Branded, or the full download that mixes them): the
// folder the download unpacks to, or its files one by one. Each file is
// known by its header, never by its name or column order:
//   nutrient       id, unit_name, nutrient_nbr     (what food_nutrient's nutrient_id is)
//   measure_unit   id, name                        (a portion's unit)
//   food_category  id, description                 (a food's group)
//   food           fdc_id, data_type, description
//   branded_food   fdc_id, gtin_upc                (brand, barcode, serving)
//   food_nutrient  fdc_id, nutrient_id, amount     (per 100 g)
//   food_portion   fdc_id, gram_weight
// and read in that order whatever order they are given in; other files of
// the download (sr_legacy_food, survey_fndds_food, ...) are named in a note.
// Every row is read with a streaming RFC 4180 reader. A food's rows are in
// several files (food, branded_food, food_nutrient, food_portion), so the
// foods are joined in memory, bucket by bucket: when those files are larger
// than FdcCsvOptions::bucket_bytes, their rows are first split by fdc_id
// into a private temporary folder (import/private_import_folder.h), one part
// per bucket and file, and each bucket's parts are joined and its foods
// handed on before the next, so the memory held is bounded by a bucket, not
// by the download's size (import/fdc_foods.h says what each value becomes).
// docs/imports.md lists the releases this was checked against.

#include <cstdint>
#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// Hands every food kept to `put` (its source the FDC data type's) and
// returns the run's checksum, of the files' bytes. InvalidArgument naming
// the file for a file that is not FDC's, a missing food or nutrient file,
// or a file that is not UTF-8 CSV; rows that cannot be read are skipped
// with their reason in `summary`; the sink's error as it is.
struct FdcCsvOptions {
  // About this many bytes of the foods' files are joined at once: their
  // size divided by it is the number of buckets. 64 MB of CSV holds about
  // 120 MB of foods in memory.
  std::int64_t bucket_bytes = std::int64_t{64} << 20;
};

Result<std::string> ReadFdcCsv(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                               ImportSummary& summary, const FoodSink& put, const FdcCsvOptions& options = {});

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_FDC_CSV_H_
