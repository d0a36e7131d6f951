#ifndef PLATEWISE_FUZZ_INPUT_FILE_H_
#define PLATEWISE_FUZZ_INPUT_FILE_H_

// For readers that take a path (the CSV reader, the importers): a folder of
// this process's own under the temporary directory, where a target writes
// the input's bytes as files before reading them back. Removed at exit.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace platewise::fuzz {

class InputFolder {
 public:
  InputFolder()
      : path_(std::filesystem::temp_directory_path() / ("platewise-fuzz-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~InputFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  // Writes `bytes` to the file `name` in the folder (replacing it); its path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    std::filesystem::path file = path_ / name;
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }

  // Removes every file, so that one input's files never meet the next's.
  void Clear() const {
    for (const auto& entry : std::filesystem::directory_iterator(path_)) std::filesystem::remove(entry.path());
  }

  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// One folder per process, made on first use.
inline const InputFolder& Inputs() {
  static const InputFolder folder;
  return folder;
}

}  // namespace platewise::fuzz

#endif  // PLATEWISE_FUZZ_INPUT_FILE_H_
