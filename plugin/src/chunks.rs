//! Batch steps over a whole round — seating the panel, concluding the round — handle at
//! most [`CHUNK`] applications per call and ask the host's timers to carry on (ADR 3).
//!
//! The call that starts such a step takes the first chunk of the round itself, so a
//! small round is done at once. What is left goes on **district by district**: each
//! district with applications left gets a timer on its next one, and that timer's call
//! takes the next chunk of that district only. A district's chunk writes nothing that
//! another district's chunk reads, so a host may decide the sixteen districts' chunks
//! side by side and commit them together (ADR 14); one chunk after another across the
//! whole round, every chunk would read what the one before it wrote.

use crate::case::batch_id;
use crate::contract::{CaseKind, CaseSummary};
use crate::decide::{filter, summaries_at};
use crate::district::DISTRICTS;
use crate::effects::Effects;
use crate::host::Host;
use crate::stage::AppStage;

/// Applications handled per call, so a round of thousands never runs into one call's
/// deadline or memory limit.
pub const CHUNK: usize = 200;

/// A batch step carried on in chunks: the stage it takes applications from, and the key
/// of the timer that carries it on.
#[derive(Debug, Clone, Copy)]
pub struct Chunked {
    pub stage: AppStage,
    pub timer: &'static str,
}

impl Chunked {
    /// The first chunk of the round, for the call that starts the step; the timers that
    /// carry on with the rest are set in `fx`.
    pub fn first(&self, host: &dyn Host, year: u16, fx: &mut Effects) -> Vec<CaseSummary> {
        let taken = summaries_at(host, year, &[self.stage], Some(CHUNK as u32));
        if taken.len() == CHUNK {
            self.carry_on_by_district(host, year, &taken, fx);
        }
        taken
    }

    /// The next chunk of `district`, for the call of a timer on one of its applications.
    pub fn next_in_district(
        &self,
        host: &dyn Host,
        year: u16,
        district: &str,
        fx: &mut Effects,
    ) -> Vec<CaseSummary> {
        let left = host.query_cases(
            &filter(CaseKind::Application, year, &[self.stage], Some(district)),
            Some(CHUNK as u32 + 1),
        );
        self.chunk_of(host, left, |next| next.id.clone(), fx)
    }

    /// The next chunk of the whole round, for the call of a timer on the batch: set by
    /// builds before district chunks, and when an application's district is not one of
    /// the sixteen (validation allows none; this keeps such a case from waiting forever).
    pub fn next_in_round(&self, host: &dyn Host, year: u16, fx: &mut Effects) -> Vec<CaseSummary> {
        let left = summaries_at(host, year, &[self.stage], Some(CHUNK as u32 + 1));
        self.chunk_of(host, left, |_| batch_id(year), fx)
    }

    /// The first `CHUNK` of `left` (up to one more, read to know whether any remain); if
    /// one remains, the timer that carries on, on the case `on` names for it.
    fn chunk_of(
        &self,
        host: &dyn Host,
        mut left: Vec<CaseSummary>,
        on: impl FnOnce(&CaseSummary) -> String,
        fx: &mut Effects,
    ) -> Vec<CaseSummary> {
        if let Some(next) = left.get(CHUNK) {
            fx.timer(&on(next), self.timer, host.now());
        }
        left.truncate(CHUNK);
        left
    }

    /// A timer on each district's next application after `taken` (the first chunk, still
    /// at the stage while this call decides: the host applies its outcome afterwards).
    fn carry_on_by_district(
        &self,
        host: &dyn Host,
        year: u16,
        taken: &[CaseSummary],
        fx: &mut Effects,
    ) {
        let at_stage = |district| filter(CaseKind::Application, year, &[self.stage], district);
        let mut in_districts = 0;
        for d in &DISTRICTS {
            let taken_here = taken
                .iter()
                .filter(|s| s.district.as_deref() == Some(d.code))
                .count();
            let here = at_stage(Some(d.code));
            let left = host.count_cases(&here) as usize;
            in_districts += left;
            if left > taken_here {
                // The district's first `taken_here` by id are the ones taken: the chunk
                // is the round's first by id.
                let next = host.query_cases(&here, Some(taken_here as u32 + 1));
                if let Some(next) = next.get(taken_here) {
                    fx.timer(&next.id, self.timer, host.now());
                }
            }
        }
        if host.count_cases(&at_stage(None)) as usize > in_districts {
            fx.timer(&batch_id(year), self.timer, host.now());
        }
    }
}
