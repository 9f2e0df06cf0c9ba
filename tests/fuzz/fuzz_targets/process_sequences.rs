//! Random sequences of steps — people of the seeded directory taking actions of the
//! catalog on the cases the store holds, with valid and invalid values, and the clock
//! moving on so that timers fire — run natively through the plugin's in-memory host,
//! with the process's invariants checked after every step. See `src/lib.rs`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| qb_fuzz::run(data));
