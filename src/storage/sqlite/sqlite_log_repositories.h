#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_LOG_REPOSITORIES_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_LOG_REPOSITORIES_H_

#include <memory>

#include "core/ports/log_repositories.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteWaterLog final : public WaterLog {
 public:
  explicit SqliteWaterLog(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<WaterEntry> Add(UserId owner, const WaterEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<WaterEntry>> ListAll(UserId owner) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

class SqliteExerciseLog final : public ExerciseLog {
 public:
  explicit SqliteExerciseLog(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<ExerciseEntry>> ListAll(UserId owner) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

class SqliteWeightLog final : public WeightLog {
 public:
  explicit SqliteWeightLog(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<WeightEntry> Put(UserId owner, const WeightEntry& entry) override;
  Result<std::vector<WeightEntry>> List(UserId owner, std::optional<CivilDate> from,
                                        std::optional<CivilDate> to) override;
  Status Delete(UserId owner, std::int64_t id) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

class SqliteFavouriteFoods final : public FavouriteFoods {
 public:
  explicit SqliteFavouriteFoods(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Status Add(UserId owner, const std::string& food_id) override;
  Status Remove(UserId owner, const std::string& food_id) override;
  Result<std::vector<std::string>> List(UserId owner) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_LOG_REPOSITORIES_H_
