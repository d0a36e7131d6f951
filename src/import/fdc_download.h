#ifndef PLATEWISE_IMPORT_FDC_DOWNLOAD_H_
#define PLATEWISE_IMPORT_FDC_DOWNLOAD_H_

// What `platewise import fdc PATH...` reads: FoodData Central's JSON files
// (import/fdc_json.h) or its CSV download's folders and files
// (import/fdc_csv.h), told apart by content. One run reads one kind: JSON
// and CSV of one dataset would replace each other.

#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/nutrient/nutrient.h"
#include "core/ports/food_repository.h"
#include "core/status.h"
#include "import/import_summary.h"

namespace platewise {

// The foods to `put` and the run's checksum, as the reader of the files'
// kind says.
Result<std::string> ReadFdcDownload(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                    ImportSummary& summary, const FoodSink& put);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_FDC_DOWNLOAD_H_
