// Umbrella header for applications.
#pragma once

#include "common.hpp"
#include "configuration.hpp"
#include "datachannel.hpp"
#include "description.hpp"
#include "global.hpp"
#include "peerconnection.hpp"
#include "track.hpp"
