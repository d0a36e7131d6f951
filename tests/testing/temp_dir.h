#ifndef PLATEWISE_TESTS_TESTING_TEMP_DIR_H_
#define PLATEWISE_TESTS_TESTING_TEMP_DIR_H_

// A fresh folder under the system temp dir, removed with everything in it
// when the object goes away. Unique per process and object, so tests can run
// in parallel.

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

namespace platewise::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("platewise-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_TEMP_DIR_H_
