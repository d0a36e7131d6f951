// ImportJobs: the API's import jobs, each owner's own, with their state and
// progress, and failed once their server stops moving their heartbeat.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(ImportJobsConformance);

ImportJob NewJob(const std::string& format, std::int64_t bytes) {
  ImportJob job;
  job.format = format;
  job.file_name = "Nutrition-Summary.csv";
  job.bytes_total = bytes;
  return job;
}

TYPED_TEST(ImportJobsConformance, ANewJobIsQueuedWithWhatItWasGiven) {
  auto job = this->store().import_jobs->Create(this->a_, NewJob("mfp", 1234), 1000);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_GT(job->id, 0);
  auto read = this->store().import_jobs->Get(this->a_, job->id);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->owner, this->a_);
  EXPECT_EQ(read->format, "mfp");
  EXPECT_EQ(read->file_name, "Nutrition-Summary.csv");
  EXPECT_EQ(read->state, ImportJobState::kQueued);
  EXPECT_EQ(read->bytes_total, 1234);
  EXPECT_EQ(read->bytes_read, 0);
  EXPECT_EQ(read->rows_read, 0);
  EXPECT_EQ(read->rows_written, 0);
  EXPECT_EQ(read->summary_json, "");
  EXPECT_EQ(read->error, "");
  EXPECT_EQ(read->created_at, 1000);
  EXPECT_EQ(read->heartbeat_at, 1000);
}

TYPED_TEST(ImportJobsConformance, JobsGetIdsOfTheirOwn) {
  auto first = this->store().import_jobs->Create(this->a_, NewJob("mfp", 1), 1000);
  auto second = this->store().import_jobs->Create(this->b_, NewJob("cronometer", 2), 1000);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(first->id, second->id);
}

TYPED_TEST(ImportJobsConformance, AnUpdateWritesStateProgressSummaryAndError) {
  auto& jobs = *this->store().import_jobs;
  auto job = jobs.Create(this->a_, NewJob("mfp", 50), 1000);
  ASSERT_TRUE(job.ok());
  job->state = ImportJobState::kDone;
  job->bytes_read = 50;
  job->rows_read = 7;
  job->rows_written = 6;
  job->summary_json = "{\"format\":\"mfp\",\"entries\":6}";
  job->error = "";
  ASSERT_TRUE(jobs.Update(*job, 1010).ok());
  auto read = jobs.Get(this->a_, job->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->state, ImportJobState::kDone);
  EXPECT_EQ(read->bytes_read, 50);
  EXPECT_EQ(read->rows_read, 7);
  EXPECT_EQ(read->rows_written, 6);
  EXPECT_EQ(read->summary_json, "{\"format\":\"mfp\",\"entries\":6}");
  EXPECT_EQ(read->heartbeat_at, 1010);
  EXPECT_EQ(read->created_at, 1000);

  job->state = ImportJobState::kFailed;
  job->error = "Nutrition-Summary.csv: not a MyFitnessPal export";
  ASSERT_TRUE(jobs.Update(*job, 1020).ok());
  EXPECT_EQ(jobs.Get(this->a_, job->id)->state, ImportJobState::kFailed);
  EXPECT_EQ(jobs.Get(this->a_, job->id)->error, "Nutrition-Summary.csv: not a MyFitnessPal export");
}

TYPED_TEST(ImportJobsConformance, AnotherOwnersJobIsNotFoundForReadsAndUpdates) {
  auto& jobs = *this->store().import_jobs;
  auto job = jobs.Create(this->a_, NewJob("mfp", 50), 1000);
  ASSERT_TRUE(job.ok());
  EXPECT_EQ(jobs.Get(this->b_, job->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(jobs.Get(this->a_, job->id + 1000).status().code(), StatusCode::kNotFound);
  ImportJob stolen = *job;
  stolen.owner = this->b_;
  stolen.state = ImportJobState::kFailed;
  EXPECT_EQ(jobs.Update(stolen, 1010).code(), StatusCode::kNotFound);
  ASSERT_TRUE(jobs.Heartbeat(this->b_, job->id, 1500).ok());  // changes nothing of A's
  EXPECT_EQ(jobs.Get(this->a_, job->id)->state, ImportJobState::kQueued);
  EXPECT_EQ(jobs.Get(this->a_, job->id)->heartbeat_at, 1000);
}

TYPED_TEST(ImportJobsConformance, AJobWhoseHeartbeatStoppedIsFailedAndAFinishedOneIsNot) {
  auto& jobs = *this->store().import_jobs;
  auto stale = jobs.Create(this->a_, NewJob("mfp", 1), 1000);
  auto running = jobs.Create(this->b_, NewJob("mfp", 1), 1000);
  auto beating = jobs.Create(this->a_, NewJob("mfp", 1), 1000);
  auto done = jobs.Create(this->a_, NewJob("mfp", 1), 1000);
  ASSERT_TRUE(stale.ok() && running.ok() && beating.ok() && done.ok());
  running->state = ImportJobState::kRunning;
  ASSERT_TRUE(jobs.Update(*running, 1001).ok());
  ASSERT_TRUE(jobs.Heartbeat(this->a_, beating->id, 1100).ok());
  done->state = ImportJobState::kDone;
  ASSERT_TRUE(jobs.Update(*done, 1002).ok());

  auto failed = jobs.FailStale(1050, "the server stopped during the import; import the file again");
  ASSERT_TRUE(failed.ok()) << failed.status().message();
  EXPECT_EQ(*failed, 2);
  EXPECT_EQ(jobs.Get(this->a_, stale->id)->state, ImportJobState::kFailed);
  EXPECT_EQ(jobs.Get(this->a_, stale->id)->error, "the server stopped during the import; import the file again");
  EXPECT_EQ(jobs.Get(this->b_, running->id)->state, ImportJobState::kFailed);
  EXPECT_EQ(jobs.Get(this->a_, beating->id)->state, ImportJobState::kQueued);
  EXPECT_EQ(jobs.Get(this->a_, done->id)->state, ImportJobState::kDone);
  // A finished job's heartbeat does not move.
  ASSERT_TRUE(jobs.Heartbeat(this->a_, done->id, 2000).ok());
  EXPECT_EQ(jobs.Get(this->a_, done->id)->heartbeat_at, 1002);
}

TYPED_TEST(ImportJobsConformance, DeletingAnAccountDeletesItsJobs) {
  auto& jobs = *this->store().import_jobs;
  auto mine = jobs.Create(this->a_, NewJob("mfp", 1), 1000);
  auto theirs = jobs.Create(this->b_, NewJob("mfp", 1), 1000);
  ASSERT_TRUE(mine.ok() && theirs.ok());
  ASSERT_TRUE(this->store().accounts->DeleteUser(this->a_).ok());
  EXPECT_EQ(jobs.Get(this->a_, mine->id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(jobs.Get(this->b_, theirs->id).ok());
}

}  // namespace
}  // namespace platewise::conformance
