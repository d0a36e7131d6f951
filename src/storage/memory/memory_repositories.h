#ifndef PLATEWISE_STORAGE_MEMORY_MEMORY_REPOSITORIES_H_
#define PLATEWISE_STORAGE_MEMORY_MEMORY_REPOSITORIES_H_

// The ports of core/ports/store.h over one MemoryState, one factory per port
// (or group of ports), each defined in the file of that port.

#include <memory>

#include "core/ports/store.h"
#include "storage/memory/memory_state.h"

namespace platewise::memory {

using State = std::shared_ptr<MemoryState>;

std::unique_ptr<FoodRepository> MakeFoodRepository(State state);             // memory_food_repository.cc
std::unique_ptr<CustomFoodRepository> MakeCustomFoodRepository(State state); // memory_custom_food_repository.cc
std::unique_ptr<DiaryRepository> MakeDiaryRepository(State state);           // memory_diary_repository.cc
// Body profile and profile settings, one object serving both ports.
std::unique_ptr<ProfileRepository> MakeProfileRepository(State state, ProfileSettingsRepository** settings);
std::unique_ptr<AccountRepository> MakeAccountRepository(State state);       // memory_account_repository.cc
std::unique_ptr<WaterLog> MakeWaterLog(State state);                         // memory_log_repositories.cc
std::unique_ptr<ExerciseLog> MakeExerciseLog(State state);
std::unique_ptr<WeightLog> MakeWeightLog(State state);
std::unique_ptr<FavouriteFoods> MakeFavouriteFoods(State state);             // memory_favourite_foods.cc
std::unique_ptr<SupplementRepository> MakeSupplementRepository(State state); // memory_supplement_repository.cc
std::unique_ptr<SavedMealRepository> MakeSavedMealRepository(State state); // memory_saved_meal_repository.cc
std::unique_ptr<NotificationReads> MakeNotificationReads(State state);       // memory_notification_reads.cc
std::unique_ptr<NutrientTargetOverrides> MakeTargetOverrides(State state);  // memory_target_overrides.cc
std::unique_ptr<ImportJobs> MakeImportJobs(State state);                     // memory_import_jobs.cc
std::unique_ptr<DataVersions> MakeDataVersions(State state);                 // memory_data_versions.cc
std::unique_ptr<LoginAttempts> MakeLoginAttempts(State state);               // memory_login_attempts.cc
std::unique_ptr<HistoryImports> MakeHistoryImports(State state);           // memory_history_imports.cc

}  // namespace platewise::memory

#endif  // PLATEWISE_STORAGE_MEMORY_MEMORY_REPOSITORIES_H_
