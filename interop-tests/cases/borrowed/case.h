// Objects C++ owns: a tree whose nodes belong to it, reached from Rust as
// borrows tied to the tree, and a process-wide singleton.
#ifndef CASES_BORROWED_CASE_H
#define CASES_BORROWED_CASE_H

#include <cstdint>
#include <string>
#include <vector>

namespace cases {
namespace borrowed {

class Tree;

/// What the tree looked like when it was bookmarked; the tree lends it
/// until it is given back.
class Bookmark {
 public:
  /// How many nodes the tree held then.
  int32_t size() const noexcept;

 protected:
  friend class Tree;
  explicit Bookmark(int32_t size) : size_(size) {}
  ~Bookmark() = default;
  int32_t size_;
};

/// A node of a `Tree`: only its tree creates and destroys nodes.
class Node {
 public:
  /// The node's label.
  std::string label() const;
  /// Renames the node.
  void set_label(const std::string& label);
  /// How many children it has.
  int32_t child_count() const noexcept;
  /// The child at `index`, or null when there is none.
  const Node* child(int32_t index) const noexcept;
  /// The child at `index`, or null when there is none (to modify it).
  Node* child(int32_t index) noexcept;
  /// The parent, or null for the root.
  const Node* parent() const noexcept;
  /// Appends a new child labelled `label` and returns it.
  Node& add_child(const std::string& label);
  /// Destroys every child of this node (and their descendants).
  void clear_children() noexcept;
  /// Destroys `child`, which must be a child of this node.
  void delete_child(Node* child) noexcept;
  /// The tree the node belongs to.
  const Tree& tree() const noexcept;

 private:
  friend class Tree;

/// What the tree looked like when it was bookmarked; the tree lends it
/// until it is given back.
class Bookmark {
 public:
  /// How many nodes the tree held then.
  int32_t size() const noexcept;

 protected:
  friend class Tree;
  explicit Bookmark(int32_t size) : size_(size) {}
  ~Bookmark() = default;
  int32_t size_;
};
  Node(Tree* tree, Node* parent, std::string label);
  ~Node();
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  Tree* tree_;
  Node* parent_;
  std::string label_;
  std::vector<Node*> children_;
};

/// Owns its nodes; Rust owns the tree.
class Tree {
 public:
  /// A tree with a root labelled `root`.
  explicit Tree(const std::string& root);
  ~Tree();
  /// The root node.
  const Node& root() const noexcept;
  /// The root node, to modify it.
  Node& root() noexcept;
  /// The first node (depth first) labelled `label`, or null.
  const Node* find(const std::string& label) const noexcept;
  /// How many nodes the tree holds.
  int32_t size() const noexcept;
  /// A counter the caller keeps in the tree, to change in place.
  int32_t& edits() noexcept;
  /// The same counter, to read.
  const int32_t& edits() const noexcept;
  /// Destroys `node` and its descendants, unlinking it from its parent
  /// (the root stays: it loses its children instead).
  void delete_node(Node* node) noexcept;
  /// Bookmarks the tree as it is; the caller gives it back with
  /// `release_bookmark`.
  const Bookmark* get_bookmark();
  /// Gives back a bookmark from `get_bookmark`.
  void release_bookmark(const Bookmark* bookmark) noexcept;
  /// Bookmarks not given back yet.
  int32_t bookmarks() const noexcept;

 private:
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;
  Node* root_;
  int32_t edits_ = 0;
  int32_t bookmarks_ = 0;
};

/// A cursor on a node of a tree: a small handle holding one pointer, passed
/// and returned by value (a null cursor points nowhere).
class Cursor {
 public:
  /// A cursor on `node` (null for none).
  explicit Cursor(Node* node) : node_(node) {}
  /// Copies the cursor.
  Cursor(const Cursor& other) : node_(other.node_) {}
  /// Points at `other`'s node.
  Cursor& operator=(const Cursor& other) {
    node_ = other.node_;
    return *this;
  }
  /// The cursor on the child at `index` (a null cursor when there is none).
  Cursor child(int32_t index);
  /// The node, or null.
  Node* node();
  /// Points somewhere.
  bool valid() const noexcept;

 private:
  Node* node_;
};

/// A handle that cannot be copied (its copy constructor is private): not a
/// value, so Rust keeps it behind a `UniquePtr`.
class Pinned {
 public:
  /// Pins `node`.
  explicit Pinned(Node* node) : node_(node) {}
  /// Points somewhere.
  bool valid() const noexcept { return node_ != nullptr; }

 private:
  Pinned(const Pinned&);
  Node* node_;
};

/// Counts how many nodes ever existed, process-wide.
class Census {
 public:
  /// The one census.
  static Census& instance() noexcept;
  /// Nodes created so far.
  int64_t created() const noexcept;
  /// Nodes destroyed so far.
  int64_t destroyed() const noexcept;

 private:
  friend class Node;
  Census() = default;
  ~Census() = default;
  int64_t created_ = 0;
  int64_t destroyed_ = 0;
};

/// The census, through a free function.
const Census* census() noexcept;

}  // namespace borrowed
}  // namespace cases

#endif  // CASES_BORROWED_CASE_H
