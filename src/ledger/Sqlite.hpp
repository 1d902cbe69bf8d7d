#pragma once
// RAII wrappers around SQLite's connection and statement handles. Every failure throws:
// StorageError naming the file and what was being done, or InputError when the file is not a
// database at all.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gridgov::ledger::sqlite {

class Statement;

/// One connection to a database file, closed when destroyed.
class Database {
 public:
  /// Opens a file for reading and writing (creating it if `create`); ":memory:" is a database
  /// in memory. Sets synchronous FULL, foreign keys and a busy timeout for this connection;
  /// changes nothing in the file.
  Database(const std::filesystem::path& path, bool create);

  /// Switches the file to WAL journal mode (kept in the file); a database in memory keeps its
  /// own. Only for a file known to be a ledger, outside any transaction.
  void use_wal() const;

  /// Runs SQL without results (one or more statements); `what` says what for messages.
  void exec(const std::string& sql, std::string_view what) const;
  /// Prepares one statement; `what` says what it is for, for messages.
  [[nodiscard]] Statement prepare(std::string_view sql, std::string_view what) const;
  /// The value of an integer pragma ("user_version").
  [[nodiscard]] std::int64_t pragma(std::string_view name) const;
  /// Rows changed by the last INSERT, UPDATE or DELETE.
  [[nodiscard]] std::int64_t changes() const;
  /// The rowid of the last row inserted.
  [[nodiscard]] std::int64_t last_insert_id() const;
  /// Throws for an SQLite result code: InputError for a file that is not a database,
  /// StorageError otherwise, naming the file, `what` and SQLite's message.
  [[noreturn]] void fail(int code, std::string_view what) const;
  /// Rolls back the open transaction, if any, ignoring errors (for destructors).
  void rollback() const noexcept;
  /// The file as messages name it.
  [[nodiscard]] const std::string& name() const { return name_; }
  /// Closes the connection (the last one to a file checkpoints and removes its -wal and -shm
  /// files); nothing may be done with it afterwards. Closing again does nothing.
  void close() noexcept { db_.reset(); }
  /// Whether close() has not been called.
  [[nodiscard]] bool is_open() const { return db_ != nullptr; }

 private:
  struct Close {
    void operator()(sqlite3* db) const noexcept;
  };
  std::unique_ptr<sqlite3, Close> db_;
  std::string name_;
};

/// A prepared statement, finalized when destroyed. Parameters are numbered from 1, result
/// columns from 0.
class Statement {
 public:
  Statement(const Database& db, sqlite3_stmt* stmt, std::string_view what);

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
  Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, std::nullopt_t);
  /// Binds every argument in order, from parameter 1.
  template <class... Args>
  Statement& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, args), ...);
    return *this;
  }

  /// Runs the statement to its next row: true when a row is ready, false when done.
  bool step();
  /// Runs a statement without results to its end.
  void run();
  /// Makes the statement ready to run again (bindings are kept until bound again).
  void reset();

  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] int small(int column) const { return static_cast<int>(integer(column)); }
  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] bool is_null(int column) const;

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* stmt) const noexcept;
  };
  const Database* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
  std::string what_;
};

/// A transaction, rolled back when destroyed before commit(). A writing transaction takes the
/// write lock at once (BEGIN IMMEDIATE), so its reads see what it will write over.
class Transaction {
 public:
  Transaction(const Database& db, bool write);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  const Database& db_;
  bool open_ = true;
};

}  // namespace gridgov::ledger::sqlite
