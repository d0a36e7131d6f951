#include "storage/sqlite/private_files.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

namespace platewise::sqlite {
namespace {

Status Failed(const std::string& what, const std::string& path) {
  return Status::Unavailable("cannot " + what + " " + path + ": " + std::strerror(errno));
}

// mkdir -p with mode 0700 for the folders it makes; existing ones are kept as they are.
Status CreateFolders(const std::filesystem::path& folder) {
  if (folder.empty()) return Status::Ok();
  struct stat st;
  if (::stat(folder.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::Ok();
    errno = ENOTDIR;
    return Failed("create folder", folder.string());
  }
  PW_RETURN_IF_ERROR(CreateFolders(folder.parent_path()));
  if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) return Failed("create folder", folder.string());
  return Status::Ok();
}

// Drops group and other permissions from `path` if it exists.
Status DropOthers(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return errno == ENOENT ? Status::Ok() : Failed("read", path);
  if ((st.st_mode & 077) == 0) return Status::Ok();
  if (::chmod(path.c_str(), st.st_mode & 0700) != 0) return Failed("make private", path);
  return Status::Ok();
}

}  // namespace

Status PrepareDatabaseFiles(const std::string& path) {
  if (path.empty() || path == ":memory:") return Status::Ok();
  PW_RETURN_IF_ERROR(CreateFolders(std::filesystem::path(path).parent_path()));
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
  } else if (errno != EEXIST) {
    return Failed("create database", path);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) PW_RETURN_IF_ERROR(DropOthers(path + suffix));
  return Status::Ok();
}

}  // namespace platewise::sqlite
