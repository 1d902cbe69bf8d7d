// Benchmark files: Solomon and VRPLIB with their rounding conventions, and .sol output.
#include <gtest/gtest.h>

#include "gridgov/routing/Instances.hpp"
#include "gridgov/routing/Solve.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::routing;

namespace {
const std::string dir = std::string(GRIDGOV_TEST_DATA) + "/routing/";
}

TEST(Instances, SolomonUnderEachConvention) {
  const auto r = read_instance(dir + "tiny.txt", Rounding::round);
  EXPECT_EQ(r.problem.visits().size(), 4u);
  EXPECT_EQ(r.problem.vehicles().size(), 2u);
  EXPECT_EQ(r.problem.vehicles()[0].capacity, 10);
  EXPECT_EQ(r.problem.distance()(0, 1), 5);   // (3, 4)
  EXPECT_EQ(r.problem.distance()(1, 3), 3);   // sqrt(10) = 3.16 -> 3
  const auto d = read_instance(dir + "tiny.txt", Rounding::dimacs);
  EXPECT_EQ(d.problem.distance()(1, 3), 31);  // truncated after one decimal
  EXPECT_EQ(d.problem.visits()[3].windows[0].open, Duration(100));
  EXPECT_EQ(d.problem.vehicles()[0].shift.close, Duration(1000));
  EXPECT_EQ(read_instance(dir + "tiny.txt", Rounding::exact).problem.distance()(1, 3), 3162);
  EXPECT_EQ(d.scale, 10);
}

TEST(Instances, VrplibCvrp) {
  const auto r = read_instance(dir + "tiny.vrp", Rounding::round);
  EXPECT_EQ(r.problem.visits().size(), 5u);
  EXPECT_EQ(r.problem.visits()[4].id, "5");
  EXPECT_EQ(r.problem.distance()(0, 5), 3);   // 2.5 rounds to 3 (nint)
  EXPECT_EQ(r.problem.vehicles().size(), 6u);  // ceil(1.3 * 16 / 10) + 3
  SolveOptions o;
  o.max_iterations = 200;
  const auto s = solve(r.problem, o);
  ASSERT_TRUE(s.feasible());
  // Optimum: 0 -> (0, 2.5) -> (1, 0) -> 0 costs 3 + 3 + 1; 0 -> (2, 0) -> (3, 0) -> (4, 0) -> 0 costs 2 + 1 + 1 + 4.
  EXPECT_EQ(s.cost(), Cost(15));
}

TEST(Instances, SolutionsInCvrplibFormat) {
  const auto r = read_instance(dir + "tiny.txt", Rounding::dimacs);
  const Routes routes{{0, {{StopKind::visit, 0}, {StopKind::visit, 1}}}, {1, {{StopKind::visit, 2}, {StopKind::visit, 3}}}};
  EXPECT_EQ(sol_text(r, routes, Cost(1234)), "Route #1: 1 2\nRoute #2: 3 4\nCost 123.4\n");
}

TEST(Instances, MalformedFilesAreNamed) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("TINY\nVEHICLE\nNUMBER CAPACITY\n 2 x\n", "t", Rounding::round),
                             "t line 4: field 'CAPACITY': expected a number, got 'x'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("NAME : a\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EXPLICIT\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEPOT_SECTION\n1\n-1\n", "a", Rounding::round),
                             "a: field 'EDGE_WEIGHT_TYPE': only EUC_2D is read");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("NAME : a\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n1 0 0\n7 1 1\n", "a", Rounding::round),
                             "a line 6: field 'NODE_COORD_SECTION': node 7 is not between 1 and DIMENSION");
  GRIDGOV_EXPECT_INPUT_ERROR(read_instance(dir + "missing.txt", Rounding::round), "cannot be opened for reading");
}

// Found by tests/fuzz/routing_instance: node numbers, counts and coordinates far out of range
// were cast to integers (undefined behaviour) or sized vectors and matrices (bad_alloc).
TEST(Instances, NumbersOutOfRangeAreNamed) {
  const std::string head = "NAME : a\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n";
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance(head + "3e300 1 1\n", "a", Rounding::round),
                             "a line 7: field 'NODE_COORD_SECTION': '3e300' is beyond +-1e9");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance(head + "-1 1 1\n", "a", Rounding::round),
                             "a line 7: field 'NODE_COORD_SECTION': node -1 is not between 1 and DIMENSION");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance(head + "2.5 1 1\n", "a", Rounding::round), "node 2.5 is not between 1 and DIMENSION");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance(head + "2 1e300 1\n", "a", Rounding::dimacs), "a line 7: field 'x': '1e300' is beyond +-1e9");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("NAME : a\nDIMENSION : 1e9\nNODE_COORD_SECTION\n1 0 0\n", "a", Rounding::round),
                             "a line 2: field 'DIMENSION': expected a whole number from 1 to 5, got '1e9'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("TINY\nVEHICLE\nNUMBER CAPACITY\n 1000000000 10\n", "t", Rounding::round),
                             "t line 4: field 'NUMBER': expected a whole number from 1 to 100000, got '1000000000'");
}

// A node without coordinates was silently placed at (0, 0).
TEST(Instances, EveryNodeNeedsCoordinates) {
  GRIDGOV_EXPECT_INPUT_ERROR(
      parse_instance("NAME : a\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n3 1 1\nDEPOT_SECTION\n1\n-1\n",
                     "a", Rounding::round),
      "a: field 'NODE_COORD_SECTION': must give every node's coordinates");
}

// Without a fleet in the file, huge demands give one vehicle per client and three more (the
// count was cast to int from any double).
TEST(Instances, TheFleetWithoutANumberIsAtMostOnePerClientAndThree) {
  const auto i = parse_instance(
      "NAME : a\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 1\nNODE_COORD_SECTION\n1 0 0\n2 1 0\n3 0 1\n"
      "DEMAND_SECTION\n1 0\n2 1e9\n3 1e9\nDEPOT_SECTION\n1\n-1\n",
      "a", Rounding::round);
  EXPECT_EQ(i.problem.vehicles().size(), 5u);
}

// Found by tests/fuzz/routing_instance: a second DIMENSION left the sections read before it
// shorter than the nodes, and the windows were read past their end.
TEST(Instances, DimensionIsGivenOnce) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_instance("NAME : a\nDIMENSION : 2\nTIME_WINDOW_SECTION\n1 0 100\nDIMENSION : 3\n", "a", Rounding::round),
                             "a line 5: field 'DIMENSION': is given twice");
}
