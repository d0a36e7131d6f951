#ifndef PLATEWISE_STORAGE_POSTGRES_PG_REPOSITORIES_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_REPOSITORIES_H_

// The ports of core/ports/ on PostgreSQL, each over the store's shared
// connection pool. The contracts are the port headers'; what is particular
// to PostgreSQL is said here and beside the SQL:
// - a write of several statements is one transaction (Pool::Transact); a
//   read of several statements that must agree (a food and its nutrients)
//   is one REPEATABLE READ snapshot; a diary day is one statement;
// - ids come from identity columns and sequences, so they only grow and are
//   never handed out twice, even to servers writing at the same moment.
// Thread-safe: every call leases its own connection.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/ports/store.h"
#include "storage/postgres/pg_pool.h"

namespace platewise::postgres {

using PoolPtr = std::shared_ptr<Pool>;

class PgFoodRepository : public FoodRepository {
 public:
  explicit PgFoodRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  // Under a transaction-scoped advisory lock (kImportLock), checksum check
  // included: servers importing the same dataset at once write it once.
  Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) override;
  Result<std::int64_t> CountFoods() override;
  Result<SharedFood> GetFood(const std::string& id) override;
  Result<std::vector<FoodListing>> ListFoodListings() override;
  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override;
  Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) override;
  Result<std::vector<Nutrient>> ListNutrients() override;
  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override;
  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                     int limit) override;

 private:
  PoolPtr pool_;
};

class PgCustomFoodRepository : public CustomFoodRepository {
 public:
  explicit PgCustomFoodRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<Food> CreateFood(UserId owner, const Food& food) override;
  Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) override;
  Result<std::vector<Food>> ListFoods(UserId owner) override;
  Result<Recipe> GetRecipe(UserId owner, const std::string& food_id) override;
  Status DeleteFood(UserId owner, const std::string& food_id) override;

 private:
  PoolPtr pool_;
};

class PgDiaryRepository : public DiaryRepository {
 public:
  explicit PgDiaryRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) override;
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) override;
  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) override;
  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) override;
  Result<std::vector<FoodLogCount>> CountLogsByFood() override;
  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override;
  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override;
  Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) override;
  Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                 std::optional<std::int64_t> expected_version) override;
  Status DeleteEntry(UserId owner, std::int64_t id) override;
  Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                              std::optional<Meal> meal) override;
  Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) override;
  Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) override;
  Result<std::vector<DiaryEntry>> ListAll(UserId owner) override;

 private:
  PoolPtr pool_;
};

// The body profile and the profile settings, in their two tables.
class PgProfileRepository : public ProfileRepository, public ProfileSettingsRepository {
 public:
  explicit PgProfileRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<BodyProfile> GetProfile(UserId owner) override;
  Status SaveProfile(UserId owner, const BodyProfile& profile) override;
  Result<ProfileSettings> Get(UserId owner) override;
  Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) override;

 private:
  PoolPtr pool_;
};

class PgAccountRepository : public AccountRepository {
 public:
  explicit PgAccountRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<UserId> CreateUser(const std::string& email, const std::string& password_hash) override;
  Result<StoredUser> FindUserByEmail(const std::string& email) override;
  Result<StoredUser> GetUser(UserId id) override;
  Status SetPasswordHash(UserId id, const std::string& password_hash) override;
  Status DeleteUser(UserId id) override;
  Result<std::vector<StoredUser>> ListUsers() override;
  Status SetDisabled(UserId id, bool disabled) override;
  Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                       std::int64_t expires_at) override;
  Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) override;
  Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                      std::int64_t created_at) override;
  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) override;
  Status DeleteApiToken(UserId owner, std::int64_t id) override;
  Result<UserId> FindApiToken(const std::string& token_hash) override;
  Result<std::int64_t> CreateInvite(const std::string& code_hash, int uses, std::int64_t expires_at,
                                    std::int64_t created_at) override;
  Result<std::vector<InviteRecord>> ListInvites() override;
  Result<std::int64_t> RedeemInvite(const std::string& code_hash, std::int64_t now) override;
  Status ReturnInvite(std::int64_t id) override;

 private:
  PoolPtr pool_;
};

class PgWaterLog : public WaterLog {
 public:
  explicit PgWaterLog(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<WaterEntry> Add(UserId owner, const WaterEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<WaterEntry>> ListAll(UserId owner) override;

 private:
  PoolPtr pool_;
};

class PgExerciseLog : public ExerciseLog {
 public:
  explicit PgExerciseLog(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<ExerciseEntry>> ListAll(UserId owner) override;

 private:
  PoolPtr pool_;
};

class PgWeightLog : public WeightLog {
 public:
  explicit PgWeightLog(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<WeightEntry> Put(UserId owner, const WeightEntry& entry) override;
  Result<std::vector<WeightEntry>> List(UserId owner, std::optional<CivilDate> from,
                                        std::optional<CivilDate> to) override;
  Status Delete(UserId owner, std::int64_t id) override;

 private:
  PoolPtr pool_;
};

class PgFavouriteFoods : public FavouriteFoods {
 public:
  explicit PgFavouriteFoods(PoolPtr pool) : pool_(std::move(pool)) {}
  Status Add(UserId owner, const std::string& food_id) override;
  Status Remove(UserId owner, const std::string& food_id) override;
  Result<std::vector<std::string>> List(UserId owner) override;

 private:
  PoolPtr pool_;
};

class PgSupplementRepository : public SupplementRepository {
 public:
  explicit PgSupplementRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<Supplement> AddSupplement(UserId owner, const Supplement& supplement) override;
  Result<Supplement> GetSupplement(UserId owner, std::int64_t id) override;
  Result<std::vector<Supplement>> ListSupplements(UserId owner) override;
  Result<SupplementDose> LogDose(UserId owner, const SupplementDose& dose) override;
  Result<std::vector<SupplementDose>> ListDoses(UserId owner, const CivilDate& from, const CivilDate& to) override;
  Status DeleteSupplement(UserId owner, std::int64_t id) override;
  Status DeleteDose(UserId owner, std::int64_t id) override;

 private:
  PoolPtr pool_;
};

// Tables saved_meals and saved_meal_items (migration 13).
class PgSavedMealRepository : public SavedMealRepository {
 public:
  explicit PgSavedMealRepository(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<SavedMeal> CreateSavedMeal(UserId owner, const SavedMeal& meal) override;
  Result<SavedMeal> GetSavedMeal(UserId owner, std::int64_t id) override;
  Result<std::vector<SavedMeal>> ListSavedMeals(UserId owner) override;
  Result<SavedMeal> RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) override;
  Status DeleteSavedMeal(UserId owner, std::int64_t id) override;

 private:
  PoolPtr pool_;
};

// One batch per transaction (migration 7's columns).
class PgHistoryImports : public HistoryImports {
 public:
  explicit PgHistoryImports(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<HistoryWrite> StreamBatch(UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) override;
  Result<ImportProvenance> ListProvenance(UserId owner) override;
  Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) override;

 private:
  PoolPtr pool_;
};

class PgImportJobs : public ImportJobs {
 public:
  explicit PgImportJobs(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<ImportJob> Create(UserId owner, const ImportJob& job, std::int64_t now) override;
  Result<ImportJob> Get(UserId owner, std::int64_t id) override;
  Status Update(const ImportJob& job, std::int64_t now) override;
  Status Heartbeat(UserId owner, std::int64_t id, std::int64_t now) override;
  Result<std::int64_t> FailStale(std::int64_t heartbeat_before, const std::string& error) override;

 private:
  PoolPtr pool_;
};

class PgNotificationReads : public NotificationReads {
 public:
  explicit PgNotificationReads(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<std::set<std::string>> ReadIds(UserId owner) override;
  Status MarkRead(UserId owner, const std::vector<std::string>& ids) override;

 private:
  PoolPtr pool_;
};

class PgTargetOverrides : public NutrientTargetOverrides {
 public:
  explicit PgTargetOverrides(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<std::vector<TargetOverride>> List(UserId owner) override;
  Status Put(UserId owner, const TargetOverride& o) override;
  Result<bool> Remove(UserId owner, const std::string& key) override;

 private:
  PoolPtr pool_;
};

// Each call is one statement. Counting a failure is one upsert: servers
// counting one key at once are ordered by its row lock (READ COMMITTED: the
// later one updates the row the earlier one left), so none is lost.
class PgLoginAttempts : public LoginAttempts {
 public:
  explicit PgLoginAttempts(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<LoginWindow> CountFailure(const std::string& key, std::int64_t now, int window_seconds) override;
  Result<LoginWindow> GetWindow(const std::string& key) override;
  Status ClearWindow(const std::string& key) override;
  Status RememberClient(const std::string& account, const std::string& client, std::int64_t now) override;
  Result<std::optional<std::int64_t>> LastSignIn(const std::string& account, const std::string& client) override;
  Result<std::int64_t> Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) override;

 private:
  PoolPtr pool_;
};

class PgDataVersions : public DataVersions {
 public:
  explicit PgDataVersions(PoolPtr pool) : pool_(std::move(pool)) {}
  Result<std::uint64_t> UserVersion(UserId owner) override;
  Result<std::uint64_t> FoodsVersion() override;
  Result<UserAndFoodsVersions> BothVersions(UserId owner) override;

 private:
  PoolPtr pool_;
};

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_REPOSITORIES_H_
