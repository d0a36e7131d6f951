#include "cli/config_location.h"

#include <filesystem>
#include <system_error>

#include "cli/install_layout.h"
#include "cli/settings_table.h"

namespace platewise::cli {

Result<ConfigLocation> LocateConfigFile(const Arguments& args, const std::function<const char*(const char*)>& getenv) {
  using config::SourceKind;
  std::string flag = "--";
  flag += kConfigFlag;
  if (auto path = args.Get(kConfigFlag)) {
    if (path->empty()) return Status::InvalidArgument("option " + flag + " needs a path");
    return ConfigLocation{*path, {SourceKind::kFlag, flag}};
  }
  if (const char* path = getenv(kConfigEnv); path != nullptr && *path != '\0') {
    return ConfigLocation{std::string(path), {SourceKind::kEnvironment, kConfigEnv}};
  }
  const std::string& installed = CurrentLayout().config_file;
  std::error_code error;
  if (!installed.empty() && std::filesystem::exists(installed, error)) {
    return ConfigLocation{installed, {SourceKind::kDefault, ""}};
  }
  return ConfigLocation{std::nullopt, {SourceKind::kDefault, ""}};
}

}  // namespace platewise::cli
