// Field operations: a day's plan, the campaign simulation and its home model.
#include <algorithm>

#include "Interruptible.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/field/Outcomes.hpp"
#include "gridgov/field/PlanDay.hpp"
#include "gridgov/ledger/Ledger.hpp"
#include "gridgov/field/Simulate.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::field;

routing::Prizes prizes_from(const py::dict& prizes) {
  routing::Prizes p;
  for (const auto& [key, value] : prizes) {
    const auto name = py::cast<std::string>(key);
    const Cost cost(whole<std::int64_t>(value, "policy", "prizes." + name));
    if (cost < Cost(0)) throw InputError("policy", "prizes." + name, "must not be negative");
    if (name == "red") p.red = cost;
    else if (name == "orange") p.orange = cost;
    else if (name == "green") p.green = cost;
    else if (name == "per_day") p.per_day = cost;
    else if (name == "promised") p.promised = cost;
    else throw InputError("policy", "prizes", "unknown prize " + quoted(name) + " (use red, orange, green, per_day, promised)");
  }
  return p;
}

Policy policy_from(const std::string& name, bool evening_rounds, bool watch_lights, int team_size, const py::dict& prizes) {
  Policy policy;
  policy.name = name, policy.evening_rounds = evening_rounds, policy.watch_lights = watch_lights;
  policy.team_size = team_size, policy.prizes = prizes_from(prizes);
  return policy;
}

py::object round_to_py(const PlannedRound& planned) {
  return py::make_tuple(planned.round, result_to_py(planned.round.problem, planned.result, false));
}

py::object round_to_py(const std::optional<PlannedRound>& planned) { return planned ? round_to_py(*planned) : py::none(); }

py::list duty_rows(const model::Community& c, const std::optional<PlannedDuty>& duty) {
  py::list rows;
  if (!duty) return rows;
  for (const auto& d : duty->duties)
    rows.append(py::make_tuple(c.volunteers()[d.volunteer].id, c.posts()[d.post].id, format_clock(minutes(d.start)),
                               format_clock(minutes(d.end))));
  return rows;
}

// A day's plan as the dict gridgov.field turns into a DayPlan (the plan itself kept as "core").
py::dict day_plan_to_py(const model::Community& c, DayPlan plan) {
  py::dict out;
  out["items"] = plan_items(c, plan);
  out["door_knocking"] = round_to_py(plan.door_knocking);
  out["evening"] = round_to_py(plan.evening);
  out["deliveries"] = round_to_py(plan.deliveries);
  out["duty"] = duty_rows(c, plan.duty);
  out["duty_feasible"] = !plan.duty || plan.duty->result.feasible();
  out["promise_kept"] = plan.promise_kept;
  out["core"] = std::move(plan);
  return out;
}

py::dict simulation_to_py(const Simulation& s) {
  py::list days;
  for (const auto& d : s.per_day) days.append(py::cast(d));
  std::vector<std::int64_t> seconds;
  for (const auto t : s.per_volunteer) seconds.push_back(t.get());
  py::dict out;
  out["days_to_cover"] = s.days_to_cover ? py::cast(*s.days_to_cover) : py::none();
  out["unreached"] = s.unreached, out["walked"] = s.walked.get(), out["steps"] = s.steps;
  out["volunteer_seconds"] = s.volunteer_time.get(), out["spread_seconds"] = s.spread.get();
  out["per_volunteer_seconds"] = seconds, out["per_day"] = days, out["contacts"] = s.contacts;
  out["final"] = model::Community(s.final_state);
  return out;
}

}  // namespace

void bind_field(py::module_& m) {
  auto f = m.def_submodule("field", "Field operations: the campaign simulation (see gridgov.field).");
  py::class_<SimulatedDay>(f, "SimulatedDay", DOC(gridgov_field_SimulatedDay))
      .def_readonly("campaign_day", &SimulatedDay::campaign_day)
      .def_property_readonly("weekday", [](const SimulatedDay& d) { return std::string(weekday_name(d.day)); })
      .def_readonly("visits", &SimulatedDay::visits, DOC(gridgov_field_SimulatedDay_visits))
      .def_readonly("reached", &SimulatedDay::reached, DOC(gridgov_field_SimulatedDay_reached))
      .def_readonly("lights_seen", &SimulatedDay::lights_seen, DOC(gridgov_field_SimulatedDay_lights_seen))
      .def_readonly("unreached", &SimulatedDay::unreached, DOC(gridgov_field_SimulatedDay_unreached))
      .def_property_readonly("walked", [](const SimulatedDay& d) { return d.walked.get(); }, "Metres walked by all teams.")
      .def_property_readonly("volunteer_seconds", [](const SimulatedDay& d) { return d.volunteer_time.get(); },
                             DOC(gridgov_field_SimulatedDay_volunteer_time))
      .def_readonly("feasible", &SimulatedDay::feasible, DOC(gridgov_field_SimulatedDay_feasible));
  f.def(
      "_typical_home",
      [](const model::Community& c, Whole<std::uint64_t> seed) {
        return HomeModel::typical(c, seed.in("home model options", "seed")).chances();
      },
      py::arg("community"), py::arg("seed"), DOC(gridgov_field_HomeModel_typical));
  f.def(
      "_simulate",
      [](const model::Community& c, std::vector<HourlyChance> chances, const std::string& name, bool evening_rounds,
         bool watch_lights, Whole<int> team_size, const py::dict& prizes, Whole<int> days, Whole<std::uint64_t> seed,
         const std::string& first_day, Whole<int> first_campaign_day, Whole<std::int64_t> per_door,
         Whole<std::size_t> max_iterations, bool duty, bool deliveries, const py::object& callback, ledger::Ledger* ledger) {
        const std::string record = "simulation options";
        const HomeModel home(c, std::move(chances));
        const auto policy = policy_from(name, evening_rounds, watch_lights, team_size.in("policy", "team_size"), prizes);
        SimulationOptions o;
        o.days = days.in(record, "days"), o.seed = seed.in(record, "seed"), o.first_day = parse_weekday(first_day, record, "first_day");
        o.first_campaign_day = first_campaign_day.in(record, "first_campaign_day");
        o.per_door = seconds(per_door.in(record, "per_door")), o.max_iterations = max_iterations.in(record, "max_iterations");
        o.duty = duty, o.deliveries = deliveries, o.ledger = ledger;
        bool interrupted = false;
        const auto s = run_interruptible<SimulatedDay>(
            c, std::move(o), callback, interrupted,
            [&](const model::Community& community, const SimulationOptions& so) { return simulate(community, home, policy, so); },
            [](const SimulationOptions& so) { validate(so); });
        auto out = simulation_to_py(s);
        out["interrupted"] = interrupted;
        return out;
      },
      py::arg("community"), py::arg("chances"), py::arg("name"), py::arg("evening_rounds"), py::arg("watch_lights"),
      py::arg("team_size"), py::arg("prizes"), py::arg("days"), py::arg("seed"), py::arg("first_day"),
      py::arg("first_campaign_day"), py::arg("per_door"), py::arg("max_iterations"), py::arg("duty"), py::arg("deliveries"),
      py::arg("callback"), py::arg("ledger").none(true));
  py::class_<DayPlan>(f, "_DayPlan", "A day's plan as the compiled core keeps it (see gridgov.field.DayPlan).");
  f.def(
      "_play_day",
      [](const model::Community& c, const DayPlan& plan, std::vector<HourlyChance> chances, bool watch_lights,
         Whole<std::uint64_t> seed, const std::string& part) {
        static constexpr std::array<std::string_view, 3> parts{"day", "evening", "whole"};
        const auto which = parse_enum<DayPart>(part, parts, "play", "part");
        const HomeModel home(c, std::move(chances));
        const Draws draws(seed.in("play", "seed"));
        py::gil_scoped_release release;
        return play_day(c, plan, home, watch_lights, draws, which);
      },
      py::arg("community"), py::arg("plan"), py::arg("chances"), py::arg("watch_lights"), py::arg("seed"), py::arg("part"),
      DOC(gridgov_field_play_day));
  f.def(
      "_replan_evening",
      [](const DayPlan& plan, const model::Community& now) {
        auto replanned = plan;
        {
          py::gil_scoped_release release;
          replan_evening(replanned, now);
        }
        return day_plan_to_py(now, std::move(replanned));
      },
      py::arg("plan"), py::arg("now"), DOC(gridgov_field_replan_evening));
  f.def(
      "_plan_day",
      [](const model::Community& c, const std::string& day, Whole<int> campaign_day, const std::string& name, bool evening_rounds,
         bool watch_lights, Whole<int> team_size, const py::dict& prizes,
         const std::vector<std::tuple<std::string, std::string, std::string>>& promised, bool duty, bool deliveries,
         Whole<std::int64_t> per_door, Whole<std::size_t> max_iterations, Whole<std::size_t> duty_iterations,
         Whole<std::uint64_t> seed) {
        const std::string options = "day options";
        DayOptions o;
        o.day = parse_weekday(day, options, "day"), o.campaign_day = campaign_day.in(options, "campaign_day");
        o.policy = policy_from(name, evening_rounds, watch_lights, team_size.in("policy", "team_size"), prizes);
        for (std::size_t k = 0; k < promised.size(); ++k) {
          const auto& [household, start, end] = promised[k];
          const auto record = "promised visit " + std::to_string(k + 1);
          if (std::none_of(c.households().begin(), c.households().end(), [&](const auto& h) { return h.id == household; }))
            throw InputError(record, "household", "no household " + quoted(household) + " in community " + quoted(c.info().id));
          o.promised.push_back({c.household_index(household), {parse_clock(start, record, "start"), parse_clock(end, record, "end")}});
        }
        o.duty = duty, o.deliveries = deliveries, o.per_door = seconds(per_door.in(options, "per_door"));
        o.routing_solve.max_iterations = max_iterations.in(options, "max_iterations");
        o.routing_solve.seed = o.duty_solve.seed = seed.in(options, "seed");
        o.duty_solve.max_iterations = duty_iterations.in(options, "duty_iterations");
        std::optional<DayPlan> plan;
        {
          py::gil_scoped_release release;
          plan = plan_day(c, o);
        }
        return day_plan_to_py(c, std::move(*plan));
      },
      py::arg("community"), py::arg("day"), py::arg("campaign_day"), py::arg("name"), py::arg("evening_rounds"),
      py::arg("watch_lights"), py::arg("team_size"), py::arg("prizes"), py::arg("promised"), py::arg("duty"), py::arg("deliveries"),
      py::arg("per_door"), py::arg("max_iterations"), py::arg("duty_iterations"), py::arg("seed"), DOC(gridgov_field_plan_day));
}

}  // namespace gridgov::python
