#ifndef PLATEWISE_CLI_NUTRIENT_DATA_H_
#define PLATEWISE_CLI_NUTRIENT_DATA_H_

// The bundled nutrient data the nutrient commands and `serve` need: the DRI
// table (data/dri/dri.csv) and the shortfall note texts
// (data/nutrients/explanations/*.md), read from the data folder.

#include <map>
#include <string>

#include "core/nutrient/dri_table.h"
#include "core/status.h"

namespace platewise::cli {

struct NutrientData {
  DriTable dri;
  std::map<std::string, std::string> explanations;
};

Result<NutrientData> LoadNutrientData(const std::string& data_dir);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_NUTRIENT_DATA_H_
