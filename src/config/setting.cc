#include "config/setting.h"

namespace platewise::config {

std::string HiddenSecret(const std::string& value) { return value.empty() ? "" : "(hidden)"; }

const char* SettingSource::KindName() const {
  switch (kind) {
    case SourceKind::kFlag:
      return "flag";
    case SourceKind::kEnvironment:
      return "env";
    case SourceKind::kFile:
      return "file";
    case SourceKind::kDefault:
      return "default";
  }
  return "default";
}

std::string SettingSource::Describe() const {
  std::string text = KindName();
  if (!where.empty()) {
    text += ' ';
    text += where;
  }
  return text;
}

}  // namespace platewise::config
