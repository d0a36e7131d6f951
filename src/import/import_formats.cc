#include "import/import_formats.h"

#include "import/apple_health_export.h"
#include "import/cronometer_export.h"
#include "import/mfp_export.h"

namespace platewise {
namespace {

Result<std::vector<HistoryFile>> ReadMfp(const std::vector<std::string>& paths, const ImportFormatOptions& options,
                                         ImportSummary& summary) {
  HistoryReadOptions read_options;
  read_options.weight_unit = options.weight_unit;
  // One job is one file: the Exercise-Summary of the same export cannot say.
  read_options.weight_unit_hint = "give the unit (weight_unit=kg or weight_unit=lb; in the web app, \"Weights are in\")";
  return ReadMfpExport(paths, read_options, summary);
}

Result<std::vector<HistoryFile>> ReadCronometer(const std::vector<std::string>& paths, const ImportFormatOptions&,
                                                ImportSummary& summary) {
  return ReadCronometerExport(paths, summary);
}

Result<std::vector<HistoryFile>> ReadAppleHealth(const std::vector<std::string>& paths,
                                                 const ImportFormatOptions& options, ImportSummary& summary) {
  AppleHealthOptions read_options;
  read_options.source = options.source;
  return ReadAppleHealthExport(paths, read_options, summary);
}

}  // namespace

const std::vector<ImportFormat>& ImportFormats() {
  static const std::vector<ImportFormat> formats = {
      {"mfp", "MyFitnessPal", ReadMfp},
      {"cronometer", "Cronometer", ReadCronometer},
      {"apple-health", "Apple Health", ReadAppleHealth},
      {"fdc", "USDA FoodData Central", nullptr},  // shared foods: platewise import fdc
  };
  return formats;
}

const ImportFormat* FindImportFormat(std::string_view name) {
  for (const ImportFormat& format : ImportFormats()) {
    if (name == format.name) return &format;
  }
  return nullptr;
}

std::string ImportFormatNames() {
  std::string names;
  for (const ImportFormat& format : ImportFormats()) {
    if (!names.empty()) names += ", ";
    names += format.name;
  }
  return names;
}

}  // namespace platewise
