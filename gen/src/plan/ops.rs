//! The operators bound as Rust trait items or named methods: which
//! operator, in which form, and what the shim and the safe layer call it.

use super::why::OpProblem;

/// How a shim calls a C++ operator: by its exact declaration, so no other
/// overload (or a conversion) is picked instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpForm {
    /// A member: `a.operator+(b)`.
    Member,
    /// A namespace-scope function: `::ns::operator+(a, b)` (`cpp_scope` is its namespace).
    Free,
    /// A friend declared only in a class body, found by argument-dependent lookup: `(a + b)`.
    HiddenFriend,
}

/// An operator mapped to a Rust trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// `operator==` → `PartialEq::eq`.
    Eq,
    /// `operator!=` → `PartialEq::ne`.
    Ne,
    /// `operator<` → `PartialOrd::lt` (and `partial_cmp`).
    Lt,
    /// `operator<=` → `PartialOrd::le`.
    Le,
    /// `operator>` → `PartialOrd::gt`.
    Gt,
    /// `operator>=` → `PartialOrd::ge`.
    Ge,
    /// `operator<=>` → `PartialOrd::partial_cmp` (and `Ord` + `Eq` for a
    /// `std::strong_ordering`); the shim reduces the C++ ordering to an
    /// `i8`: `-1`, `0`, `1`, or `2` for unordered.
    Cmp(crate::ir::Ordering),
    /// `operator<<` to a `std::ostream` → `Display`.
    Display,
    /// A binary operator → its `std::ops` trait on references and values.
    Binary(BinOp),
    /// A compound assignment (`operator+=`) → its `…Assign` trait.
    Assign(BinOp),
    /// Unary `operator-` → `Neg`.
    Neg,
    /// `operator~` → `Not`.
    Not,
    /// `const T& operator[](i) const` of a scalar `T` → `Index`.
    Index,
    /// `T& operator[](i)` of a scalar `T` next to a const twin → `IndexMut`.
    IndexMut,
}

/// How `operator<=>`'s result crosses: an `i8` (`-1`, `0`, `1`; `2` unordered).
pub const ORDERING: super::Scalar = super::Scalar {
    rust: "i8",
    cpp: "std::int8_t",
    exact: true,
};

/// The binary operators of `std::ops`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+` → `Add`.
    Add,
    /// `-` → `Sub`.
    Sub,
    /// `*` → `Mul`.
    Mul,
    /// `/` → `Div`.
    Div,
    /// `%` → `Rem`.
    Rem,
    /// `&` → `BitAnd`.
    BitAnd,
    /// `|` → `BitOr`.
    BitOr,
    /// `^` → `BitXor`.
    BitXor,
    /// `<<` (not to a stream) → `Shl`.
    Shl,
    /// `>>` (not from a stream) → `Shr`.
    Shr,
}

impl BinOp {
    /// The operator from its C++ token (`+`).
    pub fn from_token(t: &str) -> Option<BinOp> {
        Some(match t {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            "%" => BinOp::Rem,
            "&" => BinOp::BitAnd,
            "|" => BinOp::BitOr,
            "^" => BinOp::BitXor,
            "<<" => BinOp::Shl,
            ">>" => BinOp::Shr,
            _ => return None,
        })
    }

    /// The C++ token (`+`).
    pub fn token(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
        }
    }

    /// The `std::ops` trait (`Add`).
    pub fn trait_name(self) -> &'static str {
        match self {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mul => "Mul",
            BinOp::Div => "Div",
            BinOp::Rem => "Rem",
            BinOp::BitAnd => "BitAnd",
            BinOp::BitOr => "BitOr",
            BinOp::BitXor => "BitXor",
            BinOp::Shl => "Shl",
            BinOp::Shr => "Shr",
        }
    }

    /// The trait's method (`add`).
    pub fn method(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "div",
            BinOp::Rem => "rem",
            BinOp::BitAnd => "bitand",
            BinOp::BitOr => "bitor",
            BinOp::BitXor => "bitxor",
            BinOp::Shl => "shl",
            BinOp::Shr => "shr",
        }
    }

    /// The compound assignment's method (`add_assign`).
    pub fn assign_method(self) -> &'static str {
        match self {
            BinOp::Add => "add_assign",
            BinOp::Sub => "sub_assign",
            BinOp::Mul => "mul_assign",
            BinOp::Div => "div_assign",
            BinOp::Rem => "rem_assign",
            BinOp::BitAnd => "bitand_assign",
            BinOp::BitOr => "bitor_assign",
            BinOp::BitXor => "bitxor_assign",
            BinOp::Shl => "shl_assign",
            BinOp::Shr => "shr_assign",
        }
    }
}

impl OpKind {
    /// `operator<=>` comparing two objects of one class (`same`: both
    /// `const T&` of it) and returning a comparison category.
    pub fn three_way(ret: &crate::ir::Type, same: bool) -> Result<OpKind, OpProblem> {
        match ret {
            crate::ir::Type::Std(t) if same => match **t {
                crate::ir::StdType::Ordering(o) => Ok(OpKind::Cmp(o)),
                _ => Err(OpProblem::NoCategory),
            },
            _ => Err(OpProblem::NotThreeWay),
        }
    }

    /// The result is a reference borrowed from the object (`Index`, `IndexMut`).
    pub fn borrows_result(self) -> bool {
        matches!(self, OpKind::Index | OpKind::IndexMut)
    }

    /// The C++ expression calling operator `name` (`operator+`), declared
    /// as `form`, on its operands' expressions; `scope` is a free operator's
    /// qualification (`::ns`).
    pub fn cpp_call(self, form: OpForm, scope: &str, name: &str, operands: &[String]) -> String {
        match form {
            OpForm::HiddenFriend => self.cpp_expr(operands),
            OpForm::Free => format!("{scope}::{name}({})", operands.join(", ")),
            OpForm::Member => {
                let (obj, rest) = operands
                    .split_first()
                    .map_or(("", &[][..]), |(o, r)| (o.as_str(), r));
                format!("{obj}.{name}({})", rest.join(", "))
            }
        }
    }

    /// The C++ expression applying the operator to its operands' expressions.
    pub fn cpp_expr(self, operands: &[String]) -> String {
        let at = |i: usize| operands.get(i).map(String::as_str).unwrap_or_default();
        match self {
            OpKind::Neg => format!("(-{})", at(0)),
            OpKind::Not => format!("(~{})", at(0)),
            OpKind::Index | OpKind::IndexMut => format!("{}[{}]", at(0), at(1)),
            OpKind::Assign(op) => format!("({} {}= {})", at(0), op.token(), at(1)),
            other => format!("({} {} {})", at(0), other.cpp_token(), at(1)),
        }
    }

    /// The C++ operator (`==`).
    pub fn cpp_token(self) -> &'static str {
        match self {
            OpKind::Eq => "==",
            OpKind::Ne => "!=",
            OpKind::Lt => "<",
            OpKind::Le => "<=",
            OpKind::Gt => ">",
            OpKind::Ge => ">=",
            OpKind::Cmp(_) => "<=>",
            OpKind::Display => "<<",
            OpKind::Binary(op) | OpKind::Assign(op) => op.token(),
            OpKind::Neg => "-",
            OpKind::Not => "~",
            OpKind::Index | OpKind::IndexMut => "[]",
        }
    }

    /// The trait item it implements, for messages.
    pub fn trait_item(self) -> String {
        match self {
            OpKind::Eq | OpKind::Ne => format!("PartialEq::{}", self.method()),
            OpKind::Lt | OpKind::Le | OpKind::Gt | OpKind::Ge => {
                format!("PartialOrd::{}", self.method())
            }
            OpKind::Cmp(_) => "PartialOrd::partial_cmp".to_string(),
            OpKind::Display => "Display".to_string(),
            OpKind::Binary(op) => format!("{}::{}", op.trait_name(), op.method()),
            OpKind::Assign(op) => format!("{}Assign::{}", op.trait_name(), op.assign_method()),
            OpKind::Neg => "Neg::neg".to_string(),
            OpKind::Not => "Not::not".to_string(),
            OpKind::Index => "Index::index".to_string(),
            OpKind::IndexMut => "IndexMut::index_mut".to_string(),
        }
    }

    /// The Rust method name (`eq`, `add`, `fmt`), part of the item's Rust path.
    pub fn method(self) -> &'static str {
        match self {
            OpKind::Eq => "eq",
            OpKind::Ne => "ne",
            OpKind::Lt => "lt",
            OpKind::Le => "le",
            OpKind::Gt => "gt",
            OpKind::Ge => "ge",
            OpKind::Cmp(_) => "partial_cmp",
            OpKind::Display => "fmt",
            OpKind::Binary(op) => op.method(),
            OpKind::Assign(op) => op.assign_method(),
            OpKind::Neg => "neg",
            OpKind::Not => "not",
            OpKind::Index => "index",
            OpKind::IndexMut => "index_mut",
        }
    }

    /// The shim's suffix.
    pub fn shim_suffix(self) -> &'static str {
        match self {
            OpKind::Display => "display",
            other => other.method(),
        }
    }
}
