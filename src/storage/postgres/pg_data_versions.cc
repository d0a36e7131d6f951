#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kSelectUserVersion[] = "SELECT version FROM user_versions WHERE owner_id = $1";
constexpr char kSelectFoodsVersion[] = "SELECT version FROM foods_version";
// One round trip for both: what every request of a server reads first.
constexpr char kSelectBothVersions[] =
    "SELECT (SELECT version FROM user_versions WHERE owner_id = $1), (SELECT version FROM foods_version)";

}  // namespace

Result<std::uint64_t> PgDataVersions::UserVersion(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<std::uint64_t> {
    auto rows = c.Query(kSelectUserVersion, Params(owner));
    if (!rows.ok()) return rows.status();
    return rows->empty() ? 0 : static_cast<std::uint64_t>(rows->Int(0, 0));
  });
}

Result<std::uint64_t> PgDataVersions::FoodsVersion() {
  return pool_->Run([&](Connection& c) -> Result<std::uint64_t> {
    auto rows = c.Query(kSelectFoodsVersion);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Internal("the foods version row is missing");
    return static_cast<std::uint64_t>(rows->Int(0, 0));
  });
}

Result<UserAndFoodsVersions> PgDataVersions::BothVersions(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<UserAndFoodsVersions> {
    auto rows = c.Query(kSelectBothVersions, Params(owner));
    if (!rows.ok()) return rows.status();
    if (rows->empty() || rows->IsNull(0, 1)) return Status::Internal("the foods version row is missing");
    return UserAndFoodsVersions{static_cast<std::uint64_t>(rows->Int(0, 0)),  // NULL (no stamp yet) reads as 0
                                static_cast<std::uint64_t>(rows->Int(0, 1))};
  });
}

}  // namespace platewise::postgres
