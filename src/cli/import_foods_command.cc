// platewise import fdc|off PATH... [--json]: an administrator's import of
// USDA FoodData Central's CSV download (a folder or its files) or JSON files
// (import/fdc_download.h), or of Open Food Facts' CSV export or JSONL dump
// (import/off_export.h), into the shared food table, one transaction per FDC dataset (import/shared_food_import.h).
// The foods are searchable by name and barcode once `serve` (re)starts and
// loads its index. --json prints the summary's JSON
// (json/import_summary_json.h).

#include <unistd.h>

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/import_run.h"
#include "import/fdc_download.h"
#include "import/import_formats.h"
#include "import/off_export.h"
#include "import/shared_food_import.h"

namespace platewise::cli {
namespace {

template <typename Read>
Status RunSharedFoodImport(AppContext& ctx, const char* command, const char* format, Read read) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed(command, {"json"}));
  if (ctx.args().positionals().empty()) {
    return Status::InvalidArgument(std::string("give the download's folder or files: 'platewise ") + command +
                                   " PATH...'");
  }
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto catalog = (*store)->foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  ImportSummary summary;
  summary.format = format;
  const auto start = std::chrono::steady_clock::now();
  auto datasets = ReadImportFiles(ctx.args().positionals(), FindImportFormat(format)->zip_member,
                                  [&](const std::vector<std::string>& paths) { return read(paths, *catalog, summary); });
  if (!datasets.ok()) return datasets.status();
  if (isatty(STDERR_FILENO)) {
    std::size_t foods = 0;
    for (const FoodDataset& ds : *datasets) foods += ds.foods.size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "read " << summary.files.size() << " files, " << foods << " foods ("
              << static_cast<long>(foods / std::max(seconds, 1e-3)) << " foods/s); writing...\n";
  }
  PW_RETURN_IF_ERROR(WriteSharedFoods(*(*store)->foods, std::move(*datasets), summary));
  PrintImportResult(ctx, summary);
  return Status::Ok();
}

}  // namespace

Status RunImportOff(AppContext& ctx) {
  return RunSharedFoodImport(ctx, "import off", "off",
                             [](const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                ImportSummary& summary) -> Result<std::vector<FoodDataset>> {
                               auto dataset = ReadOffExport(paths, catalog, summary);
                               if (!dataset.ok()) return dataset.status();
                               std::vector<FoodDataset> out;
                               out.push_back(std::move(*dataset));
                               return out;
                             });
}

Status RunImportFdc(AppContext& ctx) {
  return RunSharedFoodImport(ctx, "import fdc", "fdc",
                             [](const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                ImportSummary& summary) { return ReadFdcDownload(paths, catalog, summary); });
}

}  // namespace platewise::cli
