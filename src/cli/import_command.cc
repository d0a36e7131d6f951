// platewise import usda [--data-dir DIR]: imports the bundled USDA SR24 foods
// (one transaction; skipped when this exact data was imported before).

#include <ostream>

#include "cli/commands.h"
#include "import/usda_sr24.h"

namespace platewise::cli {

Status RunImportUsda(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("import usda", {}));
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  auto outcome = ImportUsdaSr24(ctx.env().data_dir + "/usda-sr24", *(*store)->foods);
  if (!outcome.ok()) return outcome.status();
  if (outcome->changed) {
    ctx.out() << "Imported USDA SR24: " << outcome->foods << " foods, " << outcome->nutrient_values
              << " nutrient values, " << outcome->portions << " portions.\n";
  } else {
    ctx.out() << "USDA SR24 is already imported (" << outcome->foods << " foods); nothing changed.\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
