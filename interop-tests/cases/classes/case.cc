#include "case.h"

#include <ostream>

namespace cases {
namespace classes {

int32_t Counter::live_ = 0;

Counter::Counter() : name_(), value_(0), step_(1) { ++live_; }

Counter::Counter(int64_t start) : name_(), value_(start), step_(1) { ++live_; }

Counter::Counter(int64_t start, int64_t step)
    : name_(), value_(start), step_(step) {
  ++live_;
}

Counter::Counter(const std::string& name, int64_t start)
    : name_(name), value_(start), step_(1) {
  ++live_;
}

Counter::Counter(const Counter& other)
    : name_(other.name_), value_(other.value_), step_(other.step_) {
  ++live_;
}

Counter::~Counter() { --live_; }

int64_t Counter::value() const { return value_; }

int64_t Counter::step() const { return step_; }

void Counter::increment() { value_ += step_; }

void Counter::add(int64_t n) { value_ += n; }

std::string Counter::name() const { return name_; }

void Counter::set_name(const std::string& n) { name_ = n; }

bool Counter::is_positive() const noexcept { return value_ > 0; }

void Counter::reset() noexcept { value_ = 0; }

int32_t Counter::live_count() { return live_; }

Greeter::Greeter(const std::string& greeting) : greeting_(greeting) {}

std::string Greeter::greet(const std::string& who) const {
  return greeting_ + ", " + who + "!";
}

bool Greeter::operator==(const Greeter& other) const noexcept { return greeting_ == other.greeting_; }

Registry& Registry::instance() {
  // Intentionally leaked: the destructor is private and never runs.
  static Registry* registry = new Registry();
  return *registry;
}

int32_t Registry::size() const { return size_; }

Registry::Registry() : size_(3) {}

Registry::~Registry() = default;

Counter make_counter(int64_t start, int64_t step) { return Counter(start, step); }

Label::Label(const std::string& text) : text_(text) {}

const std::string& Label::text() const noexcept { return text_; }

Animal::Animal(const std::string& name) : name_(name) {}
Animal::~Animal() = default;
std::string Animal::name() const { return name_; }
std::string Animal::sound() const { return "..."; }
std::string Animal::describe() const { return name_ + " says " + sound(); }
int32_t Animal::legs() const noexcept { return 4; }

Dog::Dog() : Animal("dog") {}
std::string Dog::sound() const { return "woof"; }

std::string call_describe(const Animal& a) { return a.describe(); }

std::ostream& operator<<(std::ostream& os, const Counter& c) {
  if (!c.name().empty()) os << c.name() << "=";
  return os << c.value();
}

}  // namespace classes
}  // namespace cases
