// gridgov.duty's compiled half: a community's watch-post duty as a rostering problem.
#include "bind_helpers.hpp"
#include "gridgov/scheduling/Duty.hpp"

namespace gridgov::python {

using scheduling::duty_problem;
using scheduling::DutyOptions;
using scheduling::DutyProblem;

void bind_duty(py::module_& m) {
  auto d = m.def_submodule("duty", "Watch-post duty as a rostering problem (see gridgov.duty).");

  py::class_<DutyProblem>(d, "DutyProblem", DOC(gridgov_scheduling_DutyProblem))
      .def_readonly("problem", &DutyProblem::problem, "The rostering problem: staff are the volunteers, shift types the blocks.")
      .def_property_readonly(
          "blocks",
          [](const DutyProblem& dp) {
            py::list shift, post, start, end;
            for (std::size_t t = 0; t < dp.blocks.size(); ++t) {
              const auto& b = dp.blocks[t];
              shift.append(dp.problem.shifts[t].id), post.append(b.post), start.append(b.start), end.append(b.end);
            }
            py::dict cols;
            cols["shift"] = shift, cols["post"] = post, cols["start"] = start, cols["end"] = end;
            return make_frame(cols);
          },
          "The blocks offered: shift (its shift type's id), post (index into the community's posts), start and end "
          "(minutes after midnight, end excluded).")
      .def_property_readonly(
          "slots",
          [](const DutyProblem& dp) {
            py::list post, day, start;
            for (const auto& s : dp.slots) post.append(s.post), day.append(s.day), start.append(s.start);
            py::dict cols;
            cols["post"] = post, cols["day"] = day, cols["start"] = start;
            return make_frame(cols);
          },
          "What each cover row of the problem is about, in the same order: post (index into the community's posts), day "
          "and start (minutes after midnight) of the hour.")
      .def("__repr__", [](const DutyProblem& dp) {
        return "<duty.DutyProblem: " + std::to_string(dp.problem.staff.size()) + " volunteers, " + std::to_string(dp.blocks.size()) +
               " blocks, " + std::to_string(dp.problem.days) + " days>";
      });

  d.def(
      "_problem",
      [](const model::Community& community, Whole<int> days, std::vector<int> block_hours, Whole<std::int64_t> under_weight,
         Whole<std::int64_t> skill_weight, Whole<std::int64_t> over_weight, Whole<std::int64_t> fairness_weight) {
        const std::string record = "duty options";
        const DutyOptions o{.days = days.in(record, "days"), .block_hours = std::move(block_hours),
                            .under_weight = under_weight.in(record, "under_weight"),
                            .skill_weight = skill_weight.in(record, "skill_weight"),
                            .over_weight = over_weight.in(record, "over_weight"),
                            .fairness_weight = fairness_weight.in(record, "fairness_weight")};
        return duty_problem(community, o);
      },
      py::arg("community"), py::arg("days"), py::arg("block_hours"), py::arg("under_weight"), py::arg("skill_weight"),
      py::arg("over_weight"), py::arg("fairness_weight"));
}

}  // namespace gridgov::python
