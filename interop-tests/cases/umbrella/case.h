#ifndef CASES_UMBRELLA_CASE_H
#define CASES_UMBRELLA_CASE_H

// An umbrella header: it declares nothing itself; the library's API lives in
// the headers under `parts/`, which count as the library's declarations.

#include "umbrella/parts/shape.h"
#include "umbrella/parts/tools.h"

#endif  // CASES_UMBRELLA_CASE_H
