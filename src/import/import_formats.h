#ifndef PLATEWISE_IMPORT_IMPORT_FORMATS_H_
#define PLATEWISE_IMPORT_IMPORT_FORMATS_H_

// The formats an import job (POST /api/v1/imports?format=NAME) may name, and
// the reader of each: the one place a format maps to its reader. A personal
// format's file goes into the signed-in person's history (read here, written
// by import/history_import_run.h); a shared-foods format (FoodData Central,
// Open Food Facts) changes every user's foods, which only the administrator
// does, with the CLI (`platewise import fdc`): the API refuses it.
//
// Adding a format is one row in import_formats.cc.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

// What a job may say of its file besides its bytes (the CLI's flags).
struct ImportFormatOptions {
  std::optional<WeightUnit> weight_unit;  // mfp: the weights' unit (--weight-unit)
  std::optional<std::string> source;      // apple-health: only this sourceName (--source)
};

// Reads the files, handing each file's rows to `put` piece by piece
// (import/history_file.h); run twice by WriteHistoryFiles.
using HistoryReader = Status (*)(const std::vector<std::string>& paths, const ImportFormatOptions& options,
                                 ImportSummary& summary, const HistoryFileSink& put);

// Which members of a ZIP the format reads, by file name ("export.xml").
using ZipMemberTest = bool (*)(const std::string& name);

struct ImportFormat {
  const char* name;     // "mfp": the API's and the CLI's name
  const char* label;    // "MyFitnessPal": for people
  HistoryReader read;   // null for a shared-foods format
  ZipMemberTest zip_member;  // a ZIP given for a file is read as these members (import/zip_archive.h)
};

// Every format, in the order the API's messages list them.
const std::vector<ImportFormat>& ImportFormats();

// The format named `name`; null when none is.
const ImportFormat* FindImportFormat(std::string_view name);

// "mfp, cronometer, apple-health, fdc": every name, for messages.
std::string ImportFormatNames();

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_IMPORT_FORMATS_H_
