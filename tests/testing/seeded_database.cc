#include "testing/seeded_database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "testing/subprocess.h"

namespace platewise::testing {
namespace {

namespace fs = std::filesystem;

// Templates live beside the binary, one per build of it: the name carries
// the binary's modification time and size, so a rebuilt binary (a new
// migration, new bundled data handling) makes its own.
fs::path TemplatePath(const std::string& binary) {
  const fs::path bin(binary);
  const auto stamp = fs::last_write_time(bin).time_since_epoch().count();
  const auto size = fs::file_size(bin);
  return bin.parent_path() / "test-databases" /
         ("seeded-" + std::to_string(stamp) + "-" + std::to_string(size) + ".db");
}

bool MakeTemplate(const std::string& binary, const fs::path& target) {
  fs::create_directories(target.parent_path());
  const fs::path partial = target.string() + ".partial-" + std::to_string(::getpid());
  fs::remove(partial);
  CommandResult r = RunCommand(
      binary, {"--db", partial.string(), "import", "usda", "--data-dir", std::string(PLATEWISE_BUNDLED_DATA_DIR)});
  if (r.exit_code != 0) {
    ADD_FAILURE() << "making the seeded test database failed (" << r.exit_code << "): " << r.err;
    return false;
  }
  // A clean exit checkpoints SQLite's write-ahead log into the file; a log
  // left behind would hold data the copy lacks.
  if (fs::exists(partial.string() + "-wal") && fs::file_size(partial.string() + "-wal") > 0) {
    ADD_FAILURE() << "the seeded test database left a write-ahead log behind";
    return false;
  }
  fs::remove(partial.string() + "-wal");
  fs::remove(partial.string() + "-shm");
  fs::rename(partial, target);
  RemoveOtherTemplates(target);
  return true;
}

}  // namespace

// Removes the finished templates of earlier builds ("seeded-*.db"), never a
// ".partial-PID" file: another test process may be writing that one (a
// removal of it was seen to fail that process's rename). A test copying an
// old template keeps its open file; nothing else reads them.
void RemoveOtherTemplates(const std::filesystem::path& keep) {
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(keep.parent_path(), ignored)) {
    const std::string name = entry.path().filename().string();
    const bool finished = name.rfind("seeded-", 0) == 0 && name.size() > 3 && name.ends_with(".db");
    if (entry.path() != keep && finished) fs::remove(entry.path(), ignored);
  }
}

std::string SeededDatabase(const std::string& binary, const TempDir& dir, const std::string& name) {
  const std::string path = dir.File(name);
  if (fs::exists(path)) return path;  // seeded before: keep what the test wrote
  const fs::path tmpl = TemplatePath(binary);
  if (!fs::exists(tmpl) && !MakeTemplate(binary, tmpl)) return path;
  fs::copy_file(tmpl, path);
  return path;
}

}  // namespace platewise::testing
