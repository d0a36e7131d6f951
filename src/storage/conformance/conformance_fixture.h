#ifndef PLATEWISE_STORAGE_CONFORMANCE_CONFORMANCE_FIXTURE_H_
#define PLATEWISE_STORAGE_CONFORMANCE_CONFORMANCE_FIXTURE_H_

// The conformance suite: what every store (core/ports/store.h) must do, as
// typed tests run once per backend. Each test's name carries the backend's
// ("DiaryConformance/Sqlite.EntriesOfADayComeInTheOrderAdded"). A new backend
// is one more type in StoreBackends.
//
// Each test gets a fresh store holding a small dataset (TestDataset) and two
// accounts, A and B, so that every test can check that B sees none of A's rows.

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/food/food.h"
#include "core/ports/store.h"
#include "storage/memory/memory_store.h"
#include "storage/postgres/pg_store.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/postgres_cluster.h"
#include "testing/temp_dir.h"

namespace platewise::conformance {

struct MemoryBackend {
  static constexpr const char* kName = "Memory";
  static Result<std::unique_ptr<Store>> Open(const testing::TempDir&) { return OpenMemoryStore(); }
};

struct SqliteBackend {
  static constexpr const char* kName = "Sqlite";
  static Result<std::unique_ptr<Store>> Open(const testing::TempDir& dir) {
    return OpenSqliteStore(dir.File("conformance.db"));
  }
};

// A fresh database (from the migrated template) on the test run's cluster
// (testing/postgres_cluster.h). Without PostgreSQL the tests fail, saying
// to run scripts/install-deps: `make test` installs it.
struct PostgresBackend {
  static constexpr const char* kName = "Postgres";
  static Result<std::unique_ptr<Store>> Open(const testing::TempDir&) {
    auto cluster = testing::TestPostgres();
    if (!cluster.ok()) return cluster.status();
    auto database = (*cluster)->FreshDatabase();
    if (!database.ok()) return database.status();
    return OpenPostgresStore(*database);
  }
};

using StoreBackends = ::testing::Types<MemoryBackend, SqliteBackend, PostgresBackend>;

struct BackendNames {
  template <typename Backend>
  static std::string GetName(int) {
    return Backend::kName;
  }
};

inline constexpr char kTestSource[] = "conformance-test";

// Food ids of TestDataset.
inline constexpr char kButter[] = "01001";    // dairy; magnesium 2
inline constexpr char kWhipped[] = "01002";   // dairy; magnesium 2 (ties with butter)
inline constexpr char kSpinach[] = "11457";   // vegetables; magnesium 79
inline constexpr char kAlmonds[] = "12061";   // nuts; magnesium 270
inline constexpr char kTapWater[] = "14411";  // beverages; magnesium analysed: 0; no energy; protein not analysed
inline constexpr char kRice[] = "20444";      // grains; magnesium not analysed

inline Food TestFood(std::string id, std::string description, std::string group,
                     std::map<std::string, double> per_100g, std::vector<Portion> portions) {
  Food f;
  f.id = std::move(id);
  f.description = std::move(description);
  f.food_group = std::move(group);
  f.source = kTestSource;
  f.protein_factor = 4.0;
  f.fat_factor = 9.0;
  f.carbohydrate_factor = std::nullopt;
  for (const auto& [key, amount] : per_100g) f.per_100g.Set(key, amount);
  f.portions = std::move(portions);
  return f;
}

// Four nutrients and six foods, with zeros, missing values and portions.
inline FoodDataset TestDataset() {
  FoodDataset d;
  d.source = kTestSource;
  d.checksum = "v1";
  d.nutrients = {{"energy", "Energy", "kcal", 208},
                 {"protein", "Protein", "g", 203},
                 {"magnesium", "Magnesium, Mg", "mg", 304},
                 {"fiber", "Fiber, total dietary", "g", std::nullopt}};
  d.foods = {
      TestFood(kSpinach, "Spinach, raw", "Vegetables",
               {{"energy", 23}, {"protein", 2.86}, {"magnesium", 79}, {"fiber", 2.2}},
               {{1, "cup", Grams(30)}, {1, "bunch", Grams(340)}}),
      TestFood(kButter, "Butter, salted", "Dairy", {{"energy", 717}, {"protein", 0.85}, {"magnesium", 2}},
               {{1, "tbsp", Grams(14.2)}}),
      TestFood(kAlmonds, "Nuts, almonds", "Nuts",
               {{"energy", 579}, {"protein", 21.15}, {"magnesium", 270}, {"fiber", 12.5}},
               {{1, "oz", Grams(28.35)}}),
      TestFood(kTapWater, "Water, tap", "Beverages", {{"energy", 0}, {"magnesium", 0}}, {}),
      TestFood(kRice, "Rice, white, cooked", "Cereal Grains", {{"energy", 130}, {"protein", 2.69}},
               {{1, "cup", Grams(158)}}),
      TestFood(kWhipped, "Butter, whipped", "Dairy", {{"energy", 717}, {"protein", 0.85}, {"magnesium", 2}},
               {{1, "tbsp", Grams(9.4)}}),
  };
  return d;
}

template <typename Backend>
class StoreConformance : public ::testing::Test {
 public:
  void SetUp() override {
    auto store = Backend::Open(dir_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    auto imported = store_->foods->ImportDataset(TestDataset());
    ASSERT_TRUE(imported.ok()) << imported.status().message();
    auto a = store_->accounts->CreateUser("a@example.org", "hash-a");
    auto b = store_->accounts->CreateUser("b@example.org", "hash-b");
    ASSERT_TRUE(a.ok() && b.ok());
    a_ = *a;
    b_ = *b;
  }

  Store& store() { return *store_; }

  static CivilDate Day(int day) { return CivilDate{2026, 3, day}; }
  static DiaryEntry Entry(const CivilDate& date, Meal meal, const std::string& food, double grams,
                          std::string text = "") {
    return DiaryEntry{0, date, meal, food, Grams(grams), std::move(text)};
  }
  // Adds an entry for `owner`, failing the test when the store refuses it.
  DiaryEntry Log(UserId owner, const CivilDate& date, const std::string& food, Meal meal = Meal::kLunch,
                 double grams = 100) {
    auto e = store_->diary->AddEntry(owner, Entry(date, meal, food, grams));
    EXPECT_TRUE(e.ok()) << e.status().message();
    return e.ok() ? *e : DiaryEntry{};
  }
  // A custom food of `owner` with energy and magnesium per 100 g and a serving.
  Food CustomFood(UserId owner, const std::string& name) {
    Food f = TestFood("", name, "", {{"energy", 250}, {"magnesium", 40}}, {{1, "serving", Grams(50)}});
    f.source = "custom";
    auto stored = store_->custom_foods->CreateFood(owner, f);
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    return stored.ok() ? *stored : Food{};
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  UserId a_ = 0;
  UserId b_ = 0;
};

// Declares a fixture of the suite for one port and runs it on every backend.
#define PW_CONFORMANCE_SUITE(Name)                                  \
  template <typename Backend>                                       \
  class Name : public ::platewise::conformance::StoreConformance<Backend> {}; \
  TYPED_TEST_SUITE(Name, ::platewise::conformance::StoreBackends, ::platewise::conformance::BackendNames)

}  // namespace platewise::conformance

#endif  // PLATEWISE_STORAGE_CONFORMANCE_CONFORMANCE_FIXTURE_H_
