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
  Food bar;
  bar.id = kBarIds[0];
  bar.description = "Granola bar, oats and honey";
  bar.brand = "Acme Bakery";
  bar.barcode = kBarGtin;
  bar.per_100g.Set("energy", 471);
  bar.portions = {Portion{1, "bar", Grams(42)}};
  Food older_bar = bar;
  older_bar.id = kBarIds[1];
  older_bar.description = "Granola bar, oats and honey (older label)";
  older_bar.per_100g.Set("energy", 480);
  // The nutrients are the bundled catalog's.
  FoodDataset packaged{
      .source = kPackagedSource, .checksum = "packaged-2", .nutrients = {}, .foods = {skyr, bar, older_bar}};
  auto outcome = (*store)->foods->ImportDataset(packaged);
  return outcome.ok() ? Status::Ok() : outcome.status();
}

}  // namespace platewise::testing
