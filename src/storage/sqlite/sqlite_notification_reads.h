#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_NOTIFICATION_READS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_NOTIFICATION_READS_H_

#include <memory>

#include "core/ports/notification_reads.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteNotificationReads final : public NotificationReads {
 public:
  explicit SqliteNotificationReads(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<std::set<std::string>> ReadIds(UserId owner) override;
  Status MarkRead(UserId owner, const std::vector<std::string>& ids) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_NOTIFICATION_READS_H_
