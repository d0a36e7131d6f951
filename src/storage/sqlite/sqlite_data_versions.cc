#include "storage/sqlite/sqlite_data_versions.h"

namespace platewise::sqlite {
namespace {

constexpr char kSelectUserVersion[] = "SELECT version FROM user_versions WHERE owner_id = ?1";
constexpr char kSelectFoodsVersion[] = "SELECT version FROM foods_version";

}  // namespace

Result<std::uint64_t> SelectUserVersion(Database& db, UserId owner) {
  auto sel = db.Prepare(kSelectUserVersion);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<std::uint64_t>(sel->ColumnInt(0)) : 0;
}

Result<std::uint64_t> SqliteDataVersions::UserVersion(UserId owner) {
  auto reader = conn_->Read();
  return SelectUserVersion(reader.db, owner);
}

Result<std::uint64_t> SqliteDataVersions::FoodsVersion() {
  auto reader = conn_->Read();
  auto sel = reader.db.Prepare(kSelectFoodsVersion);
  if (!sel.ok()) return sel.status();
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("the foods version row is missing");
  return static_cast<std::uint64_t>(sel->ColumnInt(0));
}

}  // namespace platewise::sqlite
