#ifndef PLATEWISE_IMPORT_PRIVATE_IMPORT_FOLDER_H_
#define PLATEWISE_IMPORT_PRIVATE_IMPORT_FOLDER_H_

// A folder of an import's own under the system's temporary folder (TMPDIR):
// made 0700, so no other user reads what a person's export holds, and
// removed with everything in it when the object goes. For the files an
// import writes on the way: a ZIP's extracted members (import/zip_archive.h),
// FoodData Central's files split by food (import/fdc_csv.h).

#include <string>

#include "core/status.h"

namespace platewise {

class PrivateImportFolder {
 public:
  // Internal, saying `purpose` ("extract export.zip"), when no folder can
  // be made.
  static Result<PrivateImportFolder> Make(const std::string& purpose);

  PrivateImportFolder(PrivateImportFolder&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  PrivateImportFolder& operator=(PrivateImportFolder&&) = delete;
  PrivateImportFolder(const PrivateImportFolder&) = delete;
  PrivateImportFolder& operator=(const PrivateImportFolder&) = delete;
  ~PrivateImportFolder();

  const std::string& path() const { return path_; }

 private:
  explicit PrivateImportFolder(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_PRIVATE_IMPORT_FOLDER_H_
