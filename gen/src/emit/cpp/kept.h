
// A closure the library keeps until it calls the release function it was
// given beside the user data, and the calls running it: the library holds
// one reference and each running call another; the last to let go drops the
// closure. A release from inside a call (or from another thread while one
// runs) lets go of the library's reference only: the closure is dropped
// when the call returns. The count lives beside the closure, never inside
// what a release drops.
template <typename T>
struct kept {
  ::std::atomic<::std::size_t> refs;
  ::rust::Box<T> closure;
  // The user data handed to the library, holding its one reference.
  static void* hand_over(::rust::Box<T> closure) noexcept {
    return new kept{{1}, ::std::move(closure)};
  }
  // Lets go of one reference: the last one drops the closure.
  static void release(void* user_data) noexcept {
    auto* k = static_cast<kept*>(user_data);
    if (k->refs.fetch_sub(1, ::std::memory_order_acq_rel) == 1) delete k;
  }
};
// A running call's reference to a kept closure, let go of when it returns.
template <typename T>
class running {
 public:
  explicit running(void* user_data) noexcept : k_(static_cast<kept<T>*>(user_data)) {
    k_->refs.fetch_add(1, ::std::memory_order_relaxed);
  }
  running(const running&) = delete;
  running& operator=(const running&) = delete;
  ~running() { kept<T>::release(k_); }
  const T& closure() const noexcept { return *k_->closure; }

 private:
  kept<T>* k_;
};
