#ifndef CASES_NAMESPACES_CASE_H
#define CASES_NAMESPACES_CASE_H

#include <cstdint>

namespace cases {
namespace namespaces {

/// Depth of this namespace below `cases` (returns 1).
int32_t depth();

/// Identifies the `cases::namespaces` version of `which` (returns 10).
int32_t which();

namespace outer {

/// Depth of this namespace below `cases` (returns 2).
int32_t depth();

/// Identifies the `cases::namespaces::outer` version of `which` (returns 20).
int32_t which();

namespace inner {

/// Depth of this namespace below `cases` (returns 3).
int32_t depth();

/// Identifies the `cases::namespaces::outer::inner` version of `which` (returns 30).
int32_t which();

}  // namespace inner
}  // namespace outer
}  // namespace namespaces
}  // namespace cases

#endif  // CASES_NAMESPACES_CASE_H
