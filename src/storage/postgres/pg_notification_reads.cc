#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kSelectReads[] = "SELECT notification_id FROM notification_reads WHERE owner_id = $1";
// All ids in one statement, so in one transaction.
constexpr char kInsertReads[] =
    "INSERT INTO notification_reads (owner_id, notification_id, read_at) "
    "SELECT $1, n, extract(epoch FROM now())::bigint FROM unnest($2::text[]) AS n "
    "ON CONFLICT (owner_id, notification_id) DO NOTHING";

}  // namespace

Result<std::set<std::string>> PgNotificationReads::ReadIds(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<std::set<std::string>> {
    auto rows = c.Query(kSelectReads, Params(owner));
    if (!rows.ok()) return rows.status();
    std::set<std::string> ids;
    for (int r = 0; r < rows->size(); ++r) ids.insert(rows->Text(r, 0));
    return ids;
  });
}

Status PgNotificationReads::MarkRead(UserId owner, const std::vector<std::string>& ids) {
  if (ids.empty()) return Status::Ok();
  // Duplicates within one call would clash inside the one INSERT.
  std::set<std::string> distinct(ids.begin(), ids.end());
  return pool_->Run([&](Connection& c) {
    return c.Query(kInsertReads, Params(owner, TextArray({distinct.begin(), distinct.end()}))).status();
  });
}

}  // namespace platewise::postgres
