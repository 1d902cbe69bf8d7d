// Nothing committed is ever lost: a writer killed with SIGKILL while it holds the write lock
// (in the middle of a batch) leaves a file that opens, passes SQLite's integrity check, and
// holds every batch it reported committed and no part of any other.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ledger/LedgerSupport.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::ledger;

namespace {

constexpr int batch_size = 400;

// In a child process: records batch after batch of round `round` (each one transaction) and
// writes each batch's number to `out` once it is committed. Never returns.
[[noreturn]] void write_forever(const std::filesystem::path& path, int round, int out) {
  try {
    auto ledger = Ledger::open(path);
    for (int b = 0;; ++b) {
      ledger.record(fixtures::numbered_batch(round * 1000 + b, batch_size, round));
      if (write(out, &b, sizeof b) != static_cast<ssize_t>(sizeof b)) _exit(3);
    }
  } catch (...) {
    _exit(2);
  }
}

// Returns once another connection has been seen `times` times holding the file's write lock,
// the last time just now: it is inside a transaction, deeper in the more times it was seen.
void wait_until_seen_writing(const std::filesystem::path& path, int times) {
  const sqlite::Database probe(path, false);
  probe.exec("PRAGMA busy_timeout = 0", "stop waiting for locks");
  for (int seen = 0; seen < times;) {
    try {
      probe.exec("BEGIN IMMEDIATE", "probe the write lock");
      probe.exec("ROLLBACK", "end the probe");
    } catch (const StorageError&) {
      ++seen;
    }
  }
}

// Runs a writer, kills it inside a transaction after `reports` commits have been reported and
// it has been seen writing `times` times; returns the last batch it reported committed
// (reports read after the kill included).
int kill_writer(const std::filesystem::path& path, int round, int reports, int times) {
  int pipe_ends[2];
  if (pipe(pipe_ends) != 0) throw std::runtime_error("pipe");
  const pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork");
  if (child == 0) {
    close(pipe_ends[0]);
    write_forever(path, round, pipe_ends[1]);
  }
  close(pipe_ends[1]);
  int last = -1, b = 0;
  while (last + 1 < reports && read(pipe_ends[0], &b, sizeof b) == static_cast<ssize_t>(sizeof b)) last = b;
  wait_until_seen_writing(path, times);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the writer stopped on its own: status " << status;
  while (read(pipe_ends[0], &b, sizeof b) == static_cast<ssize_t>(sizeof b)) last = b;
  close(pipe_ends[0]);
  return last;
}

}  // namespace

TEST(Crash, AKilledWriterLosesNoCommittedBatchAndLeavesNoPartOfAnother) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  (void)Ledger::create(path, fixtures::street());
  std::size_t committed_before = 0;
  int round = 0;
  for (const auto& [reports, times] : {std::pair{1, 1}, {2, 30}, {5, 300}, {3, 3000}}) {
    ++round;
    const int last = kill_writer(path, round, reports, times);
    ASSERT_GE(last, reports - 1);
    EXPECT_EQ(fixtures::query(path, "PRAGMA integrity_check"), "ok");
    const auto ledger = Ledger::open(path);
    const auto contacts = ledger.contacts();
    const auto batches = fixtures::count_by_note(contacts);
    for (const auto& [note, n] : batches) EXPECT_EQ(n, batch_size) << note << " is only partly in the file";
    for (int b = 0; b <= last; ++b)
      EXPECT_EQ(batches.count("batch " + std::to_string(round * 1000 + b)), 1u) << "committed batch " << b << " is lost";
    const auto this_round = contacts.size() - committed_before;
    EXPECT_LE(this_round, static_cast<std::size_t>(last + 2) * batch_size) << "at most the batch being reported";
    committed_before = contacts.size();
    // The households' records are the contacts', whole: every contact was a visit.
    int attempts = 0;
    for (const auto& e : ledger.households()) attempts += e.household.attempts;
    EXPECT_EQ(static_cast<std::size_t>(attempts), contacts.size());
  }
}
