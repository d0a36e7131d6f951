#ifndef PLATEWISE_TESTS_TESTING_GUNZIP_H_
#define PLATEWISE_TESTS_TESTING_GUNZIP_H_

// Reads a gzip body back, as a client would (zlib). Empty on a malformed one.

#include <zlib.h>

#include <string>

namespace platewise::testing {

inline std::string Gunzip(const std::string& data) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "";
  std::string out;
  char buf[1 << 14];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    status = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  return status == Z_STREAM_END ? out : "";
}

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_GUNZIP_H_
