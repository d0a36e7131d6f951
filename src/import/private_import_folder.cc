#include "import/private_import_folder.h"

#include <stdlib.h>

#include <filesystem>

namespace platewise {

Result<PrivateImportFolder> PrivateImportFolder::Make(const std::string& purpose) {
  std::error_code ec;
  const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) return Status::Internal("no temporary folder to " + purpose + " in: " + ec.message());
  // mkdtemp makes the folder 0700.
  std::string pattern = (base / "platewise-import-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return Status::Internal("cannot make a temporary folder to " + purpose);
  return PrivateImportFolder(std::move(pattern));
}

PrivateImportFolder::~PrivateImportFolder() {
  if (path_.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace platewise
