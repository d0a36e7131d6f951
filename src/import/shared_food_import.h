#ifndef PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_
#define PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_

// Writes what a shared-food importer reads (FoodData Central, Open Food
// Facts) into the shared food table, and counts the foods written into the
// summary. A run reads its files twice, streaming both times, so that
// neither pass holds more than a few foods (a 3 GB file needs the memory of
// a small one):
//   1. the check: every file is read and every row checked, the problems
//      and notes go to the summary, and the foods of each source (FDC data
//      type) are counted; nothing is written, and a file that cannot be read
//      fails the run here;
//   2. the write: for each source, one transaction
//      (FoodRepository::StreamDataset) in which the files are read again and
//      that source's foods written as they are read. A dataset imported
//      before with the same checksum writes nothing and says so in a note; a
//      file whose bytes changed since the first pass fails the run, and the
//      transaction writes nothing.
// A new version of a dataset replaces that source's foods: those it no
// longer has are removed unless a diary entry or recipe uses them, and no
// food is replaced by data older than the stored one's (Food::modified).

#include <functional>
#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "import/import_summary.h"

namespace platewise {

// A shared-food reader run over its files: problems, notes and the files
// read into `summary`, each food kept to `put` as it is read (its source
// set), and the run's checksum returned (of the files' bytes and the
// reader's rules). The same files give the same foods and checksum each
// time it runs.
using SharedFoodRead = std::function<Result<std::string>(ImportSummary& summary, const FoodSink& put)>;

// Runs `read` as described above.
Status WriteSharedFoods(FoodRepository& foods, const SharedFoodRead& read, ImportSummary& summary);

// The rule for liquids of both food databases, as the summary's note says
// it: their amounts are per 100 ml and no density is given, so they are kept
// as if 1 ml weighed 1 g (docs/imports.md says why). `what` names the
// liquids: "branded food", "product".
std::string LiquidsNote(std::int64_t count, const std::string& what, const std::string& database);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_SHARED_FOOD_IMPORT_H_
