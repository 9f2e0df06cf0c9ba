//! Arbitrary bytes → the provincial exchange readers of host-sim (第十一条): decoding
//! (UTF-8 with or without BOM, GBK, GB18030) and parsing into the plain model, with no
//! database. Nothing may panic; a refusal names a line and column inside the file; a
//! file that is read writes back (`write_*`) to a file that reads the same.

#![no_main]

// host-sim's exchange module is pure (quick-xml and encoding_rs, no `crate::` paths),
// so it is compiled here from its own source, as host-sim shares plugin files, instead
// of depending on host-sim and with it wasmtime and SQLite. The writers and some
// helpers are only used by host-sim's CLI, hence `dead_code` and `unused_imports`.
#[allow(dead_code, unused_imports)]
#[path = "../../../host-sim/src/exchange/mod.rs"]
mod exchange;

use exchange::{
    ExchangeError, Expect, parse_provincial_round_placed, parse_recommendation,
    write_provincial_round, write_recommendation,
};
use libfuzzer_sys::fuzz_target;

/// A refusal points into the file: line 1.. and column 1.., lines no more than the
/// file's line breaks allow.
fn placed(data: &[u8], e: &ExchangeError) {
    assert!(e.line >= 1 && e.column >= 1, "{e}");
    let lines = data.iter().filter(|b| **b == b'\n').count() + 1;
    assert!(
        e.line as usize <= lines,
        "{e} but the file has {lines} lines"
    );
    assert!(!e.reason.is_empty());
}

fuzz_target!(|data: &[u8]| {
    let expect = Expect::year(2026);
    match parse_provincial_round_placed(data, &expect) {
        Ok((round, places)) => {
            assert_eq!(places.len(), round.applicants.len());
            let again = parse_provincial_round_placed(&write_provincial_round(&round), &expect)
                .map(|(r, _)| r);
            assert_eq!(
                again.as_ref(),
                Ok(&round),
                "a read round does not write back"
            );
        }
        Err(e) => placed(data, &e),
    }
    match parse_recommendation(data, &expect) {
        Ok(rec) => {
            let again = parse_recommendation(&write_recommendation(&rec), &expect);
            assert_eq!(
                again.as_ref(),
                Ok(&rec),
                "a read recommendation does not write back"
            );
        }
        Err(e) => placed(data, &e),
    }
});
