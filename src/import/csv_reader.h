#ifndef PLATEWISE_IMPORT_CSV_READER_H_
#define PLATEWISE_IMPORT_CSV_READER_H_

// Reads RFC 4180 CSV (quoted fields, "" for a quote, newlines inside quotes)
// from a plain or gzip-compressed file. Keeps a running FNV-1a hash of the
// bytes read, so importers can tell whether data changed.

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace platewise {

class CsvReader {
 public:
  // Opens `path`; a file ending in .gz is decompressed transparently.
  static Result<CsvReader> Open(const std::string& path);

  CsvReader(CsvReader&& o) noexcept;
  CsvReader& operator=(CsvReader&&) = delete;
  CsvReader(const CsvReader&) = delete;
  ~CsvReader();

  // Reads the next record into `fields`. Returns false at end of file, an
  // InvalidArgument naming file and line on malformed input.
  Result<bool> Next(std::vector<std::string>& fields);

  // Reads the header and checks it equals `expected`, column for column.
  Status ExpectHeader(const std::vector<std::string>& expected);

  // "foods.csv.gz:12", for error messages about the record just read.
  std::string Where() const;
  std::uint64_t hash() const { return hash_; }

 private:
  CsvReader(gzFile file, std::string path) : file_(file), path_(std::move(path)) {}
  int GetChar();

  gzFile file_ = nullptr;
  std::string path_;
  std::int64_t line_ = 0;        // line where the last record started
  std::int64_t next_line_ = 1;   // line of the next character
  std::uint64_t hash_ = 14695981039346656037ull;
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_CSV_READER_H_
