#include "cli/app_context.h"

#include <cstdlib>

#include "core/usecases/current_profile.h"
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

Result<UseCaseContext*> AppContext::UseCases() {
  auto store = OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  if (!use_cases_) use_cases_ = std::make_unique<UseCaseContext>(UseCaseContext{**store, clock_, no_index_});
  return use_cases_.get();
}

Result<CivilDate> AppContext::Today() {
  auto ctx = UseCases();
  if (!ctx.ok()) return ctx.status();
  return UserToday(**ctx, kLocalUser);
}

Result<CivilDate> AppContext::DateFlagOrToday() {
  if (auto text = args_.Get("date")) return ParseCivilDate(*text);
  return Today();
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
  return env;
}

}  // namespace platewise::cli
