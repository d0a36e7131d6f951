#ifndef PLATEWISE_IMPORT_OFF_EXPORT_H_
#define PLATEWISE_IMPORT_OFF_EXPORT_H_

// Reader of Open Food Facts product data (docs/imports.md, "Open Food
// Facts"; ../FORMATS §6), in either of its two forms, each known by its
// content (the first line that is not blank), never by its file name:
//   - the CSV export, which is tab-separated: a header row whose first column
//     is "code", then one product per line. Columns are found by name. It is
//     read with quoting off (a `"` is an inch mark, never a quote), so a row
//     whose field count differs from the header's (a tab or a line end inside
//     a field) is skipped with its line;
//   - the JSONL dump: one product JSON object per line (`code`,
//     `product_name`, `brands`, `nutriments`, ...), or one API response
//     (`{"code": ..., "product": {...}}`) per line; a line that is not a JSON
//     object is skipped with its line.
// Files are read line by line (import/export_lines.h: a byte-order mark is
// dropped, LF and CRLF end lines, bytes that are not UTF-8 refuse the file)
// and each product is handed on as it is read, so a dump of millions of
// products needs the memory of one. A gzipped file is read as it is
// (import/export_lines.h). What each value becomes is decided in
// import/off_products.h.

#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// Food::source of Open Food Facts products; their ids are "off:CODE".
inline constexpr char kOpenFoodFactsSource[] = "off";

// Reads every file of `paths`, handing each product kept to `put` as a food
// of source kOpenFoodFactsSource that uses only keys of `catalog` (the
// store's nutrients, FoodRepository::ListNutrients), and returns the run's
// checksum: a SHA-256 of this reader's version, the catalog's keys and
// units, and each file's SHA-256 in order, so a changed file, a changed rule
// or another catalog changes it. The files are listed in `summary.files`;
// rows and values that cannot be read are skipped with their reason, and
// what was assumed or not imported is in `summary.notes`.
// NotFound naming a file that cannot be opened; InvalidArgument naming the
// file (and line) for a file that is of neither form, a CSV export without a
// code or product_name column, or bytes that are not UTF-8; the sink's
// error as it is.
Result<std::string> ReadOffExport(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                  ImportSummary& summary, const FoodSink& put);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_OFF_EXPORT_H_
