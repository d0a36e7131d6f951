#include "http/static_files.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace platewise::http {
namespace {

TEST(StaticFilesTest, ServesFilesIndexAndAppRoutesButNothingOutside) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "web" / "assets");
  std::ofstream(dir.path() / "web" / "index.html") << "<h1>app</h1>";
  std::ofstream(dir.path() / "web" / "assets" / "app.js") << "console.log(1)";
  std::ofstream(dir.path() / "secret.txt") << "secret";
  StaticFiles files((dir.path() / "web").string());

  auto index = files.Serve("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->body, "<h1>app</h1>");
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  auto js = files.Serve("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(files.Serve("/today")->body, "<h1>app</h1>");  // an app route

  EXPECT_FALSE(files.Serve("/../secret.txt"));
  EXPECT_FALSE(files.Serve("/assets/../../secret.txt"));
  EXPECT_FALSE(files.Serve("/missing.js"));
  EXPECT_FALSE(files.Serve("/.hidden"));
}

std::string CacheControl(const Response& r) {
  for (const auto& [name, value] : r.headers) {
    if (name == "Cache-Control") return value;
  }
  return "";
}

// Issue 16, installable: the manifest has its own type, and the service
// worker and the manifest are asked again every time (a new app reaches the
// browser), while the hashed assets stay cached and the icons for an hour.
TEST(StaticFilesTest, TheManifestAndTheServiceWorkerHaveTheirTypesAndAreNeverCachedStale) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "web" / "assets");
  std::ofstream(dir.path() / "web" / "index.html") << "<h1>app</h1>";
  std::ofstream(dir.path() / "web" / "manifest.webmanifest") << "{}";
  std::ofstream(dir.path() / "web" / "sw.js") << "self.addEventListener('fetch', () => {});";
  std::ofstream(dir.path() / "web" / "icon-192.png") << "png";
  std::ofstream(dir.path() / "web" / "favicon.svg") << "<svg/>";
  std::ofstream(dir.path() / "web" / "assets" / "sw.js") << "not the worker";
  StaticFiles files((dir.path() / "web").string());

  auto manifest = files.Serve("/manifest.webmanifest");
  ASSERT_TRUE(manifest);
  EXPECT_EQ(manifest->content_type, "application/manifest+json");
  EXPECT_EQ(CacheControl(*manifest), "no-cache");
  auto worker = files.Serve("/sw.js");
  ASSERT_TRUE(worker);
  EXPECT_EQ(worker->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(CacheControl(*worker), "no-cache");
  EXPECT_EQ(files.Serve("/icon-192.png")->content_type, "image/png");
  EXPECT_EQ(CacheControl(*files.Serve("/icon-192.png")), "public, max-age=3600");
  EXPECT_EQ(files.Serve("/favicon.svg")->content_type, "image/svg+xml");
  EXPECT_EQ(CacheControl(*files.Serve("/assets/sw.js")), "public, max-age=31536000, immutable");
  EXPECT_EQ(CacheControl(*files.Serve("/")), "no-cache");
}

TEST(StaticFilesTest, WithoutAWebAppSaysSoAtTheRootAndAppRoutes) {
  StaticFiles files("");  // a build with PLATEWISE_WEB=OFF

  for (const char* path : {"/", "/today", "/settings/account"}) {
    auto r = files.Serve(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(r->content_type, "text/plain; charset=utf-8");
    EXPECT_NE(r->body.find("the web app was not built"), std::string::npos) << r->body;
    EXPECT_NE(r->body.find("PLATEWISE_WEB=OFF"), std::string::npos) << r->body;
    EXPECT_NE(r->body.find("/api/v1/"), std::string::npos) << r->body;
  }
  EXPECT_FALSE(files.Serve("/assets/app.js"));
  EXPECT_FALSE(files.Serve("/index.html"));
  EXPECT_FALSE(files.Serve("/../secret"));
}

}  // namespace
}  // namespace platewise::http
