#ifndef PLATEWISE_IMPORT_EXPORT_LINES_H_
#define PLATEWISE_IMPORT_EXPORT_LINES_H_

// Reads another app's export (a CSV of MyFitnessPal or Cronometer) line by
// line, streaming, plain or gzip-compressed (Open Food Facts publishes its
// files as .gz; zlib reads either, told by content): a UTF-8 byte-order mark is dropped, LF and CRLF both end a
// line, invalid UTF-8 is an error naming the line (never guessed at), and a
// SHA-256 of the (uncompressed) bytes is kept, so a file imported before is
// known again.
// On top of it, CSV records (RFC 4180: quoted fields may hold commas, doubled
// quotes and line ends) with the line each starts on.

#include <zlib.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "import/file_hash.h"

namespace platewise {

class ExportLines {
 public:
  // NotFound (naming the file) when it cannot be opened.
  static Result<ExportLines> Open(const std::string& path);
  ExportLines(ExportLines&&) = default;
  ExportLines& operator=(ExportLines&&) = default;

  // The next line without its end, or nullopt at the end of the file.
  // InvalidArgument naming the line for bytes that are not UTF-8.
  Result<std::optional<std::string>> Next();
  // Puts `line` back: the next Next() returns it again (one line at most).
  void PutBack(std::string line);
  // The number of the line Next() returned last (1-based).
  std::int64_t line() const { return line_; }
  // "servings.csv" (the name without its folder), for messages.
  const std::string& name() const { return name_; }
  // The hex SHA-256 of every byte read so far; after the last line, the file's.
  std::string Sha256Hex();
  // Reads to the end, so Sha256Hex() covers the whole file.
  Status Drain();

 private:
  ExportLines(std::string path, std::string name);
  struct GzClose {
    void operator()(gzFile_s* f) const;
  };
  // Fills buffer_ from the file; false at its end.
  Result<bool> Fill();
  std::unique_ptr<gzFile_s, GzClose> in_;
  std::string buffer_;    // bytes read and not yet returned, from pos_
  std::size_t pos_ = 0;
  bool at_end_ = false;
  std::int64_t size_ = 0;  // of the file as stored, for progress
  std::string name_;
  std::int64_t line_ = 0;
  std::optional<std::string> put_back_;
  FileHash hash_;
};

// One CSV record: its fields and the line it starts on.
struct CsvRecord {
  std::vector<std::string> fields;
  std::int64_t line = 0;
};

// Reads the next record, continuing over line ends inside quotes. Returns
// nullopt at the end of the file; InvalidArgument naming the line for a quote
// that never closes. A blank line is a record of one empty field.
Result<std::optional<CsvRecord>> NextCsvRecord(ExportLines& lines);

// A header's columns by normalised name (trimmed, case folded, the micro
// sign's spellings "µ" (U+00B5), "μ" (U+03BC), "ug" and "mcg" in a unit made
// one: "Folate (mcg)" and "Folate (µg)" are the same column). Columns are
// found by name, never by position.
class CsvHeader {
 public:
  explicit CsvHeader(std::vector<std::string> names);
  // The column's index, or nullopt.
  std::optional<std::size_t> Find(std::string_view name) const;
  // The column's index, or InvalidArgument naming the file and the column.
  Result<std::size_t> Require(std::string_view name, const std::string& file) const;
  // The names as the file wrote them.
  const std::vector<std::string>& names() const { return names_; }
  static std::string Normalise(std::string_view name);

 private:
  std::vector<std::string> names_;
  std::vector<std::string> normalised_;
};

// A CSV file opened with its header read: what each CSV importer starts with.
struct CsvFile {
  ExportLines lines;
  CsvHeader header;
};
// NotFound when the file cannot be opened; InvalidArgument naming it when it
// is empty or its header cannot be read.
Result<CsvFile> OpenCsvFile(const std::string& path);

// The field at `index`, or "" when the record is shorter.
const std::string& Field(const CsvRecord& record, std::size_t index);
// Trims spaces and tabs at both ends.
std::string Trim(std::string_view text);
// ASCII letters lowered (units, codes and headers of the formats are ASCII).
std::string AsciiLower(std::string_view text);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_EXPORT_LINES_H_
