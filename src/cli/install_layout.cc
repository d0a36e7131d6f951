#include "cli/install_layout.h"

#include <filesystem>
#include <system_error>

namespace platewise::cli {
namespace {

InstallLayout FindLayout() {
  std::error_code error;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error && self == std::filesystem::path(PLATEWISE_INSTALLED_BINARY)) {
    return {true, PLATEWISE_INSTALLED_DB, PLATEWISE_INSTALLED_DATA_DIR, PLATEWISE_INSTALLED_WEB_DIR,
            PLATEWISE_INSTALLED_CONFIG};
  }
  return {false, "var/platewise.db", PLATEWISE_DEFAULT_DATA_DIR, PLATEWISE_DEFAULT_WEB_DIR, ""};
}

}  // namespace

const InstallLayout& CurrentLayout() {
  static const InstallLayout layout = FindLayout();
  return layout;
}

}  // namespace platewise::cli
