#ifndef PLATEWISE_IMPORT_ZIP_ARCHIVE_H_
#define PLATEWISE_IMPORT_ZIP_ARCHIVE_H_

// The files of an export or a download that came as a ZIP (MyFitnessPal's
// e-mailed export, Apple Health's export.zip, FoodData Central's
// downloads): the members a format reads are extracted, with libzip and a
// 64 KiB buffer, into a private temporary folder (0700) that lives as long
// as the ZipFiles object, and are then read as the files they are. Member
// folders are dropped (names are the members' own), so a member can never
// be written outside the folder whatever its name says; two members of one
// name are refused, as are encrypted members and members larger than they
// say they are.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "import/private_import_folder.h"

namespace platewise {

// Which members to extract, by their file name (no folder): "export.xml".
using ZipMemberFilter = std::function<bool(const std::string& name)>;

class ZipFiles {
 public:
  ~ZipFiles();
  ZipFiles(const ZipFiles&) = delete;
  ZipFiles& operator=(const ZipFiles&) = delete;

  // The paths the readers get for `paths`: each file that is a ZIP (by its
  // first bytes, not its name) replaced by the folder of its extracted
  // members when `as_folder`, else by those members' paths; other paths as
  // given. InvalidArgument naming the ZIP when it cannot be read or has no
  // member the filter takes.
  static Result<std::unique_ptr<ZipFiles>> Expand(const std::vector<std::string>& paths, const ZipMemberFilter& filter,
                                                  bool as_folder);
  const std::vector<std::string>& paths() const { return paths_; }

 private:
  ZipFiles() = default;
  std::vector<std::string> paths_;
  std::vector<PrivateImportFolder> folders_;  // removed with everything in them
};

// Whether the file starts as a ZIP does ("PK\3\4").
bool IsZipFile(const std::string& path);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_ZIP_ARCHIVE_H_
