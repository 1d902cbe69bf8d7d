#pragma once
/// \file Everything gridgov offers, in one include.

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Geometry.hpp"
#include "gridgov/core/Random.hpp"
#include "gridgov/core/TimeWindow.hpp"
#include "gridgov/core/Units.hpp"
#include "gridgov/core/WeeklyWindows.hpp"
#include "gridgov/io/Csv.hpp"
#include "gridgov/io/NetworkFiles.hpp"
#include "gridgov/io/Records.hpp"
#include "gridgov/io/Scenario.hpp"
#include "gridgov/model/Community.hpp"
#include "gridgov/model/District.hpp"
#include "gridgov/network/WalkingNetwork.hpp"
#include "gridgov/synth/Synth.hpp"
