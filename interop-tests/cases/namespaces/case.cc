#include "case.h"

namespace cases {
namespace namespaces {

int32_t depth() { return 1; }
int32_t which() { return 10; }

namespace outer {

int32_t depth() { return 2; }
int32_t which() { return 20; }

namespace inner {

int32_t depth() { return 3; }
int32_t which() { return 30; }

}  // namespace inner
}  // namespace outer
}  // namespace namespaces
}  // namespace cases
