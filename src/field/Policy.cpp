// Checking a planning policy.
#include "gridgov/field/Policy.hpp"

#include "gridgov/core/Error.hpp"

namespace gridgov::field {

void validate(const Policy& p) {
  const auto record = "policy " + quoted(p.name);
  if (p.team_size < 1) throw InputError(record, "team_size", "must be at least 1");
  for (const auto& [name, prize] : {std::pair{"red", p.prizes.red}, {"orange", p.prizes.orange}, {"green", p.prizes.green},
                                    {"per_day", p.prizes.per_day}, {"promised", p.prizes.promised}})
    if (prize < Cost(0)) throw InputError(record, std::string("prizes.") + name, "must not be negative");
}

}  // namespace gridgov::field
