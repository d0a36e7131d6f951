#ifndef PLATEWISE_IMPORT_DRI_CSV_H_
#define PLATEWISE_IMPORT_DRI_CSV_H_

// Reader of the bundled Dietary Reference Intakes, data/dri/dri.csv
// (documented in data/dri/README.md and docs/data.md), header row:
//   key,nutrient,unit,life_stage,sex,age_from,age_until,ear,rda,ai,ul,cdrr,note
// Empty values are "not set" (nullopt); a UL of "ND" is not determinable.

#include <string>

#include "core/nutrient/dri_table.h"
#include "core/status.h"

namespace platewise {

// Reads and validates `path` (plain or .gz). Errors name the file and line.
Result<DriTable> ReadDriCsv(const std::string& path);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_DRI_CSV_H_
