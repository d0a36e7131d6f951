# Writes OUTPUT (a C++ file defining platewise::kVersion) from the project's
# version and `git describe`, at every build, rewriting the file only when the
# text changes (so an unchanged tree relinks nothing). Run by src/CMakeLists.txt:
#   cmake -DPROJECT_VERSION=0.1.0 -DSOURCE_DIR=... -DOUTPUT=... -P write_version.cmake
# The version reads "0.1.0" from a release tag v0.1.0 itself, else
# "0.1.0+<describe>" ("0.1.0+v0.1.0-12-g1a2b3c4", "0.1.0+g1a2b3c4-dirty"),
# else "0.1.0" outside a git checkout (a source tarball).
set(version "${PROJECT_VERSION}")
find_program(GIT git)
if(GIT AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(
    COMMAND "${GIT}" -C "${SOURCE_DIR}" describe --tags --match "v[0-9]*" --always --dirty
    OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
  if(NOT failed AND described)
    if(NOT described STREQUAL "v${PROJECT_VERSION}")
      if(described MATCHES "^[0-9a-f]+(-dirty)?$")
        set(described "g${described}")  # no tag yet: the commit
      endif()
      set(version "${PROJECT_VERSION}+${described}")
    endif()
  endif()
endif()
set(text "// Written by cmake/write_version.cmake at build time; not in the repository.\n#include \"app/version.h\"\nnamespace platewise {\nconst char kVersion[] = \"${version}\";\n}\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
else()
  set(old "")
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
