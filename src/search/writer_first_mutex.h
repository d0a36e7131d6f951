#ifndef PLATEWISE_SEARCH_WRITER_FIRST_MUTEX_H_
#define PLATEWISE_SEARCH_WRITER_FIRST_MUTEX_H_

// A reader-writer lock that lets a waiting writer in before readers that
// come after it. For std::shared_lock and std::unique_lock (SharedMutex).
//
// Why not std::shared_mutex: on glibc it prefers readers, so while searches
// overlap one another an Upsert waits until they happen to pause. Three
// threads searching back to back kept 2,000 upserts waiting 15 s on 2 cores
// (FoodIndexTest.SearchesRunWhileAWriterAddsFoods): a person's new custom
// food would not be found until the search load dropped.
//
// Not recursive: a thread that holds it shared must not take it shared again
// (with a writer waiting in between, both would wait forever).

#include <pthread.h>

#include <cerrno>
#include <system_error>

namespace platewise::search {

class WriterFirstSharedMutex {
 public:
  WriterFirstSharedMutex() {
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    Check(pthread_rwlock_init(&lock_, &attr), "init");
    pthread_rwlockattr_destroy(&attr);
  }
  ~WriterFirstSharedMutex() { pthread_rwlock_destroy(&lock_); }
  WriterFirstSharedMutex(const WriterFirstSharedMutex&) = delete;
  WriterFirstSharedMutex& operator=(const WriterFirstSharedMutex&) = delete;

  void lock() { Check(pthread_rwlock_wrlock(&lock_), "wrlock"); }
  bool try_lock() { return Try(pthread_rwlock_trywrlock(&lock_), "trywrlock"); }
  void unlock() { Check(pthread_rwlock_unlock(&lock_), "unlock"); }

  void lock_shared() { Check(pthread_rwlock_rdlock(&lock_), "rdlock"); }
  bool try_lock_shared() { return Try(pthread_rwlock_tryrdlock(&lock_), "tryrdlock"); }
  void unlock_shared() { Check(pthread_rwlock_unlock(&lock_), "unlock"); }

 private:
  // As std::shared_mutex does: a failure other than "busy" is a system_error.
  static void Check(int rc, const char* what) {
    if (rc != 0) throw std::system_error(rc, std::generic_category(), what);
  }
  static bool Try(int rc, const char* what) {
    if (rc == EBUSY) return false;
    Check(rc, what);
    return true;
  }

  pthread_rwlock_t lock_;
};

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_WRITER_FIRST_MUTEX_H_
