//! Operators mapped to Rust traits (docs/strategy.md, "Operators"):
//! comparisons → `PartialEq`/`PartialOrd`, `<<` to a `std::ostream` →
//! `Display`, arithmetic and bitwise operators → `std::ops` (`Add` …, `Neg`,
//! `Not` from `~`), compound assignments → `…Assign`, `[]` of a scalar
//! reference → `Index`/`IndexMut`. Each is one plan ([`CallKind::Operator`])
//! whose arguments are the operands, object first.
//!
//! Member operators with no trait of their own are bound as named methods
//! ([`as_method`], [`method_name`]): `()` → `call`, prefix `++`/`--` →
//! `inc`/`dec`, `!` → `logical_not`, any other `[]` → `get`, conversion
//! operators → `as_bool` / `to_<type>`.

use crate::analysis::context::Context;
use crate::analysis::core::naming;
use crate::analysis::core::results::map_ret;
use crate::analysis::core::signature::{borrowing_result, class_path};
use crate::analysis::core::types::scalar;
use crate::ir::cpp_spelling;
use crate::ir::{Function, Item, Method, MethodKind, Signature, Type};
use crate::plan::*;
use crate::plan::{Arg, ArgKind, BinOp, CallKind, FnBinding, OpForm, OpKind, RetKind, Scalar};
use crate::plan::{OpProblem, Skip, Why};
use std::borrow::Cow;

/// The object of a member operator.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// Its class.
    pub class: ClassId,
    /// A `const` member.
    pub is_const: bool,
    /// For `operator[]`: the result type of a `const` twin taking the same parameters.
    pub const_twin: Option<&'a Type>,
}

/// Where a free operator is declared.
#[derive(Debug, Clone, Copy)]
pub struct Free<'a> {
    /// Its namespace.
    pub scope: &'a [String],
    /// How the shim calls it.
    pub form: OpForm,
}

/// An operator as declared, which every plan made of it names.
#[derive(Debug, Clone, Copy)]
struct Declared<'a> {
    /// Its C++ name (`operator==`).
    op: &'a str,
    /// A member operator's object (`Ok`) or where a free operator is declared (`Err`).
    decl: Result<Member<'a>, Free<'a>>,
    /// Its C++ result type.
    ret: &'a Type,
    /// The decision it answers.
    decision: DecisionId,
}

/// One operand.
#[derive(Debug, Clone, Copy)]
enum Operand {
    /// An object of a bound, owned class, by reference.
    Class { class: ClassId, is_const: bool },
    /// A scalar, by value or `const&`.
    Scalar(Scalar),
}

/// The member operators bound as named methods rather than trait items.
pub fn as_method(op: &str, params: &[Type]) -> bool {
    match op {
        "operator()" | "operator!" => true,
        "operator++" | "operator--" => params.is_empty(),
        _ => false,
    }
}

/// The base name of a member operator or conversion bound as a method.
pub fn method_name(b: &Bindings, f: &FnBinding) -> Option<String> {
    Some(match f.cpp_name.as_str() {
        "operator()" => "call".to_string(),
        "operator++" => "inc".to_string(),
        "operator--" => "dec".to_string(),
        "operator!" => "logical_not".to_string(),
        "operator[]" => "get".to_string(),
        // Copy assignment is `assign_from`; a converting one `assign`.
        "operator=" => match f.args.first().map(|a| &a.kind) {
            Some(ArgKind::Object { class, .. } | ArgKind::SameBorrows { class })
                if Some(*class) == f.kind.class() =>
            {
                "assign_from".to_string()
            }
            _ => "assign".to_string(),
        },
        name if name.starts_with("operator ") => match &f.ret {
            RetKind::Scalar(s) if s.rust == "bool" => "as_bool".to_string(),
            RetKind::Scalar(s) => format!("to_{}", s.rust),
            RetKind::String => "to_bytes".to_string(),
            RetKind::Object { class, .. } => {
                format!("to_{}", naming::snake(&b.class(*class).rust_name))
            }
            RetKind::Enum { cpp, .. } => {
                let last = cpp.rsplit("::").next().unwrap_or(cpp);
                format!("to_{}", naming::snake(last))
            }
            RetKind::CStr => "to_c_str".to_string(),
            _ => "to_value".to_string(),
        },
        _ => return None,
    })
}

/// The name a shim calls a member by: a conversion operator is spelled with
/// its full target type (`operator ::std::string`), which libclang's
/// spelling (`operator basic_string`) is not.
pub fn callee_name(m: &Method) -> String {
    match m.kind {
        MethodKind::Conversion { .. } => format!("operator {}", cpp_spelling(&m.sig.ret)),
        _ => m.name.clone(),
    }
}

/// `T& operator=(const T&)` of class `qualified`: the copy assignment.
pub fn is_copy_assignment(m: &Method, qualified: &str) -> bool {
    m.name == "operator="
        && matches!(
            m.sig.params.as_slice(),
            [p] if matches!(&p.ty, Type::Ref { pointee, is_const: true }
                if matches!(&**pointee, Type::Record { name } if name == qualified))
        )
}

/// `operator=` from one value of another type than the class (not a copy
/// or move assignment, not from an rvalue reference).
pub fn is_converting_assignment(m: &Method, qualified: &str) -> bool {
    let own = |t: &Type| matches!(t, Type::Record { name } if name == qualified);
    m.name == "operator="
        && match m.sig.params.as_slice() {
            [p] => match &p.ty {
                Type::Ref { pointee, .. } => !own(pointee),
                Type::RvalueRef { .. } => false,
                other => !own(other),
            },
            _ => false,
        }
}

/// The signature a member is bound with: prefix `++`/`--` and assignments
/// returning a reference to the object (`*this`) are bound returning nothing.
pub fn method_sig(m: &Method) -> Cow<'_, Signature> {
    let self_ref =
        matches!(&m.sig.ret, Type::Ref { pointee, .. } if matches!(**pointee, Type::Record { .. }));
    if matches!(m.name.as_str(), "operator++" | "operator--" | "operator=") && self_ref {
        Cow::Owned(Signature {
            ret: Type::Void,
            ..m.sig.clone()
        })
    } else {
        Cow::Borrowed(&m.sig)
    }
}

/// Decides an operator bound as a trait item. `decl` is a member operator's
/// object (`Ok`) or where a free operator is declared (`Err`); a free
/// operator's left operand is its first parameter.
pub fn decide(
    cx: &mut Context,
    op: &str,
    decl: Result<Member, Free>,
    params: &[Type],
    ret: &Type,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let token = op.strip_prefix("operator").unwrap_or(op);
    let member = decl.ok();
    let declared = Declared {
        op,
        decl,
        ret,
        decision,
    };
    // The operands in C++ order: a member's object first.
    let mut operands: Vec<Option<Operand>> = Vec::new();
    if let Some(m) = member {
        operands.push(Some(Operand::Class {
            class: m.class,
            is_const: m.is_const,
        }));
    }
    operands.extend(params.iter().map(|t| operand(cx, t)));
    let skip = |problem: OpProblem| Err(operator_skip(op, problem));
    if token == "=" {
        return skip(OpProblem::Assignment);
    }
    // `2.0 * v`: a scalar on the left of a binary operator whose right operand
    // is an object; the trait is implemented on the scalar type.
    if let (
        Some(Some(Operand::Scalar(_))),
        Some(Some(Operand::Class {
            class,
            is_const: true,
        })),
    ) = (operands.first(), operands.get(1))
    {
        if let (Some(bin), 2) = (BinOp::from_token(token), operands.len()) {
            return push(cx, declared, *class, OpKind::Binary(bin), &operands);
        }
    }
    let lhs = match operands.first() {
        Some(Some(Operand::Class { class, is_const })) => (*class, *is_const),
        Some(_) => return skip(OpProblem::NoObjectOnLeft),
        None => return skip(OpProblem::NoOperands),
    };
    let rhs = operands.get(1).copied();
    if operands.len() == 2 && rhs.flatten().is_none() {
        return skip(OpProblem::BadRightOperand);
    }
    let rhs = rhs.flatten();
    let kind = match (token, operands.len()) {
        ("==" | "!=" | "<" | "<=" | ">" | ">=", 2) => {
            let same = matches!(rhs, Some(Operand::Class { class, .. }) if class == lhs.0);
            if !(same && lhs.1 && *ret == Type::Bool) {
                return skip(OpProblem::NotComparison);
            }
            match token {
                "==" => OpKind::Eq,
                "!=" => OpKind::Ne,
                "<" => OpKind::Lt,
                "<=" => OpKind::Le,
                ">" => OpKind::Gt,
                _ => OpKind::Ge,
            }
        }
        ("<=>", 2) => {
            let same = matches!(rhs, Some(Operand::Class { class, .. }) if class == lhs.0);
            OpKind::three_way(ret, same && lhs.1).map_err(|problem| operator_skip(op, problem))?
        }
        ("++" | "--", 2) => return skip(OpProblem::Postfix),
        ("-", 1) => OpKind::Neg,
        ("~", 1) => OpKind::Not,
        ("[]", 2) => index_kind(member, rhs, ret).map_err(|problem| operator_skip(op, problem))?,
        (t, 2) if t.ends_with('=') && BinOp::from_token(&t[..t.len() - 1]).is_some() => {
            if lhs.1 {
                return skip(OpProblem::AssignsConst);
            }
            OpKind::Assign(BinOp::from_token(&t[..t.len() - 1]).unwrap_or(BinOp::Add))
        }
        (t, 2) if BinOp::from_token(t).is_some() => {
            if !lhs.1 {
                return skip(OpProblem::ReadsMutably);
            }
            OpKind::Binary(BinOp::from_token(t).unwrap_or(BinOp::Add))
        }
        _ => {
            return skip(OpProblem::NoTrait {
                operands: operands.len(),
            })
        }
    };
    push(cx, declared, lhs.0, kind, &operands)
}

/// Pushes the plan of operator `declared` implementing `kind` on `class`'s safe type.
fn push(
    cx: &mut Context,
    declared: Declared,
    class: ClassId,
    kind: OpKind,
    operands: &[Option<Operand>],
) -> Result<Status, Skip> {
    let Declared {
        op,
        decl,
        ret,
        decision,
    } = declared;
    let skip = |problem: OpProblem| Err(operator_skip(op, problem));
    let (form, scope) = match decl {
        Ok(_) => (OpForm::Member, None),
        Err(free) => (free.form, Some(free.scope.to_vec())),
    };
    let want = CallKind::Operator {
        class,
        op: kind,
        form,
    };
    let kinds = |args: &[Arg]| args.iter().map(|a| a.kind.clone()).collect::<Vec<_>>();
    let args: Vec<Arg> = operands
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, o)| operand_arg(cx, i, *o, kind))
        .collect();
    let mine = kinds(&args);
    if cx
        .bindings()
        .functions
        .iter()
        .any(|f| same_trait(f.kind, want) && kinds(&f.args) == mine)
    {
        return skip(OpProblem::Duplicate {
            trait_item: kind.trait_item(),
        });
    }
    let ret_kind = result(cx, kind, ret).map_err(|problem| operator_skip(op, problem))?;
    let c = cx.bindings().class(class).clone();
    let ffi_name = cx.names.ffi_value(
        &format!("cxxbind_{}_{}", c.flat_name(), kind.shim_suffix()),
        "",
    );
    // `Display` turns a C++ exception into `fmt::Error`; every other trait
    // method cannot fail, so its shim is `noexcept` (a throw aborts, as `Clone`).
    let throws = kind == OpKind::Display;
    let rust_path = format!("{}::{}", class_path(cx.bindings(), class), kind.method());
    cx.push_fn(FnBinding {
        decision: Some(decision),
        cpp_name: op.to_string(),
        cpp_scope: scope.unwrap_or_else(|| c.cpp_scope.clone()),
        kind: want,
        ffi_name,
        direct: false,
        args,
        ret: ret_kind,
        throws,
        module: c.module.clone(),
        rust_name: kind.method().to_string(),
        doc: None,
        defaults: Vec::new(),
        assumes: Vec::new(),
        busy: Vec::new(),
        keeps_args: false,
    });
    Ok(Status::Bound {
        via: Via::Shim,
        rust_path,
    })
}

/// `Display` from a free `std::ostream& operator<<(std::ostream&, const T&)`,
/// tried before `<<` as a shift.
pub fn decide_free(
    cx: &mut Context,
    item: &Item,
    f: &Function,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let op = item.name.as_str();
    let params: Vec<Type> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let form = if f.hidden_friend {
        OpForm::HiddenFriend
    } else {
        OpForm::Free
    };
    let free = Free {
        scope: &item.scope,
        form,
    };
    match (op, params.as_slice()) {
        ("operator<<", [os, value]) if is_ostream(os) => {
            let Some(Operand::Class {
                class,
                is_const: true,
            }) = operand(cx, value)
            else {
                return Err(operator_skip(op, OpProblem::DisplayOperand));
            };
            push_display(cx, op, class, free, decision)
        }
        (_, [first, ..]) if is_ostream(first) => Err(operator_skip(op, OpProblem::OstreamNotShift)),
        _ => decide(cx, op, Err(free), &params, &f.sig.ret, decision),
    }
}

/// `Display` on `class` from `operator<<` declared as `free` says. A hidden
/// friend is found by argument-dependent lookup (`os << value`); any other
/// declaration is called by its qualified name (`::operator<<(os, value)`),
/// so one declared outside the class's namespace (at global scope, for a
/// namespaced class) is found too.
fn push_display(
    cx: &mut Context,
    op: &str,
    class: ClassId,
    free: Free,
    decision: DecisionId,
) -> Result<Status, Skip> {
    let want = CallKind::Operator {
        class,
        op: OpKind::Display,
        form: free.form,
    };
    if cx
        .bindings()
        .functions
        .iter()
        .any(|f| same_trait(f.kind, want))
    {
        return Err(Skip::new(Why::DisplayTaken));
    }
    let c = cx.bindings().class(class).clone();
    let ffi_name = cx
        .names
        .ffi_value(&format!("cxxbind_{}_display", c.flat_name()), "");
    let arg = operand_arg(
        cx,
        0,
        Operand::Class {
            class,
            is_const: true,
        },
        OpKind::Display,
    );
    let cpp_scope = match free.form {
        OpForm::Free => free.scope.to_vec(),
        OpForm::HiddenFriend | OpForm::Member => c.cpp_scope.clone(),
    };
    cx.push_fn(FnBinding {
        decision: Some(decision),
        cpp_name: op.to_string(),
        cpp_scope,
        kind: want,
        ffi_name,
        direct: false,
        args: vec![Arg {
            name: "value".into(),
            ..arg
        }],
        ret: RetKind::String,
        throws: true,
        module: c.module.clone(),
        rust_name: "fmt".into(),
        doc: None,
        defaults: Vec::new(),
        assumes: Vec::new(),
        busy: Vec::new(),
        keeps_args: false,
    });
    Ok(Status::Bound {
        via: Via::Shim,
        rust_path: format!("{}::fmt", class_path(cx.bindings(), class)),
    })
}

/// The skip of operator `op` (`operator+`) for `problem`.
fn operator_skip(op: &str, problem: OpProblem) -> Skip {
    Skip::new(Why::Operator {
        op: op.to_string(),
        problem,
    })
}

/// Two plans implement the same trait item of the same class.
fn same_trait(a: CallKind, b: CallKind) -> bool {
    matches!((a, b), (CallKind::Operator { class: c1, op: o1, .. }, CallKind::Operator { class: c2, op: o2, .. }) if c1 == c2 && o1 == o2)
}

/// `Index` for a `const` member returning a reference to a scalar,
/// `IndexMut` for a non-`const` one returning `T&` whose `const` twin is an
/// `Index` of the same scalar (Rust's `IndexMut` needs `Index`).
fn index_kind(
    member: Option<Member>,
    rhs: Option<Operand>,
    ret: &Type,
) -> Result<OpKind, OpProblem> {
    let Some(m) = member else {
        return Err(OpProblem::IndexNotMember);
    };
    if !matches!(rhs, Some(Operand::Scalar(_))) {
        return Err(OpProblem::IndexNotScalar);
    }
    let Type::Ref { pointee, is_const } = ret else {
        return Err(OpProblem::IndexNoReference);
    };
    if !scalar(pointee).is_some_and(|s| s.exact) {
        return Err(OpProblem::IndexNonScalarRef);
    }
    if m.is_const {
        return Ok(OpKind::Index);
    }
    let twin_ok =
        matches!(m.const_twin, Some(Type::Ref { pointee: p, is_const: true }) if p == pointee);
    if !*is_const && twin_ok {
        Ok(OpKind::IndexMut)
    } else {
        Err(OpProblem::NoConstTwin)
    }
}

/// The result of a trait operator.
fn result(cx: &Context, kind: OpKind, ret: &Type) -> Result<RetKind, OpProblem> {
    let bool_ret = RetKind::Scalar(Scalar {
        rust: "bool",
        cpp: "bool",
        exact: true,
    });
    match kind {
        OpKind::Eq | OpKind::Ne | OpKind::Lt | OpKind::Le | OpKind::Gt | OpKind::Ge => Ok(bool_ret),
        OpKind::Cmp(_) => Ok(RetKind::Scalar(crate::plan::ops::ORDERING)),
        OpKind::Display => Ok(RetKind::String),
        // The object is assigned in place; what `+=` returns is not needed.
        OpKind::Assign(_) => Ok(RetKind::Void),
        OpKind::Index | OpKind::IndexMut => match ret {
            Type::Ref { pointee, .. } => scalar(pointee)
                .map(RetKind::Scalar)
                .ok_or(OpProblem::ResultNonScalarRef),
            _ => Err(OpProblem::ResultNoReference),
        },
        OpKind::Binary(_) | OpKind::Neg | OpKind::Not => {
            let r = map_ret(ret, "", &cx.env, &[], false)
                .map_err(|s| OpProblem::Result(Box::new(s.why)))?;
            if let Some(s) = borrowing_result(cx.bindings(), &r, false) {
                return Err(OpProblem::Result(Box::new(s.why)));
            }
            match r {
                RetKind::Scalar(_) => Ok(r),
                RetKind::Object { class, .. } if cx.bindings().class(class).owned => Ok(r),
                _ => Err(OpProblem::NotOutput),
            }
        }
    }
}

/// The plan argument for operand `i`.
fn operand_arg(cx: &Context, i: usize, o: Operand, kind: OpKind) -> Arg {
    let name = ["a", "b"].get(i).copied().unwrap_or("c").to_string();
    match o {
        Operand::Class { class, is_const } => {
            // Only the assigned object of a compound assignment or `IndexMut` is mutable.
            let mutable =
                !is_const && i == 0 && matches!(kind, OpKind::Assign(_) | OpKind::IndexMut);
            let cpp = cx.bindings().class(class).cpp_qualified();
            let name_copy = name.clone();
            let cpp_type = if mutable {
                format!("{cpp}&")
            } else {
                format!("const {cpp}&")
            };
            Arg {
                name,
                kind: ArgKind::Object {
                    cpp,
                    class,
                    mutable,
                    pointer: false,
                },
                cpp_index: i,
                cpp_count: 1,
                cpp_type,
                cpp_names: vec![name_copy],
                assumes: Vec::new(),
            }
        }
        Operand::Scalar(s) => Arg {
            cpp_names: vec![name.clone()],
            name,
            kind: ArgKind::Scalar(Scalar { exact: false, ..s }),
            cpp_index: i,
            cpp_count: 1,
            cpp_type: s.cpp.to_string(),
            assumes: Vec::new(),
        },
    }
}

/// A `std::ostream&` parameter.
fn is_ostream(t: &Type) -> bool {
    matches!(t, Type::Ref { pointee, is_const: false }
        if matches!(&**pointee, Type::Unsupported { spelling, .. } if spelling.contains("ostream")))
}

/// What an operand is: a bound, owned class by reference, or a scalar.
fn operand(cx: &Context, ty: &Type) -> Option<Operand> {
    if let Some(s) = scalar(ty) {
        return Some(Operand::Scalar(s));
    }
    match ty {
        Type::Ref { pointee, is_const } => match &**pointee {
            Type::Record { name } => cx
                .env
                .classes
                .get(name)
                .copied()
                .filter(|&c| cx.bindings().class(c).owned)
                .map(|class| Operand::Class {
                    class,
                    is_const: *is_const,
                }),
            t if *is_const => scalar(t).map(Operand::Scalar),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn shims_call_the_exact_declaration() {
        let add = OpKind::Binary(BinOp::Add);
        let ab = ops(&["a", "b"]);
        assert_eq!(
            add.cpp_call(OpForm::Member, "", "operator+", &ab),
            "a.operator+(b)"
        );
        assert_eq!(
            add.cpp_call(OpForm::Free, "::ns", "operator+", &ab),
            "::ns::operator+(a, b)"
        );
        assert_eq!(
            add.cpp_call(OpForm::HiddenFriend, "::ns", "operator+", &ab),
            "(a + b)"
        );
        let neg = OpKind::Neg;
        assert_eq!(
            neg.cpp_call(OpForm::Member, "", "operator-", &ops(&["a"])),
            "a.operator-()"
        );
        assert_eq!(neg.cpp_expr(&ops(&["a"])), "(-a)");
        assert_eq!(OpKind::Index.cpp_expr(&ab), "a[b]");
        assert_eq!(OpKind::Assign(BinOp::Shl).cpp_expr(&ab), "(a <<= b)");
    }

    #[test]
    fn every_binary_operator_round_trips_through_its_token() {
        for t in ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"] {
            let op = BinOp::from_token(t).expect(t);
            assert_eq!(op.token(), t);
            assert_eq!(op.assign_method(), format!("{}_assign", op.method()));
            assert_eq!(op.trait_name().to_lowercase(), op.method());
        }
        for t in ["&&", "||", "=", "<=>", "->", ","] {
            assert_eq!(BinOp::from_token(t), None, "{t}");
        }
    }

    #[test]
    fn named_member_operators() {
        assert!(as_method(
            "operator()",
            &[Type::Int {
                kind: crate::ir::IntKind::Int,
                alias: None
            }]
        ));
        assert!(as_method("operator++", &[]));
        assert!(
            !as_method(
                "operator++",
                &[Type::Int {
                    kind: crate::ir::IntKind::Int,
                    alias: None
                }]
            ),
            "postfix is not a method"
        );
        assert!(!as_method("operator+", &[]));
    }
}
