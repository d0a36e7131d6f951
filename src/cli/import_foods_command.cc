// platewise import fdc|off PATH... [--json]: an administrator's import of
// USDA FoodData Central's CSV download (a folder or its files) or JSON files
// (import/fdc_download.h), or of Open Food Facts' CSV export or JSONL dump
// (import/off_export.h), into the shared food table: the files are checked,
// then read again and written, one transaction per FDC dataset, holding a
// few foods at a time (import/shared_food_import.h).
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

// `read(paths, catalog, summary, put)`: a shared-food reader
// (import/shared_food_import.h).
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
  int pass = 0;
  auto written = ReadImportFiles(ctx.args().positionals(), FindImportFormat(format)->zip_member,
                                 [&](const std::vector<std::string>& paths) -> Result<bool> {
    PW_RETURN_IF_ERROR(WriteSharedFoods(
        *(*store)->foods,
        [&](ImportSummary& into, const FoodSink& put) -> Result<std::string> {
          // The first pass checks the files, the others write them.
          if (++pass == 2 && isatty(STDERR_FILENO)) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cerr << "checked " << summary.files.size() << " files in " << static_cast<long>(seconds)
                      << " s; writing...\n";
          }
          return read(paths, *catalog, into, put);
        },
        summary));
    return true;
  });
  if (!written.ok()) return written.status();
  PrintImportResult(ctx, summary);
  return Status::Ok();
}

}  // namespace

Status RunImportOff(AppContext& ctx) { return RunSharedFoodImport(ctx, "import off", "off", ReadOffExport); }

Status RunImportFdc(AppContext& ctx) { return RunSharedFoodImport(ctx, "import fdc", "fdc", ReadFdcDownload); }

}  // namespace platewise::cli
