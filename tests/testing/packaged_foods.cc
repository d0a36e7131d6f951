#include "testing/packaged_foods.h"

#include <filesystem>

#include "import/usda_sr24.h"
#include "storage/open_store.h"

namespace platewise::testing {

Status SeedPackagedFoods(const std::string& location, const std::string& data_dir) {
  auto store = OpenStore(location);
  if (!store.ok()) return store.status();
  PW_RETURN_IF_ERROR(EnsureFoodsImported((std::filesystem::path(data_dir) / "usda-sr24").string(), *(*store)->foods));
  Food skyr;
  skyr.id = kSkyrId;
  skyr.description = kSkyrName;
  skyr.food_group = "Dairy and Egg Products";
  skyr.brand = "Acme Dairy";
  skyr.barcode = kSkyrGtin;
  skyr.per_100g.Set("energy", 63);
  skyr.per_100g.Set("protein", 11);
  skyr.per_100g.Set("fat", 0.2);
  skyr.per_100g.Set("carbohydrate", 3.9);
  skyr.portions = {Portion{1, "cup", Grams(150)}};
  // The nutrients are the bundled catalog's.
  FoodDataset packaged{.source = kPackagedSource, .checksum = "packaged-1", .nutrients = {}, .foods = {skyr}};
  auto outcome = (*store)->foods->ImportDataset(packaged);
  return outcome.ok() ? Status::Ok() : outcome.status();
}

}  // namespace platewise::testing
