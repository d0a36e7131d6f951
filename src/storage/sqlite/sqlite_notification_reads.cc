#include "storage/sqlite/sqlite_notification_reads.h"

#include <ctime>

namespace platewise::sqlite {
namespace {

constexpr char kSelectReads[] = "SELECT notification_id FROM notification_reads WHERE owner_id = ?1";
constexpr char kInsertRead[] =
    "INSERT INTO notification_reads (owner_id, notification_id, read_at) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (owner_id, notification_id) DO NOTHING";

}  // namespace

Result<std::set<std::string>> SqliteNotificationReads::ReadIds(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectReads);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::set<std::string> ids;
  while (true) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ids.insert(sel->ColumnText(0));
  }
  return ids;
}

Status SqliteNotificationReads::MarkRead(UserId owner, const std::vector<std::string>& ids) {
  auto lock = conn_->lock();
  Transaction tx(conn_->db());
  PW_RETURN_IF_ERROR(tx.Begin());
  auto ins = conn_->db().Prepare(kInsertRead);
  if (!ins.ok()) return ins.status();
  for (const std::string& id : ids) {
    ins->Reset();
    ins->Bind(1, owner);
    ins->Bind(2, id);
    ins->Bind(3, static_cast<std::int64_t>(std::time(nullptr)));
    PW_RETURN_IF_ERROR(ins->Run());
  }
  return tx.Commit();
}

}  // namespace platewise::sqlite
