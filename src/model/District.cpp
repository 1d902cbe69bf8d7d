#include "gridgov/model/District.hpp"

namespace gridgov::model {

std::size_t District::household_count() const {
  std::size_t n = 0;
  for (const auto& c : communities) n += c.households().size();
  return n;
}

}  // namespace gridgov::model
