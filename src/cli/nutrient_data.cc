#include "cli/nutrient_data.h"

#include "import/dri_csv.h"
#include "import/explanations.h"

namespace platewise::cli {

Result<NutrientData> LoadNutrientData(const std::string& data_dir) {
  auto dri = ReadDriCsv(data_dir + "/dri/dri.csv");
  if (!dri.ok()) return dri.status();
  auto texts = LoadExplanations(data_dir + "/nutrients/explanations");
  if (!texts.ok()) return texts.status();
  return NutrientData{std::move(*dri), std::move(*texts)};
}

}  // namespace platewise::cli
