#include "Sqlite.hpp"

#include <sqlite3.h>

#include "gridgov/core/Error.hpp"
#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::ledger::sqlite {
namespace {

// How long a call waits for another connection's lock before giving up, milliseconds.
constexpr int busy_timeout_ms = 10'000;

}  // namespace

void Database::Close::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
void Statement::Finalize::operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }

Database::Database(const std::filesystem::path& path, bool create) : name_(path.string()) {
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(name_.c_str(), &db, flags, nullptr);
  db_.reset(db);
  if (rc != SQLITE_OK)
    throw StorageError("ledger " + gridgov::quoted(name_) + ": cannot open: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  sqlite3_busy_timeout(db, busy_timeout_ms);
  exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", "set durability and foreign keys");
}

void Database::use_wal() const {
  auto mode = prepare("PRAGMA journal_mode = WAL", "switch to WAL journal mode");
  const auto journal = mode.step() ? mode.text(0) : std::string();
  if (journal != "wal" && journal != "memory")
    throw StorageError("ledger " + gridgov::quoted(name_) + ": cannot use WAL journal mode (got " + gridgov::quoted(journal) + ")");
}

void Database::exec(const std::string& sql, std::string_view what) const {
  const int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc, what);
}

Statement Database::prepare(std::string_view sql, std::string_view what) const {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) fail(rc, what);
  return Statement(*this, stmt, what);
}

std::int64_t Database::pragma(std::string_view name) const {
  auto s = prepare("PRAGMA " + std::string(name), "read " + std::string(name));
  return s.step() ? s.integer(0) : 0;
}

std::int64_t Database::changes() const { return sqlite3_changes(db_.get()); }

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_.get()); }

void Database::rollback() const noexcept {
  if (!sqlite3_get_autocommit(db_.get())) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Database::fail(int code, std::string_view what) const {
  if ((code & 0xff) == SQLITE_NOTADB) throw InputError(name_, "", "is not a gridgov ledger (not an SQLite database)");
  const std::string message = sqlite3_errcode(db_.get()) == code ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(code);
  throw StorageError("ledger " + gridgov::quoted(name_) + ": cannot " + std::string(what) + ": " + message);
}

Statement::Statement(const Database& db, sqlite3_stmt* stmt, std::string_view what) : db_(&db), stmt_(stmt), what_(what) {}

Statement& Statement::bind(int index, std::int64_t value) {
  if (const int rc = sqlite3_bind_int64(stmt_.get(), index, value); rc != SQLITE_OK) db_->fail(rc, what_);
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  if (const int rc = sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      rc != SQLITE_OK)
    db_->fail(rc, what_);
  return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
  if (const int rc = sqlite3_bind_null(stmt_.get(), index); rc != SQLITE_OK) db_->fail(rc, what_);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail(rc, what_);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() { sqlite3_reset(stmt_.get()); }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_.get(), column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)))
           : std::string();
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

Transaction::Transaction(const Database& db, bool write) : db_(db) {
  db_.exec(write ? "BEGIN IMMEDIATE" : "BEGIN", write ? "start a writing transaction" : "start a reading transaction");
}

Transaction::~Transaction() {
  if (open_) db_.rollback();
}

void Transaction::commit() {
  db_.exec("COMMIT", "commit");
  open_ = false;
}

}  // namespace gridgov::ledger::sqlite
