//! Loading the plugin component into wasmtime, sandboxed: no WASI files, sockets or
//! environment, an epoch deadline and a memory limit on every call, and one
//! `InstancePre` reused for every call.

use anyhow::{Context, Result, bail};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{Config, Engine, Store};

use crate::calendar::Calendar;
use crate::foresight::Journal;
use crate::imports::CallCtx;
use crate::module;
use crate::store::Db;
use zhengzhou::quality_benchmark::notifications::Notification;

wasmtime::component::bindgen!({
    path: "../wit",
    world: "plugin",
    // A failing SQLite read inside an import traps the call, which rolls it back.
    imports: { default: trappable },
    // Form definitions and views are printed and served as JSON.
    additional_derives: [serde::Serialize, PartialEq],
});

/// How long one plugin call may run, and how much memory it may hold.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Wall-clock budget of one call.
    pub deadline: Duration,
    /// Largest linear memory, in bytes.
    pub memory_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            deadline: Duration::from_secs(2),
            memory_bytes: 256 << 20,
        }
    }
}

/// Granularity of the epoch deadline.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// An instance serves at most this many calls before a fresh one replaces it (ADR 7).
pub const RECYCLE_AFTER_CALLS: u32 = 10_000;
/// An instance whose linear memory has grown past this is replaced after its call.
pub const RECYCLE_ABOVE_BYTES: usize = 64 << 20;

/// A compiled, linked plugin, ready to instantiate per call.
pub struct Runtime {
    /// What instances are made from; the decider thread holds it too (ADR 14).
    pub build: Arc<Build>,
    pub info: module::ModuleInfo,
    /// The plugin's catalog (stages, actions, codes), read once at load: labels and
    /// code maps come from it.
    pub catalog: exports::zhengzhou::quality_benchmark::approval::ProcessCatalog,
}

fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.epoch_interruption(true);
    // A guest may not grow the host's stack without bound either.
    config.max_wasm_stack(1 << 20);
    // `QB_PERFMAP=1`: name the guest's compiled functions for `perf` (docs/performance.md).
    if std::env::var_os("QB_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    Ok(Engine::new(&config)?)
}

/// Call `approval.catalog` once, on a scratch connection (it reads nothing).
fn read_catalog(
    engine: &Engine,
    pre: &PluginPre<CallCtx>,
    limits: Limits,
) -> Result<exports::zhengzhou::quality_benchmark::approval::ProcessCatalog> {
    let conn = crate::store::Db::scratch()?;
    let store_limits = wasmtime::StoreLimitsBuilder::new()
        .memory_size(limits.memory_bytes)
        .build();
    let calendar = Arc::new(crate::calendar::Calendar::official()?);
    let mut store = wasmtime::Store::new(
        engine,
        CallCtx::new(
            Some(conn),
            calendar,
            crate::clock::system_now(),
            store_limits,
        ),
    );
    store.limiter(|c| &mut c.limits);
    store.set_epoch_deadline((limits.deadline.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64);
    let plugin = pre.instantiate(&mut store).map_err(anyhow::Error::from)?;
    let catalog = plugin
        .zhengzhou_quality_benchmark_approval()
        .call_catalog(&mut store)
        .map_err(anyhow::Error::from)
        .context("读取插件目录（catalog）失败")?;
    Ok(catalog)
}

impl Runtime {
    /// Compile and link a component after checking its contract and imports.
    pub fn load(bytes: &[u8], limits: Limits) -> Result<Self> {
        let info = module::inspect(bytes)?;
        module::check_compatible(&info)?;
        let engine = engine()?;
        let component = Component::new(&engine, bytes)
            .map_err(anyhow::Error::from)
            .context("编译插件组件失败")?;
        let mut linker: Linker<CallCtx> = Linker::new(&engine);
        // The std library's WASI imports (stdio, environment, exit) are linked to a
        // context that grants nothing: no preopened directories, no environment, no
        // network. `module::check_compatible` has already refused components that
        // import files, sockets, clocks or randomness.
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
        Plugin::add_to_linker::<CallCtx, HasSelf<CallCtx>>(&mut linker, |c| c)?;
        let pre = PluginPre::new(
            linker
                .instantiate_pre(&component)
                .map_err(anyhow::Error::from)
                .context("插件的导入无法满足")?,
        )?;
        if limits.deadline < EPOCH_TICK {
            bail!("deadline shorter than the epoch tick");
        }
        let ticker = Arc::new(AtomicBool::new(false));
        let stop = ticker.clone();
        let ticking = engine.clone();
        thread::Builder::new()
            .name("epoch-ticker".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(EPOCH_TICK);
                    ticking.increment_epoch();
                }
            })?;
        // A build that cannot answer its catalog stops its ticker with it.
        let catalog = read_catalog(&engine, &pre, limits).inspect_err(|_| {
            ticker.store(true, Ordering::Relaxed);
        })?;
        Ok(Runtime {
            build: Arc::new(Build {
                engine,
                pre,
                limits,
                ticker,
            }),
            info,
            catalog,
        })
    }
}

/// What an instance of one loaded build is made from: engine, linked component and the
/// limits each call runs under. The writer and the thread deciding ahead of it (ADR 14)
/// share it. Its epoch ticker runs as long as anyone holds it, so no instance of it is
/// ever without a deadline.
pub struct Build {
    engine: Engine,
    pre: PluginPre<CallCtx>,
    limits: Limits,
    ticker: Arc<AtomicBool>,
}

impl Drop for Build {
    fn drop(&mut self) {
        self.ticker.store(true, Ordering::Relaxed);
    }
}

/// A live plugin instance and the calls it has served.
pub struct Live {
    store: Store<CallCtx>,
    plugin: Plugin,
    /// Epoch ticks of one call's deadline, armed anew for every call.
    deadline: u64,
    calls: u32,
}

/// What one call on an instance gave back: the connection it was lent, its result, the
/// notifications it queued, and its journal when it was decided ahead (ADR 14).
pub struct Called<R> {
    pub conn: Option<Db>,
    pub result: wasmtime::Result<R>,
    pub notices: Vec<Notification>,
    pub journal: Option<Journal>,
    /// Of the call, the time spent in host services, if timed (`Live::time_services`).
    pub serving: std::time::Duration,
}

impl Runtime {
    /// The limits every call of this build runs under.
    pub fn limits(&self) -> Limits {
        self.build.limits
    }
}

impl Build {
    /// Epoch ticks of one call's deadline.
    pub fn deadline_ticks(&self) -> u64 {
        (self.limits.deadline.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64
    }

    /// A fresh instance with the call limits on its store, counting with `calendar`.
    pub fn instantiate(&self, calendar: Arc<Calendar>) -> Result<Live> {
        let limits = wasmtime::StoreLimitsBuilder::new()
            .memory_size(self.limits.memory_bytes)
            .instances(4)
            .build();
        let mut store = Store::new(
            &self.engine,
            CallCtx::new(None, calendar, String::new(), limits),
        );
        store.limiter(|c| &mut c.limits);
        store.set_epoch_deadline(self.deadline_ticks());
        let plugin = self
            .pre
            .instantiate(&mut store)
            .map_err(anyhow::Error::from)?;
        Ok(Live {
            store,
            plugin,
            deadline: self.deadline_ticks(),
            calls: 0,
        })
    }
}

impl Live {
    /// Time the host services of this instance's calls (`Called::serving`), or not.
    pub fn time_services(&mut self, on: bool) {
        let ctx = self.store.data_mut();
        if ctx.serving.is_some() != on {
            ctx.serving = on.then_some(std::time::Duration::ZERO);
        }
    }

    /// Run one call: lend the instance `conn` (inside the call's transaction), tell it
    /// the call's instant, calendar and fixed seed, arm its deadline, and have `invoke`
    /// call the plugin. `noting`: keep a journal of every answer a host service gives
    /// (a decision made ahead, ADR 14).
    pub fn call<R>(
        &mut self,
        conn: Db,
        now: &str,
        calendar: &Arc<Calendar>,
        seed: Option<u64>,
        noting: bool,
        invoke: impl FnOnce(&Plugin, &mut Store<CallCtx>) -> wasmtime::Result<R>,
    ) -> Called<R> {
        let ctx = self.store.data_mut();
        ctx.conn = Some(conn);
        ctx.now.clear();
        ctx.now.push_str(now);
        ctx.calendar.clone_from(calendar);
        ctx.notices.clear();
        ctx.fixed_seed = seed;
        ctx.journal = noting.then(Journal::default);
        if let Some(serving) = &mut ctx.serving {
            *serving = std::time::Duration::ZERO;
        }
        self.store.set_epoch_deadline(self.deadline);
        let result = invoke(&self.plugin, &mut self.store);
        let ctx = self.store.data_mut();
        Called {
            conn: ctx.conn.take(),
            result,
            notices: std::mem::take(&mut ctx.notices),
            journal: ctx.journal.take(),
            serving: ctx.serving.unwrap_or_default(),
        }
    }

    /// After a call that returned (a trapped instance is dropped, never asked): whether
    /// it may serve another, or is due for recycling (ADR 7).
    pub fn serves_again(&mut self) -> bool {
        self.calls += 1;
        self.calls < RECYCLE_AFTER_CALLS && self.store.data().limits.memory <= RECYCLE_ABOVE_BYTES
    }
}
