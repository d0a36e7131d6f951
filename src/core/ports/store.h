#ifndef PLATEWISE_CORE_PORTS_STORE_H_
#define PLATEWISE_CORE_PORTS_STORE_H_

// A store: every persistence port of the core, as one backend (SQLite, the
// in-memory store of the tests, later PostgreSQL) implements them. Callers
// see only these interfaces, never a backend's details. The store is opened
// from one configuration value in one place (storage/open_store.h).

#include <memory>

#include "core/ports/account_repository.h"
#include "core/ports/custom_food_repository.h"
#include "core/ports/data_versions.h"
#include "core/ports/diary_repository.h"
#include "core/ports/food_changes.h"
#include "core/ports/food_repository.h"
#include "core/ports/history_imports.h"
#include "core/ports/import_jobs.h"
#include "core/ports/log_repositories.h"
#include "core/ports/login_attempts.h"
#include "core/ports/notification_reads.h"
#include "core/ports/nutrient_target_overrides.h"
#include "core/ports/profile_repository.h"
#include "core/ports/profile_settings_repository.h"
#include "core/ports/saved_meal_repository.h"
#include "core/ports/supplement_repository.h"

namespace platewise {

struct Store {
  std::unique_ptr<FoodRepository> foods;
  std::unique_ptr<DiaryRepository> diary;
  std::unique_ptr<ProfileRepository> profiles;
  std::unique_ptr<SupplementRepository> supplements;
  ProfileSettingsRepository* profile_settings = nullptr;  // owned with `profiles`
  std::unique_ptr<AccountRepository> accounts;
  std::unique_ptr<CustomFoodRepository> custom_foods;
  std::unique_ptr<WaterLog> water;
  std::unique_ptr<ExerciseLog> exercise;
  std::unique_ptr<WeightLog> weights;
  std::unique_ptr<FavouriteFoods> favourites;
  // Named groups of foods added to a meal in one tap (core/diary/saved_meal.h).
  std::unique_ptr<SavedMealRepository> saved_meals;
  std::unique_ptr<NotificationReads> notification_reads;
  std::unique_ptr<NutrientTargetOverrides> target_overrides;
  // The login throttle's counts and known clients, shared by every server
  // on the store (core/account/login_throttle.h).
  std::unique_ptr<LoginAttempts> login_attempts;
  // Writes a person's history imported from another tracker, one file per
  // transaction (core/ports/history_imports.h).
  std::unique_ptr<HistoryImports> history_imports;
  // The API's import jobs, their state and progress (core/ports/import_jobs.h).
  std::unique_ptr<ImportJobs> import_jobs;
  // The stamps the caches check against (storage/caching/); null for a
  // backend that keeps none, which then runs without caches.
  std::unique_ptr<DataVersions> versions;
  // What other processes change of the search index's foods; null for a
  // backend that one process owns (core/ports/food_changes.h).
  std::unique_ptr<FoodChangeFeed> food_changes;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_STORE_H_
