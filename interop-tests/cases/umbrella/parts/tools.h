#ifndef CASES_UMBRELLA_PARTS_TOOLS_H
#define CASES_UMBRELLA_PARTS_TOOLS_H

#include <cstdint>

#include "umbrella/parts/detail/box.h"
#include "umbrella/parts/shape.h"

namespace cases {
namespace umbrella {

/// Units a length can be given in.
enum class Unit : int32_t { Millimetre = 0, Inch = 1 };

/// Millimetres in one `unit`.
int32_t millimetres_per(Unit unit);

/// The sum of both areas: uses a class declared in a sibling header.
int32_t total_area(const Shape& a, const Shape& b);

}  // namespace umbrella
}  // namespace cases

#endif  // CASES_UMBRELLA_PARTS_TOOLS_H
