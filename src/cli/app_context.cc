#include "cli/app_context.h"

#include <cstdlib>

#include "cli/settings_table.h"
#include "config/config_file.h"
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

Result<Environment> LoadEnvironment(const Arguments& args) {
  auto getenv = [](const char* name) { return std::getenv(name); };
  auto location = LocateConfigFile(args, getenv);
  if (!location.ok()) return location.status();
  const std::vector<config::Setting>& table = PlatewiseSettings();
  config::SettingInputs inputs;
  if (location->path) {
    auto file = config::ReadConfigFile(*location->path, table);
    if (!file.ok()) return file.status();
    inputs.file = std::move(*file);
  }
  for (const config::Setting& s : table) {
    if (auto flag = args.Get(std::string(s.flag))) inputs.flags.emplace(s.flag, *flag);
    if (const char* value = getenv(std::string(s.env).c_str())) inputs.environment.emplace(s.env, value);
  }
  auto settings = config::Settings::Resolve(table, inputs);
  if (!settings.ok()) return settings.status();
  Environment env;
  env.db_path = settings->Text("db");
  env.data_dir = settings->Text("data-dir");
  env.web_dir = settings->Text("web-dir");
  env.settings = std::move(*settings);
  env.config_file = std::move(*location);
  return env;
}

}  // namespace platewise::cli
