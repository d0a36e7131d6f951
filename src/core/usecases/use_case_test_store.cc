#include "core/usecases/use_case_test_store.h"

#include <stdexcept>

#include "storage/caching/with_caches.h"
#include "storage/memory/memory_store.h"

namespace platewise::testing {
namespace {

Food MakeFood(const std::string& id, const std::string& name, std::optional<double> kcal, double mg,
              const Portion& portion) {
  Food f;
  f.id = id;
  f.description = name;
  f.source = kUsdaSr24Source;
  if (kcal) f.per_100g.Set("energy", *kcal);
  f.per_100g.Set("magnesium", mg);
  f.portions.push_back(portion);
  return f;
}

}  // namespace

FoodDataset UseCaseTestFoods() {
  return FoodDataset{kUsdaSr24Source, "use-case-test-foods",
                   {{"energy", "Energy", "kcal", 208}, {"magnesium", "Magnesium, Mg", "mg", 304}},
                   {MakeFood("11457", "Spinach, raw", 23, 79, {1, "cup", Grams(30)}),
                    MakeFood("12061", "Almonds", 579, 270, {1, "oz", Grams(28.35)}),
                    MakeFood("99999", "Mystery stew", std::nullopt, 20, {1, "bowl", Grams(250)})}};
}

UseCaseTestStore::UseCaseTestStore() {
  auto memory = OpenMemoryStore();
  if (!memory.ok()) throw std::runtime_error(memory.status().message());
  store_ = WithCaches(std::move(*memory));  // as `serve` reads a store
  auto imported = store_->foods->ImportDataset(UseCaseTestFoods());
  if (!imported.ok()) throw std::runtime_error(imported.status().message());
}

UseCaseTestStore::~UseCaseTestStore() = default;

UserId UseCaseTestStore::NewUser(const std::string& email) {
  auto id = store_->accounts->CreateUser(email, "no sign-in");
  if (!id.ok()) throw std::runtime_error(id.status().message());
  return *id;
}

}  // namespace platewise::testing
