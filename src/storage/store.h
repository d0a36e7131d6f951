#ifndef PLATEWISE_STORAGE_STORE_H_
#define PLATEWISE_STORAGE_STORE_H_

// The one entry point to persistence: opens a store and hands out its
// repositories as the core's ports. Nothing backend-specific is visible here,
// so callers cannot depend on SQLite (and, later, PostgreSQL) details.

#include <memory>
#include <string>

#include "core/ports/account_repository.h"
#include "core/ports/custom_food_repository.h"
#include "core/ports/diary_repository.h"
#include "core/ports/food_repository.h"
#include "core/ports/log_repositories.h"
#include "core/ports/notification_reads.h"
#include "core/ports/profile_repository.h"
#include "core/ports/supplement_repository.h"
#include "core/ports/profile_settings_repository.h"
#include "core/status.h"

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
  std::unique_ptr<NotificationReads> notification_reads;
};

// Opens the embedded database file at `path` (created, with its parent
// folder, when missing) and migrates its schema.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_STORE_H_
