#ifndef PLATEWISE_CORE_USECASES_USE_CASE_TEST_STORE_H_
#define PLATEWISE_CORE_USECASES_USE_CASE_TEST_STORE_H_

// The store the use-case tests run on: the in-memory store (which passes the
// same conformance suite as SQLite, storage/conformance/) behind the caches
// that `serve` puts in front of every store, with a few foods
// (per 100 g):
//   "spinach" 23 kcal, 79 mg magnesium, a "cup" of 30 g;
//   "almonds" 579 kcal, 270 mg magnesium, an "oz" of 28.35 g;
//   "mystery" energy not analysed.

#include <memory>
#include <string>

#include "core/food/food.h"
#include "core/ports/store.h"

namespace platewise::testing {

// The foods above, as a dataset to import into any store.
FoodDataset UseCaseTestFoods();

class UseCaseTestStore {
 public:
  UseCaseTestStore();
  ~UseCaseTestStore();
  Store& store() { return *store_; }
  UserId NewUser(const std::string& email);

 private:
  std::unique_ptr<Store> store_;
};

}  // namespace platewise::testing

#endif  // PLATEWISE_CORE_USECASES_USE_CASE_TEST_STORE_H_
