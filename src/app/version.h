#ifndef PLATEWISE_APP_VERSION_H_
#define PLATEWISE_APP_VERSION_H_

// This build's version: "0.1.0" for a release (tag v0.1.0), else
// "0.1.0+<git describe>", e.g. "0.1.0+v0.1.0-12-g1a2b3c4-dirty". Written at
// build time by cmake/write_version.cmake (docs/upgrading.md).

namespace platewise {

extern const char kVersion[];

}  // namespace platewise

#endif  // PLATEWISE_APP_VERSION_H_
