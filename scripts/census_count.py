#!/usr/bin/env python3
"""Counts the public callables a header declares, without cxxbind.

Usage: census_count.py HEADER [--std c++17] [--clang clang++] [--list] [CLANG_ARG...]

Parses HEADER with `clang++ -fsyntax-only -Xclang -ast-dump=json` and counts
the user-declared, public, non-deleted functions, methods, constructors,
destructors, operators and function templates declared in the library's own
headers. The library is decided by the rule of docs/coverage-report.md: the
headers under the selected header's directory, or, when that directory is an
include root (/usr/include, /usr/local/include, their multiarch directories),
the selected header, its same-stem siblings (`foo.h` -> `foo-*.h`,
`foo_*.h`) and the folders its own `#include` lines name there (`sodium.h`
including `"sodium/core.h"` -> `sodium/`). Templates count once: a class template's member functions are
counted from its pattern, never from its instantiations; a function template
is one callable. A function declared more than once counts once.

Prints one JSON object: {"callables": N, "headers": [...]} (and, with
--list, "names": [...]). Exits 1 when the header does not parse.
"""

import argparse
import json
import os
import subprocess
import sys

INCLUDE_ROOTS = {
    "/usr/include",
    "/usr/local/include",
    "/usr/include/x86_64-linux-gnu",
    "/usr/include/aarch64-linux-gnu",
    "/usr/local/include/x86_64-linux-gnu",
    "/usr/local/include/aarch64-linux-gnu",
}

# Declarations that are callables, by AST node kind.
FUNCTION_KINDS = {
    "FunctionDecl",
    "CXXMethodDecl",
    "CXXConstructorDecl",
    "CXXDestructorDecl",
    "CXXConversionDecl",
}
RECORD_KINDS = {"CXXRecordDecl", "RecordDecl", "ClassTemplateSpecializationDecl",
                "ClassTemplatePartialSpecializationDecl"}
# Never the library's, whatever the scope.
SYSTEM_PREFIXES = ("/usr/include/c++/", "/usr/lib/llvm", "/usr/lib/gcc/")


def stem(path):
    base = os.path.basename(path)
    return base.split(".", 1)[0]


class Scope:
    """Which files belong to the library of the selected header."""

    def __init__(self, header):
        self.header = os.path.realpath(header)
        self.dir = os.path.dirname(self.header)
        self.root = self.dir in INCLUDE_ROOTS or os.path.dirname(
            os.path.abspath(header)) in INCLUDE_ROOTS
        self.stem = stem(self.header)
        # An umbrella header in an include root: the folders its includes name.
        self.folders = []
        if self.root:
            import re
            with open(self.header, errors="replace") as f:
                for m in re.finditer(r'^\s*#\s*include\s*[<"]([^/>"]+)/', f.read(), re.M):
                    d = os.path.join(self.dir, m.group(1))
                    if os.path.isdir(d) and d not in self.folders:
                        self.folders.append(d)

    def contains(self, path):
        real = os.path.realpath(path)
        if real.startswith(SYSTEM_PREFIXES):
            return False
        if real == self.header:
            return True
        if self.root:
            if any(real.startswith(d + os.sep) for d in self.folders):
                return True
            if os.path.dirname(real) != self.dir:
                return False
            s = os.path.basename(real).split(".", 1)[0]
            return s == self.stem or s.startswith(self.stem + "-") or s.startswith(
                self.stem + "_")
        return real.startswith(self.dir + os.sep)


class Walker:
    """Walks the JSON AST in document order.

    Clang's JSON dumper writes a location's file only when it differs from
    the previously written one, so the current file is tracked while
    walking every location in the order it was printed.
    """

    def __init__(self, scope):
        self.scope = scope
        self.file = None
        self.files = set()
        self.seen = set()
        self.names = []
        # A record's first declaration decides its access and its qualified
        # name (`class Outer::Inner { ... };` defined outside Outer).
        self.records = {}
        # (class id, member name) -> (class's qualified name, member public):
        # for members defined outside their class (`template <class U>
        # class Outer<T>::Inner<U*> { ... };`), found by parentDeclContextId.
        self.members = {}

    def track(self, value):
        """Updates the current file from every location inside `value`."""
        if isinstance(value, dict):
            if "file" in value and ("offset" in value or "line" in value or "col" in value):
                self.file = value["file"]
            for v in value.values():
                if isinstance(v, (dict, list)):
                    self.track(v)
        elif isinstance(value, list):
            for v in value:
                self.track(v)

    def decl_file(self, node):
        """The file of the node's location (its expansion, for macros)."""
        loc = node.get("loc")
        if loc is None:
            return self.file
        self.track(loc)
        return self.file

    def node(self, node, access_ok, in_record, qual):
        """Visits `node`; returns nothing. `access_ok`: reachable as public."""
        kind = node.get("kind")
        outside = self.members.get((node.get("parentDeclContextId"), node.get("name")))
        if outside is not None and kind not in FUNCTION_KINDS:
            qual, access_ok = outside
        file = self.decl_file(node)
        # The range and other attributes come after loc in document order.
        for key, v in node.items():
            if key in ("loc", "inner"):
                continue
            if isinstance(v, (dict, list)):
                self.track(v)
        inner = node.get("inner", [])
        implicit = node.get("isImplicit", False)
        if kind in FUNCTION_KINDS:
            self.function(node, file, access_ok, in_record, qual)
            self.children(inner, False, False, qual)
            return
        if kind == "FunctionTemplateDecl":
            # The pattern is the first FunctionDecl child; the others are
            # specializations (instantiations), never counted. Overloads
            # that differ only in template parameters share a type, so a
            # template is told apart by its node; a redeclaration is skipped.
            first = node.get("previousDecl") is None
            for child in inner:
                if child.get("kind") in FUNCTION_KINDS and first:
                    first = False
                    self.function(child, self.peek_file(child), access_ok, in_record,
                                  qual, template=node.get("id", True))
                    self.walk_rest(child)
                else:
                    self.skip(child)
            return
        if kind == "ClassTemplateDecl":
            first = True
            for child in inner:
                if child.get("kind") == "CXXRecordDecl" and first:
                    first = False
                    # A member template defined outside its class keeps the
                    # access and name of its declaration in the class.
                    earlier = self.records.get(node.get("previousDecl"))
                    if earlier is not None and child.get("previousDecl") is None:
                        child = dict(child, previousDecl=node["previousDecl"])
                    self.node(child, access_ok, in_record, qual)
                    if node.get("id") is not None and child.get("id") in self.records:
                        self.records[node["id"]] = self.records[child["id"]]
                else:
                    self.skip(child)
            return
        if kind in RECORD_KINDS:
            # Instantiations appear only under their ClassTemplateDecl, which
            # skips them: a specialization met here is one the header wrote.
            if implicit or self.instantiation(node):
                self.skip_children(inner)
                return
            name = node.get("name", "")
            tag = node.get("tagUsed", "struct")
            public = tag != "class"
            sub = f"{qual}::{name}" if qual else name if name else qual
            first = self.records.get(node.get("previousDecl"))
            if first is not None:
                sub, access_ok = first
            if node.get("id") is not None:
                self.records[node["id"]] = (sub, access_ok)
            for child in inner:
                ck = child.get("kind")
                if ck == "AccessSpecDecl":
                    self.decl_file(child)
                    self.skip_children(child.get("inner", []))
                    public = child.get("access") == "public"
                    continue
                if ck == "FriendDecl":
                    self.decl_file(child)
                    for fc in child.get("inner", []):
                        if fc.get("kind") in FUNCTION_KINDS or fc.get("kind") == "FunctionTemplateDecl":
                            self.node(fc, access_ok, False, qual)
                        else:
                            self.skip(fc)
                    continue
                if node.get("id") is not None and child.get("name"):
                    self.members[(node["id"], child["name"])] = (sub, access_ok and public)
                self.node(child, access_ok and public, True, sub)
            return
        if kind in ("NamespaceDecl", "LinkageSpecDecl", "ExportDecl"):
            name = node.get("name", "")
            sub = (f"{qual}::{name}" if qual else name) if kind == "NamespaceDecl" and name else qual
            self.children(inner, access_ok, False, sub)
            return
        self.skip_children(inner)

    @staticmethod
    def instantiation(node):
        """An explicit instantiation (`template class X<int>;`): clang shows
        it like a specialization, but its members lie outside its range,
        at the template's definition."""
        if node.get("kind") != "ClassTemplateSpecializationDecl":
            return False

        def offset(loc):
            return (loc or {}).get("expansionLoc", loc or {}).get("offset")

        rng = node.get("range", {})
        begin, end = offset(rng.get("begin")), offset(rng.get("end"))
        if begin is None or end is None:
            return False
        for child in node.get("inner", []):
            if child.get("isImplicit") or child.get("kind") not in FUNCTION_KINDS:
                continue
            at = offset(child.get("loc"))
            if at is not None:
                return not begin <= at <= end
        return False

    def peek_file(self, node):
        return self.decl_file(node)

    def walk_rest(self, node):
        for key, v in node.items():
            if key == "loc":
                continue
            if isinstance(v, (dict, list)):
                self.track(v)

    def children(self, inner, access_ok, in_record, qual):
        for child in inner:
            self.node(child, access_ok, in_record, qual)

    def skip(self, node):
        self.track(node)

    def skip_children(self, inner):
        for child in inner:
            self.track(child)

    def function(self, node, file, access_ok, in_record, qual, template=False):
        if not access_ok or file is None:
            return
        if node.get("isImplicit") or node.get("explicitlyDeleted"):
            return
        if not self.scope.contains(file):
            return
        kind = node.get("kind")
        if not in_record and kind != "FunctionDecl":
            # A member defined outside its class: counted with its class.
            return
        name = f"{qual}::{node.get('name', '')}" if qual else node.get("name", "")
        ty = node.get("type", {}).get("qualType", "")
        # Members are declared once in their class (a partial specialization
        # repeats its template's member types); free functions may be
        # redeclared, and count once.
        key = node.get("id") if in_record else (name, ty, template)
        if key in self.seen:
            return
        self.seen.add(key)
        self.files.add(os.path.realpath(file))
        self.names.append(f"{name}\t{ty}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("header")
    ap.add_argument("--std", default="c++17")
    ap.add_argument("--clang", default="clang++")
    ap.add_argument("--list", action="store_true")
    args, clang_args = ap.parse_known_args()
    cmd = [args.clang, "-x", "c++-header", f"-std={args.std}", "-fsyntax-only",
           *clang_args, "-Xclang", "-ast-dump=json", args.header]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0 or not proc.stdout:
        sys.stderr.write(proc.stderr.decode(errors="replace")[-4000:])
        print(json.dumps({"callables": None, "error": "does not parse"}))
        return 1
    ast = json.loads(proc.stdout)
    del proc
    walker = Walker(Scope(args.header))
    walker.children(ast.get("inner", []), True, False, "")
    out = {"callables": len(walker.seen), "headers": sorted(walker.files)}
    if args.list:
        out["names"] = walker.names
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
