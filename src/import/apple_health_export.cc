#include "import/apple_health_export.h"

#include <expat.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "core/units/body_units.h"
#include "import/file_hash.h"
#include "import/import_progress.h"

namespace platewise {
namespace {

constexpr char kBodyMass[] = "HKQuantityTypeIdentifierBodyMass";
constexpr std::size_t kChunkBytes = 1 << 16;

// kg per one of HealthKit's mass unit strings; nullopt for any other unit.
std::optional<double> KilogramsPer(const std::string& unit) {
  if (unit == "kg") return 1.0;
  if (unit == "g") return 0.001;
  if (unit == "lb") return kKgPerPound;
  if (unit == "st") return 14 * kKgPerPound;
  return std::nullopt;
}

struct Reading {
  std::string start;  // "YYYY-MM-DD HH:MM:SS ±HHMM": its wall-clock text orders one day's readings
  double kg = 0;
  std::int64_t line = 0;
};

// The parse of one file, as expat's user data.
struct Parse {
  XML_Parser parser = nullptr;
  std::string name;
  const AppleHealthOptions* options = nullptr;
  ImportSummary* summary = nullptr;
  bool saw_root = false;
  int correlation_depth = 0;  // inside <Correlation>: its records repeat top-level ones
  std::string error;          // why the parse was stopped
  std::map<CivilDate, Reading> first_of_day;
  std::int64_t later_readings = 0;
  std::int64_t other_sources = 0;
  std::set<std::string> sources;

  void Stop(std::string why) {
    if (error.empty()) error = std::move(why);
    XML_StopParser(parser, XML_FALSE);
  }
  std::int64_t Line() const { return static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser)); }
};

const char* Attribute(const XML_Char** attrs, const char* name) {
  for (int i = 0; attrs[i]; i += 2) {
    if (std::strcmp(attrs[i], name) == 0) return attrs[i + 1];
  }
  return nullptr;
}

void OnRecord(Parse& p, const XML_Char** attrs) {
  const char* type = Attribute(attrs, "type");
  if (!type || std::strcmp(type, kBodyMass) != 0) return;
  const std::string source = Attribute(attrs, "sourceName") ? Attribute(attrs, "sourceName") : "";
  if (p.options->source && source != *p.options->source) {
    ++p.other_sources;
    return;
  }
  const char* unit = Attribute(attrs, "unit");
  const char* value = Attribute(attrs, "value");
  const char* start = Attribute(attrs, "startDate");
  if (!unit || !value || !start) {
    p.summary->Skip(p.name, p.Line(), "a body mass record without a unit, value or startDate");
    return;
  }
  auto date = ParseCivilDate(std::string_view(start).substr(0, 10));
  if (!date.ok()) {
    p.summary->Skip(p.name, p.Line(), std::string("startDate \"") + start + "\" is not YYYY-MM-DD HH:MM:SS +HHMM");
    return;
  }
  const auto per = KilogramsPer(unit);
  if (!per) {
    p.summary->Skip(p.name, p.Line(), std::string("body mass unit \"") + unit + "\" is not a mass");
    return;
  }
  char* end = nullptr;
  const double v = std::strtod(value, &end);
  const double kg = v * *per;
  if (end == value || *end != '\0' || !(kg >= kMinWeightKg && kg <= kMaxWeightKg)) {
    p.summary->Skip(p.name, p.Line(), std::string("body mass ") + value + " " + unit + " is out of range");
    return;
  }
  p.sources.insert(source);
  Reading r{start, kg, p.Line()};
  auto [it, inserted] = p.first_of_day.emplace(*date, r);
  if (!inserted) {
    ++p.later_readings;
    if (r.start < it->second.start) it->second = r;
  }
}

void XMLCALL OnStart(void* data, const XML_Char* element, const XML_Char** attrs) {
  Parse& p = *static_cast<Parse*>(data);
  if (!p.saw_root) {
    p.saw_root = true;
    if (std::strcmp(element, "HealthData") != 0) {
      p.Stop(std::string("not an Apple Health export (the root element is <") + element + ">, not <HealthData>)");
    }
    return;
  }
  if (std::strcmp(element, "Correlation") == 0) {
    ++p.correlation_depth;
  } else if (std::strcmp(element, "Record") == 0 && p.correlation_depth == 0) {
    OnRecord(p, attrs);
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* element) {
  Parse& p = *static_cast<Parse*>(data);
  if (std::strcmp(element, "Correlation") == 0 && p.correlation_depth > 0) --p.correlation_depth;
}

void XMLCALL OnEntityDeclaration(void* data, const XML_Char* name, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*) {
  static_cast<Parse*>(data)->Stop(std::string("the file declares the entity \"") + name +
                                  "\" (an Apple Health export declares none; refused for safety)");
}

struct ParserDeleter {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

Status ReadOne(const std::string& path, const AppleHealthOptions& options, ImportSummary& summary,
               const HistoryFileSink& put) {
  const std::string name = std::filesystem::path(path).filename().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return Status::Internal("expat could not make a parser");
  Parse p;
  p.parser = parser.get();
  p.name = name;
  p.options = &options;
  p.summary = &summary;
  XML_SetUserData(parser.get(), &p);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetEntityDeclHandler(parser.get(), OnEntityDeclaration);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  FileHash hash;
  std::string chunk(kChunkBytes, '\0');
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  std::int64_t read = 0;
  while (true) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const std::streamsize got = in.gcount();
    if (in.bad()) return Status::Unavailable("reading " + name + " failed");
    const bool last = got < static_cast<std::streamsize>(chunk.size());
    hash.Update(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
    read += got;
    ReportImportProgress({name, read, size_error ? 0 : static_cast<std::int64_t>(size), 0});
    if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(got), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
      const std::string where = name + ":" + std::to_string(p.Line()) + ": ";
      if (!p.error.empty()) return Status::InvalidArgument(where + p.error);
      return Status::InvalidArgument(where + "not well-formed XML (" +
                                     XML_ErrorString(XML_GetErrorCode(parser.get())) +
                                     "; is this Apple Health's export.xml?)");
    }
    if (last) break;
  }
  if (!p.saw_root) return Status::InvalidArgument(name + ": the file is empty");
  // The day's first readings (one per day weighed: bounded by days) are
  // handed on once the file is read whole.
  HistoryPieces out(name, "apple-health:body-mass", put);
  for (const auto& [date, r] : p.first_of_day) {
    out.Weight({0, date, Kilograms(r.kg)});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  if (p.later_readings > 0) {
    summary.notes.push_back(name + ": " + CountOf(p.later_readings, "later reading", "later readings") +
                            " of a day with an earlier one not imported (a day keeps its earliest weigh-in)");
  }
  if (p.sources.size() > 1 && !options.source) {
    std::string list;
    for (const std::string& s : p.sources) list += (list.empty() ? "\"" : ", \"") + s + "\"";
    summary.notes.push_back(name + ": weights came from " + list +
                            "; pass --source NAME to import only one of them");
  }
  if (p.other_sources > 0) {
    summary.notes.push_back(name + ": " + CountOf(p.other_sources, "body mass record", "body mass records") +
                            " of other sources than \"" + *options.source + "\" not imported");
  }
  return out.Finish(hash.Hex());
}

}  // namespace

Status ReadAppleHealthExport(const std::vector<std::string>& paths, const AppleHealthOptions& options,
                             ImportSummary& summary, const HistoryFileSink& put) {
  for (const std::string& path : paths) {
    PW_RETURN_IF_ERROR(ReadOne(path, options, summary, put));
    summary.files.push_back(std::filesystem::path(path).filename().string());
  }
  return Status::Ok();
}

}  // namespace platewise
