#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kSelect[] =
    "SELECT nutrient_key, amount, upper, source FROM nutrient_target_overrides WHERE owner_id = $1 "
    "ORDER BY nutrient_key";
constexpr char kUpsert[] =
    "INSERT INTO nutrient_target_overrides (owner_id, nutrient_key, amount, upper, source) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (owner_id, nutrient_key) DO UPDATE SET "
    "amount = excluded.amount, upper = excluded.upper, source = excluded.source";
constexpr char kDelete[] = "DELETE FROM nutrient_target_overrides WHERE owner_id = $1 AND nutrient_key = $2";

}  // namespace

Result<std::vector<TargetOverride>> PgTargetOverrides::List(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<TargetOverride>> {
    auto rows = c.Query(kSelect, Params(owner));
    if (!rows.ok()) return rows.status();
    std::vector<TargetOverride> out;
    for (int r = 0; r < rows->size(); ++r) {
      auto source = ParseOverrideSource(rows->Text(r, 3));
      if (!source.ok()) return Status::Internal("stored target source: " + source.status().message());
      out.push_back({rows->Text(r, 0), rows->Double(r, 1), rows->OptionalDouble(r, 2), *source});
    }
    return out;
  });
}

Status PgTargetOverrides::Put(UserId owner, const TargetOverride& o) {
  return pool_->Run([&](Connection& c) {
    return c.Query(kUpsert, Params(owner, o.key, o.amount, o.upper, std::string(TargetSourceName(o.source)))).status();
  });
}

Result<bool> PgTargetOverrides::Remove(UserId owner, const std::string& key) {
  return pool_->Run([&](Connection& c) -> Result<bool> {
    auto rows = c.Query(kDelete, Params(owner, key));
    if (!rows.ok()) return rows.status();
    return rows->affected() > 0;
  });
}

}  // namespace platewise::postgres
