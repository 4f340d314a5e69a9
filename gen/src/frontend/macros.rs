//! Object-like macros whose value is one literal (`#define VERSION 3`).

use crate::ir::{ConstValue, Constant, Type};

/// Reads `NAME [(] [-] LITERAL [)]` token lists: numbers, character and
/// string literals (adjacent strings concatenate), `true`/`false`. Anything
/// else is not a constant. A literal whose value cxxbind cannot represent
/// (a wide string, a non-UTF-8 string) is still a constant, with no value.
pub fn literal_constant(tokens: &[String]) -> Option<Constant> {
    let mut body: Vec<&str> = tokens.iter().skip(1).map(String::as_str).collect();
    while body.first() == Some(&"(") && body.last() == Some(&")") && body.len() >= 3 {
        body = body[1..body.len() - 1].to_vec();
    }
    if body.is_empty() {
        return None;
    }
    if body.iter().all(|t| string_literal(t).is_some()) {
        let plain: Option<String> = body
            .iter()
            .map(|t| match string_literal(t) {
                Some(("", inner)) => unescape(inner),
                _ => None,
            })
            .collect();
        return Some(Constant {
            ty: Type::Pointer {
                pointee: Box::new(Type::Char),
                is_const: true,
            },
            value: plain.map(ConstValue::Str),
            from_macro: true,
        });
    }
    let (negative, lit) = match body.as_slice() {
        [lit] => (false, *lit),
        ["-", lit] => (true, *lit),
        _ => return None,
    };
    match lit {
        "true" | "false" if !negative => {
            return Some(Constant {
                ty: Type::Bool,
                value: Some(ConstValue::Int(i64::from(lit == "true"))),
                from_macro: true,
            })
        }
        _ => {}
    }
    if let Some(prefix_end) = lit.find('\'') {
        let prefix = &lit[..prefix_end];
        if matches!(prefix, "L" | "u8" | "u" | "U") && lit.ends_with('\'') {
            // A wide or Unicode character: a constant, of a type not mapped yet.
            return Some(Constant {
                ty: Type::Unsupported {
                    spelling: lit.to_string(),
                    what: "wide character literal".to_string(),
                },
                value: None,
                from_macro: true,
            });
        }
    }
    if let Some(inner) = lit.strip_prefix('\'').and_then(|l| l.strip_suffix('\'')) {
        let value = unescape(inner)
            .filter(|s| s.chars().count() == 1 && s.is_ascii())
            .map(|s| {
                let v = i64::from(s.as_bytes()[0]);
                ConstValue::Int(if negative { -v } else { v })
            });
        return Some(Constant {
            ty: Type::Char,
            value,
            from_macro: true,
        });
    }
    if lit.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Some(parse_number(lit, negative).unwrap_or(Constant {
            ty: Type::Unsupported {
                spelling: lit.to_string(),
                what: "numeric literal".to_string(),
            },
            value: None,
            from_macro: true,
        }));
    }
    None
}

/// `("", inner)` for `"inner"`, `("L", inner)` for `L"inner"` (and `u8`, `u`, `U`).
fn string_literal(token: &str) -> Option<(&str, &str)> {
    let quote = token.find('"')?;
    let (prefix, rest) = token.split_at(quote);
    if !matches!(prefix, "" | "L" | "u8" | "u" | "U") || rest.len() < 2 || !rest.ends_with('"') {
        return None;
    }
    Some((prefix, &rest[1..rest.len() - 1]))
}

fn parse_number(lit: &str, negative: bool) -> Option<Constant> {
    let lower = lit.to_ascii_lowercase();
    let is_hex = lower.starts_with("0x");
    let looks_float = !is_hex && (lower.contains('.') || lower.contains('e'));
    if looks_float {
        let trimmed = lower.trim_end_matches(['f', 'l']);
        let v: f64 = trimmed.parse().ok()?;
        let ty = if lower.ends_with('f') {
            Type::Float
        } else {
            Type::Double
        };
        return Some(Constant {
            ty,
            value: Some(ConstValue::Float(if negative { -v } else { v })),
            from_macro: true,
        });
    }
    let digits = lower.trim_end_matches(['u', 'l']);
    let suffix = &lower[digits.len()..];
    let unsigned = suffix.contains('u');
    let long_long = suffix.matches('l').count() == 2;
    let digits = digits.replace('\'', "");
    let v = if let Some(hex) = digits.strip_prefix("0x") {
        u64::from_str_radix(hex, 16).ok()?
    } else if let Some(bin) = digits.strip_prefix("0b") {
        u64::from_str_radix(bin, 2).ok()?
    } else if digits.len() > 1 && digits.starts_with('0') {
        u64::from_str_radix(&digits[1..], 8).ok()?
    } else {
        digits.parse::<u64>().ok()?
    };
    let value = if negative {
        ConstValue::Int(0i64.checked_sub_unsigned(v)?)
    } else {
        i64::try_from(v).map_or(ConstValue::UInt(v), ConstValue::Int)
    };
    Some(Constant {
        ty: super::var::literal_int_type(unsigned, long_long),
        value: Some(value),
        from_macro: true,
    })
}

/// Simple C escapes; a literal with others is not taken as a constant.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            '0' => out.push('\0'),
            'r' => out.push('\r'),
            '?' => out.push('?'),
            'a' => out.push('\u{7}'),
            _ => return None,
        }
    }
    Some(out)
}

/// A name reserved to the implementation (`__X`, `_X`): never the library's.
pub fn is_reserved(name: &str) -> bool {
    name.starts_with("__")
        || (name.starts_with('_') && name[1..].starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The `#undef NAME` lines of a source text: (name, 1-based line).
pub fn undefs(text: &str) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("undef") else {
            continue;
        };
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && rest.starts_with(char::is_whitespace) {
            out.push((name, u32::try_from(i + 1).unwrap_or(u32::MAX)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(tokens: &[&str]) -> Option<ConstValue> {
        let t: Vec<String> = tokens.iter().map(|s| s.to_string()).collect();
        literal_constant(&t).and_then(|c| c.value)
    }

    #[test]
    fn literals() {
        assert_eq!(value(&["V", "3"]), Some(ConstValue::Int(3)));
        assert_eq!(
            value(&["V", "(", "-", "42", ")"]),
            Some(ConstValue::Int(-42))
        );
        assert_eq!(value(&["V", "0x10u"]), Some(ConstValue::Int(16)));
        assert_eq!(value(&["V", "010"]), Some(ConstValue::Int(8)));
        assert_eq!(
            value(&["V", "18446744073709551615ULL"]),
            Some(ConstValue::UInt(u64::MAX))
        );
        assert_eq!(value(&["V", "1.5f"]), Some(ConstValue::Float(1.5)));
        assert_eq!(
            value(&["V", "\"a\\n\""]),
            Some(ConstValue::Str("a\n".into()))
        );
    }

    #[test]
    fn literals_without_a_representable_value_still_count() {
        let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let wide = literal_constant(&t(&["V", "L\"w\""])).expect("a constant");
        assert_eq!(wide.value, None);
        let odd = literal_constant(&t(&["V", "\"h\\xffllo\""])).expect("a constant");
        assert_eq!(odd.value, None);
    }

    #[test]
    fn reserved_names_and_undefs() {
        assert!(is_reserved("__STDC_LIMIT_MACROS") && is_reserved("_GNU_SOURCE"));
        assert!(!is_reserved("LZMA_H") && !is_reserved("_x") && !is_reserved("X__Y"));
        let text = "#define A 1\n# undef A\n#undefine B\n  #undef\tC // gone\n";
        assert_eq!(undefs(text), [("A".to_string(), 2), ("C".to_string(), 4)]);
    }

    #[test]
    fn non_literals_are_not_constants() {
        assert_eq!(value(&["GUARD_H"]), None);
        assert_eq!(value(&["V", "A", "+", "1"]), None);
        assert_eq!(value(&["V", "sizeof", "(", "int", ")"]), None);
    }
}
