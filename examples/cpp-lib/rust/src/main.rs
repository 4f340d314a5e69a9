//! Uses the example C++ `inventory` library from Rust, with no hand-written
//! bridge and no `unsafe`: everything below goes through the safe API that
//! cxxbind generated from `include/inventory/inventory.h`.
//!
//! Exits non-zero if the library does not behave as documented, so the
//! CMake build registers it as a ctest test.

#[allow(missing_docs, dead_code)]
mod bindings {
    include!(env!("INVENTORY_BINDINGS_RS"));
}

use bindings::inventory::{checksum, format_price, parse_category, Category, Item, Store};
use std::process::ExitCode;

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).into_owned()
}

fn run() -> Result<(), String> {
    let err = |e: cxx::Exception| e.what().to_string();
    println!(
        "inventory library version {}",
        text(Store::version().map_err(err)?)
    );

    let mut store = Store::with_name("workshop").map_err(err)?;
    let hammer = Item::new("H-100", Category::Tool, 3, 19.5).map_err(err)?;
    let bolts = Item::new("B-042", Category::Part, 250, 0.12).map_err(err)?;
    store.add(&hammer).map_err(err)?;
    store.add(&bolts).map_err(err)?;
    // A copy made by the C++ copy constructor is independent of the original.
    let mut spare = hammer.clone();
    spare.restock(2).map_err(err)?;
    if hammer.quantity().map_err(err)? != 3 || spare.quantity().map_err(err)? != 5 {
        return Err("Clone is not an independent copy".into());
    }

    // A C++ exception comes back as an error value.
    match store.add(&hammer) {
        Err(e) => println!("adding H-100 twice fails: {}", e.what()),
        Ok(()) => return Err("duplicate add did not throw".into()),
    }
    // An out-parameter comes back as part of the result.
    let (ok, message) = store.take("B-042", 1000).map_err(err)?;
    println!("taking 1000 bolts: ok={ok}, error={:?}", text(message));
    if ok {
        return Err("taking more than in stock succeeded".into());
    }
    let (ok, _) = store.take("B-042", 50).map_err(err)?;
    if !ok || store.quantity_of("B-042").map_err(err)? != 200 {
        return Err("take did not update the stock".into());
    }

    print!("{}", text(store.report().map_err(err)?));
    let total = store.total_value();
    println!("total value: {}", text(format_price(total).map_err(err)?));
    if (total - (3.0 * 19.5 + 200.0 * 0.12)).abs() > 1e-9 {
        return Err(format!("unexpected total {total}"));
    }

    let (category, ok) = parse_category("consumable").map_err(err)?;
    if !ok || category != Category::Consumable {
        return Err("parse_category failed".into());
    }
    // Any bytes, not only UTF-8, cross as a slice.
    let sum = checksum([0xffu8, 0x00, 0x80]).map_err(err)?;
    println!("checksum of ff 00 80: {sum}");
    if sum != 0xff + 0x80 {
        return Err(format!("unexpected checksum {sum}"));
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => {
            println!("inventory demo: all checks passed");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("inventory demo failed: {e}");
            ExitCode::FAILURE
        }
    }
}
