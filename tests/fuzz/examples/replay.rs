//! Replay a corpus directory through the process_sequences harness, uninstrumented:
//! `cargo run --release --example replay -- DIR [ROUNDS]` prints executions per second.
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("a corpus directory");
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("a readable directory")
        .filter_map(|e| std::fs::read(e.ok()?.path()).ok())
        .collect();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for input in &inputs {
            qb_fuzz::run(input);
            n += 1;
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!("{n} executions in {s:.2} s: {:.0}/s", n as f64 / s);
}
