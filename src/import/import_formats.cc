#include "import/import_formats.h"

#include "import/apple_health_export.h"
#include "import/cronometer_export.h"
#include "import/mfp_export.h"

namespace platewise {
namespace {

Status ReadMfp(const std::vector<std::string>& paths, const ImportFormatOptions& options, ImportSummary& summary,
               const HistoryFileSink& put) {
  HistoryReadOptions read_options;
  read_options.weight_unit = options.weight_unit;
  // One job is one file: the Exercise-Summary of the same export cannot say.
  read_options.weight_unit_hint = "give the unit (weight_unit=kg or weight_unit=lb; in the web app, \"Weights are in\")";
  return ReadMfpExport(paths, read_options, summary, put);
}

Status ReadCronometer(const std::vector<std::string>& paths, const ImportFormatOptions&, ImportSummary& summary,
                      const HistoryFileSink& put) {
  return ReadCronometerExport(paths, summary, put);
}

Status ReadAppleHealth(const std::vector<std::string>& paths, const ImportFormatOptions& options,
                       ImportSummary& summary, const HistoryFileSink& put) {
  AppleHealthOptions read_options;
  read_options.source = options.source;
  return ReadAppleHealthExport(paths, read_options, summary, put);
}

bool HasExtension(const std::string& name, std::initializer_list<const char*> extensions) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  const std::string ext = name.substr(dot);
  for (const char* e : extensions) {
    if (ext == e) return true;
  }
  return false;
}
bool CsvMember(const std::string& name) { return HasExtension(name, {".csv"}); }
// Apple Health's export.zip also holds export_cda.xml, workout routes and ECGs.
bool AppleHealthMember(const std::string& name) { return name == "export.xml"; }
bool FdcMember(const std::string& name) { return HasExtension(name, {".csv", ".json"}); }
bool OffMember(const std::string& name) { return HasExtension(name, {".csv", ".tsv", ".jsonl", ".json", ".gz"}); }

}  // namespace

const std::vector<ImportFormat>& ImportFormats() {
  static const std::vector<ImportFormat> formats = {
      {"mfp", "MyFitnessPal", ReadMfp, CsvMember},
      {"cronometer", "Cronometer", ReadCronometer, CsvMember},
      {"apple-health", "Apple Health", ReadAppleHealth, AppleHealthMember},
      // Shared foods: `platewise import fdc|off` (the API refuses them).
      {"fdc", "USDA FoodData Central", nullptr, FdcMember},
      {"off", "Open Food Facts", nullptr, OffMember},
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
