// One writer and several readers on one file, each with its own connection: readers never
// fail and never see part of a batch.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "ledger/LedgerSupport.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::ledger;

TEST(Concurrency, ReadersSeeOnlyWholeBatchesWhileOneWriterRecords) {
  constexpr int batches = 40, batch_size = 60, readers = 3;
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  (void)Ledger::create(path, fixtures::street());
  std::atomic<bool> writing{true};
  std::atomic<int> failures{0}, partial{0};
  std::vector<int> reads(readers, 0);

  std::thread writer([&] {
    try {
      auto ledger = Ledger::open(path);
      for (int b = 0; b < batches; ++b) ledger.record(fixtures::numbered_batch(b, batch_size));
    } catch (...) {
      ++failures;
    }
    writing = false;
  });
  std::vector<std::thread> threads;
  for (int r = 0; r < readers; ++r)
    threads.emplace_back([&, r] {
      try {
        const auto ledger = Ledger::open(path);
        for (bool more = true; more;) {
          more = writing;  // read once more after the writer is done
          for (const auto& [note, n] : fixtures::count_by_note(ledger.contacts()))
            if (n != batch_size) ++partial;
          int attempts = 0;
          for (const auto& e : ledger.households()) attempts += e.household.attempts;
          if (attempts % batch_size != 0) ++partial;
          ++reads[static_cast<std::size_t>(r)];
        }
      } catch (...) {
        ++failures;
      }
    });
  writer.join();
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(partial, 0);
  for (const int n : reads) EXPECT_GE(n, 1);
  EXPECT_EQ(Ledger::open(path).contacts().size(), static_cast<std::size_t>(batches * batch_size));
}

TEST(Concurrency, OneLedgerSharedByThreadsTakesTurns) {
  auto ledger = Ledger::create(":memory:", fixtures::street());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int b = 0; b < 10; ++b) ledger.record(fixtures::numbered_batch(t * 100 + b, 8));
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ledger.contacts().size(), 4u * 10u * 8u);
  for (const auto& [note, n] : fixtures::count_by_note(ledger.contacts())) EXPECT_EQ(n, 8) << note;
}
