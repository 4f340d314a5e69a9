#include "templates/case.h"

namespace tpl {

IntStack count_up(int32_t n) {
  IntStack s;
  for (int32_t i = 0; i < n; ++i) s.push(i);
  return s;
}

double average(const Stack<double>& values) {
  return values.empty() ? 0.0 : values.sum() / values.size();
}

Stack<double> halves(const Stack<double>& values) {
  Stack<double> out;
  Stack<double> copy = values;
  while (!copy.empty()) {
    out.push(copy.top() / 2);
    copy = copy.prefix(copy.size() - 1);
  }
  return out;
}

Entry<int32_t, double> make_entry(int32_t k, double v) { return Entry<int32_t, double>(k, v); }

int32_t limit_of(const Limits<int32_t>&) { return Limits<int32_t>::top(); }

void Tally::add_times(int64_t value, int32_t times) {
  for (int32_t i = 0; i < times; ++i) push(value);
}

Ring<int32_t, 4> last_four(int32_t from, int32_t to) {
  Ring<int32_t, 4> r;
  for (int32_t i = from; i < to; ++i) r.push(i);
  return r;
}

int32_t newest(const Ring<int32_t, 4>& ring) { return ring.get(ring.size() - 1); }

}  // namespace tpl
