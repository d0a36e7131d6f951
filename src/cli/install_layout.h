#ifndef PLATEWISE_CLI_INSTALL_LAYOUT_H_
#define PLATEWISE_CLI_INSTALL_LAYOUT_H_

// Where the binary's own files are, for the defaults of --db, --data-dir,
// --web-dir and the configuration file. Two layouts, told apart by where the
// running executable is (/proc/self/exe):
// - installed (the .deb, `make package`): the executable is PREFIX/bin/platewise;
//   the data and web app are under PREFIX/share/platewise/, the database is
//   /var/lib/platewise/platewise.db and /etc/platewise/platewise.toml is read
//   when it exists;
// - the build tree (any other place): the source tree's data/ and web/dist, the
//   database var/platewise.db, and no configuration file unless named
//   (--config, PLATEWISE_CONFIG). So tests and `make run` never read a
//   machine's installed configuration, even when the package is installed.

#include <string>

namespace platewise::cli {

struct InstallLayout {
  bool installed = false;
  std::string db_path;
  std::string data_dir;
  std::string web_dir;      // "" in a build without the web app (PLATEWISE_WEB=OFF)
  std::string config_file;  // read when it exists; "" for none
};

// The layout of the running executable.
const InstallLayout& CurrentLayout();

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_INSTALL_LAYOUT_H_
