#include "storage/memory/memory_store.h"

#include "storage/memory/memory_repositories.h"

namespace platewise {

Result<std::unique_ptr<Store>> OpenMemoryStore() {
  auto state = std::make_shared<memory::MemoryState>();
  auto store = std::make_unique<Store>();
  store->foods = memory::MakeFoodRepository(state);
  store->custom_foods = memory::MakeCustomFoodRepository(state);
  store->diary = memory::MakeDiaryRepository(state);
  store->profiles = memory::MakeProfileRepository(state, &store->profile_settings);
  store->accounts = memory::MakeAccountRepository(state);
  store->water = memory::MakeWaterLog(state);
  store->exercise = memory::MakeExerciseLog(state);
  store->weights = memory::MakeWeightLog(state);
  store->favourites = memory::MakeFavouriteFoods(state);
  store->supplements = memory::MakeSupplementRepository(state);
  store->saved_meals = memory::MakeSavedMealRepository(state);
  store->notification_reads = memory::MakeNotificationReads(state);
  store->target_overrides = memory::MakeTargetOverrides(state);
  store->versions = memory::MakeDataVersions(state);
  store->login_attempts = memory::MakeLoginAttempts(state);
  store->history_imports = memory::MakeHistoryImports(state);
  store->import_jobs = memory::MakeImportJobs(state);
  return store;
}

}  // namespace platewise
