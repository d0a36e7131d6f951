#include "import/zip_archive.h"

#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

namespace platewise {
namespace {

std::string ZipError(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

// Extracts the members `filter` takes into `folder`; their paths.
Result<std::vector<std::string>> Extract(zip_t* zip, const std::string& zip_name, const std::string& folder,
                                         const ZipMemberFilter& filter) {
  std::vector<std::string> out;
  std::set<std::string> names;
  const zip_int64_t count = zip_get_num_entries(zip, 0);
  std::string buffer(1 << 16, '\0');
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) != 0 || st.name == nullptr) continue;
    const std::string member = st.name;
    if (!member.empty() && member.back() == '/') continue;  // a folder
    const std::string name = std::filesystem::path(member).filename().string();
    if (name.empty() || name == "." || name == ".." || !filter(name)) continue;
    if (!names.insert(name).second) {
      return Status::InvalidArgument(zip_name + ": two members are named " + name +
                                     "; unzip it and give the files you mean");
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      return Status::InvalidArgument(zip_name + ":" + member + " is encrypted");
    }
    zip_file_t* in = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    if (in == nullptr) {
      return Status::InvalidArgument(zip_name + ":" + member + " cannot be read: " + zip_strerror(zip));
    }
    const std::string path = folder + "/" + name;
    std::ofstream file(path, std::ios::binary);
    zip_uint64_t written = 0;
    Status status = Status::Ok();
    for (;;) {
      const zip_int64_t n = zip_fread(in, buffer.data(), buffer.size());
      if (n < 0) {
        status = Status::InvalidArgument(zip_name + ":" + member + " is damaged: " + zip_file_strerror(in));
        break;
      }
      if (n == 0) break;
      written += static_cast<zip_uint64_t>(n);
      if ((st.valid & ZIP_STAT_SIZE) && written > st.size) {
        status = Status::InvalidArgument(zip_name + ":" + member + " holds more than the ZIP says it does");
        break;
      }
      file.write(buffer.data(), n);
      if (!file) {
        status = Status::Internal("cannot write " + name + " from " + zip_name + " to the temporary folder (disk full?)");
        break;
      }
    }
    zip_fclose(in);
    if (!status.ok()) return status;
    out.push_back(path);
  }
  return out;
}

}  // namespace

bool IsZipFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

ZipFiles::~ZipFiles() = default;

Result<std::unique_ptr<ZipFiles>> ZipFiles::Expand(const std::vector<std::string>& paths,
                                                   const ZipMemberFilter& filter, bool as_folder) {
  std::unique_ptr<ZipFiles> files(new ZipFiles());
  for (const std::string& path : paths) {
    if (!IsZipFile(path)) {
      files->paths_.push_back(path);
      continue;
    }
    const std::string zip_name = std::filesystem::path(path).filename().string();
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (zip == nullptr) return Status::InvalidArgument(zip_name + ": not a ZIP that can be read: " + ZipError(code));
    auto folder = PrivateImportFolder::Make("extract " + zip_name + " into");
    if (!folder.ok()) {
      zip_discard(zip);
      return folder.status();
    }
    // Named after the ZIP, so messages say where a file came from ("export.zip/food.csv").
    const std::string into = folder->path() + "/" + zip_name;
    files->folders_.push_back(std::move(*folder));
    std::filesystem::create_directory(into);
    auto members = Extract(zip, zip_name, into, filter);
    zip_discard(zip);
    if (!members.ok()) return members.status();
    if (members->empty()) return Status::InvalidArgument(zip_name + ": the ZIP holds no file this import reads");
    if (as_folder) {
      files->paths_.push_back(into);
    } else {
      files->paths_.insert(files->paths_.end(), members->begin(), members->end());
    }
  }
  return files;
}

}  // namespace platewise
