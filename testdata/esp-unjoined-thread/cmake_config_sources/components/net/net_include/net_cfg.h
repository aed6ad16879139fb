#pragma once
#define NET_CFG_FOUND 1
