#ifndef PLATEWISE_IMPORT_EXPLANATIONS_H_
#define PLATEWISE_IMPORT_EXPLANATIONS_H_

// The shortfall notes' texts: one Markdown file per nutrient,
// data/nutrients/explanations/<dri key>.md, written by the project in plain
// language with its sources. The report opens each note with the person's
// numbers and closes it with "not a diagnosis; talk to your doctor".

#include <map>
#include <string>

#include "core/status.h"

namespace platewise {

// Key -> file text, for every `*.md` in `dir`. Unavailable when `dir` is
// missing; a file over 16 KiB is rejected (InvalidArgument).
Result<std::map<std::string, std::string>> LoadExplanations(const std::string& dir);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_EXPLANATIONS_H_
