#pragma once
/// \file A community (社区): its walking network, grids, buildings, households, volunteers,
/// posts and stations, checked as a whole and snapped onto the network.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gridgov/model/Building.hpp"
#include "gridgov/model/Household.hpp"
#include "gridgov/model/Level.hpp"
#include "gridgov/model/Post.hpp"
#include "gridgov/model/Volunteer.hpp"
#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::model {

/// Where a community sits and how its places meet the network.
struct CommunityInfo {
  std::string id{};           ///< Stable id of the community.
  std::string subdistrict{};  ///< Id of its subdistrict (街道); may be empty.
  std::string district{};     ///< Id of its district; may be empty.
  Point office{};             ///< The community office: where teams set out from.
  double walking_speed = 1.25;    ///< Metres per second for travel times.
  double max_snap_distance = 150; ///< Farthest a place may lie from the walking network, metres.

  friend bool operator==(const CommunityInfo&, const CommunityInfo&) = default;
};

/// The records a community is made of (checked when a Community is made from them).
struct CommunityParts {
  CommunityInfo info{};
  network::WalkingNetwork network{};
  LevelRules level_rules{};
  std::vector<Grid> grids{};
  std::vector<Building> buildings{};
  std::vector<Household> households{};
  std::vector<Volunteer> volunteers{};
  std::vector<Post> posts{};
  std::vector<Station> stations{};

  friend bool operator==(const CommunityParts&, const CommunityParts&) = default;
};

/// Kinds of places in a community that travel matrices run between.
enum class PlaceKind { office, building, post, station, home };

/// A place: the office, or a building, post, station or volunteer's home by index.
struct Place {
  PlaceKind kind = PlaceKind::office;
  std::size_t index = 0;
  friend bool operator==(const Place&, const Place&) = default;
};

/// Households per management level.
struct LevelCounts {
  std::size_t green = 0, orange = 0, red = 0;
};

/// An immutable, checked community. Making one checks every record and reference and snaps
/// every place onto the walking network; bad input throws InputError naming the record and
/// field. To change a community, change its parts() and make a new one. Copies share the same
/// state, so passing a Community by value is cheap.
class Community {
 public:
  explicit Community(CommunityParts parts);

  [[nodiscard]] const CommunityParts& parts() const { return state_->parts; }
  [[nodiscard]] const CommunityInfo& info() const { return parts().info; }
  [[nodiscard]] const network::WalkingNetwork& network() const { return parts().network; }
  [[nodiscard]] const LevelRules& level_rules() const { return parts().level_rules; }
  [[nodiscard]] const std::vector<Grid>& grids() const { return parts().grids; }
  [[nodiscard]] const std::vector<Building>& buildings() const { return parts().buildings; }
  [[nodiscard]] const std::vector<Household>& households() const { return parts().households; }
  [[nodiscard]] const std::vector<Volunteer>& volunteers() const { return parts().volunteers; }
  [[nodiscard]] const std::vector<Post>& posts() const { return parts().posts; }
  [[nodiscard]] const std::vector<Station>& stations() const { return parts().stations; }

  /// Index of a record by id; throws InputError when unknown.
  [[nodiscard]] std::size_t building_index(std::string_view id) const;
  [[nodiscard]] std::size_t household_index(std::string_view id) const;
  [[nodiscard]] std::size_t volunteer_index(std::string_view id) const;

  /// Management level of each household (same order as households()).
  [[nodiscard]] const std::vector<Level>& levels() const { return state_->levels; }
  [[nodiscard]] LevelCounts level_counts() const;
  /// Level of each building: the highest of its households' (green when it has none).
  [[nodiscard]] std::vector<Level> building_levels() const;
  /// For each building, the indices of its households.
  [[nodiscard]] const std::vector<std::vector<std::size_t>>& households_by_building() const {
    return state_->by_building;
  }

  /// Where a place meets the walking network. A home needs the volunteer to have one.
  [[nodiscard]] const network::Position& position(Place place) const;
  /// Every place of a kind, in record order (one place for the office; homes only of the
  /// volunteers who have one).
  [[nodiscard]] std::vector<Place> places(PlaceKind kind) const;
  /// The shortest walk between two places as a polyline (see WalkingNetwork::walk).
  [[nodiscard]] std::vector<Point> walk(Place from, Place to) const { return network().walk(position(from), position(to)); }
  /// Walking distance and time matrices between places, at the community's walking speed.
  [[nodiscard]] network::TravelMatrices travel(std::span<const Place> from, std::span<const Place> to,
                                               int threads = 0) const;

  friend bool operator==(const Community& a, const Community& b) {
    return a.state_ == b.state_ || a.parts() == b.parts();
  }

  /// Checked parts with their indexes, levels and snapped places (built once, then shared).
  struct State {
    using Index = std::unordered_map<std::string_view, std::size_t>;  // views into parts
    CommunityParts parts;
    Index buildings_by_id, households_by_id, volunteers_by_id, grids_by_id;
    std::vector<Level> levels;
    std::vector<std::vector<std::size_t>> by_building;
    network::Position office;
    std::vector<network::Position> buildings, posts, stations;
    std::vector<std::optional<network::Position>> homes;
  };

 private:
  std::shared_ptr<const State> state_;
};

}  // namespace gridgov::model
