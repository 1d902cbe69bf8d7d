#include "gridgov/core/Names.hpp"

namespace gridgov {

void check_id(const std::string& id, const std::string& record, const std::string& field) {
  if (id.empty()) throw InputError(record, field, "is empty (every record needs an id)");
  if (id.front() == ' ' || id.back() == ' ')
    throw InputError(record, field, "has leading or trailing spaces: " + quoted(id));
  for (const unsigned char c : id)
    if (c < 0x20 || c == 0x7f) throw InputError(record, field, "contains a control character");
}

void check_tag(const std::string& tag, const std::string& record, const std::string& field) {
  if (tag.empty()) throw InputError(record, field, "has an empty entry");
  for (const char c : tag)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      throw InputError(record, field,
                       quoted(tag) + " is not a tag (use lower-case letters, digits, '_' and '-', e.g. 'en', 'medical')");
}

}  // namespace gridgov
