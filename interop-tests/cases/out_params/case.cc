#include "case.h"

namespace cases {
namespace out_params {

bool split_first(const std::string& s, char sep, std::string* head,
                 std::string* tail) {
  head->clear();
  tail->clear();
  std::string::size_type pos = s.find(sep);
  if (pos == std::string::npos) {
    return false;
  }
  head->assign(s, 0, pos);
  tail->assign(s, pos + 1, std::string::npos);
  return true;
}

void copy_bytes(const char* data, size_t len, std::string* out) {
  if (len == 0) {
    out->clear();  // `data` may be null or dangling for an empty slice.
    return;
  }
  out->assign(data, len);
}

bool parse_u32(const std::string& s, uint32_t* value) {
  if (s.empty()) {
    return false;
  }
  uint64_t acc = 0;
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
    acc = acc * 10 + static_cast<uint64_t>(c - '0');
    if (acc > UINT32_MAX) {
      return false;
    }
  }
  *value = static_cast<uint32_t>(acc);
  return true;
}

void min_max(const int32_t* values, size_t count, int32_t* min, int32_t* max) {
  if (count == 0) {
    *min = 0;
    *max = 0;
    return;
  }
  int32_t lo = values[0];
  int32_t hi = values[0];
  for (size_t i = 1; i < count; ++i) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  *min = lo;
  *max = hi;
}

}  // namespace out_params
}  // namespace cases
