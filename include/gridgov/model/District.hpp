#pragma once
/// \file A district: many communities grouped by subdistrict, for work at scale.

#include <string>
#include <vector>

#include "gridgov/model/Community.hpp"

namespace gridgov::model {

/// A district (区) as a list of communities; each community names its subdistrict (街道).
struct District {
  std::string id{};
  std::vector<Community> communities{};

  /// Total households over all communities.
  [[nodiscard]] std::size_t household_count() const;
};

}  // namespace gridgov::model
