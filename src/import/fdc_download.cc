#include "import/fdc_download.h"

#include "import/fdc_csv.h"
#include "import/fdc_json.h"

namespace platewise {

Result<std::string> ReadFdcDownload(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                    ImportSummary& summary, const FoodSink& put) {
  std::size_t json = 0;
  for (const std::string& path : paths) json += LooksLikeJson(path) ? 1 : 0;
  if (json == paths.size()) return ReadFdcJson(paths, catalog, summary, put);
  if (json == 0) return ReadFdcCsv(paths, catalog, summary, put);
  return Status::InvalidArgument("give FoodData Central's JSON files and its CSV downloads in separate runs "
                                 "(one dataset's two forms would replace each other)");
}

}  // namespace platewise
