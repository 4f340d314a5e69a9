#include "borrowed/case.h"

#include <cstddef>

namespace cases {
namespace borrowed {

Node::Node(Tree* tree, Node* parent, std::string label)
    : tree_(tree), parent_(parent), label_(std::move(label)) {
  Census::instance().created_ += 1;
}
Node::~Node() {
  clear_children();
  Census::instance().destroyed_ += 1;
}
std::string Node::label() const { return label_; }
void Node::set_label(const std::string& label) { label_ = label; }
int32_t Node::child_count() const noexcept { return static_cast<int32_t>(children_.size()); }
const Node* Node::child(int32_t index) const noexcept {
  if (index < 0 || index >= child_count()) return nullptr;
  return children_[static_cast<std::size_t>(index)];
}
Node* Node::child(int32_t index) noexcept {
  if (index < 0 || index >= child_count()) return nullptr;
  return children_[static_cast<std::size_t>(index)];
}
const Node* Node::parent() const noexcept { return parent_; }
Node& Node::add_child(const std::string& label) {
  children_.push_back(new Node(tree_, this, label));
  return *children_.back();
}
void Node::clear_children() noexcept {
  for (Node* c : children_) delete c;
  children_.clear();
}
void Node::delete_child(Node* child) noexcept {
  for (std::size_t i = 0; i < children_.size(); ++i) {
    if (children_[i] == child) {
      children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(i));
      delete child;
      return;
    }
  }
}
const Tree& Node::tree() const noexcept { return *tree_; }

int32_t Bookmark::size() const noexcept { return size_; }

Tree::Tree(const std::string& root) : root_(new Node(this, nullptr, root)) {}
Tree::~Tree() { delete root_; }
const Node& Tree::root() const noexcept { return *root_; }
Node& Tree::root() noexcept { return *root_; }

static const Node* find_in(const Node* n, const std::string& label) {
  if (n->label() == label) return n;
  for (int32_t i = 0; i < n->child_count(); ++i) {
    if (const Node* hit = find_in(n->child(i), label)) return hit;
  }
  return nullptr;
}
const Node* Tree::find(const std::string& label) const noexcept { return find_in(root_, label); }

static int32_t count(const Node* n) {
  int32_t total = 1;
  for (int32_t i = 0; i < n->child_count(); ++i) total += count(n->child(i));
  return total;
}
int32_t Tree::size() const noexcept { return count(root_); }
int32_t& Tree::edits() noexcept { return edits_; }
const int32_t& Tree::edits() const noexcept { return edits_; }
void Tree::delete_node(Node* node) noexcept {
  if (node->parent_ == nullptr) {
    node->clear_children();
    return;
  }
  node->parent_->delete_child(node);
}
const Bookmark* Tree::get_bookmark() {
  bookmarks_ += 1;
  return new Bookmark(size());
}
void Tree::release_bookmark(const Bookmark* bookmark) noexcept {
  bookmarks_ -= 1;
  delete bookmark;
}
int32_t Tree::bookmarks() const noexcept { return bookmarks_; }

Cursor Cursor::child(int32_t index) {
  return Cursor(node_ != nullptr ? node_->child(index) : nullptr);
}
Node* Cursor::node() { return node_; }
bool Cursor::valid() const noexcept { return node_ != nullptr; }

Census& Census::instance() noexcept {
  static Census census;
  return census;
}
int64_t Census::created() const noexcept { return created_; }
int64_t Census::destroyed() const noexcept { return destroyed_; }

const Census* census() noexcept { return &Census::instance(); }

}  // namespace borrowed
}  // namespace cases
