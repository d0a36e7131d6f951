#include "cli/app_context.h"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "import/usda_sr24.h"
#include "storage/open_store.h"

namespace platewise::cli {

Result<Store*> AppContext::OpenStore() {
  if (!store_) {
    auto store = platewise::OpenStore(env_.db_path);
    if (!store.ok()) return store.status();
    store_ = std::move(*store);
  }
  return store_.get();
}

Result<Store*> AppContext::OpenStoreWithFoods() {
  auto store = OpenStore();
  if (!store.ok()) return store;
  PW_RETURN_IF_ERROR(EnsureFoodsImported(env_.data_dir + "/usda-sr24", *(*store)->foods));
  return store;
}

Environment DefaultEnvironment(const Arguments& args) {
  auto from = [&](const char* option, const char* variable, const char* fallback) {
    if (auto v = args.Get(option)) return *v;
    if (const char* e = std::getenv(variable); e != nullptr && *e != '\0') return std::string(e);
    return std::string(fallback);
  };
  Environment env;
  env.db_path = from("db", "PLATEWISE_DB", kDefaultDbPath);
  env.data_dir = from("data-dir", "PLATEWISE_DATA_DIR", PLATEWISE_DEFAULT_DATA_DIR);
  env.web_dir = from("web-dir", "PLATEWISE_WEB_DIR", PLATEWISE_DEFAULT_WEB_DIR);
  env.today = LocalToday();
  return env;
}

CivilDate LocalToday() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace platewise::cli
