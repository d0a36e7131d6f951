#include "storage/sqlite/sqlite_target_overrides.h"

namespace platewise::sqlite {
namespace {

constexpr char kSelect[] =
    "SELECT nutrient_key, amount, upper, source FROM nutrient_target_overrides WHERE owner_id = ?1 "
    "ORDER BY nutrient_key";
constexpr char kUpsert[] =
    "INSERT INTO nutrient_target_overrides (owner_id, nutrient_key, amount, upper, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (owner_id, nutrient_key) DO UPDATE SET "
    "amount = excluded.amount, upper = excluded.upper, source = excluded.source";
constexpr char kDelete[] = "DELETE FROM nutrient_target_overrides WHERE owner_id = ?1 AND nutrient_key = ?2";

}  // namespace

Result<std::vector<TargetOverride>> SqliteTargetOverrides::List(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelect);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::vector<TargetOverride> out;
  while (true) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto source = ParseOverrideSource(sel->ColumnText(3));
    if (!source.ok()) return Status::Internal("stored target source: " + source.status().message());
    out.push_back({sel->ColumnText(0), sel->ColumnDouble(1), sel->ColumnOptionalDouble(2), *source});
  }
  return out;
}

Status SqliteTargetOverrides::Put(UserId owner, const TargetOverride& o) {
  auto lock = conn_->lock();
  auto ins = conn_->db().Prepare(kUpsert);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, o.key);
  ins->Bind(3, o.amount);
  ins->BindOptional(4, o.upper);
  ins->Bind(5, std::string_view(TargetSourceName(o.source)));
  return ins->Run();
}

Result<bool> SqliteTargetOverrides::Remove(UserId owner, const std::string& key) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDelete);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, key);
  PW_RETURN_IF_ERROR(del->Run());
  return conn_->db().Changes() > 0;
}

}  // namespace platewise::sqlite
