#include "gridgov/model/Volunteer.hpp"

#include <algorithm>

namespace gridgov::model {

bool Volunteer::has_skill(std::string_view skill) const {
  return std::find(skills.begin(), skills.end(), skill) != skills.end();
}

}  // namespace gridgov::model
