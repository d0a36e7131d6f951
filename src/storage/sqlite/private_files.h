#ifndef PLATEWISE_STORAGE_SQLITE_PRIVATE_FILES_H_
#define PLATEWISE_STORAGE_SQLITE_PRIVATE_FILES_H_

// A Platewise database holds password hashes and health data: only its owner
// may read it. The folders made for it are 0700 and the database file 0600;
// SQLite gives the -wal and -shm files the database file's mode, so they are
// 0600 too. A database file (or -wal, -shm) that exists with group or other
// permissions loses them when opened (an older version made them 0644).

#include <string>

#include "core/status.h"

namespace platewise::sqlite {

// Creates the missing folders of `path`'s parent (0700) and the database file
// itself if missing (0600, empty: SQLite initialises it), and drops group and
// other permissions from an existing database file and its -wal and -shm.
// ":memory:" and "" are left alone.
Status PrepareDatabaseFiles(const std::string& path);

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_PRIVATE_FILES_H_
