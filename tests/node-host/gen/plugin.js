"use components";
export function instantiate(getCoreModule, imports, instantiateCore = (module, importObject) => new WebAssembly.Instance(module, importObject)) {
  
  let dv = new DataView(new ArrayBuffer());
  const dataView = mem => dv.buffer === mem.buffer ? dv : dv = new DataView(mem.buffer);
  
  function toUint64(val) {
    const converted = BigInt(val)
    
    return BigInt.asUintN(64, converted);
  }
  
  
  function toUint16(val) {
    
    val >>>= 0;
    val %= 2 ** 16;
    return val;
  }
  
  
  function toUint32(val) {
    
    return val >>> 0;
  }
  
  
  function _isValidNumericPrimitive(ty, v) {
    if (v === undefined || v === null) { return false; }
    switch (ty) {
      case 'bool':
      return v === 0 || v === 1;
      break;
      case 'u8':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255;
      break;
      case 's8':
      return typeof v === 'number' && Number.isInteger(v) && v >= -128 && v <= 127;
      break;
      case 'u16':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535;
      break;
      case 's16':
      return typeof v === 'number' && Number.isInteger(v) && v >= -32768 && v <= 32767;
      case 'u32':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4_294_967_295;
      case 's32':
      return typeof v === 'number' && Number.isInteger(v) && v >= -2_147_483_648 && v <= 2_147_483_647;
      case 'u64':
      return typeof v === 'bigint' && v >= 0 && v <= 18_446_744_073_709_551_615n;
      case 's64':
      return typeof v === 'bigint' && v >= -9223372036854775808n && v <= 9223372036854775807n;
      break;
      case 'f32':
      case 'f64': return typeof v === 'number';
      default:
      return false;
    }
    return true;
  }
  
  function _requireValidNumericPrimitive(ty, v) {
    if (v === undefined  || v === null || !_isValidNumericPrimitive(ty, v)) {
      throw new TypeError(`invalid ${ty} value [${v}]`);
    }
    return true;
  }
  const utf16Decoder = new TextDecoder('utf-16');
  
  const isLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  
  function _utf16AllocateAndEncode(str, realloc, memory) {
    const len = str.length;
    const ptr = realloc(0, 0, 2, len * 2);
    const out = new Uint16Array(memory.buffer, ptr, len);
    let i = 0;
    if (isLE) {
      while (i < len) { out[i] = str.charCodeAt(i++); }
    } else {
      while (i < len) {
        const ch = str.charCodeAt(i);
        out[i++] = (ch & 0xff) << 8 | ch >>> 8;
      }
    }
    return { ptr, len, codepoints: [...str].length };
  }
  
  const TEXT_DECODER_UTF8 = new TextDecoder();
  const TEXT_ENCODER_UTF8 = new TextEncoder();
  
  function _utf8AllocateAndEncode(s, realloc, memory) {
    if (typeof s !== 'string') {
      throw new TypeError('expected a string, received [' + typeof s + ']');
    }
    if (s.length === 0) { return { ptr: 1, len: 0 }; }
    // Compute the exact allocation size up front. Some older preview1
    // adapters only support an initial allocation, not a subsequent shrink.
    let len = 0;
    let codepoints = 0;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      codepoints++;
      if (ch < 0x80) { len += 1; }
      else if (ch < 0x800) { len += 2; }
      else if (ch >= 0xd800 && ch <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        len += 4;
        i++;
      } else { len += 3; }
    }
    const ptr = realloc(0, 0, 1, len);
    const { read, written } = TEXT_ENCODER_UTF8.encodeInto(
    s,
    new Uint8Array(memory.buffer, ptr, len),
    );
    if (read !== s.length || written !== len) {
      throw new Error('failed to encode whole string');
    }
    const res = { ptr, len, codepoints };
    return res;
  }
  
  const T_FLAG = 1 << 30;
  
  function rscTableCreateOwn(table, rep) {
    const free = table[0] & ~T_FLAG;
    table._createdReps.add(rep);
    if (free === 0) {
      table.push(0);
      table.push(rep | T_FLAG);
      return (table.length >> 1) - 1;
    }
    table[0] = table[free << 1];
    table[free << 1] = 0;
    table[(free << 1) + 1] = rep | T_FLAG;
    return free;
  }
  
  const RESOURCE_SCOPE_TASKS = new Map();
  const WebAssemblyRuntimeError = WebAssembly.RuntimeError;
  
  function rscTableRemove(table, handle) {
    const scope = table[handle << 1];
    const val = table[(handle << 1) + 1];
    const own = (val & T_FLAG) !== 0;
    const rep = val & ~T_FLAG;
    if (val === 0 || (scope & T_FLAG) !== 0) {
      // Resource entries occupy scope/rep pairs after the table sentinel.
      throw new WebAssemblyRuntimeError(`unknown handle index ${(handle << 1) + 1}`);
    }
    if (own && scope !== 0) {
      throw new WebAssemblyRuntimeError('cannot remove owned resource while borrowed');
    }
    const borrowTask = own ? undefined : RESOURCE_SCOPE_TASKS.get(scope);
    table[handle << 1] = table[0] | T_FLAG;
    table[0] = handle | T_FLAG;
    borrowTask?.removeBorrowedHandle();
    return { rep, scope, own };
  }
  
  let RESOURCE_SCOPE_ID = 0;
  
  let curResourceBorrows = [];
  const ASYNC_TASKS_BY_COMPONENT_IDX = new Map();
  const ASYNC_CURRENT_COMPONENT_IDXS = [];
  
  function getCurrentTask(componentIdx, taskID) {
    let usedGlobal = false;
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing component idx'); // TODO(fix)
      // componentIdx = ASYNC_CURRENT_COMPONENT_IDXS.at(-1);
      // usedGlobal = true;
    }
    
    const taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    if (taskMetas === undefined || taskMetas.length === 0) { return undefined; }
    
    if (taskID) {
      return taskMetas.find(meta => meta.task.id() === taskID);
    }
    
    const taskMeta = taskMetas[taskMetas.length - 1];
    if (!taskMeta || !taskMeta.task) { return undefined; }
    
    return taskMeta;
  }
  const ASYNC_CURRENT_TASK_IDS = [];
  
  const _debugLog = (...args) => {
    if (!globalThis?.process?.env?.JCO_DEBUG) { return; }
    console.debug(...args);
  };
  
  function clearCurrentTask(componentIdx, taskID) {
    _debugLog('[clearCurrentTask()] args', { componentIdx, taskID });
    
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing/invalid component instance index while ending current task');
    }
    
    const tasks = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    if (!tasks || !Array.isArray(tasks)) {
      throw new Error('missing/invalid tasks for component instance while ending task');
    }
    if (tasks.length == 0) {
      throw new Error(`no current tasks for component instance [${componentIdx}] while ending task`);
    }
    
    if (taskID !== undefined) {
      const last = tasks[tasks.length - 1];
      if (last.id !== taskID) {
        // throw new Error('current task does not match expected task ID');
        return;
      }
    }
    
    ASYNC_CURRENT_TASK_IDS.pop();
    ASYNC_CURRENT_COMPONENT_IDXS.pop();
    
    const taskMeta = tasks.pop();
    return taskMeta.task;
  }
  const ASYNC_STATE = new Map();
  
  function promiseWithResolvers() {
    if (Promise.withResolvers) {
      return Promise.withResolvers();
    } else {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    }
  }
  
  class Waitable {
    #componentIdx;
    
    #pendingEventFn = null;
    
    #promise;
    #resolve;
    #reject;
    
    #waitableSet = null;
    
    #hasSyncWaiter = false;
    
    #idx = null; // to component-global waitables
    
    target;
    
    constructor(args) {
      const { componentIdx, target } = args;
      this.#componentIdx = componentIdx;
      this.target = args.target;
      this.#resetPromise();
    }
    
    componentIdx() { return this.#componentIdx; }
    isInSet() { return this.#waitableSet !== null; }
    
    idx() { return this.#idx; }
    setIdx(idx) {
      if (idx === 0) { throw new Error("waitable idx cannot be zero"); }
      this.#idx = idx;
    }
    
    setTarget(tgt) { this.target = tgt; }
    
    #resetPromise() {
      const { promise, resolve, reject } = promiseWithResolvers()
      this.#promise = promise;
      this.#resolve = resolve;
      this.#reject = reject;
    }
    
    resolve() { this.#resolve(); }
    reject(err) { this.#reject(err); }
    promise() { return this.#promise; }
    
    hasPendingEvent() {
      // _debugLog('[Waitable#hasPendingEvent()]', {
        //     componentIdx: this.#componentIdx,
        //     waitable: this,
        //     waitableSet: this.#waitableSet,
        //     hasPendingEvent: this.#pendingEventFn !== null,
        // });
        return this.#pendingEventFn !== null;
      }
      
      setPendingEvent(fn) {
        _debugLog('[Waitable#setPendingEvent()] args', {
          waitable: this,
          inSet: this.#waitableSet,
        });
        this.#pendingEventFn = fn;
      }
      
      getPendingEvent() {
        _debugLog('[Waitable#getPendingEvent()] args', {
          waitable: this,
          inSet: this.#waitableSet,
          hasPendingEvent: this.#pendingEventFn !== null,
        });
        if (this.#pendingEventFn === null) { return null; }
        const eventFn = this.#pendingEventFn;
        this.#pendingEventFn = null;
        const e = eventFn();
        this.#resetPromise();
        return e;
      }
      
      join(waitableSet) {
        _debugLog('[Waitable#join()] args', {
          waitable: this,
          waitableSet: waitableSet,
          isRemoval: waitableSet === null,
        });
        
        if (this.#waitableSet === undefined) {
          throw new TypeError('waitable set must be not be undefined');
        }
        
        if (this.#waitableSet) {
          this.#waitableSet.removeWaitable(this);
        }
        
        this.#waitableSet = waitableSet;
        
        if (waitableSet) {
          this.#waitableSet.addWaitable(this);
        }
      }
      
      drop() {
        _debugLog('[Waitable#drop()] args', {
          componentIdx: this.#componentIdx,
          waitable: this,
        });
        if (this.hasPendingEvent()) {
          throw new Error('waitables with pending events cannot be dropped');
        }
        this.join(null);
      }
      
      async waitForPendingEvent(args) {
        const { cstate } = args;
        if (!cstate) { throw new TypeError('missing component state'); }
        
        if (this.#waitableSet !== null || this.#hasSyncWaiter) {
          throw new Error("waitable is already in a set/has a sync waiter");
        }
        this.#hasSyncWaiter = true;
        await cstate.waitUntil({
          cancellable: false,
          readyFn: () => this.hasPendingEvent(),
        });
        this.#hasSyncWaiter = false;
      }
      
    }
    const INSTANCE_FLAGS = new Map();
    const STORE_TRAP = { error: null };
    const STORE_ASYNC_STATE = { deadlockCheck: null, pendingHostOperations: 0 };
    
    function _checkForDeadlock() {
      if (STORE_ASYNC_STATE.deadlockCheck !== null || STORE_TRAP.error !== null) { return; }
      STORE_ASYNC_STATE.deadlockCheck = setTimeout(() => {
        STORE_ASYNC_STATE.deadlockCheck = null;
        if (STORE_TRAP.error !== null || STORE_ASYNC_STATE.pendingHostOperations > 0) { return; }
        
        const suspendedTasks = new Set();
        for (const state of ASYNC_STATE.values()) {
          if (state.hasPendingSchedulerWork()) {
            state.runTickLoop();
            return;
          }
          for (const meta of state.suspendedTaskMetas()) {
            suspendedTasks.add(meta.task);
          }
        }
        
        const unresolvedRoots = new Set();
        for (const task of suspendedTasks) {
          const root = task.getRootTask();
          if (!root.isResolvedState()) { unresolvedRoots.add(root); }
        }
        if (unresolvedRoots.size === 0) { return; }
        
        const err = new WebAssemblyRuntimeError('wasm trap: deadlock detected: event loop cannot make further progress');
        // Which tasks were waiting, and on whose behalf. The message stays
        // exactly what the Canonical ABI calls for, so this rides alongside
        // it: a deadlock reported from a real program is otherwise a bare
        // sentence, and the state that produced it is gone by the time
        // anyone reads the failure.
        err.deadlockDetail = {
          pendingHostOperations: STORE_ASYNC_STATE.pendingHostOperations,
          suspendedTasks: [...suspendedTasks].map((task) => ({
            taskID: task.id(),
            componentIdx: task.componentIdx(),
            state: task.taskState(),
            rootTaskID: task.getRootTask().id(),
          })),
          unresolvedRootTaskIDs: [...unresolvedRoots].map((root) => root.id()),
        };
        STORE_TRAP.error = err;
        for (const root of unresolvedRoots) {
          root.setErrored(err);
          root.reject(err);
        }
        for (const task of suspendedTasks) {
          if (!task.isResolvedState() && unresolvedRoots.has(task.getRootTask())) {
            task.setErrored(err);
            task.reject(err);
          }
        }
        for (const state of ASYNC_STATE.values()) { state.runTickLoop(); }
      }, 0);
    }
    
    const CORE_TRAP_MESSAGES = new Map([
    ['unreachable', "wasm trap: wasm `unreachable` instruction executed"],
    ['memory access out of bounds', "wasm trap: out of bounds memory access"],
    ['divide by zero', "wasm trap: integer divide by zero"],
    ['remainder by zero', "wasm trap: integer divide by zero"],
    ['divide result unrepresentable', "wasm trap: integer overflow"],
    ['float unrepresentable in integer range', "wasm trap: invalid conversion to integer"],
    ['table index is out of bounds', "wasm trap: undefined element: out of bounds table access"],
    ['function signature mismatch', "wasm trap: indirect call type mismatch"],
    ['call stack exhausted', "wasm trap: call stack exhausted"],
    ]);
    function _normalizeCoreTrap(err) {
      if (!(err instanceof WebAssemblyRuntimeError)) { return err; }
      const message = CORE_TRAP_MESSAGES.get(err.message);
      if (message !== undefined) { err.message = message; }
      return err;
    }
    
    class RepTable {
      // Sentinel marking a freed slot; the freelist link for a freed slot
      // lives in the odd cell. This keeps get()/contains()/remove() on freed
      // reps well-defined (previously they returned/corrupted freelist links).
      static FREE = Symbol('RepTable.free');
      
      #data = [0, null];
      #size = 0;
      #target;
      
      constructor(args) {
        this.target = args?.target;
      }
      
      data() { return this.#data; }
      
      insert(val) {
        _debugLog('[RepTable#insert()] args', { val, target: this.target });
        const freeIdx = this.#data[0];
        if (freeIdx === 0) {
          this.#data.push(val);
          this.#data.push(null);
          const rep = (this.#data.length >> 1) - 1;
          _debugLog('[RepTable#insert()] inserted', { val, target: this.target, rep });
          this.#size += 1;
          return rep;
        }
        const placementIdx = freeIdx << 1;
        if (this.#data[placementIdx] !== RepTable.FREE) {
          throw new Error('corrupt rep table freelist: head does not point at a freed slot');
        }
        this.#data[0] = this.#data[placementIdx + 1];
        this.#data[placementIdx] = val;
        this.#data[placementIdx + 1] = null;
        _debugLog('[RepTable#insert()] inserted', { val, target: this.target, rep: freeIdx });
        this.#size += 1;
        return freeIdx;
      }
      
      get(rep) {
        _debugLog('[RepTable#get()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during get, (cannot be 0)'); }
        
        const baseIdx = rep << 1;
        const val = this.#data[baseIdx];
        if (val === RepTable.FREE) { return undefined; }
        return val;
      }
      
      contains(rep) {
        _debugLog('[RepTable#contains()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during contains, (cannot be 0)'); }
        
        const baseIdx = rep << 1;
        const val = this.#data[baseIdx];
        return val !== RepTable.FREE && !!val;
      }
      
      remove(rep) {
        _debugLog('[RepTable#remove()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during remove, (cannot be 0)'); }
        if (this.#data.length === 2) { throw new Error('invalid'); }
        
        const baseIdx = rep << 1;
        if (baseIdx >= this.#data.length) {
          throw new Error(`invalid rep [${rep}] during remove, out of range`);
        }
        const val = this.#data[baseIdx];
        if (val === RepTable.FREE) {
          throw new Error(`double removal of rep [${rep}] (already freed)`);
        }
        
        this.#data[baseIdx] = RepTable.FREE;
        this.#data[baseIdx + 1] = this.#data[0];
        this.#data[0] = rep;
        this.#size -= 1;
        
        return val;
      }
      
      size() { return this.#size; }
      
      clear() {
        _debugLog('[RepTable#clear()] args', { rep, target: this.target });
        this.#data = [0, null];
      }
    }
    
    class ComponentAsyncState {
      static EVENT_HANDLER_EVENTS = [ 'backpressure-change' ];
      
      static TickResult = {
        // no suspended tasks remain
        DONE: 'done',
        // a suspended task was resumed (more may be ready)
        RESUMED: 'resumed',
        // suspended tasks remain but none were ready
        IDLE: 'idle',
      };
      
      #componentIdx;
      #callingAsyncImport = false;
      #syncImportWait = promiseWithResolvers();
      #lockHolderTaskID = null;
      #lockWaiters = [];
      #lockHandoffScheduled = false;
      #pendingTaskStarts = 0;
      #parkedTasks = new Map();
      #suspendedTasksByTaskID = new Map();
      #suspendedTaskIDs = [];
      #errored = null;
      #trapped = false;
      #backpressure = 0;
      #backpressureWaiters = 0n;
      
      #handlerMap = new Map();
      #nextHandlerID = 0n;
      
      #tickLoop = null;
      #tickLoopInterval = null;
      
      #onExclusiveReleaseHandlers = [];
      
      #mayLeave = true;
      
      handles;
      subtasks;
      
      constructor(args) {
        this.#componentIdx = args.componentIdx;
        this.handles = new RepTable({ target: `component [${this.#componentIdx}] handles (waitable objects)` });
        this.subtasks = new RepTable({ target: `component [${this.#componentIdx}] subtasks` });
      };
      
      componentIdx() { return this.#componentIdx; }
      
      get mayLeave() {
        const flags = INSTANCE_FLAGS.get(this.#componentIdx);
        return flags === undefined ? this.#mayLeave : flags.value === 1;
      }
      set mayLeave(value) {
        if (typeof value !== 'boolean') { throw new TypeError('mayLeave must be a boolean'); }
        this.#mayLeave = value;
        const flags = INSTANCE_FLAGS.get(this.#componentIdx);
        if (flags !== undefined) { flags.value = value ? 1 : 0; }
      }
      
      errored() { return this.#errored !== null; }
      setErrored(err) {
        _debugLog('[ComponentAsyncState#setErrored()] component errored', { err, componentIdx: this.#componentIdx });
        if (this.#errored) { return; }
        if (!err) {
          err = new Error('error elswehere (see other component instance error)')
          err.componentIdx = this.#componentIdx;
        }
        this.#errored = err;
      }
      
      markTrapped(err) {
        if (!(err instanceof WebAssemblyRuntimeError)) {
          return false;
        }
        err = _normalizeCoreTrap(err);
        this.#trapped = true;
        _debugLog('[ComponentAsyncState#markTrapped()] component trapped', { err, componentIdx: this.#componentIdx });
        if (STORE_TRAP.error === null) { STORE_TRAP.error = err; }
        return true;
      }
      
      throwIfTrapped() {
        if (this.#trapped) {
          throw new WebAssemblyRuntimeError("wasm trap: cannot enter component instance");
        }
      }
      
      callingSyncImport(val) {
        if (val === undefined) { return this.#callingAsyncImport; }
        if (typeof val !== 'boolean') { throw new TypeError('invalid setting for async import'); }
        const prev = this.#callingAsyncImport;
        this.#callingAsyncImport = val;
        if (prev === true && this.#callingAsyncImport === false) {
          this.#notifySyncImportEnd();
        }
      }
      
      #notifySyncImportEnd() {
        const existing = this.#syncImportWait;
        this.#syncImportWait = promiseWithResolvers();
        existing.resolve();
      }
      
      async waitForSyncImportCallEnd() {
        await this.#syncImportWait.promise;
      }
      
      setBackpressure(v) {
        this.#backpressure = v;
        return this.#backpressure
      }
      getBackpressure() { return this.#backpressure; }
      
      incrementBackpressure() {
        const current = this.#backpressure;
        if (current < 0 || current > 2**16) {
          throw new Error(`invalid current backpressure value [${current}]`);
        }
        const newValue = this.getBackpressure() + 1;
        if (newValue >= 2**16) {
          throw new Error(`invalid new backpressure value [${newValue}], overflow`);
        }
        return this.setBackpressure(newValue);
      }
      
      decrementBackpressure() {
        const current = this.#backpressure;
        if (current < 0 || current > 2**16) {
          throw new Error(`invalid current backpressure value [${current}]`);
        }
        const newValue = Math.max(0, current - 1);
        if (newValue < 0) {
          throw new Error(`invalid new backpressure value [${newValue}], underflow`);
        }
        return this.setBackpressure(newValue);
      }
      hasBackpressure() { return this.#backpressure > 0; }
      
      waitForBackpressure() {
        let backpressureCleared = false;
        const cstate = this;
        cstate.addBackpressureWaiter();
        const handlerID = this.registerHandler({
          event: 'backpressure-change',
          fn: (bp) => {
            if (bp === 0) {
              cstate.removeHandler(handlerID);
              backpressureCleared = true;
            }
          }
        });
        return new Promise((resolve) => {
          const interval = setInterval(() => {
            if (backpressureCleared) { return; }
            clearInterval(interval);
            cstate.removeBackpressureWaiter();
            resolve(null);
          }, 0);
        });
      }
      
      registerHandler(args) {
        const { event, fn } = args;
        if (!event) { throw new Error("missing handler event"); }
        if (!fn) { throw new Error("missing handler fn"); }
        
        if (!ComponentAsyncState.EVENT_HANDLER_EVENTS.includes(event)) {
          throw new Error(`unrecognized event handler [${event}]`);
        }
        
        const handlerID = this.#nextHandlerID++;
        let handlers = this.#handlerMap.get(event);
        if (!handlers) {
          handlers = [];
          this.#handlerMap.set(event, handlers)
        }
        
        handlers.push({ id: handlerID, fn, event });
        return handlerID;
      }
      
      removeHandler(args) {
        const { event, handlerID } = args;
        const registeredHandlers = this.#handlerMap.get(event);
        if (!registeredHandlers) { return; }
        const found = registeredHandlers.find(h => h.id === handlerID);
        if (!found) { return; }
        this.#handlerMap.set(event, this.#handlerMap.get(event).filter(h => h.id !== handlerID));
      }
      
      getBackpressureWaiters() { return this.#backpressureWaiters; }
      addBackpressureWaiter() { this.#backpressureWaiters++; }
      removeBackpressureWaiter() {
        this.#backpressureWaiters--;
        if (this.#backpressureWaiters < 0) {
          throw new Error("unexepctedly negative number of backpressure waiters");
        }
      }
      
      // The per-slice mutual-exclusion lock for guest execution in this
      // component instance. Guest slices (callback invocations and
      // sync-lifted bodies) must be atomic per component even across the
      // JSPI suspensions jco introduces for host imports: wit-bindgen's
      // executors publish per-task state in single linear-memory cells
      // (the wasip3-task pointer, context-local storage discipline) that
      // an interleaved slice of the same component corrupts
      //
      // The lock is *owned*: acquisition records the holder task and
      // release is a no-op for anyone else, so a task exiting can no
      // longer drop a hold it does not own (blind acquire/release-any
      // was the previous discipline). Contended acquisition queues
      // FIFO; release hands the lock to the next waiter directly.
      isExclusivelyLocked() { return this.#lockHolderTaskID !== null; }
      exclusivelyLockedBy(taskID) { return this.#lockHolderTaskID === taskID; }
      
      exclusiveLock(taskID) {
        _debugLog('[ComponentAsyncState#exclusiveLock()]', {
          holder: this.#lockHolderTaskID,
          requester: taskID,
          componentIdx: this.#componentIdx,
        });
        if (taskID === undefined || taskID === null) {
          throw new Error('exclusive lock requires the acquiring task id');
        }
        if (this.#lockHolderTaskID !== null) {
          throw new Error(`component [${this.#componentIdx}] exclusive lock held by task [${this.#lockHolderTaskID}], requested by [${taskID}]`);
        }
        this.#lockHolderTaskID = taskID;
      }
      
      // Awaitable acquisition: takes the lock immediately when free,
      // otherwise queues FIFO behind the current holder and earlier
      // waiters. The resolved promise implies ownership.
      acquireExclusiveLock(taskID) {
        if (taskID === undefined || taskID === null) {
          throw new Error('exclusive lock requires the acquiring task id');
        }
        if (this.#lockHolderTaskID === null) {
          this.#lockHolderTaskID = taskID;
          _debugLog('[ComponentAsyncState#acquireExclusiveLock()] acquired', {
            holder: taskID,
            componentIdx: this.#componentIdx,
          });
          return;
        }
        if (this.#lockHolderTaskID === taskID) {
          throw new Error(`task [${taskID}] already holds the lock for component [${this.#componentIdx}]`);
        }
        _debugLog('[ComponentAsyncState#acquireExclusiveLock()] waiting', {
          holder: this.#lockHolderTaskID,
          requester: taskID,
          componentIdx: this.#componentIdx,
          queued: this.#lockWaiters.length,
        });
        return new Promise((resolve) => {
          this.#lockWaiters.push({ taskID, resolve });
        });
      }
      
      exclusiveRelease(taskID) {
        _debugLog('[ComponentAsyncState#exclusiveRelease()] args', {
          holder: this.#lockHolderTaskID,
          releaser: taskID,
          componentIdx: this.#componentIdx,
        });
        if (this.#lockHolderTaskID !== taskID) {
          // Ownerless releases were the historical behavior; a foreign
          // release now leaves the hold intact
          _debugLog('[ComponentAsyncState#exclusiveRelease()] ignoring foreign release', {
            holder: this.#lockHolderTaskID,
            releaser: taskID,
            componentIdx: this.#componentIdx,
          });
          return false;
        }
        
        // Make the release observable before handing the lock to the next
        // asynchronous guest slice.
        //
        // Release handlers may expose a lifted value whose consumer immediately
        // performs a synchronous call on the same component; that call must run
        // while the instance is genuinely unlocked, not via enterSync's
        // lock-free fallback code.
        this.#lockHolderTaskID = null;
        
        this.#onExclusiveReleaseHandlers = this.#onExclusiveReleaseHandlers.filter(v => !!v);
        for (const [idx, f] of this.#onExclusiveReleaseHandlers.entries()) {
          try {
            this.#onExclusiveReleaseHandlers[idx] = null;
            f();
          } catch (err) {
            _debugLog("error while executing handler for next exclusive release", err);
            throw err;
          }
        }
        this.#scheduleLockHandoff();
        return true;
      }
      
      #scheduleLockHandoff() {
        if (this.#lockHandoffScheduled || this.#lockWaiters.length === 0) { return; }
        this.#lockHandoffScheduled = true;
        queueMicrotask(() => {
          this.#lockHandoffScheduled = false;
          // A synchronous call triggered by a release handler gets the
          // first opportunity to use the unlocked component.
          //
          // Its release will leave this queued handoff in place.
          if (this.#lockHolderTaskID !== null) {
            this.#scheduleLockHandoff();
            return;
          }
          const next = this.#lockWaiters.shift();
          if (!next) { return; }
          this.#lockHolderTaskID = next.taskID;
          next.resolve();
        });
      }
      
      onNextExclusiveRelease(fn) {
        _debugLog('[ComponentAsyncState#()onNextExclusiveRelease] registering');
        this.#onExclusiveReleaseHandlers.push(fn);
      }
      
      async waitForExclusiveRelease() {
        while (this.isExclusivelyLocked()) {
          await new Promise(resolve => this.onNextExclusiveRelease(resolve));
        }
      }
      
      #getSuspendedTaskMeta(taskID) {
        return this.#suspendedTasksByTaskID.get(taskID);
      }
      
      #removeSuspendedTaskMeta(taskID) {
        _debugLog('[ComponentAsyncState#removeSuspendedTaskMeta()] removing suspended task', {
          taskID,
          componentIdx: this.#componentIdx,
        });
        const idx = this.#suspendedTaskIDs.findIndex(t => t === taskID);
        const meta = this.#suspendedTasksByTaskID.get(taskID);
        this.#suspendedTaskIDs[idx] = null;
        this.#suspendedTasksByTaskID.delete(taskID);
        return meta;
      }
      
      #addSuspendedTaskMeta(meta) {
        if (!meta) { throw new Error('missing task meta'); }
        const taskID = meta.taskID;
        this.#suspendedTasksByTaskID.set(taskID, meta);
        this.#suspendedTaskIDs.push(taskID);
        if (this.#suspendedTasksByTaskID.size < this.#suspendedTaskIDs.length - 10) {
          this.#suspendedTaskIDs = this.#suspendedTaskIDs.filter(t => t !== null);
        }
      }
      
      // TODO(threads): readyFn is normally on the thread
      suspendTask(args) {
        const { task, readyFn, cancellable, onResume } = args;
        const taskID = task.id();
        const componentIdx = task.componentIdx();
        _debugLog('[ComponentAsyncState#suspendTask()]', {
          taskID,
          componentIdx: this.#componentIdx,
          taskEntryFnName: task.entryFnName(),
          subtask: task.getParentSubtask(),
        });
        
        if (componentIdx !== this.#componentIdx) {
          throw new Error('assert: task component idx should match async state');
        }
        
        if (this.#getSuspendedTaskMeta(taskID)) {
          throw new Error(`task [${taskID}] already suspended`);
        }
        
        let promise;
        let resume;
        if (onResume) {
          resume = () => onResume(!task.isCancelled());
        } else {
          const resolvers = promiseWithResolvers();
          promise = resolvers.promise;
          resume = () => resolvers.resolve(!task.isCancelled());
        }
        this.#addSuspendedTaskMeta({
          task,
          taskID,
          cancellable,
          readyFn,
          resume: () => {
            _debugLog('[ComponentAsyncState] resuming suspended task', {
              taskID,
              componentIdx: this.#componentIdx,
            });
            // TODO(threads): it's thread cancellation we should be checking for below, not task
            resume();
          },
        });
        
        // A caller synchronously driving one task quantum (for
        // example, subtask.cancel) waits for the resumed task to
        // either resolve or suspend again.
        task.notifyProgress();
        
        this.runTickLoop();
        _checkForDeadlock();
        
        return promise;
      }
      
      resumeTaskByID(taskID) {
        const meta = this.#removeSuspendedTaskMeta(taskID);
        if (!meta) { return false; }
        if (meta.taskID !== taskID) { throw new Error('task ID does not match'); }
        meta.resume();
        return true;
      }
      
      suspendedTaskReady(taskID) {
        const meta = this.#getSuspendedTaskMeta(taskID);
        if (!meta) { return false; }
        if (!meta.readyFn) {
          throw new Error(`suspended task [${taskID}] is missing a readiness function`);
        }
        return meta.task.isRejected() || meta.readyFn();
      }
      
      suspendedTaskCancellable(taskID) {
        return !!this.#getSuspendedTaskMeta(taskID)?.cancellable;
      }
      
      isTaskSuspended(taskID) {
        return this.#suspendedTasksByTaskID.has(taskID);
      }
      
      suspendedTaskMetas() {
        return this.#suspendedTasksByTaskID.values();
      }
      
      addPendingTaskStart() { this.#pendingTaskStarts++; }
      removePendingTaskStart() { this.#pendingTaskStarts--; }
      
      hasPendingSchedulerWork() {
        if (this.#pendingTaskStarts > 0) { return true; }
        if (this.#lockHandoffScheduled) { return true; }
        for (const meta of this.#suspendedTasksByTaskID.values()) {
          if (meta.task.isRejected() || meta.readyFn()) { return true; }
        }
        return false;
      }
      
      async runTickLoop() {
        if (this.#tickLoop !== null) { return; }
        this.#tickLoop = 1;
        setTimeout(async () => {
          let result = this.tick();
          while (result !== ComponentAsyncState.TickResult.DONE) {
            if (result === ComponentAsyncState.TickResult.IDLE) {
              _checkForDeadlock();
            }
            // After resuming a task, re-tick as soon as the resumed
            // slice's microtask continuations have drained (timeout 0)
            // so queued sibling resumptions aren't charged the idle
            // polling interval; otherwise poll at the idle cadence.
            const delay = result === ComponentAsyncState.TickResult.RESUMED ? 0 : 10;
            await new Promise((resolve) => setTimeout(resolve, delay));
            result = this.tick();
          }
          this.#tickLoop = null;
        }, 10);
      }
      
      tick() {
        // _debugLog('[ComponentAsyncState#tick()]', { suspendedTaskIDs: this.#suspendedTaskIDs });
        
        const resumableTasks = this.#suspendedTaskIDs.filter(t => t !== null);
        for (const taskID of resumableTasks) {
          const meta = this.#suspendedTasksByTaskID.get(taskID);
          if (!meta || !meta.readyFn) {
            throw new Error(`missing/invalid task despite ID [${taskID}] being present`);
          }
          
          // If the task failed via any means, allow the task to resume because
          // it's been cancelled -- the callback should immediately exit as well
          if (meta.task.isRejected()) {
            _debugLog('[ComponentAsyncState#tick()] detected task rejection, leaving early', { meta });
            this.resumeTaskByID(taskID);
            return ComponentAsyncState.TickResult.RESUMED;
          }
          
          const isReady = meta.readyFn();
          if (!isReady) { continue; }
          
          _debugLog('[ComponentAsyncState#tick()] resuming task via tick', {
            taskID,
            componentIdx: this.#componentIdx,
          });
          this.resumeTaskByID(taskID);
          
          // NOTE: during single-flight resumption, we should resume at most one task per
          // tick so that the resumed slice (a microtask continuation)
          // runs -- and its current-task register window opens and
          // closes -- before any sibling task of this component is
          // resumed.
          //
          // Resuming multiple suspended tasks in one synchronous
          // cascade interleaves their register save/restore windows
          // ([restoreA, restoreB, resumeA, resumeB]), re-entering wasm
          // with the register naming the wrong task, and the
          // 'known residual' of the JSPI current-task register
          // fix); with concurrent task lifetimes per component this
          // corrupts guest context-local storage.
          return ComponentAsyncState.TickResult.RESUMED;
        }
        
        const idle = this.#suspendedTaskIDs.filter(t => t !== null).length > 0;
        return idle
        ? ComponentAsyncState.TickResult.IDLE
        : ComponentAsyncState.TickResult.DONE;
      }
      
      createWaitable(args) {
        return new Waitable({ target: args?.target, });
      }
    }
    
    function getOrCreateAsyncState(componentIdx, init) {
      if (!ASYNC_STATE.has(componentIdx)) {
        const newState = new ComponentAsyncState({ componentIdx });
        ASYNC_STATE.set(componentIdx, newState);
      }
      return ASYNC_STATE.get(componentIdx);
    }
    const GLOBAL_COMPONENT_MEMORY_MAP = new Map();
    
    function lookupMemoriesForComponent(args) {
      const { componentIdx } = args ?? {};
      if (args.componentIdx === undefined) { throw new TypeError("missing component idx"); }
      
      const metas = GLOBAL_COMPONENT_MEMORY_MAP.get(componentIdx);
      if (!metas) { return []; }
      
      if (args.memoryIdx === undefined) {
        return Object.values(metas);
      }
      
      const meta = metas[args.memoryIdx];
      return meta?.memory;
    }
    
    class AsyncSubtask {
      static _ID = 0n;
      
      static State = {
        STARTING: 0,
        STARTED: 1,
        RETURNED: 2,
        CANCELLED_BEFORE_STARTED: 3,
        CANCELLED_BEFORE_RETURNED: 4,
      };
      
      #id;
      #state = AsyncSubtask.State.STARTING;
      #componentIdx;
      
      #parentTask;
      #childTask = null;
      
      #dropped = false;
      #cancelRequested = false;
      
      #memoryIdx = null;
      #lenders = null;
      
      #waitable = null;
      
      #callbackFn = null;
      #callbackFnName = null;
      
      #postReturnFn = null;
      #onProgressFn = null;
      #pendingEventFn = null;
      
      #callMetadata = {};
      
      #resolved = false;
      
      #onResolveHandlers = [];
      #onStartHandlers = [];
      
      #result = null;
      #resultSet = false;
      
      fnName;
      target;
      isAsync;
      isManualAsync;
      // One execution slice awaited by the conditional cancel trampoline.
      cancelProgress = null;
      
      constructor(args) {
        if (typeof args.componentIdx !== 'number') {
          throw new Error('invalid componentIdx for subtask creation');
        }
        this.#componentIdx = args.componentIdx;
        
        this.#id = ++AsyncSubtask._ID;
        this.fnName = args.fnName;
        
        if (!args.parentTask) { throw new Error('missing parent task during subtask creation'); }
        this.#parentTask = args.parentTask;
        
        if (args.childTask) { this.#childTask = args.childTask; }
        
        if (args.memoryIdx) { this.#memoryIdx = args.memoryIdx; }
        
        if (!args.waitable) { throw new Error("missing/invalid waitable"); }
        this.#waitable = args.waitable;
        
        if (args.callMetadata) { this.#callMetadata = args.callMetadata; }
        
        this.#lenders = [];
        this.target = args.target;
        this.isAsync = args.isAsync;
        this.isManualAsync = args.isManualAsync;
      }
      
      id() { return this.#id; }
      parentTaskID() { return this.#parentTask?.id(); }
      childTaskID() { return this.#childTask?.id(); }
      state() { return this.#state; }
      
      waitable() { return this.#waitable; }
      waitableRep() { return this.#waitable.idx(); }
      
      join() { return this.#waitable.join(...arguments); }
      getPendingEvent() { return this.#waitable.getPendingEvent(...arguments); }
      hasPendingEvent() { return this.#waitable.hasPendingEvent(...arguments); }
      setPendingEvent() { return this.#waitable.setPendingEvent(...arguments); }
      
      setTarget(tgt) { this.target = tgt; }
      
      getResult() {
        if (!this.#resultSet) { throw new Error("subtask result has not been set") }
        return this.#result;
      }
      setResult(v) {
        if (this.#resultSet) { throw new Error("subtask result has already been set"); }
        this.#result = v;
        this.#resultSet = true;
      }
      
      componentIdx() { return this.#componentIdx; }
      
      setChildTask(t) {
        if (!t) { throw new Error('cannot set missing/invalid child task on subtask'); }
        if (this.#childTask) { throw new Error('child task is already set on subtask'); }
        if (this.#parentTask === t) { throw new Error("parent cannot be child"); }
        this.#childTask = t;
      }
      getChildTask(t) { return this.#childTask; }
      
      getParentTask() { return this.#parentTask; }
      
      setCallbackFn(f, name) {
        if (!f) { return; }
        if (this.#callbackFn) { throw new Error('callback fn can only be set once'); }
        this.#callbackFn = f;
        this.#callbackFnName = name;
      }
      
      getCallbackFnName() {
        if (!this.#callbackFn) { return undefined; }
        return this.#callbackFn.name;
      }
      
      setPostReturnFn(f) {
        if (!f) { return; }
        if (this.#postReturnFn) { throw new Error('postReturn fn can only be set once'); }
        this.#postReturnFn = f;
      }
      
      setOnProgressFn(f) {
        if (this.#onProgressFn) { throw new Error('on progress fn can only be set once'); }
        this.#onProgressFn = f;
      }
      
      isNotStarted() {
        return this.#state == AsyncSubtask.State.STARTING;
      }
      
      cancellationRequested() { return this.#cancelRequested; }
      
      // Request cooperative cancellation of this subtask, on behalf of the
      // supertask (i.e. `canon subtask.cancel`).
      //
      // If the callee is another guest task, the request is delivered to it and
      // the callee confirms via `task.cancel` (or still resolves via `task.return`).
      //
      // If the callee is a host function there is (currently) no host-side
      // cancellation hook, so the pending call is treated as immediately
      // cancelled -- consistent with hosts being expected to resolve
      // cancellation promptly -- and any later host resolution is discarded
      // (see `AsyncTask#onResolve`).
      requestCancellation() {
        _debugLog('[AsyncSubtask#requestCancellation()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          state: this.#state,
          childTaskID: this.childTaskID(),
          fnName: this.fnName,
        });
        if (this.#cancelRequested) {
          throw new Error('cancellation has already been requested for this subtask');
        }
        this.#cancelRequested = true;
        
        if (this.#resolved) { return; }
        
        if (this.#childTask) {
          this.#childTask.requestCancellation();
          return;
        }
        
        this.onResolve(null);
      }
      
      registerOnStartHandler(f) {
        this.#onStartHandlers.push(f);
      }
      
      onStart(args) {
        _debugLog('[AsyncSubtask#onStart()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          parentTaskID: this.parentTaskID(),
          fnName: this.fnName,
          args,
        });
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        // Starting a nested operation is a task execution boundary.
        // In particular, a cancellation handler may synchronously
        // enter an import which then suspends in the host.  Wake a
        // supertask that is driving one cancellation slice so an
        // async `subtask.cancel` can report BLOCKED without waiting
        // for that nested operation to finish.
        this.#parentTask.notifyProgress();
        
        this.#state = AsyncSubtask.State.STARTED;
        
        let result;
        
        // If we have been provided a helper start function as a result of
        // component fusion performed by wasmtime tooling, then we can call that helper and lifts/lowers will
        // be performed for us.
        //
        // See also documentation on `HostIntrinsic::PrepareCall`
        //
        if (this.#callMetadata.startFn) {
          result = this.#callMetadata.startFn.apply(null, args?.startFnParams ?? []);
        }
        
        return result;
      }
      
      
      registerOnResolveHandler(f) {
        this.#onResolveHandlers.push(f);
      }
      
      reject(subtaskErr) {
        if (this.#resolved) { return; }
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        if (this.#state === AsyncSubtask.State.STARTING) {
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
        } else if (this.#state === AsyncSubtask.State.STARTED) {
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
        } else {
          throw new Error('cannot reject a completed subtask');
        }
        
        this.#resolved = true;
        this.#parentTask.removeSubtask(this);
        this.#parentTask.reject(subtaskErr);
      }
      
      onResolve(subtaskValue) {
        _debugLog('[AsyncSubtask#onResolve()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          isAsync: this.isAsync,
          childTaskID: this.childTaskID(),
          parentTaskID: this.parentTaskID(),
          parentTaskFnName: this.#parentTask?.entryFnName(),
          fnName: this.fnName,
        });
        
        if (this.#resolved) {
          throw new Error('subtask has already been resolved');
        }
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        if (subtaskValue === null && this.#cancelRequested) {
          if (this.#state === AsyncSubtask.State.STARTING) {
            this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
          } else {
            if (this.#state !== AsyncSubtask.State.STARTED) {
              throw new Error('resolved subtask must have been started before cancellation');
            }
            this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
          }
        } else {
          if (this.#state !== AsyncSubtask.State.STARTED) {
            throw new Error('resolved subtask must have been started before completion');
          }
          this.#state = AsyncSubtask.State.RETURNED;
        }
        
        this.setResult(subtaskValue);
        
        for (const f of this.#onResolveHandlers) {
          try {
            f(subtaskValue);
          } catch (err) {
            console.error("error during subtask resolve handler", err);
            throw err;
          }
        }
        
        const callMetadata = this.getCallMetadata();
        
        // TODO(fix): we should be able to easily have the caller's meomry
        // to lower into here, but it's not present in PrepareCall
        const memory = callMetadata.memory ?? this.#parentTask?.getReturnMemory() ?? lookupMemoriesForComponent({ componentIdx: this.#parentTask?.componentIdx() })[0];
        // NOTE: cancelled resolutions carry no value, so nothing is lowered
        const returned = this.#state === AsyncSubtask.State.RETURNED;
        if (returned && callMetadata && !callMetadata.returnFn && (this.isAsync || callMetadata.funcTypeIsAsync) && callMetadata.resultPtr && memory) {
          const { resultPtr, realloc } = callMetadata;
          const lowers = callMetadata.lowers; // may have been updated in task.return of the child
          if (lowers && lowers.length > 0) {
            lowers[0]({
              componentIdx: this.#componentIdx,
              memory,
              realloc,
              vals: [subtaskValue],
              storagePtr: resultPtr,
              stringEncoding: callMetadata.stringEncoding,
            });
          }
        }
        
        this.#resolved = true;
        this.#parentTask.removeSubtask(this);
        
        if (!this.isAsync) {
          this.deliverResolve();
          const rep = this.waitableRep();
          if (rep) {
            try {
              const removed = this.#getComponentState().handles.remove(rep);
              if (removed !== this) {
                throw new Error("unexpectedly received non-self Subtask from handle removal");
              }
              this.drop();
            } catch (err) {
              _debugLog('[AsyncSubtask#onResolve()] failed to remove subtask after sync subtask completion', err);
            }
          }
        }
      }
      
      getStateNumber() { return this.#state; }
      isReturned() { return this.#state === AsyncSubtask.State.RETURNED; }
      
      getCallMetadata() { return this.#callMetadata; }
      
      isResolved() {
        if (this.#state === AsyncSubtask.State.STARTING
        || this.#state === AsyncSubtask.State.STARTED) {
          return false;
        }
        if (this.#state === AsyncSubtask.State.RETURNED
        || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_STARTED
        || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_RETURNED) {
          return true;
        }
        throw new Error('unrecognized internal Subtask state [' + this.#state + ']');
      }
      
      addLender(handle) {
        _debugLog('[AsyncSubtask#addLender()] args', { handle });
        if (!Number.isNumber(handle)) { throw new Error('missing/invalid lender handle [' + handle + ']'); }
        
        if (this.#lenders.length === 0 || this.isResolved()) {
          throw new Error('subtask has no lendors or has already been resolved');
        }
        
        handle.lends++;
        this.#lenders.push(handle);
      }
      
      deliverResolve() {
        _debugLog('[AsyncSubtask#deliverResolve()] args', {
          lenders: this.#lenders,
          parentTaskID: this.parentTaskID(),
          subtaskID: this.#id,
          childTaskID: this.childTaskID(),
          resolved: this.isResolved(),
          resolveDelivered: this.resolveDelivered(),
        });
        
        const cannotDeliverResolve = this.resolveDelivered() || !this.isResolved();
        if (cannotDeliverResolve) {
          throw new Error('subtask cannot deliver resolution twice, and the subtask must be resolved');
        }
        
        for (const lender of this.#lenders) {
          lender.lends--;
        }
        
        this.#lenders = null;
      }
      
      resolveDelivered() {
        _debugLog('[AsyncSubtask#resolveDelivered()] args', { });
        if (this.#lenders === null && !this.isResolved()) {
          throw new Error('invalid subtask state, lenders missing and subtask has not been resolved');
        }
        return this.#lenders === null;
      }
      
      drop() {
        _debugLog('[AsyncSubtask#drop()] args', {
          componentIdx: this.#componentIdx,
          parentTaskID: this.#parentTask?.id(),
          parentTaskFnName: this.#parentTask?.entryFnName(),
          childTaskID: this.#childTask?.id(),
          childTaskFnName: this.#childTask?.entryFnName(),
          subtaskFnName: this.fnName,
        });
        if (!this.#waitable) { throw new Error('missing/invalid inner waitable'); }
        if (!this.resolveDelivered()) {
          throw new Error('cannot drop a subtask which has not yet resolved');
        }
        if (this.#waitable) { this.#waitable.drop() }
        this.#dropped = true;
      }
      
      #getComponentState() {
        const state = getOrCreateAsyncState(this.#componentIdx);
        if (!state) {
          throw new Error('invalid/missing async state for component [' + componentIdx + ']');
        }
        return state;
      }
      
      getWaitableHandleIdx() {
        _debugLog('[AsyncSubtask#getWaitableHandleIdx()] args', { });
        if (!this.#waitable) { throw new Error('missing/invalid waitable'); }
        return this.waitableRep();
      }
    }
    
    class FutureValue {
      #start;
      #settled;
      #hideThen = 0;
      #thenFn;
      
      constructor(start) {
        if (typeof start !== 'function') {
          throw new TypeError('future start operation must be a function');
        }
        this.#start = start;
        this.#thenFn = this.#then.bind(this);
      }
      
      get then() {
        return this.#hideThen === 0 ? this.#thenFn : undefined;
      }
      
      #read() {
        if (!this.#settled) {
          // The start operation resolves to a non-thenable box so a
          // future-valued payload cannot be assimilated by this Promise.
          this.#settled = Promise.resolve().then(this.#start);
        }
        return this.#settled;
      }
      
      resolveAsValue(resolve) {
        this.#hideThen++;
        try {
          resolve(this);
        } finally {
          this.#hideThen--;
        }
      }
      
      #deliver(resolve, value) {
        if (value instanceof FutureValue) {
          // Promise resolution reads `then` synchronously. Hide it only
          // for that lookup so resolving this layer yields the inner
          // FutureValue instead of recursively awaiting it.
          value.resolveAsValue(resolve);
          return;
        }
        resolve(value);
      }
      
      #then(resolve, reject) {
        return this.#read().then(
        box => this.#deliver(resolve, box.value),
        reject,
        );
      }
    }
    const ASYNC_DETERMINISM = 'random';
    const _coinFlip = () => { return Math.random() > 0.5; };
    
    const ASYNC_EVENT_CODE = {
      NONE: 0,
      SUBTASK: 1,
      STREAM_READ: 2,
      STREAM_WRITE: 3,
      FUTURE_READ: 4,
      FUTURE_WRITE: 5,
      TASK_CANCELLED: 6,
    };
    const CURRENT_TASK_META = {};
    
    function _withGlobalCurrentTaskMeta(args) {
      _debugLog('[_withGlobalCurrentTaskMeta()] args', args);
      if (!args) { throw new TypeError('args missing'); }
      if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
      if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
      if (!args.fn) { throw new TypeError('missing fn'); }
      const { taskID, componentIdx, fn } = args;
      const previous = CURRENT_TASK_META[componentIdx] ?? null;
      const previousCurrent = CURRENT_TASK_META.current ?? null;
      
      try {
        CURRENT_TASK_META.current =
        CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
        return fn();
      } catch (err) {
        _debugLog("error while executing sync callee/callback", {
          ...args,
          err,
        });
        throw err;
      } finally {
        // Synchronous wrappers can nest without any intervening JS
        // scheduling. Restore the caller rather than clearing it so
        // helper core exports (for example fused return adapters) can
        // temporarily run under a different task of the same component.
        CURRENT_TASK_META[componentIdx] = previous;
        CURRENT_TASK_META.current = previousCurrent;
      }
    }
    
    async function _withGlobalCurrentTaskMetaAsync(args) {
      _debugLog('[_withGlobalCurrentTaskMetaAsync()] args', args);
      if (!args) { throw new TypeError('args missing'); }
      if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
      if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
      if (!args.fn) { throw new TypeError('missing fn'); }
      
      const { taskID, componentIdx, fn } = args;
      
      try {
        CURRENT_TASK_META.current =
        CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
        return await fn();
      } catch (err) {
        _debugLog("error while executing async callee/callback", {
          ...args,
          err,
        });
        throw err;
      } finally {
        CURRENT_TASK_META[componentIdx] = null;
        if (CURRENT_TASK_META.current?.taskID === taskID) {
          CURRENT_TASK_META.current = null;
        }
      }
    }
    
    class AsyncTask {
      static _ID = 0n;
      
      static State = {
        INITIAL: 'initial',
        CANCELLED: 'cancelled',
        CANCEL_PENDING: 'cancel-pending',
        CANCEL_DELIVERED: 'cancel-delivered',
        RESOLVED: 'resolved',
      }
      
      static BlockResult = {
        CANCELLED: 'block.cancelled',
        NOT_CANCELLED: 'block.not-cancelled',
      }
      
      #id;
      #componentIdx;
      #state;
      #isAsync;
      #isManualAsync;
      #callingWasmExport = true;
      #lockFreeEntry = false;
      #preserveFutureResult;
      #entryFnName = null;
      
      #onResolveHandlers = [];
      #progressWaiters = [];
      #completionPromise = null;
      #completionValue;
      #completionReady = false;
      #settleCompletionPromise;
      #rejected = false;
      
      #exitPromise = null;
      #onExitHandlers = [];
      
      #memoryIdx = null;
      #memory = null;
      
      #callbackFn = null;
      #callbackFnName = null;
      
      #postReturnFn = null;
      
      #getCalleeParamsFn = null;
      #calleeIsAsync = null;
      
      #stringEncoding = null;
      
      #parentSubtask = null;
      
      #errHandling;
      
      #backpressurePromise;
      #backpressureWaiters = 0n;
      
      #returnLowerFns = null;
      
      #resourceScopeId;
      #resourceBorrowCount = 0;
      #resourceLenders = [];
      #resourceScopeExited = false;
      
      #subtasks = [];
      
      #entered = false;
      #exited = false;
      #errored = null;
      
      cancelled = false;
      cancelRequested = false;
      alwaysTaskReturn = false;
      
      returnCalls =  0;
      storage = [0, 0];
      tmpRetI64HighBits = 0|0;
      
      constructor(opts) {
        this.#id = ++AsyncTask._ID;
        this.#resourceScopeId = ++RESOURCE_SCOPE_ID;
        RESOURCE_SCOPE_TASKS.set(this.#resourceScopeId, this);
        
        if (opts?.componentIdx === undefined) {
          throw new TypeError('missing component id during task creation');
        }
        this.#componentIdx = opts.componentIdx;
        
        this.#state = AsyncTask.State.INITIAL;
        this.#isAsync = opts?.isAsync ?? false;
        this.#isManualAsync = opts?.isManualAsync ?? false;
        this.#preserveFutureResult = opts?.preserveFutureResult ?? false;
        this.#entryFnName = opts.entryFnName;
        // Tasks that execute guest slices (export calls, fused
        // callees) default to true; import-handler tasks pass false
        // explicitly (they run host code nested inside the caller's
        // already-locked slice).
        this.#callingWasmExport = opts?.callingWasmExport !== false;
        
        const {
          promise: completionPromise,
          resolve: resolveCompletionPromise,
          reject: rejectCompletionPromise,
        } = promiseWithResolvers();
        this.#completionPromise = completionPromise;
        // A nested rejection can reach the root task while its Wasm
        // entrypoint is still suspended, before the export wrapper awaits
        // this promise. Mark it handled immediately while preserving the
        // original rejected promise for the eventual caller.
        completionPromise.catch(() => {});
        
        let completionSettled = false;
        const settleCompletionPromise = () => {
          if (completionSettled || !this.#completionReady) { return; }
          completionSettled = true;
          if (this.#errored !== null) {
            rejectCompletionPromise(this.#errored);
          } else if (this.#rejected) {
            rejectCompletionPromise(this.#completionValue);
          } else if (
          this.#preserveFutureResult
          && this.#completionValue instanceof FutureValue
          ) {
            this.#completionValue.resolveAsValue(resolveCompletionPromise);
          } else {
            resolveCompletionPromise(this.#completionValue);
          }
        };
        
        this.#settleCompletionPromise = settleCompletionPromise;
        this.#onResolveHandlers.push((results) => {
          if (this.#parentSubtask !== null) { return; }
          if (!this.#isAsync && !this.#isManualAsync) { return; }
          this.#completionValue = results;
          this.#completionReady = true;
          // Publish after the current guest slice returns, so a trap
          // in that slice can still reject the call. Do not wait for
          // task exit: detached work may require further host calls
          // or consumption of a returned resource's stream.
        });
        
        const {
          promise: exitPromise,
          resolve: resolveExitPromise,
          reject: rejectExitPromise,
        } = promiseWithResolvers();
        this.#exitPromise = exitPromise;
        
        this.#onExitHandlers.push(() => {
          if (this.#parentSubtask === null && (this.#isAsync || this.#isManualAsync)) {
            settleCompletionPromise();
          }
          resolveExitPromise();
        });
        
        if (opts.callbackFn) { this.#callbackFn = opts.callbackFn; }
        if (opts.callbackFnName) { this.#callbackFnName = opts.callbackFnName; }
        
        if (opts.getCalleeParamsFn) { this.#getCalleeParamsFn = opts.getCalleeParamsFn; }
        if (opts.stringEncoding) { this.#stringEncoding = opts.stringEncoding; }
        
        if (opts.parentSubtask) { this.#parentSubtask = opts.parentSubtask; }
        
        
        if (opts.errHandling) { this.#errHandling = opts.errHandling; }
      }
      
      taskState() { return this.#state; }
      id() { return this.#id; }
      componentIdx() { return this.#componentIdx; }
      entryFnName() { return this.#entryFnName; }
      
      resourceScopeId() { return this.#resourceScopeId; }
      
      addBorrowedHandle() {
        if (this.#resourceScopeExited) {
          throw new Error('cannot add a borrow to an exited resource scope');
        }
        this.#resourceBorrowCount++;
      }
      
      removeBorrowedHandle() {
        if (this.#resourceBorrowCount === 0) {
          throw new Error('resource borrow count underflow');
        }
        this.#resourceBorrowCount--;
      }
      
      addResourceLender(table, handle) {
        if (this.#resourceScopeExited) {
          throw new Error('cannot add a lender to an exited resource scope');
        }
        this.#resourceLenders.push({ table, handle });
      }
      
      validateResourceBorrowScope() {
        if (this.#resourceScopeExited) { return; }
        if (this.#resourceBorrowCount !== 0) {
          throw new WebAssemblyRuntimeError('borrow handles still remain at the end of the call');
        }
        for (const { table, handle } of this.#resourceLenders) {
          const idx = handle << 1;
          const lendCount = table[idx];
          if (!Number.isInteger(lendCount) || lendCount <= 0 || lendCount >= 2**30) {
            throw new Error('invalid resource lender state at scope exit');
          }
          table[idx] = lendCount - 1;
        }
        this.#resourceLenders = [];
        this.#resourceScopeExited = true;
        RESOURCE_SCOPE_TASKS.delete(this.#resourceScopeId);
      }
      
      completionPromise() { return this.#completionPromise; }
      settleCompletion() { this.#settleCompletionPromise(); }
      exitPromise() { return this.#exitPromise; }
      
      waitForProgress() {
        const { promise, resolve } = promiseWithResolvers();
        this.#progressWaiters.push(resolve);
        return promise;
      }
      
      notifyProgress() {
        const waiters = this.#progressWaiters;
        this.#progressWaiters = [];
        for (const resolve of waiters) { resolve(); }
      }
      
      isAsync() { return this.#isAsync; }
      isManualAsync() { return this.#isManualAsync; }
      isSync() { return !this.isAsync(); }
      
      getErrHandling() { return this.#errHandling; }
      
      hasCallback() { return this.#callbackFn !== null; }
      
      getReturnMemoryIdx() { return this.#memoryIdx; }
      setReturnMemoryIdx(idx) {
        if (idx === null) { return; }
        this.#memoryIdx = idx;
      }
      
      getReturnMemory() { return this.#memory; }
      setReturnMemory(m) {
        if (m === null) { return; }
        this.#memory = m;
      }
      
      setReturnLowerFns(fns) { this.#returnLowerFns = fns; }
      getReturnLowerFns() { return this.#returnLowerFns; }
      
      setCalleeIsAsync(value) {
        if (typeof value !== 'boolean') { throw new TypeError('callee async state must be a boolean'); }
        this.#calleeIsAsync = value;
      }
      
      setParentSubtask(subtask) {
        if (!subtask || !(subtask instanceof AsyncSubtask)) { return }
        if (this.#parentSubtask) { throw new Error('parent subtask can only be set once'); }
        this.#parentSubtask = subtask;
      }
      
      getParentSubtask() { return this.#parentSubtask; }
      
      // TODO(threads): this is very inefficient, we can pass along a root task,
      // and ideally do not need this once thread support is in place
      getRootTask() {
        let currentSubtask = this.getParentSubtask();
        let task = this;
        while (currentSubtask) {
          task = currentSubtask.getParentTask();
          currentSubtask = task.getParentSubtask();
        }
        return task;
      }
      
      setPostReturnFn(f) {
        if (!f) { return; }
        if (this.#postReturnFn) { throw new Error('postReturn fn can only be set once'); }
        this.#postReturnFn = f;
      }
      
      setCallbackFn(f, name) {
        if (!f) { return; }
        if (this.#callbackFn) { throw new Error('callback fn can only be set once'); }
        this.#callbackFn = f;
        this.#callbackFnName = name;
      }
      
      getCallbackFnName() {
        if (!this.#callbackFnName) { return undefined; }
        return this.#callbackFnName;
      }
      
      runCallbackFn(...args) {
        if (!this.#callbackFn) { throw new Error('no callback function has been set for task'); }
        if (this.#callbackFn._jcoMaySuspend === false) {
          return _withGlobalCurrentTaskMeta({
            taskID: this.#id,
            componentIdx: this.#componentIdx,
            fn: () => this.#callbackFn.apply(null, args),
          });
        }
        return _withGlobalCurrentTaskMetaAsync({
          taskID: this.#id,
          componentIdx: this.#componentIdx,
          fn: () => { return this.#callbackFn.apply(null, args); }
        });
      }
      
      getCalleeParams() {
        if (!this.#getCalleeParamsFn) { throw new Error('missing/invalid getCalleeParamsFn'); }
        return this.#getCalleeParamsFn();
      }
      
      // Legacy manually-async exports are sync-typed in the component
      // but use JSPI precisely so their guest stack may suspend.
      mayBlock() { return this.isAsync() || this.isManualAsync() || this.isResolvedState() }
      
      mayEnter(task) {
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        if (cstate.hasBackpressure()) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to backpressure', { taskID: this.#id });
          return false;
        }
        if (!cstate.callingSyncImport()) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to sync import call', { taskID: this.#id });
          return false;
        }
        const callingSyncExportWithSyncPending = cstate.callingSyncExport && !task.isAsync;
        if (!callingSyncExportWithSyncPending) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to sync export w/ sync pending', { taskID: this.#id });
          return false;
        }
        return true;
      }
      
      enterSync() {
        if (this.needsExclusiveLock()) {
          const cstate = getOrCreateAsyncState(this.#componentIdx);
          if (!cstate.isExclusivelyLocked()) {
            cstate.exclusiveLock(this.#id);
          } else {
            // A host-called sync export arriving while another
            // task's slice holds the lock: synchronous entry
            // cannot wait, and historically this entry silently
            // stole the hold. Run without the lock instead --
            // the holder's bookkeeping stays intact and its
            // release still pairs
            this.#lockFreeEntry = true;
            _debugLog('[AsyncTask#enterSync()] entering without exclusive lock', {
              taskID: this.#id,
              componentIdx: this.#componentIdx,
            });
          }
        }
        return true;
      }
      
      tryEnter() {
        if (this.#entered) {
          throw new Error(`task with ID [${this.#id}] should not be entered twice`);
        }
        
        if (this.deliverPendingCancel({ cancellable: true })) {
          this.cancel();
          return false;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        if (this.isSync()) {
          this.#entered = true;
          return true;
        }
        if (cstate.hasBackpressure()) { return null; }
        if (this.needsExclusiveLock()) {
          if (cstate.isExclusivelyLocked()) { return null; }
          cstate.exclusiveLock(this.#id);
        }
        
        if (this.deliverPendingCancel({ cancellable: true })) {
          cstate.exclusiveRelease(this.#id);
          this.cancel();
          return false;
        }
        
        this.#entered = true;
        return true;
      }
      
      async enter(opts) {
        _debugLog('[AsyncTask#enter()] args', {
          taskID: this.#id,
          componentIdx: this.#componentIdx,
          subtaskID: this.getParentSubtask()?.id(),
          args: opts,
          entryFnName: this.#entryFnName,
        });
        
        if (this.#entered) {
          throw new Error(`task with ID [${this.#id}] should not be entered twice`);
        }
        
        // If cancellation was requested before the task was entered, resolve
        // as cancelled without ever running guest code
        if (this.deliverPendingCancel({ cancellable: true })) {
          this.cancel();
          return false;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        
        if (opts?.isHost) {
          this.#entered = true;
          // A guest task may be synchronously blocked in this
          // host entry. Propagate that boundary so an async
          // cancellation driver can yield BLOCKED while the host
          // operation is outstanding.
          const parentTask = this.#parentSubtask?.getParentTask();
          if (
          parentTask?.taskState() === AsyncTask.State.CANCEL_DELIVERED
          || (parentTask && !parentTask.hasCallback())
          ) {
            parentTask.notifyProgress();
          }
          return this.#entered;
        }
        
        // NOTE: concurrent task lifetimes within one component instance are
        // permitted by the Component Model: entry is governed by the
        // backpressure and exclusive-lock checks below (the lock is held per
        // execution slice, not for the task's lifetime).
        //
        // Serializing entire task lifetimes here (the former "execution slot" queue)
        // deadlocks pipelines where a parked long-lived task's progress depends on a
        // later entry into the same component.
        
        // If a task is synchronous then we can avoid component-relevant
        // tracking and immediately enter.
        if (this.isSync()) {
          this.#entered = true;
          
          // TODO(breaking): remove once manually-specifying async fns is removed
          // It is currently possible for an actually sync export to be specified
          // as async via JSPI
          if (this.#isManualAsync) {
            if (this.needsExclusiveLock()) { await cstate.acquireExclusiveLock(this.#id); }
          }
          
          return this.#entered;
        }
        
        // Perform intial backpressure check
        if (cstate.hasBackpressure()) {
          cstate.addBackpressureWaiter();
          
          const result = await this.waitUntil({
            readyFn: () => {
              return !cstate.hasBackpressure();
            },
            cancellable: true,
          });
          
          cstate.removeBackpressureWaiter();
          
          if (!result || this.isCancelled()) {
            if (!this.isResolvedState()) { this.cancel(); }
            return false;
          }
        }
        
        // Acquire the per-slice exclusive lock (FIFO-queued when
        // contended); the first slice runs under this hold and the
        // driver loop releases/re-acquires it per slice thereafter.
        if (this.needsExclusiveLock()) {
          await cstate.acquireExclusiveLock(this.#id);
        }
        
        // Cancellation-before-start may resolve this task while its
        // queued lock acquisition is still pending. Acquiring the lock
        // does not make the already-resolved task runnable again.
        if (this.isResolvedState() || this.isCancelled()) {
          cstate.exclusiveRelease(this.#id);
          return false;
        }
        
        // Cancellation can be requested while entry is waiting for
        // backpressure or its exclusive lock. Do not execute the guest
        // after acquiring a lock for a task that should no longer start.
        if (this.deliverPendingCancel({ cancellable: true })) {
          cstate.exclusiveRelease(this.#id);
          this.cancel();
          return false;
        }
        
        this.#entered = true;
        return this.#entered;
      }
      
      isRunningState() { return this.#state !== AsyncTask.State.RESOLVED; }
      isResolvedState() { return this.#state === AsyncTask.State.RESOLVED; }
      isResolved() { return this.#state === AsyncTask.State.RESOLVED; }
      isExited() { return this.#exited; }
      
      async waitUntil(opts) {
        const { readyFn, cancellable } = opts;
        _debugLog('[AsyncTask#waitUntil()] args', { taskID: this.#id, args: { cancellable } });
        
        // TODO(fix): check for cancel
        // TODO(fix): determinism
        // TODO(threads): add this thread to waiting list
        
        const keepGoing = await this.suspendUntil({
          readyFn,
          cancellable,
        });
        
        return keepGoing;
      }
      
      async yieldUntil(opts) {
        const { readyFn, cancellable } = opts;
        _debugLog('[AsyncTask#yieldUntil()]', {
          taskID: this.#id,
          args: {
            cancellable,
          },
          componentIdx: this.#componentIdx,
        });
        
        // A callback YIELD is an explicit request to let other work run.
        // Unlike waits whose condition is already ready, it must always
        // suspend for at least one scheduler turn.
        const keepGoing = await this.immediateSuspend({ readyFn, cancellable });
        if (keepGoing) {
          return {
            code: ASYNC_EVENT_CODE.NONE,
            payload0: 0,
            payload1: 0,
          };
        }
        
        return {
          code: ASYNC_EVENT_CODE.TASK_CANCELLED,
          payload0: 0,
          payload1: 0,
        };
      }
      
      async suspendUntil(opts) {
        const { cancellable, readyFn } = opts;
        _debugLog('[AsyncTask#suspendUntil()] args', {
          taskID: this.#id,
          args: {
            cancellable,
          },
          componentIdx: this.#componentIdx,
        });
        
        const pendingCancelled = this.deliverPendingCancel({ cancellable });
        if (pendingCancelled) { return false; }
        
        const completed = await this.immediateSuspendUntil({ readyFn, cancellable });
        return completed;
      }
      
      suspendUntilCallback(opts, onResume) {
        const { cancellable, readyFn } = opts;
        if (this.deliverPendingCancel({ cancellable })) {
          onResume(false);
          return;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        cstate.suspendTask({
          task: this,
          cancellable,
          readyFn: () => {
            if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
              return true;
            }
            return readyFn();
          },
          onResume: (keepGoing) => {
            if (keepGoing && this.deliverPendingCancel({ cancellable })) {
              keepGoing = false;
            }
            onResume(keepGoing);
          },
        });
      }
      
      // TODO(threads): equivalent to thread.suspend_until()
      async immediateSuspendUntil(opts) {
        const { cancellable, readyFn } = opts;
        _debugLog('[AsyncTask#immediateSuspendUntil()] args', {
          args: {
            cancellable,
            readyFn,
          },
          taskID: this.#id,
          componentIdx: this.#componentIdx,
        });
        
        const ready = readyFn();
        if (ready && ASYNC_DETERMINISM === 'random') {
          const coinFlip = _coinFlip();
          if (coinFlip) { return true }
        }
        
        const keepGoing = await this.immediateSuspend({ cancellable, readyFn });
        return keepGoing;
      }
      
      async immediateSuspend(opts) { // NOTE: equivalent to thread.suspend()
      // TODO(threads): store readyFn on the thread
      const { cancellable, readyFn } = opts;
      _debugLog('[AsyncTask#immediateSuspend()] args', { cancellable, readyFn });
      
      const pendingCancelled = this.deliverPendingCancel({ cancellable });
      if (pendingCancelled) { return false; }
      
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      const keepGoing = await cstate.suspendTask({
        task: this,
        cancellable,
        readyFn: () => {
          // A pending cancellation request wakes cancellable waits
          if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
            return true;
          }
          return readyFn();
        },
      });
      if (keepGoing && this.deliverPendingCancel({ cancellable })) { return false; }
      return keepGoing;
    }
    
    deliverPendingCancel(opts) {
      const { cancellable } = opts;
      _debugLog('[AsyncTask#deliverPendingCancel()]', {
        args: { cancellable },
        taskID: this.#id,
        componentIdx: this.#componentIdx,
      });
      
      if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
        this.#state = AsyncTask.State.CANCEL_DELIVERED;
        return true;
      }
      
      return false;
    }
    
    isCancelled() { return this.cancelled }
    cancellationRequested() { return this.cancelRequested; }
    
    // Request cooperative cancellation of this task, called on behalf of a
    // supertask performing `subtask.cancel` on the subtask this task backs.
    //
    // The request is delivered at this task's next cancellable wait
    // (see suspendUntil/immediateSuspend), at which point the task is
    // expected to acknowledge via `task.cancel` or still resolve via
    // `task.return`.
    requestCancellation() {
      _debugLog('[AsyncTask#requestCancellation()] args', {
        taskID: this.#id,
        componentIdx: this.#componentIdx,
        state: this.#state,
      });
      if (this.isResolvedState() || this.cancelRequested) { return; }
      this.cancelRequested = true;
      if (this.#state === AsyncTask.State.INITIAL) {
        this.#state = AsyncTask.State.CANCEL_PENDING;
      }
      // Nudge the component's tick loop so that any suspended cancellable
      // wait observes the pending cancellation promptly
      getOrCreateAsyncState(this.#componentIdx).runTickLoop();
    }
    
    cancel(args) {
      _debugLog('[AsyncTask#cancel()] args', { });
      if (this.taskState() !== AsyncTask.State.CANCEL_DELIVERED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] invalid task state [${this.taskState()}] for cancellation`);
      }
      this.validateResourceBorrowScope();
      this.cancelled = true;
      // Cancelled tasks resolve with no value (spec: `Task.cancel` calls
      // `on_resolve(None)`); an explicit error is only present on the
      // host-driven rejection path (see `reject()`).
      this.onResolve(args?.error ?? null);
      this.#state = AsyncTask.State.RESOLVED;
      // A task cancelled before entry has no driver loop that can
      // report its exit. Entered tasks notify after releasing their
      // component slice in `exit()`.
      if (!this.#entered) { this.notifyProgress(); }
    }
    
    onResolve(taskValue) {
      const handlers = this.#onResolveHandlers;
      this.#onResolveHandlers = [];
      for (const f of handlers) {
        try {
          f(taskValue);
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      
      // Rejections are control-flow failures, not canonical ABI results.
      // Propagate them through the subtask chain without running return
      // lowering or post-return hooks for a successful result.
      if (this.#rejected) {
        this.#parentSubtask?.reject(taskValue);
        return;
      }
      
      // NOTE: if the parent subtask has already been resolved (e.g. it was
      // cancelled via `subtask.cancel` while this task was still pending),
      // this task's resolution must be discarded rather than delivered.
      const parentSubtaskPending = this.#parentSubtask && !this.#parentSubtask.isResolved();
      const taskReturned = !this.isCancelled();
      
      if (parentSubtaskPending && taskReturned) {
        const meta = this.#parentSubtask.getCallMetadata();
        // Run the rturn fn if it has not already been called -- this *should* have happened in
        // `task.return`, but some paths do not go through task.return (e.g. async lower of sync fn
        // which goes through prepare + async-start-call)
        if (meta.returnFn && !meta.returnFnCalled) {
          _debugLog('[AsyncTask#onResolve()] running returnFn', {
            componentIdx: this.#componentIdx,
            taskID: this.#id,
            subtaskID: this.#parentSubtask.id(),
          });
          const callerTask = this.#parentSubtask.getParentTask();
          _withGlobalCurrentTaskMeta({
            taskID: callerTask.id(),
            componentIdx: callerTask.componentIdx(),
            fn: () => meta.returnFn.apply(null, [taskValue, meta.resultPtr]),
          });
          meta.returnFnCalled = true;
        }
      }
      
      if (this.#postReturnFn && taskReturned) {
        _debugLog('[AsyncTask#onResolve()] running post return ', {
          componentIdx: this.#componentIdx,
          taskID: this.#id,
        });
        try {
          _withGlobalCurrentTaskMeta({
            taskID: this.#id,
            componentIdx: this.#componentIdx,
            fn: () => this.#postReturnFn(taskValue),
          });
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      
      if (parentSubtaskPending) {
        this.#parentSubtask.onResolve(taskValue);
      }
    }
    
    registerOnResolveHandler(f) {
      this.#onResolveHandlers.push(f);
    }
    
    isRejected() { return this.#rejected; }
    
    isErrored() { return this.#errored; }
    setErrored(err) {
      // Preserve the originating trap when unwinding through
      // additional guest frames produces secondary traps (often
      // an `unreachable` after a call which was expected to trap).
      if (this.#errored === null) { this.#errored = err; }
    }
    
    reject(taskErr) {
      _debugLog('[AsyncTask#reject()] args', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        parentSubtask: this.#parentSubtask,
        parentSubtaskID: this.#parentSubtask?.id(),
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName,
        errMsg: taskErr.message,
      });
      
      this.setErrored(taskErr);
      if (this.#rejected) { return; }
      
      // A task may call `task.return` before its callback exits.
      // A trap in cleanup or spawned work must still reject the
      // host call and poison the enclosing task chain.
      if (this.isResolvedState()) {
        this.#rejected = true;
        this.#errored = taskErr;
        const parentTask = this.#parentSubtask?.getParentTask();
        if (parentTask) { parentTask.reject(taskErr); }
        return;
      }
      
      this.#rejected = true;
      this.cancelRequested = true;
      this.#state = AsyncTask.State.CANCEL_PENDING;
      const cancelled = this.deliverPendingCancel({ cancellable: true });
      
      // TODO: do cleanup here to reset the machinery so we can run again?
      
      this.cancel({ error: taskErr });
    }
    
    resolve(results) {
      _debugLog('[AsyncTask#resolve()] args', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName,
      });
      
      if (this.#state === AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}]  is already resolved (did you forget to wait for an import?)`);
      }
      
      this.validateResourceBorrowScope();
      
      this.#state = AsyncTask.State.RESOLVED;
      
      switch (results.length) {
        case 0:
        this.onResolve(undefined);
        break;
        case 1:
        this.onResolve(results[0]);
        break;
        default:
        _debugLog('[AsyncTask#resolve()] unexpected number of results', {
          componentIdx: this.#componentIdx,
          results,
          taskID: this.#id,
          subtaskID: this.#parentSubtask?.id(),
          entryFnName: this.#entryFnName,
          callbackFnName: this.#callbackFnName,
        });
        throw new Error('unexpected number of results');
      }
    }
    
    exit(args) {
      _debugLog('[AsyncTask#exit()]', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
      });
      
      if (this.#exited)  { throw new Error("task has already exited"); }
      
      if (this.#state !== AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] exited without resolution`);
      }
      
      this.validateResourceBorrowScope();
      
      const state = getOrCreateAsyncState(this.#componentIdx);
      if (!state) { throw new Error('missing async state for component [' + this.#componentIdx + ']'); }
      
      // Exempt the host from exclusive lock check
      if (this.#componentIdx !== -1 && !args?.skipExclusiveLockCheck && !this.#lockFreeEntry) {
        if (this.needsExclusiveLock() && !state.exclusivelyLockedBy(this.#id)) {
          throw new Error(`task [${this.#id}] exit: component [${this.#componentIdx}] should have been exclusively locked by it`);
        }
      }
      
      // Ownership-checked: releases only this task's own hold (a
      // task exiting while another task's slice holds the lock no
      // longer clears the foreign hold).
      state.exclusiveRelease(this.#id);
      this.notifyProgress();
      
      for (const f of this.#onExitHandlers) {
        try {
          f();
        } catch (err) {
          console.error("error during task exit handler", err);
          throw err;
        }
      }
      
      this.#exited = true;
      clearCurrentTask(this.#componentIdx, this.id());
    }
    
    needsExclusiveLock() {
      // Host (-1) tasks model host-side import handling: there is no
      // guest linear memory or executor state to protect, and host
      // calls from unrelated guest components would contend spuriously.
      if (this.#componentIdx === -1) { return false; }
      // Import-handler tasks (CallInterface) run host code nested
      // inside the calling guest slice, which already holds the
      // lock; only tasks that execute guest slices need it.
      if (!this.#callingWasmExport) { return false; }
      // A sync-lifted callee cannot be reentered until the whole
      // stackful call returns. This is the Component Model's
      // automatic-backpressure rule for async-lowered calls.
      return !this.#isAsync || this.hasCallback() || this.#calleeIsAsync === false;
    }
    
    createSubtask(args) {
      _debugLog('[AsyncTask#createSubtask()] args', args);
      const { componentIdx, childTask, callMetadata, fnName, isAsync, isManualAsync } = args;
      
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (!cstate) {
        throw new Error(`invalid/missing async state for component idx [${componentIdx}]`);
      }
      
      const waitable = new Waitable({
        componentIdx: this.#componentIdx,
        target: `subtask (internal ID [${this.#id}])`,
      });
      
      const newSubtask = new AsyncSubtask({
        componentIdx,
        childTask,
        parentTask: this,
        callMetadata,
        isAsync,
        isManualAsync,
        fnName,
        waitable,
      });
      this.#subtasks.push(newSubtask);
      newSubtask.setTarget(`subtask (internal ID [${newSubtask.id()}], waitable [${waitable.idx()}], component [${componentIdx}])`);
      waitable.setIdx(cstate.handles.insert(newSubtask));
      waitable.setTarget(`waitable for subtask (waitable id [${waitable.idx()}], subtask internal ID [${newSubtask.id()}])`);
      return newSubtask;
    }
    
    getLatestSubtask() {
      return this.#subtasks.at(-1);
    }
    
    getSubtaskByWaitableRep(rep) {
      if (rep === undefined) { throw new TypeError('missing rep'); }
      return this.#subtasks.find(s => s.waitableRep() === rep);
    }
    
    currentSubtask() {
      _debugLog('[AsyncTask#currentSubtask()]');
      if (this.#subtasks.length === 0) { return undefined; }
      return this.#subtasks.at(-1);
    }
    
    removeSubtask(subtask) {
      if (this.#subtasks.length === 0) {
        throw new Error('cannot end current subtask: no current subtask');
      }
      this.#subtasks = this.#subtasks.filter(t => t !== subtask);
      return subtask;
    }
  }
  
  function createNewCurrentTask(args) {
    _debugLog('[createNewCurrentTask()] args', args);
    const {
      componentIdx,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      parentSubtaskID,
      callbackFnName,
      getCallbackFn,
      getParamsFn,
      stringEncoding,
      errHandling,
      getCalleeParamsFn,
      resultPtr,
      callingWasmExport,
    } = args;
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing/invalid component instance index while starting task');
    }
    let taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    const callbackFn = getCallbackFn ? getCallbackFn() : null;
    
    const newTask = new AsyncTask({
      componentIdx,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      callbackFn,
      callbackFnName,
      stringEncoding,
      getCalleeParamsFn,
      resultPtr,
      errHandling,
      callingWasmExport,
    });
    
    const newTaskID = newTask.id();
    const newTaskMeta = { id: newTaskID, componentIdx, task: newTask };
    
    // NOTE: do not track host tasks
    ASYNC_CURRENT_TASK_IDS.push(newTaskID);
    ASYNC_CURRENT_COMPONENT_IDXS.push(componentIdx);
    
    if (!taskMetas) {
      taskMetas = [newTaskMeta];
      ASYNC_TASKS_BY_COMPONENT_IDX.set(componentIdx, [newTaskMeta]);
    } else {
      taskMetas.push(newTaskMeta);
    }
    
    return [newTask, newTaskID];
  }
  
  function _checkMayLeave(componentIdx) {
    if (INSTANCE_FLAGS.get(componentIdx)?.value !== 1) {
      throw new WebAssemblyRuntimeError('cannot leave component instance');
    }
  }
  
  function _getGlobalCurrentTaskMeta(componentIdx) {
    const v = componentIdx === undefined || componentIdx === null
    ? CURRENT_TASK_META.current
    : CURRENT_TASK_META[componentIdx];
    if (v === undefined || v === null) {
      return undefined;
    }
    return { ...v };
  }
  
  
  function _setGlobalCurrentTaskMeta(args) {
    if (!args) { throw new TypeError('args missing'); }
    if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
    if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
    const { taskID, componentIdx } = args;
    return CURRENT_TASK_META.current =
    CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
  }
  
  
  async function _clearCurrentTask(args) {
    _debugLog('[_clearCurrentTask()] args', args);
    if (!args) { throw new TypeError('args missing'); }
    if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
    if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
    const { taskID, componentIdx } = args;
    
    const meta = CURRENT_TASK_META[componentIdx];
    if (!meta) { throw new Error(`missing current task meta for component idx [${componentIdx}]`); }
    
    if (meta.taskID !== taskID) {
      throw new Error(`task ID [${meta.taskID}] != requested ID [${taskID}]`);
    }
    if (meta.componentIdx !== componentIdx) {
      throw new Error(`component idx [${meta.componentIdx}] != requested idx [${componentIdx}]`);
    }
    
    CURRENT_TASK_META[componentIdx] = null;
    if (CURRENT_TASK_META.current?.taskID === taskID) {
      CURRENT_TASK_META.current = null;
    }
  }
  
  function _lowerImportBackwardsCompat(args) {
    const params = [...arguments].slice(1);
    _debugLog('[_lowerImportBackwardsCompat()] args', { args, params });
    const {
      functionIdx,
      componentIdx,
      isAsync,
      isManualAsync,
      paramLiftFns,
      resultLowerFns,
      hasResultPointer,
      funcTypeIsAsync,
      metadata,
      memoryIdx,
      getMemoryFn,
      getReallocFn,
      importFn,
      stringEncoding,
    } = args;
    
    _checkMayLeave(componentIdx);
    
    let meta = _getGlobalCurrentTaskMeta(componentIdx);
    let createdTask;
    
    // Some components depend on initialization logic (i.e. `_initialize` or some such
    // core wasm export) that is embedded in the component, but is not executed or wizer'd
    // away before the transpiled component is attempted to be used.
    //
    // These components execut their initialization logic *when they are imported* in the
    // transpiled context -- so we may get a call to an export that is lowered without going
    // through `CallWasm` or `CallInterface`.
    //
    if (!meta) {
      if (funcTypeIsAsync || (isAsync && !isManualAsync)) {
        throw new Error('p3 async wasm exports cannot use backwards compat auto-task init');
      }
      
      const [newTask, newTaskID] = createNewCurrentTask({
        componentIdx,
        isAsync,
        isManualAsync,
        callingWasmExport: false,
      });
      createdTask = newTask;
      
      // Since we're managing the task creation ourselves we must clear ourselves
      createdTask.registerOnResolveHandler(() => {
        _clearCurrentTask({
          taskID: task.id(),
          componentIdx: task.componentIdx(),
        });
      });
      
      _setGlobalCurrentTaskMeta({
        componentIdx,
        taskID: newTaskID,
      });
      
      meta = _getGlobalCurrentTaskMeta(componentIdx);
    }
    
    const { taskID } = meta;
    
    const taskMeta = getCurrentTask(componentIdx, taskID);
    if (!taskMeta) {
      throw new Error('invalid/missing async task meta');
    }
    
    const task = taskMeta.task;
    if (!task) { throw new Error('invalid/missing async task'); }
    
    const cstate = getOrCreateAsyncState(componentIdx);
    
    if (!task.mayBlock() && funcTypeIsAsync && !isAsync) {
      throw new Error("non async exports cannot synchronously call async functions");
    }
    
    // If there is an existing task, this should be part of a subtask
    const memory = getMemoryFn();
    // Canonical ABI lower appends result storage as a trailing
    // param when async lower has any flat result, or sync lower
    // has more than one flat result.
    const resultPtr = hasResultPointer ? params[params.length - 1] : undefined;
    const subtask = task.createSubtask({
      componentIdx,
      parentTask: task,
      fnName: importFn.fnName,
      isAsync,
      isManualAsync,
      callMetadata: {
        memoryIdx,
        memory,
        realloc: getReallocFn?.(),
        getReallocFn,
        resultPtr,
        lowers: resultLowerFns,
        funcTypeIsAsync,
        stringEncoding,
      }
    });
    task.setReturnMemoryIdx(memoryIdx);
    task.setReturnMemory(getMemoryFn());
    
    subtask.onStart();
    
    // If dealing with a sync lowered sync function, we can directly return results
    //
    // TODO(breaking): remove once we get rid of manual async import specification,
    // as func types cannot be detected in that case only (and we don't need that w/ p3)
    if (!isManualAsync && !isAsync && !funcTypeIsAsync) {
      if (createdTask) { createdTask.enterSync(); }
      
      const res = importFn(...params);
      
      // TODO(breaking): remove once we get rid of manual async import specification,
      // as func types cannot be detected in that case only (and we don't need that w/ p3)
      if (!funcTypeIsAsync && !subtask.isReturned()) {
        throw new Error('post-execution subtasks must either be async or returned');
      }
      
      const syncRes = subtask.getResult();
      if (createdTask) { createdTask.resolve([syncRes]); }
      
      return syncRes;
    }
    
    // Sync-lowered async functions requires async behavior because the callee *can* block,
    // but this call must *act* synchronously and return immediately with the result
    // (i.e. not returning until the work is done)
    //
    // TODO(breaking): remove checking for manual async specification here, once we can go p3-only
    //
    if (!isManualAsync && !isAsync && funcTypeIsAsync) {
      const { promise, resolve, reject } = promiseWithResolvers();
      queueMicrotask(async () => {
        try {
          await importFn(...params);
          if (!subtask.isResolved()) {
            await task.suspendUntil({ readyFn: () => subtask.isResolved() });
          }
          resolve(subtask.getResult());
        } catch (err) {
          reject(err);
        }
      });
      return promise;
    }
    
    // NOTE: at this point we know that we are working with an async lowered import
    
    const subtaskState = subtask.getStateNumber();
    if (subtaskState < 0 || subtaskState >= 2**4) {
      throw new Error('invalid subtask state, out of valid range');
    }
    
    subtask.setOnProgressFn(() => {
      subtask.setPendingEvent(() => {
        if (subtask.isResolved()) { subtask.deliverResolve(); }
        const event = {
          code: ASYNC_EVENT_CODE.SUBTASK,
          payload0: subtask.waitableRep(),
          payload1: subtask.getStateNumber(),
        }
        return event;
      });
    });
    
    // This is a hack to maintain backwards compatibility with
    // manually-specified async imports, used in wasm exports that are
    // not actually async (but are specified as so).
    //
    // This is not normal p3 sync behavior but instead anticipating that
    // the caller that is doing manual async will be waiting for a promise that
    // resolves to the *actual* result.
    //
    // TODO(breaking): remove once manually specified async is removed
    //
    // There are a few cases:
    // 1. sync function with async types (e.g. `f: func() -> stream<u32>`)
    // 2. async function with async types (e.g. `f: async func() -> stream<u32>`)
    // 3. async function with sync types (e.g. `f: async func() -> list<u32>`)
    // 4. sync function with non-async types (e.g. `f: func() -> list<u32>`)
    //
    // This hack *only* applies to 4 -- the case where an async JS host function
    // is supplied to a Wasm export which does *not* need to do any async abi
    // lifting/lowering (async ABI did not exist when JSPI integratiton was
    // initially merged to enable asynchronously returning values from the host)
    //
    const requiresManualAsyncResult = !isAsync && !funcTypeIsAsync && isManualAsync;
    let manualAsyncResult;
    if (requiresManualAsyncResult) {
      manualAsyncResult = promiseWithResolvers();
    }
    
    queueMicrotask(async () => {
      try {
        _debugLog('[_lowerImportBackwardsCompat()] calling lowered import', { importFn, params });
        if (createdTask) { await createdTask.enter(); }
        
        const asyncRes = await importFn(...params);
        if (requiresManualAsyncResult) {
          manualAsyncResult.resolve(subtask.getResult());
        }
        
        if (createdTask) { createdTask.resolve([asyncRes]); }
        
        
      } catch (err) {
        _debugLog("[_lowerImportBackwardsCompat()] import fn error:", err);
        if (requiresManualAsyncResult) {
          manualAsyncResult.reject(err);
          return;
        }
        task.setErrored(err);
        task.reject(err);
      }
    });
    
    if (requiresManualAsyncResult) { return manualAsyncResult.promise; }
    
    _debugLog('[_lowerImportBackwardsCompat()] async-lowered import return', {
      fnName: importFn.fnName,
      componentIdx,
      subtaskID: subtask.id(),
      waitableRep: subtask.waitableRep(),
      subtaskState,
      packedResult: Number(subtask.waitableRep()) << 4 | subtaskState,
    });
    
    return Number(subtask.waitableRep()) << 4 | subtaskState;
  }
  
  const CURRENT_TASK_MAY_BLOCK= globalThis.WebAssembly ? new globalThis.WebAssembly.Global({ value: 'i32', mutable: true }, 0) : false;
  
  
  function _liftFlatU8(ctx) {
    _debugLog('[_liftFlatU8()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) { throw new Error('expected at least a single i32 argument'); }
      val = ctx.params[0];
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    
    if (ctx.storageLen !== undefined && ctx.storageLen < 1) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u8 requires 1 byte)`);
    }
    
    val = new DataView(ctx.memory.buffer).getUint8(ctx.storagePtr, true);
    
    ctx.storagePtr += 1;
    if (ctx.storageLen !== undefined) { ctx.storageLen -= 1; }
    
    return [val, ctx];
  }
  
  
  function _liftFlatU16(ctx) {
    _debugLog('[_liftFlatU16()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) { throw new Error('expected at least a single i32 argument'); }
      val = ctx.params[0];
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    
    if (ctx.storageLen !== undefined && ctx.storageLen < 2) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u16 requires 2 bytes)`);
    }
    
    val = new DataView(ctx.memory.buffer).getUint16(ctx.storagePtr, true);
    
    ctx.storagePtr += 2;
    if (ctx.storageLen !== undefined) { ctx.storageLen -= 2; }
    
    const rem = ctx.storagePtr % 2;
    if (rem !== 0) { ctx.storagePtr += (2 - rem); }
    
    return [val, ctx];
  }
  
  
  function _liftFlatU32(ctx) {
    _debugLog('[_liftFlatU32()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) { throw new Error('expected at least a single i34 argument'); }
      // core i32 values arrive as signed numbers
      val = ctx.params[0] >>> 0;
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    
    if (ctx.storageLen !== undefined && ctx.storageLen < 4) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u32 requires 4 bytes)`);
    }
    val = new DataView(ctx.memory.buffer).getUint32(ctx.storagePtr, true);
    ctx.storagePtr += 4;
    if (ctx.storageLen !== undefined) { ctx.storageLen -= 4; }
    
    return [val, ctx];
  }
  
  
  function _liftFlatStringUTF8(ctx) {
    _debugLog('[_liftFlatStringUTF8()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length < 2) { throw new Error('expected at least two u32 arguments'); }
      let offset = ctx.params[0];
      if (typeof offset === 'bigint') { offset = Number(offset); }
      if (!Number.isSafeInteger(offset)) { throw new Error('invalid offset'); }
      const len = ctx.params[1];
      if (!Number.isSafeInteger(len)) {  throw new Error('invalid len'); }
      val = TEXT_DECODER_UTF8.decode(new DataView(ctx.memory.buffer, offset, len));
      ctx.params = ctx.params.slice(2);
      return [val, ctx];
    }
    
    const rem = ctx.storagePtr % 4;
    if (rem !== 0) { ctx.storagePtr += (4 - rem); }
    
    const dv = new DataView(ctx.memory.buffer);
    const start = dv.getUint32(ctx.storagePtr, true);
    const codeUnits = dv.getUint32(ctx.storagePtr + 4, true);
    
    val = TEXT_DECODER_UTF8.decode(new Uint8Array(ctx.memory.buffer, start, codeUnits));
    
    ctx.storagePtr += 8;
    if (ctx.storageLen !== undefined) { ctx.storagelen -= 8; }
    
    return [val, ctx];
  }
  
  function _liftFlatStringUTF16(ctx) {
    _debugLog('[_liftFlatStringUTF16()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length < 2) { throw new Error('expected at least two u32 arguments'); }
      let offset = ctx.params[0];
      if (typeof offset === 'bigint') { offset = Number(offset); }
      if (!Number.isSafeInteger(offset)) {  throw new Error('invalid offset'); }
      const len = ctx.params[1];
      if (!Number.isSafeInteger(len)) {  throw new Error('invalid len'); }
      val = utf16Decoder.decode(new DataView(ctx.memory.buffer, offset, len));
      ctx.params = ctx.params.slice(2);
      return [val, ctx];
    }
    
    const data = new DataView(ctx.memory.buffer)
    const start = data.getUint32(ctx.storagePtr, vals[0], true);
    const codeUnits = data.getUint32(ctx.storagePtr, vals[0] + 4, true);
    val = utf16Decoder.decode(new Uint16Array(ctx.memory.buffer, start, codeUnits));
    ctx.storagePtr = ctx.storagePtr + 2 * codeUnits;
    if (ctx.storageLen !== undefined) { ctx.storageLen = ctx.storageLen - 2 * codeUnits }
    
    return [val, ctx];
  }
  
  function _liftFlatStringAny(ctx) {
    switch (ctx.stringEncoding) {
      case 'utf8':
      return _liftFlatStringUTF8(ctx);
      case 'utf16':
      return _liftFlatStringUTF16(ctx);
      default:
      throw new Error(`missing/unrecognized/unsupported string encoding [${ctx.stringEncoding}]`);
    }
  }
  
  function _liftFlatRecord(meta) {
    const { fieldMetas, size32: recordSize32, align32: recordAlign32 } = meta;
    return function _liftFlatRecordInner(ctx) {
      _debugLog('[_liftFlatRecord()] args', { ctx });
      
      const originalPtr = ctx.storagePtr;
      const res = {};
      for (const [key, liftFn, size32, align32] of fieldMetas) {
        let fieldPtr;
        if (ctx.storagePtr !== undefined) {
          const rem = ctx.storagePtr % align32;
          if (rem !== 0) { ctx.storagePtr += align32 - rem; }
          fieldPtr = ctx.storagePtr;
        }
        
        // A field occupies exactly size32 bytes of the record's
        // flat storage. Capture the remaining storage budget before
        // lifting the field and restore it afterwards: a field's own
        // lift fn may repurpose storageLen internally (e.g. a list
        // sets it to the element-buffer length while reading
        // out-of-line data and never restores it), which would
        // otherwise corrupt the budget the next field sees.
        // See https://github.com/bytecodealliance/jco/issues/1585.
        let fieldLen;
        if (ctx.storageLen !== undefined) { fieldLen = ctx.storageLen; }
        
        let [val, newCtx] = liftFn(ctx);
        res[key] = val;
        ctx = newCtx;
        
        if (fieldPtr !== undefined) {
          ctx.storagePtr = Math.max(ctx.storagePtr, fieldPtr + size32);
        }
        if (fieldLen !== undefined) {
          ctx.storageLen = fieldLen - size32;
        }
      }
      
      if (originalPtr !== undefined) {
        ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + recordSize32);
      }
      
      if (ctx.storagePtr !== undefined) {
        const rem = ctx.storagePtr % recordAlign32;
        if (rem !== 0) { ctx.storagePtr += recordAlign32 - rem; }
      }
      
      return [res, ctx];
    }
  }
  
  const _liftFlatVariantScratch = new DataView(new ArrayBuffer(8));
  
  function _liftFlatVariant(meta) {
    const {
      caseMetas,
      variantSize32,
      variantAlign32,
      variantPayloadOffset32,
      variantFlatCount,
      variantPayloadFlatTypes,
      isEnum,
    } = meta;
    
    return function _liftFlatVariantInner(ctx) {
      _debugLog('[_liftFlatVariant()] args', { ctx });
      const origUseParams = ctx.useDirectParams;
      
      let caseIdx;
      let liftRes;
      const originalPtr = ctx.storagePtr;
      const numCases =  caseMetas.length;
      if (caseMetas.length < 256) {
        liftRes = _liftFlatU8(ctx);
      } else if (numCases >= 256 && numCases < 65536) {
        liftRes = _liftFlatU16(ctx);
      } else if (numCases >= 65536 && numCases < 4_294_967_296) {
        liftRes = _liftFlatU32(ctx);
      } else {
        throw new Error(`unsupported number of variant cases [${numCases}]`);
      }
      caseIdx = liftRes[0];
      ctx = liftRes[1];
      
      const [
      tag,
      liftFn,
      caseSize32,
      caseAlign32,
      caseFlatCount,
      caseFlatTypes,
      ] = caseMetas[caseIdx];
      
      if (variantPayloadOffset32 === undefined) {
        throw new Error('unexpectedly missing payload offset');
      }
      
      if (originalPtr !== undefined) {
        ctx.storagePtr = originalPtr + variantPayloadOffset32;
      }
      
      let val;
      if (liftFn === null) {
        val = { tag };
        // NOTE: here we need to move past the entire object in memory
        // despite moving to the payload which we now know is missing/unnecessary
        if (originalPtr !== undefined) {
          ctx.storagePtr = originalPtr + variantSize32;
        }
      } else {
        // When lifting from direct params, the payload arrives as the
        // *join* of all case flat representations: each slot whose
        // joined core type differs from the selected case's core type
        // must be reinterpreted before the payload lift
        // (see CanonicalABI `lift_flat_variant`)
        if (ctx.useDirectParams) {
          if (!variantPayloadFlatTypes || !caseFlatTypes) {
            throw new Error('missing variant flat type metadata during direct-param lift');
          }
          const scratch = _liftFlatVariantScratch;
          for (let i = 0; i < caseFlatTypes.length; i++) {
            const have = variantPayloadFlatTypes[i];
            const want = caseFlatTypes[i];
            if (have === want) { continue; }
            const val = ctx.params[i];
            if (have === 'i64' && want === 'i32') {
              ctx.params[i] = Number(BigInt.asIntN(32, val));
            } else if (have === 'i64' && want === 'f32') {
              scratch.setInt32(0, Number(BigInt.asIntN(32, val)), true);
              ctx.params[i] = scratch.getFloat32(0, true);
            } else if (have === 'i64' && want === 'f64') {
              scratch.setBigInt64(0, val, true);
              ctx.params[i] = scratch.getFloat64(0, true);
            } else if (have === 'i32' && want === 'f32') {
              scratch.setInt32(0, val, true);
              ctx.params[i] = scratch.getFloat32(0, true);
            } else {
              throw new Error(`invalid variant payload coercion [${have}] -> [${want}]`);
            }
          }
        }
        
        const [newVal, newCtx] = liftFn(ctx);
        val = { tag, val: newVal };
        ctx = newCtx;
      }
      
      if (origUseParams) {
        if (variantFlatCount === undefined || variantFlatCount === null) {
          _debugLog('[_liftFlatVariant()] variant with unknown flat count', { ctx, meta });
          throw new Error('cannot lift variant with unknown flat count');
        }
        if (caseFlatCount === undefined || caseFlatCount === null) {
          _debugLog('[_liftFlatVariant()] case with unknown flat count', { ctx, meta, case: meta.caseMetas[caseIdx] });
          throw new Error('cannot lift case with unknown flat count');
        }
        // NOTE: enums can be tightly packed and do not have a descriminant
        const remainingPayloadParams = variantFlatCount - caseFlatCount - (isEnum ? 0 : 1);
        if (remainingPayloadParams < 0) {
          throw new Error(`invalid variant flat count metadata`);
        }
        if (ctx.params.length < remainingPayloadParams) {
          throw new Error(`expected at least [${remainingPayloadParams}] remaining variant payload params, but got [${ctx.params.length}]`);
        }
        ctx.params = ctx.params.slice(remainingPayloadParams);
      }
      
      if (ctx.storagePtr !== undefined) {
        const rem = ctx.storagePtr % variantAlign32;
        if (rem !== 0) { ctx.storagePtr += variantAlign32 - rem; }
      }
      
      return [val, ctx];
    }
  }
  
  function _liftFlatList(meta) {
    const { elemLiftFn, elemSize32, elemAlign32, knownLen, typedArray } = meta;
    
    const listValue =
    typedArray === undefined
    ? values => values
    : values => new typedArray(values);
    
    const readValuesAndReset = (ctx, originalPtr, originalLen, dataPtr, len) => {
      if (dataPtr % elemAlign32 !== 0) {
        throw new TypeError(`list pointer [${dataPtr}] is not aligned to ${elemAlign32}`);
      }
      ctx.storagePtr = dataPtr;
      const val = [];
      for (var i = 0; i < len; i++) {
        const elemPtr = dataPtr + i * elemSize32;
        ctx.storagePtr = elemPtr;
        const [res, nextCtx] = elemLiftFn(ctx);
        val.push(res);
        ctx = nextCtx;
        
        ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
      }
      if (originalPtr !== null) { ctx.storagePtr = originalPtr; }
      if (originalLen !== null) { ctx.storageLen = originalLen; }
      return [listValue(val), ctx];
    };
    
    return function _liftFlatListInner(ctx) {
      _debugLog('[_liftFlatList()] args', { ctx });
      
      let liftResults;
      if (knownLen !== undefined) { // list with known length
      if (ctx.useDirectParams) {
        _debugLog('memory unexpectedly missing while lifting unknown length list', { ctx });
        liftResults = [listValue(ctx.params.slice(0, knownLen)), ctx];
        ctx.params = ctx.params.slice(knownLen);
      } else { // indirect params
      if (ctx.memory === null) {
        _debugLog('memory unexpectedly missing while lifting known length list', { knownLen, ctx });
        throw new Error(`memory missing while lifting known length (${knownLen}) list`);
      }
      
      const originalLen = ctx.storageLen;
      const originalPtr = ctx.storagePtr;
      
      ctx.storageLen = knownLen * elemSize32;
      liftResults = readValuesAndReset(ctx, null, originalLen, ctx.storagePtr, knownLen);
    }
    
  } else { // unknown length list
  
  if (ctx.useDirectParams) {
    // unknown length list ptr w/ direct params
    const dataPtr = ctx.params[0];
    const len = ctx.params[1];
    ctx.params = ctx.params.slice(2);
    
    ctx.useDirectParams = false;
    const originalPtr = ctx.storagePtr;
    const originalLen = ctx.storageLen;
    ctx.storageLen = len * elemSize32;
    
    liftResults = readValuesAndReset(ctx, originalPtr, originalLen, dataPtr, len);
    
    ctx.useDirectParams = true;
  } else {
    // unknown length list ptr w/ in-memory params
    const originalLen = ctx.storageLen;
    ctx.storageLen = 8;
    
    const dataPtrLiftRes = _liftFlatU32(ctx);
    const dataPtr = dataPtrLiftRes[0];
    ctx = dataPtrLiftRes[1];
    
    const lenLiftRes = _liftFlatU32(ctx);
    const len = lenLiftRes[0];
    ctx = lenLiftRes[1];
    
    const originalPtr = ctx.storagePtr;
    ctx.storagePtr = dataPtr;
    
    ctx.storageLen = len * elemSize32;
    liftResults = readValuesAndReset(ctx, originalPtr, originalLen, dataPtr, len);
  }
}

return liftResults;
}
}

function _liftFlatEnum(meta) {
  meta.isEnum = true;
  const f = _liftFlatVariant(meta);
  return function _liftFlatEnumInner(ctx) {
    _debugLog('[_liftFlatEnum()] args', { ctx });
    const res = f(ctx);
    res[0] = res[0].tag;
    return res;
  }
}

function _liftFlatOption(meta) {
  const { payloadMaybeNull } = meta;
  const f = _liftFlatVariant(meta);
  return function _liftFlatOptionInner(ctx) {
    _debugLog('[_liftFlatOption()] args', { ctx });
    const res = f(ctx);
    if (!payloadMaybeNull) {
      res[0] = res[0].tag === 'none' ? undefined : res[0].val;
    }
    return res;
  }
}

function _liftFlatResult(meta) {
  const f = _liftFlatVariant(meta);
  return function _liftFlatResultInner(ctx) {
    _debugLog('[_liftFlatResult()] args', { ctx });
    const res = f(ctx);
    if (!('val' in res[0])) { res[0].val = undefined; }
    return res;
  }
}

function _liftFlatBorrow(componentTableIdx, size, memory, vals, storagePtr, storageLen) {
  _debugLog('[_liftFlatBorrow()] args', { size, memory, vals, storagePtr, storageLen });
  throw new Error('flat lift for borrowed resources is not supported!');
}


function _lowerFlatBool(ctx) {
  _debugLog('[_lowerFlatBool()] args', { ctx });
  
  if (!ctx.memory) { throw new Error("missing memory for lower"); }
  if (ctx.vals.length !== 1) {
    throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
  }
  
  _requireValidNumericPrimitive.bind('bool', ctx.vals[0]);
  new DataView(ctx.memory.buffer).setUint8(ctx.storagePtr, ctx.vals[0] ? 1 : 0);
  
  ctx.storagePtr += 1;
}

function _lowerFlatU8(ctx) {
  _debugLog('[_lowerFlatU8()] args', ctx);
  
  if (ctx.vals.length !== 1) {
    throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
  }
  
  _requireValidNumericPrimitive.bind('u8', ctx.vals[0]);
  
  if (!ctx.memory) { throw new Error("missing memory for lower"); }
  new DataView(ctx.memory.buffer).setUint8(ctx.storagePtr, ctx.vals[0]);
  
  ctx.storagePtr += 1;
}

function _lowerFlatU16(ctx) {
  _debugLog('[_lowerFlatU16()] args', { ctx });
  
  if (!ctx.memory) { throw new Error("missing memory for lower"); }
  if (ctx.vals.length !== 1) {
    throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
  }
  
  const rem = ctx.storagePtr % 2;
  if (rem !== 0) { ctx.storagePtr += (2 - rem); }
  
  _requireValidNumericPrimitive.bind('u16', ctx.vals[0]);
  new DataView(ctx.memory.buffer).setUint16(ctx.storagePtr, ctx.vals[0], true);
  
  ctx.storagePtr += 2;
}

function _lowerFlatU32(ctx) {
  _debugLog('[_lowerFlatU32()] args', { ctx });
  
  if (ctx.vals.length !== 1) {
    throw new Error(`expected single value to lower, got [${ctx.vals.length}]`);
  }
  
  const rem = ctx.storagePtr % 4;
  if (rem !== 0) { ctx.storagePtr += (4 - rem); }
  
  _requireValidNumericPrimitive.bind('u32', ctx.vals[0]);
  new DataView(ctx.memory.buffer).setUint32(ctx.storagePtr, ctx.vals[0], true);
  
  ctx.storagePtr += 4;
}

function _lowerFlatU64(ctx) {
  _debugLog('[_lowerFlatU64()] args', { ctx });
  
  if (ctx.vals.length !== 1) { throw new Error('unexpected number of vals'); }
  
  const rem = ctx.storagePtr % 8;
  if (rem !== 0) { ctx.storagePtr += (8 - rem); }
  
  _requireValidNumericPrimitive.bind('u64', ctx.vals[0]);
  new DataView(ctx.memory.buffer).setBigUint64(ctx.storagePtr, ctx.vals[0], true);
  
  ctx.storagePtr += 8;
}

function _lowerFlatFloat64(ctx) {
  _debugLog('[_lowerFlatFloat64()] args', { ctx });
  
  if (ctx.vals.length !== 1) { throw new Error('unexpected number of vals'); }
  
  const rem = ctx.storagePtr % 8;
  if (rem !== 0) { ctx.storagePtr += (8 - rem); }
  
  _requireValidNumericPrimitive.bind('f64', ctx.vals[0]);
  new DataView(ctx.memory.buffer).setFloat64(ctx.storagePtr, ctx.vals[0], true);
  
  ctx.storagePtr += 8;
}

function _lowerFlatStringUTF8(ctx) {
  _debugLog('[_lowerFlatStringUTF8()] args', ctx);
  if (!ctx.realloc) { throw new Error('missing realloc during flat string lower'); }
  
  const { ptr, len } = _utf8AllocateAndEncode(ctx.vals[0], ctx.realloc, ctx.memory);
  
  const view = new DataView(ctx.memory.buffer);
  view.setUint32(ctx.storagePtr, ptr, true);
  view.setUint32(ctx.storagePtr + 4, len, true);
  
  ctx.storagePtr += 8;
}

function _lowerFlatStringUTF16(ctx) {
  _debugLog('[_lowerFlatStringUTF16()] args', { ctx });
  if (!ctx.realloc) { throw new Error('missing realloc during flat string lower'); }
  
  const { ptr, len } = _utf16AllocateAndEncode(ctx.vals[0], ctx.realloc, ctx.memory);
  
  const view = new DataView(ctx.memory.buffer);
  view.setUint32(ctx.storagePtr, ptr, true);
  view.setUint32(ctx.storagePtr + 4, len, true);
  
  ctx.storagePtr += 8;
}

function _lowerFlatStringAny(ctx) {
  switch (ctx.stringEncoding) {
    case 'utf8':
    return _lowerFlatStringUTF8(ctx);
    case 'utf16':
    return _lowerFlatStringUTF16(ctx);
    default:
    throw new Error(`missing/unrecognized/unsupported string encoding [${ctx.stringEncoding}]`);
  }
}

function _lowerFlatRecord(meta) {
  const { fieldMetas, size32: recordSize32, align32: recordAlign32 } = meta;
  return function _lowerFlatRecordInner(ctx) {
    _debugLog('[_lowerFlatRecord()] args', { ctx });
    
    const originalPtr = ctx.storagePtr;
    const r = ctx.vals[0];
    for (const [tag, lowerFn, size32, align32 ] of fieldMetas) {
      const rem = ctx.storagePtr % align32;
      if (rem !== 0) { ctx.storagePtr += align32 - rem; }
      
      const fieldPtr = ctx.storagePtr;
      ctx.vals = [r[tag]];
      lowerFn(ctx);
      
      ctx.storagePtr = Math.max(ctx.storagePtr, fieldPtr + size32);
    }
    
    ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + recordSize32);
    
    const rem = ctx.storagePtr % recordAlign32;
    if (rem !== 0) {
      ctx.storagePtr += recordAlign32 - rem;
    }
  }
}

function _lowerFlatVariant(meta) {
  const { variantSize32, variantAlign32, variantPayloadOffset32, caseMetas } = meta;
  
  let caseLookup = {};
  for (const [idx, meta] of caseMetas.entries()) {
    let tag = meta[0];
    caseLookup[tag] = { discriminant: idx, meta };
  }
  
  return function _lowerFlatVariantInner(ctx) {
    _debugLog('[_lowerFlatVariant()] args', { ctx });
    
    const { tag, val } = ctx.vals[0];
    const variantCase = caseLookup[tag];
    if (!variantCase) {
      throw new Error(`missing tag [${tag}] (valid tags: ${Object.keys(caseLookup)})`);
    }
    
    const [ _tag, lowerFn, caseSize32, caseAlign32, caseFlatCount ] = variantCase.meta;
    
    const originalPtr = ctx.storagePtr;
    ctx.vals = [variantCase.discriminant];
    let discLowerRes;
    if (caseMetas.length < 256) {
      discLowerRes = _lowerFlatU8(ctx);
    } else if (caseMetas.length >= 256 && caseMetas.length < 65536) {
      discLowerRes = _lowerFlatU16(ctx);
    } else if (caseMetas.length >= 65536 && caseMetas.length < 4_294_967_296) {
      discLowerRes = _lowerFlatU32(ctx);
    } else {
      throw new Error(`unsupported number of cases [${caseMetas.length}]`);
    }
    
    const payloadOffsetPtr = originalPtr + variantPayloadOffset32;
    ctx.storagePtr = payloadOffsetPtr;
    ctx.vals = [val];
    if (lowerFn) { lowerFn(ctx); }
    
    ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + variantSize32);
    
    const rem = ctx.storagePtr % variantAlign32;
    if (rem !== 0) { ctx.storagePtr += variantAlign32 - rem; }
  }
}

function _lowerFlatList(meta) {
  const {
    elemLowerFn,
    knownLen,
    size32,
    align32,
    elemSize32,
    elemAlign32,
  } = meta;
  
  if (!elemLowerFn) { throw new TypeError("missing/invalid element lower fn for list"); }
  
  return function _lowerFlatListInner(ctx) {
    _debugLog('[_lowerFlatList()] args', { ctx });
    
    if (ctx.useDirectParams) {
      if (ctx.params.length < 2) { throw new Error('insufficient params left to lower list'); }
      const storagePtr = ctx.params[0];
      const elemCount = ctx.params[1];
      ctx.params = ctx.params.slice(2);
      
      const list = ctx.vals[0];
      if (!list) { throw new Error("missing direct param value"); }
      
      const lowerCtx = {
        storagePtr,
        memory: ctx.memory,
        stringEncoding: ctx.stringEncoding,
      };
      for (let idx = 0; idx < list.length; idx++) {
        const elemPtr = storagePtr + idx * elemSize32;
        lowerCtx.storagePtr = elemPtr;
        lowerCtx.vals = list.slice(idx, idx+1);
        elemLowerFn(lowerCtx);
        lowerCtx.storagePtr = Math.max(lowerCtx.storagePtr, elemPtr + elemSize32);
      }
      ctx.storagePtr = lowerCtx.storagePtr;
      
      // TODO: implement parma-only known-length processing
      
      return;
    }
    
    // TODO(fix): is it possible to get a vals that are a addr and length here from
    // a component lower?
    
    const elems = ctx.vals[0];
    if (knownLen === undefined) {
      // unknown length
      if (!ctx.realloc) { throw new Error('missing realloc during flat string lower'); }
      const dataPtr = ctx.realloc(0, 0, elemAlign32, elemSize32 * elems.length);
      
      ctx.vals[0] = dataPtr;
      _lowerFlatU32(ctx);
      
      ctx.vals[0] = elems.length;
      _lowerFlatU32(ctx);
      
      const origPtr = ctx.storagePtr;
      ctx.storagePtr = dataPtr;
      
      for (const [idx, elem] of elems.entries()) {
        const elemPtr = dataPtr + idx * elemSize32;
        ctx.storagePtr = elemPtr;
        ctx.vals = [elem];
        elemLowerFn(ctx);
        ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
      }
      
      ctx.storagePtr = origPtr;
      
    } else {
      // known length
      
      if (elems.length !== knownLen) {
        throw new TypeError(`invalid list input of length [${elems.length}], must be length [${knownLen}]`);
      }
      
      const originalPtr = ctx.storagePtr;
      for (const [idx, elem] of elems.entries()) {
        const elemPtr = originalPtr + idx * elemSize32;
        ctx.storagePtr = elemPtr;
        ctx.vals = [elem];
        elemLowerFn(ctx);
        ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
      }
    }
    
    // TODO(fix): special case for u8/u16/etc, we can do a direct copy
    
    const totalSizeBytes = elems.length * size32;
    if (ctx.storageLen !== undefined && totalSizeBytes > ctx.storageLen) {
      throw new Error('not enough storage remaining for list flat lower');
    }
  }
}

function _lowerFlatTuple(meta) {
  const { elemLowerMetas, size32: tupleSize32, align32: tupleAlign32 } = meta;
  return function _lowerFlatTupleInner(ctx) {
    _debugLog('[_lowerFlatTuple()] args', { ctx });
    const originalPtr = ctx.storagePtr;
    const tuple = ctx.vals[0];
    for (const [idx, [ lowerFn, size32, align32 ]]  of elemLowerMetas.entries()) {
      const rem = ctx.storagePtr % align32;
      if (rem !== 0) { ctx.storagePtr += align32 - rem; }
      
      const elemPtr = ctx.storagePtr;
      ctx.vals = [tuple[idx]];
      lowerFn(ctx);
      ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + size32);
    }
    
    ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + tupleSize32);
    
    const rem = ctx.storagePtr % tupleAlign32;
    if (rem !== 0) {
      ctx.storagePtr += tupleAlign32 - rem;
    }
  }
}

function _lowerFlatEnum(meta) {
  const f = _lowerFlatVariant(meta);
  return function _lowerFlatEnumInner(ctx) {
    _debugLog('[_lowerFlatEnum()] args', { ctx });
    
    const v = ctx.vals[0];
    const isNotEnumObject = typeof v !== 'object'
    || Object.keys(v).length !== 2
    || !('tag' in v);
    if (isNotEnumObject) {
      ctx.vals[0] = { tag: v };
    }
    
    f(ctx);
  }
}

function _lowerFlatOption(meta) {
  const { payloadMaybeNull } = meta;
  const f = _lowerFlatVariant(meta);
  return function _lowerFlatOptionInner(ctx) {
    _debugLog('[_lowerFlatOption()] args', { ctx });
    
    const v = ctx.vals[0];
    if (v === null || v === undefined) {
      ctx.vals[0] = { tag: 'none' };
    } else if (payloadMaybeNull) {
      const isNotOptionObject = typeof v !== 'object'
      || Object.keys(v).length !== 2
      || !('tag' in v)
      || !(v.tag === 'some' || v.tag === 'none')
      || !('val' in v);
      if (isNotOptionObject) {
        ctx.vals[0] = { tag: 'some', val: v };
      }
    } else {
      ctx.vals[0] = { tag: 'some', val: v };
    }
    
    f(ctx);
  }
}

function _lowerFlatResult(meta) {
  const f = _lowerFlatVariant(meta);
  return function _lowerFlatResultInner(ctx) {
    _debugLog('[_lowerFlatResult()] args', { ctx });
    
    const v = ctx.vals[0];
    const isNotResultObject = typeof v !== 'object'
    || Object.keys(v).length !== 2
    || !('tag' in v)
    || !('ok' === v.tag || 'err' === v.tag)
    || !('val' in v);
    if (isNotResultObject) {
      ctx.vals[0] = { tag: 'ok', val: v };
    }
    
    f(ctx);
  };
}

function _lowerFlatOwn(meta) {
  const { lowerFn, componentIdx, tableIdx } = meta;
  
  return function _lowerFlatOwnInner(ctx) {
    _debugLog('[_lowerFlatOwn()] args', { ctx });
    const { createFn } = ctx;
    
    if (ctx.componentIdx !== componentIdx) {
      throw new Error(`component index mismatch (expected [${componentIdx}], lift called from [${ctx.componentIdx}])`);
    }
    
    const obj = ctx.vals[0];
    if (obj === undefined || obj === null) { throw new Error('missing resource'); }
    const handle = ctx.lowerResource
    ? ctx.lowerResource(obj, tableIdx)
    : lowerFn(obj);
    
    ctx.vals[0] = handle;
    _lowerFlatU32(ctx);
  };
}

function _trackHostOperation(operation) {
  const result = operation();
  if (result === null ||
  (typeof result !== 'object' && typeof result !== 'function') ||
  typeof result.then !== 'function') {
    return result;
  }
  
  STORE_ASYNC_STATE.pendingHostOperations++;
  return Promise.resolve(result).finally(() => {
    STORE_ASYNC_STATE.pendingHostOperations--;
    if (STORE_ASYNC_STATE.pendingHostOperations < 0) {
      throw new Error('negative pending host operation count');
    }
    for (const state of ASYNC_STATE.values()) { state.runTickLoop(); }
    _checkForDeadlock();
  });
}

function _guardMayLeave(componentIdx, fn) {
  return function (...args) {
    _checkMayLeave(componentIdx);
    return fn.apply(this, args);
  };
}

function clampGuest(i, min, max) {
  if (i < min || i > max) {
    throw new TypeError(`must be between ${min} and ${max}`);
  }
  return i;
}


const symbolCabiDispose = Symbol.for('cabiDispose');

const symbolRscHandle = Symbol('handle');

const symbolRscRep = Symbol.for('cabiRep');
const symbolDispose = Symbol.dispose || Symbol.for('dispose');

const HANDLE_TABLES= [];


class ComponentError extends Error {
  constructor (value) {
    const enumerable = typeof value !== 'string';
    super(enumerable ? `${String(value)} (see error.payload)` : value);
    Object.defineProperty(this, 'payload', { value, enumerable });
  }
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

function getErrorPayload(e) {
  if (e && hasOwnProperty.call(e, 'payload')) return e.payload;
  if (e instanceof Error) throw e;
  return e;
}

function _suspendingImport(componentIdx, fn, syncOnly = false, switchesTask = false) {
  return function (...args) {
    _checkMayLeave(componentIdx);
    const saved = CURRENT_TASK_META[componentIdx] ?? null;
    
    const savedTask = saved
    ? getCurrentTask(saved.componentIdx, saved.taskID)?.task
    : null;
    const mayBlock = savedTask
    ? (savedTask?.mayBlock() ?? (CURRENT_TASK_MAY_BLOCK.value !== 0))
    : false;
    if (!saved && !mayBlock) {
      throw new WebAssemblyRuntimeError('cannot block a synchronous task before returning');
    }
    
    if (syncOnly || !mayBlock) {
      let result;
      try {
        result = fn.apply(null, args);
      } catch (err) {
        CURRENT_TASK_META[componentIdx] = saved;
        if (!switchesTask) { CURRENT_TASK_META.current = saved; }
        throw err;
      }
      
      CURRENT_TASK_META[componentIdx] = saved;
      if (!switchesTask) { CURRENT_TASK_META.current = saved; }
      
      if (result !== null &&
      (typeof result === 'object' || typeof result === 'function') &&
      typeof result.then === 'function') {
        // The helper may already have returned a rejected promise.
        // Mark it handled before replacing it with the canonical
        // synchronous-task trap.
        Promise.resolve(result).catch(() => {});
        throw new WebAssemblyRuntimeError('cannot block a synchronous task before returning');
      }
      return result;
    }
    
    return (async () => {
      try {
        return await fn.apply(null, args);
      } finally {
        CURRENT_TASK_META[componentIdx] = saved;
        if (!switchesTask) { CURRENT_TASK_META.current = saved; }
      }
    })();
  };
}


const module0 = getCoreModule('plugin.core.wasm');
const module1 = getCoreModule('plugin.core2.wasm');
const module2 = getCoreModule('plugin.core3.wasm');

const { getEnvironment } = imports['wasi:cli/environment'];

if (getEnvironment=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getEnvironment', was 'getEnvironment' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { exit } = imports['wasi:cli/exit'];

if (exit=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'exit', was 'exit' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getStderr } = imports['wasi:cli/stderr'];

if (getStderr=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getStderr', was 'getStderr' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getStdin } = imports['wasi:cli/stdin'];

if (getStdin=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getStdin', was 'getStdin' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getStdout } = imports['wasi:cli/stdout'];

if (getStdout=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getStdout', was 'getStdout' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { TerminalInput } = imports['wasi:cli/terminal-input'];

if (TerminalInput=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'TerminalInput', was 'TerminalInput' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { TerminalOutput } = imports['wasi:cli/terminal-output'];

if (TerminalOutput=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'TerminalOutput', was 'TerminalOutput' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getTerminalStderr } = imports['wasi:cli/terminal-stderr'];

if (getTerminalStderr=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getTerminalStderr', was 'getTerminalStderr' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getTerminalStdin } = imports['wasi:cli/terminal-stdin'];

if (getTerminalStdin=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getTerminalStdin', was 'getTerminalStdin' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { getTerminalStdout } = imports['wasi:cli/terminal-stdout'];

if (getTerminalStdout=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'getTerminalStdout', was 'getTerminalStdout' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { Error: Error$1 } = imports['wasi:io/error'];

if (Error$1=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'Error$1', was 'Error' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { Pollable } = imports['wasi:io/poll'];

if (Pollable=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'Pollable', was 'Pollable' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { InputStream, OutputStream } = imports['wasi:io/streams'];

if (InputStream=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'InputStream', was 'InputStream' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}


if (OutputStream=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'OutputStream', was 'OutputStream' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { lookup } = imports['zhengzhou:quality-benchmark/attachments'];

if (lookup=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'lookup', was 'lookup' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { addWorkingDays } = imports['zhengzhou:quality-benchmark/calendar'];

if (addWorkingDays=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'addWorkingDays', was 'addWorkingDays' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { count, get, history, openTasks, query } = imports['zhengzhou:quality-benchmark/case-store'];

if (count=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'count', was 'count' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}


if (get=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'get', was 'get' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}


if (history=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'history', was 'history' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}


if (openTasks=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'openTasks', was 'openTasks' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}


if (query=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'query', was 'query' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { now } = imports['zhengzhou:quality-benchmark/clock'];

if (now=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'now', was 'now' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { members } = imports['zhengzhou:quality-benchmark/directory'];

if (members=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'members', was 'members' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { write } = imports['zhengzhou:quality-benchmark/log'];

if (write=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'write', was 'write' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { send } = imports['zhengzhou:quality-benchmark/notifications'];

if (send=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'send', was 'send' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { seed } = imports['zhengzhou:quality-benchmark/random'];

if (seed=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'seed', was 'seed' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { lookupEnterprise } = imports['zhengzhou:quality-benchmark/registry'];

if (lookupEnterprise=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'lookupEnterprise', was 'lookupEnterprise' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

const { verify } = imports['zhengzhou:quality-benchmark/seals'];

if (verify=== undefined) {
  const err = new Error("unexpectedly undefined instance import 'verify', was 'verify' available at instantiation?");
  console.error("ERROR:", err.toString());
  throw err;
}

let gen= (function* _initGenerator () {
  const instanceFlags0 = new WebAssembly.Global({ value: "i32", mutable: true }, 1);
  INSTANCE_FLAGS.set(0, instanceFlags0);
  let exports0;
  
  const _trampoline0 = function() {
    _debugLog('[iface="zhengzhou:quality-benchmark/random@0.2.0", function="seed"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'seed',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => seed()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="zhengzhou:quality-benchmark/random@0.2.0", function="seed"][Instruction::Return]', {
      funcName: 'seed',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([toUint64(ret)]);
    task.exit();
    return toUint64(ret);
  }
  _trampoline0.fnName = 'zhengzhou:quality-benchmark/random@0.2.0#seed';
  
  const _trampoline7 = function(arg0) {
    let variant0;
    if (arg0) {
      variant0= {
        tag: 'err',
        val: undefined
      };
    } else {
      variant0= {
        tag: 'ok',
        val: undefined
      };
    }
    _debugLog('[iface="wasi:cli/exit@0.2.6", function="exit"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'exit',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => exit(variant0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="wasi:cli/exit@0.2.6", function="exit"][Instruction::Return]', {
      funcName: 'exit',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline7.fnName = 'wasi:cli/exit@0.2.6#exit';
  
  const handleTable0 = [T_FLAG, 0];
  handleTable0._createdReps = new Set();
  handleTable0._componentIdx = 0;
  
  
  const captureTable0= new Map();
  let captureCnt0= 0;
  
  HANDLE_TABLES[0] = handleTable0;
  
  const _trampoline8 = function(arg0) {
    var handle1 = arg0;
    
    var rep2 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
    var rsc0 = captureTable0.get(rep2);
    if (!rsc0) {
      rsc0 = Object.create(Pollable.prototype);
      Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1});
      Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep2});
    }
    
    curResourceBorrows.push(rsc0);
    _debugLog('[iface="wasi:io/poll@0.2.6", function="[method]pollable.block"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'block',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => rsc0.block()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    for (const entry of curResourceBorrows) {
      const rsc = entry.rsc ?? entry;
      if (entry.drop) {
        if (rsc[symbolRscHandle]) {
          entry.drop(rsc[symbolRscHandle]);
        }
      }
      rsc[symbolRscHandle] = undefined;
    }
    curResourceBorrows = [];
    _debugLog('[iface="wasi:io/poll@0.2.6", function="[method]pollable.block"][Instruction::Return]', {
      funcName: '[method]pollable.block',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline8.fnName = 'wasi:io/poll@0.2.6#block';
  
  const handleTable3 = [T_FLAG, 0];
  handleTable3._createdReps = new Set();
  handleTable3._componentIdx = 0;
  
  
  const captureTable3= new Map();
  let captureCnt3= 0;
  
  HANDLE_TABLES[3] = handleTable3;
  
  const _trampoline9 = function(arg0) {
    var handle1 = arg0;
    
    var rep2 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG;
    var rsc0 = captureTable3.get(rep2);
    if (!rsc0) {
      rsc0 = Object.create(OutputStream.prototype);
      Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1});
      Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep2});
    }
    
    curResourceBorrows.push(rsc0);
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.subscribe"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'subscribe',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => rsc0.subscribe()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    for (const entry of curResourceBorrows) {
      const rsc = entry.rsc ?? entry;
      if (entry.drop) {
        if (rsc[symbolRscHandle]) {
          entry.drop(rsc[symbolRscHandle]);
        }
      }
      rsc[symbolRscHandle] = undefined;
    }
    curResourceBorrows = [];
    
    if (!(ret instanceof Pollable)) {
      throw new TypeError('Resource error: Not a valid \"Pollable\" resource.');
    }
    var handle3 = ret[symbolRscHandle];
    if (!handle3) {
      const rep = ret[symbolRscRep] || ++captureCnt0;
      captureTable0.set(rep, ret);
      handle3 = rscTableCreateOwn(handleTable0, rep);
    }
    
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.subscribe"][Instruction::Return]', {
      funcName: '[method]output-stream.subscribe',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([handle3]);
    task.exit();
    return handle3;
  }
  _trampoline9.fnName = 'wasi:io/streams@0.2.6#subscribe';
  
  const handleTable2 = [T_FLAG, 0];
  handleTable2._createdReps = new Set();
  handleTable2._componentIdx = 0;
  
  
  const captureTable2= new Map();
  let captureCnt2= 0;
  
  HANDLE_TABLES[2] = handleTable2;
  
  const _trampoline10 = function() {
    _debugLog('[iface="wasi:cli/stdin@0.2.6", function="get-stdin"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getStdin',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getStdin()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    
    if (!(ret instanceof InputStream)) {
      throw new TypeError('Resource error: Not a valid \"InputStream\" resource.');
    }
    var handle0 = ret[symbolRscHandle];
    if (!handle0) {
      const rep = ret[symbolRscRep] || ++captureCnt2;
      captureTable2.set(rep, ret);
      handle0 = rscTableCreateOwn(handleTable2, rep);
    }
    
    _debugLog('[iface="wasi:cli/stdin@0.2.6", function="get-stdin"][Instruction::Return]', {
      funcName: 'get-stdin',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([handle0]);
    task.exit();
    return handle0;
  }
  _trampoline10.fnName = 'wasi:cli/stdin@0.2.6#getStdin';
  
  const _trampoline11 = function() {
    _debugLog('[iface="wasi:cli/stdout@0.2.6", function="get-stdout"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getStdout',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getStdout()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    
    if (!(ret instanceof OutputStream)) {
      throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
    }
    var handle0 = ret[symbolRscHandle];
    if (!handle0) {
      const rep = ret[symbolRscRep] || ++captureCnt3;
      captureTable3.set(rep, ret);
      handle0 = rscTableCreateOwn(handleTable3, rep);
    }
    
    _debugLog('[iface="wasi:cli/stdout@0.2.6", function="get-stdout"][Instruction::Return]', {
      funcName: 'get-stdout',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([handle0]);
    task.exit();
    return handle0;
  }
  _trampoline11.fnName = 'wasi:cli/stdout@0.2.6#getStdout';
  
  const _trampoline12 = function() {
    _debugLog('[iface="wasi:cli/stderr@0.2.6", function="get-stderr"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getStderr',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getStderr()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    
    if (!(ret instanceof OutputStream)) {
      throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
    }
    var handle0 = ret[symbolRscHandle];
    if (!handle0) {
      const rep = ret[symbolRscRep] || ++captureCnt3;
      captureTable3.set(rep, ret);
      handle0 = rscTableCreateOwn(handleTable3, rep);
    }
    
    _debugLog('[iface="wasi:cli/stderr@0.2.6", function="get-stderr"][Instruction::Return]', {
      funcName: 'get-stderr',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([handle0]);
    task.exit();
    return handle0;
  }
  _trampoline12.fnName = 'wasi:cli/stderr@0.2.6#getStderr';
  let exports1;
  let memory0;
  let realloc0;
  let realloc0Async;
  
  const _trampoline13 = function(arg0, arg1, arg2, arg3) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/calendar@0.2.0", function="add-working-days"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'addWorkingDays',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'result-catch-handler',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    try {
      const hostRet1 = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => addWorkingDays(result0, arg2 >>> 0)),
      })
      ;
      ret = hostRet1 !== null && typeof hostRet1 === 'object' && (hostRet1.tag === 'ok' || hostRet1.tag === 'err')
      ? hostRet1
      : { tag: 'ok', val: hostRet1};
    } catch (e) {
      if (getOrCreateAsyncState(0).markTrapped(e)) { throw e; }
      ret = { tag: 'err', val: getErrorPayload(e) };
    }
    
    var variant4 = ret;
    switch (variant4.tag) {
      case 'ok': {
        const e = variant4.val;
        dataView(memory0).setInt8(arg3 + 0, 0, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr2= encodeRes.ptr;
        var len2 = encodeRes.len;
        
        dataView(memory0).setUint32(arg3 + 8, len2, true);
        dataView(memory0).setUint32(arg3 + 4, ptr2, true);
        
        break;
      }
      case 'err': {
        const e = variant4.val;
        dataView(memory0).setInt8(arg3 + 0, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr3= encodeRes.ptr;
        var len3 = encodeRes.len;
        
        dataView(memory0).setUint32(arg3 + 8, len3, true);
        dataView(memory0).setUint32(arg3 + 4, ptr3, true);
        
        break;
      }
      default: {
        _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant4, valueType: typeof variant4});
        throw new TypeError('invalid variant specified for result');
      }
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/calendar@0.2.0", function="add-working-days"][Instruction::Return]', {
      funcName: 'add-working-days',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline13.fnName = 'zhengzhou:quality-benchmark/calendar@0.2.0#addWorkingDays';
  
  const _trampoline14 = function(arg0, arg1, arg2) {
    let enum0;
    switch (arg0) {
      case 0: {
        enum0 = 'debug';
        break;
      }
      case 1: {
        enum0 = 'info';
        break;
      }
      case 2: {
        enum0 = 'warn';
        break;
      }
      case 3: {
        enum0 = 'error';
        break;
      }
    }
    var ptr1 = arg1;
    var len1 = arg2;
    var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
    _debugLog('[iface="zhengzhou:quality-benchmark/log@0.2.0", function="write"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'write',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => write(enum0, result1)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="zhengzhou:quality-benchmark/log@0.2.0", function="write"][Instruction::Return]', {
      funcName: 'write',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline14.fnName = 'zhengzhou:quality-benchmark/log@0.2.0#write';
  
  const _trampoline15 = function(arg0) {
    _debugLog('[iface="zhengzhou:quality-benchmark/clock@0.2.0", function="now"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'now',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => now()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    
    var encodeRes = _utf8AllocateAndEncode(ret, realloc0, memory0);
    var ptr0= encodeRes.ptr;
    var len0 = encodeRes.len;
    
    dataView(memory0).setUint32(arg0 + 4, len0, true);
    dataView(memory0).setUint32(arg0 + 0, ptr0, true);
    _debugLog('[iface="zhengzhou:quality-benchmark/clock@0.2.0", function="now"][Instruction::Return]', {
      funcName: 'now',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline15.fnName = 'zhengzhou:quality-benchmark/clock@0.2.0#now';
  
  const _trampoline16 = function(arg0, arg1, arg2) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="open-tasks"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'openTasks',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => openTasks(result0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var vec15 = ret;
    var len15 = vec15.length;
    var result15 = realloc0(0, 0, 4, len15 * 68);
    for (let i = 0; i < vec15.length; i++) {
      const e = vec15[i];
      const base = result15 + i * 68;var {task: v1_0, assigneeName: v1_1, openedAt: v1_2 } = e;
      var {caseId: v2_0, key: v2_1, title: v2_2, assignee: v2_3, due: v2_4 } = v1_0;
      
      var encodeRes = _utf8AllocateAndEncode(v2_0, realloc0, memory0);
      var ptr3= encodeRes.ptr;
      var len3 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 4, len3, true);
      dataView(memory0).setUint32(base + 0, ptr3, true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_1, realloc0, memory0);
      var ptr4= encodeRes.ptr;
      var len4 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 12, len4, true);
      dataView(memory0).setUint32(base + 8, ptr4, true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_2, realloc0, memory0);
      var ptr5= encodeRes.ptr;
      var len5 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 20, len5, true);
      dataView(memory0).setUint32(base + 16, ptr5, true);
      var variant10 = v2_3;
      switch (variant10.tag) {
        case 'user': {
          const e = variant10.val;
          dataView(memory0).setInt8(base + 24, 0, true);
          
          var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          dataView(memory0).setUint32(base + 32, len6, true);
          dataView(memory0).setUint32(base + 28, ptr6, true);
          break;
        }
        case 'group': {
          const e = variant10.val;
          dataView(memory0).setInt8(base + 24, 1, true);
          var {role: v7_0, orgUnit: v7_1 } = e;
          var val8 = v7_0;
          let enum8;
          switch (val8) {
            case 'enterprise': {
              enum8 = 0;
              break;
            }
            case 'district-office': {
              enum8 = 1;
              break;
            }
            case 'city-officer': {
              enum8 = 2;
              break;
            }
            case 'city-leader': {
              enum8 = 3;
              break;
            }
            case 'expert': {
              enum8 = 4;
              break;
            }
            case 'public': {
              enum8 = 5;
              break;
            }
            case 'administrator': {
              enum8 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val8}" is not one of the cases of role`);
            }
          }
          dataView(memory0).setInt8(base + 28, enum8, true);
          
          var encodeRes = _utf8AllocateAndEncode(v7_1, realloc0, memory0);
          var ptr9= encodeRes.ptr;
          var len9 = encodeRes.len;
          
          dataView(memory0).setUint32(base + 36, len9, true);
          dataView(memory0).setUint32(base + 32, ptr9, true);
          break;
        }
        default: {
          throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant10.tag)}\` (received \`${variant10}\`) specified for \`Recipient\``);
        }
      }
      var variant12 = v2_4;
      if (variant12 === null || variant12=== undefined) {
        dataView(memory0).setInt8(base + 40, 0, true);
      } else {
        const e = variant12;
        dataView(memory0).setInt8(base + 40, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr11= encodeRes.ptr;
        var len11 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 48, len11, true);
        dataView(memory0).setUint32(base + 44, ptr11, true);
      }
      
      var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
      var ptr13= encodeRes.ptr;
      var len13 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 56, len13, true);
      dataView(memory0).setUint32(base + 52, ptr13, true);
      
      var encodeRes = _utf8AllocateAndEncode(v1_2, realloc0, memory0);
      var ptr14= encodeRes.ptr;
      var len14 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 64, len14, true);
      dataView(memory0).setUint32(base + 60, ptr14, true);
    }
    dataView(memory0).setUint32(arg2 + 4, len15, true);
    dataView(memory0).setUint32(arg2 + 0, result15, true);
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="open-tasks"][Instruction::Return]', {
      funcName: 'open-tasks',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline16.fnName = 'zhengzhou:quality-benchmark/case-store@0.2.0#openTasks';
  
  const _trampoline17 = function(arg0, arg1, arg2) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="get"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'get',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => get(result0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant14 = ret;
    if (variant14 === null || variant14=== undefined) {
      dataView(memory0).setInt8(arg2 + 0, 0, true);
    } else {
      const e = variant14;
      dataView(memory0).setInt8(arg2 + 0, 1, true);
      var {summary: v1_0, version: v1_1, state: v1_2 } = e;
      var {id: v2_0, year: v2_1, stage: v2_2, district: v2_3, owner: v2_4, title: v2_5, score: v2_6 } = v1_0;
      
      var encodeRes = _utf8AllocateAndEncode(v2_0, realloc0, memory0);
      var ptr3= encodeRes.ptr;
      var len3 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 12, len3, true);
      dataView(memory0).setUint32(arg2 + 8, ptr3, true);
      dataView(memory0).setInt16(arg2 + 16, toUint16(v2_1), true);
      var variant6 = v2_2;
      switch (variant6.tag) {
        case 'batch': {
          const e = variant6.val;
          dataView(memory0).setInt8(arg2 + 18, 0, true);
          var val4 = e;
          let enum4;
          switch (val4) {
            case 'open': {
              enum4 = 0;
              break;
            }
            case 'review': {
              enum4 = 1;
              break;
            }
            case 'proposed': {
              enum4 = 2;
              break;
            }
            case 'publicity': {
              enum4 = 3;
              break;
            }
            case 'publicity-closed': {
              enum4 = 4;
              break;
            }
            case 'published': {
              enum4 = 5;
              break;
            }
            default: {
              
              throw new TypeError(`"${val4}" is not one of the cases of batch-stage`);
            }
          }
          dataView(memory0).setInt8(arg2 + 19, enum4, true);
          break;
        }
        case 'application': {
          const e = variant6.val;
          dataView(memory0).setInt8(arg2 + 18, 1, true);
          var val5 = e;
          let enum5;
          switch (val5) {
            case 'draft': {
              enum5 = 0;
              break;
            }
            case 'district-review': {
              enum5 = 1;
              break;
            }
            case 'returned': {
              enum5 = 2;
              break;
            }
            case 'declined': {
              enum5 = 3;
              break;
            }
            case 'formal-check': {
              enum5 = 4;
              break;
            }
            case 'accepted': {
              enum5 = 5;
              break;
            }
            case 'expert-review': {
              enum5 = 6;
              break;
            }
            case 'scored': {
              enum5 = 7;
              break;
            }
            case 'defence': {
              enum5 = 8;
              break;
            }
            case 'proposed': {
              enum5 = 9;
              break;
            }
            case 'not-selected': {
              enum5 = 10;
              break;
            }
            case 'removed': {
              enum5 = 11;
              break;
            }
            case 'recognized': {
              enum5 = 12;
              break;
            }
            case 'revocation-pending': {
              enum5 = 13;
              break;
            }
            case 'revoked': {
              enum5 = 14;
              break;
            }
            default: {
              
              throw new TypeError(`"${val5}" is not one of the cases of application-stage`);
            }
          }
          dataView(memory0).setInt8(arg2 + 19, enum5, true);
          break;
        }
        default: {
          throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`Stage\``);
        }
      }
      var variant8 = v2_3;
      if (variant8 === null || variant8=== undefined) {
        dataView(memory0).setInt8(arg2 + 20, 0, true);
      } else {
        const e = variant8;
        dataView(memory0).setInt8(arg2 + 20, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr7= encodeRes.ptr;
        var len7 = encodeRes.len;
        
        dataView(memory0).setUint32(arg2 + 28, len7, true);
        dataView(memory0).setUint32(arg2 + 24, ptr7, true);
      }
      var variant10 = v2_4;
      if (variant10 === null || variant10=== undefined) {
        dataView(memory0).setInt8(arg2 + 32, 0, true);
      } else {
        const e = variant10;
        dataView(memory0).setInt8(arg2 + 32, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr9= encodeRes.ptr;
        var len9 = encodeRes.len;
        
        dataView(memory0).setUint32(arg2 + 40, len9, true);
        dataView(memory0).setUint32(arg2 + 36, ptr9, true);
      }
      
      var encodeRes = _utf8AllocateAndEncode(v2_5, realloc0, memory0);
      var ptr11= encodeRes.ptr;
      var len11 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 48, len11, true);
      dataView(memory0).setUint32(arg2 + 44, ptr11, true);
      var variant12 = v2_6;
      if (variant12 === null || variant12=== undefined) {
        dataView(memory0).setInt8(arg2 + 56, 0, true);
      } else {
        const e = variant12;
        dataView(memory0).setInt8(arg2 + 56, 1, true);
        dataView(memory0).setFloat64(arg2 + 64, +e, true);
      }
      dataView(memory0).setBigInt64(arg2 + 72, toUint64(v1_1), true);
      var val13 = v1_2;
      var len13 = Array.isArray(val13) ? val13.length : val13.byteLength;
      var ptr13 = realloc0(0, 0, 1, len13 * 1);
      
      let valData13;
      const valLenBytes13 = len13 * 1;
      if (Array.isArray(val13)) {
        // Regular array likely containing numbers, write values to memory
        let offset = 0;
        const dv13 = new DataView(memory0.buffer);
        for (const v of val13) {
          _requireValidNumericPrimitive.bind(null, 'u8')(v);
          dv13.setUint8(ptr13+ offset, v, true);
          offset += 1;
        }
      } else {
        // TypedArray / ArrayBuffer-like, direct copy
        valData13 = new Uint8Array(val13.buffer || val13, val13.byteOffset, valLenBytes13);
        const out13 = new Uint8Array(memory0.buffer, ptr13, valLenBytes13);
        out13.set(valData13);
      }
      
      dataView(memory0).setUint32(arg2 + 84, len13, true);
      dataView(memory0).setUint32(arg2 + 80, ptr13, true);
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="get"][Instruction::Return]', {
      funcName: 'get',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline17.fnName = 'zhengzhou:quality-benchmark/case-store@0.2.0#get';
  
  const _trampoline18 = function(arg0, arg1, arg2, arg3, arg4, arg5, arg6) {
    let enum0;
    switch (arg0) {
      case 0: {
        enum0 = 'batch';
        break;
      }
      case 1: {
        enum0 = 'application';
        break;
      }
    }
    var len4 = arg3;
    var base4 = arg2;
    if (base4 % 1 !== 0) throw new TypeError(`list pointer [${base4}] is not aligned to 1`);
    var result4 = [];
    for (let i = 0; i < len4; i++) {
      const base = base4 + i * 2;
      let variant3;
      switch (dataView(memory0).getUint8(base + 0, true)) {
        case 0: {
          let enum1;
          switch (dataView(memory0).getUint8(base + 1, true)) {
            case 0: {
              enum1 = 'open';
              break;
            }
            case 1: {
              enum1 = 'review';
              break;
            }
            case 2: {
              enum1 = 'proposed';
              break;
            }
            case 3: {
              enum1 = 'publicity';
              break;
            }
            case 4: {
              enum1 = 'publicity-closed';
              break;
            }
            case 5: {
              enum1 = 'published';
              break;
            }
          }
          variant3= {
            tag: 'batch',
            val: enum1
          };
          break;
        }
        case 1: {
          let enum2;
          switch (dataView(memory0).getUint8(base + 1, true)) {
            case 0: {
              enum2 = 'draft';
              break;
            }
            case 1: {
              enum2 = 'district-review';
              break;
            }
            case 2: {
              enum2 = 'returned';
              break;
            }
            case 3: {
              enum2 = 'declined';
              break;
            }
            case 4: {
              enum2 = 'formal-check';
              break;
            }
            case 5: {
              enum2 = 'accepted';
              break;
            }
            case 6: {
              enum2 = 'expert-review';
              break;
            }
            case 7: {
              enum2 = 'scored';
              break;
            }
            case 8: {
              enum2 = 'defence';
              break;
            }
            case 9: {
              enum2 = 'proposed';
              break;
            }
            case 10: {
              enum2 = 'not-selected';
              break;
            }
            case 11: {
              enum2 = 'removed';
              break;
            }
            case 12: {
              enum2 = 'recognized';
              break;
            }
            case 13: {
              enum2 = 'revocation-pending';
              break;
            }
            case 14: {
              enum2 = 'revoked';
              break;
            }
          }
          variant3= {
            tag: 'application',
            val: enum2
          };
          break;
        }
      }
      result4.push(variant3);
    }
    let variant6;
    if (arg4) {
      var ptr5 = arg5;
      var len5 = arg6;
      var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
      variant6 = result5;
    } else {
      variant6 = undefined;
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="count"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'count',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => count({
          kind: enum0,
          year: clampGuest(arg1, 0, 65535),
          stages: result4,
          district: variant6,
        })),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="count"][Instruction::Return]', {
      funcName: 'count',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([toUint32(ret)]);
    task.exit();
    return toUint32(ret);
  }
  _trampoline18.fnName = 'zhengzhou:quality-benchmark/case-store@0.2.0#count';
  
  const _trampoline19 = function(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9) {
    let enum0;
    switch (arg0) {
      case 0: {
        enum0 = 'batch';
        break;
      }
      case 1: {
        enum0 = 'application';
        break;
      }
    }
    var len4 = arg3;
    var base4 = arg2;
    if (base4 % 1 !== 0) throw new TypeError(`list pointer [${base4}] is not aligned to 1`);
    var result4 = [];
    for (let i = 0; i < len4; i++) {
      const base = base4 + i * 2;
      let variant3;
      switch (dataView(memory0).getUint8(base + 0, true)) {
        case 0: {
          let enum1;
          switch (dataView(memory0).getUint8(base + 1, true)) {
            case 0: {
              enum1 = 'open';
              break;
            }
            case 1: {
              enum1 = 'review';
              break;
            }
            case 2: {
              enum1 = 'proposed';
              break;
            }
            case 3: {
              enum1 = 'publicity';
              break;
            }
            case 4: {
              enum1 = 'publicity-closed';
              break;
            }
            case 5: {
              enum1 = 'published';
              break;
            }
          }
          variant3= {
            tag: 'batch',
            val: enum1
          };
          break;
        }
        case 1: {
          let enum2;
          switch (dataView(memory0).getUint8(base + 1, true)) {
            case 0: {
              enum2 = 'draft';
              break;
            }
            case 1: {
              enum2 = 'district-review';
              break;
            }
            case 2: {
              enum2 = 'returned';
              break;
            }
            case 3: {
              enum2 = 'declined';
              break;
            }
            case 4: {
              enum2 = 'formal-check';
              break;
            }
            case 5: {
              enum2 = 'accepted';
              break;
            }
            case 6: {
              enum2 = 'expert-review';
              break;
            }
            case 7: {
              enum2 = 'scored';
              break;
            }
            case 8: {
              enum2 = 'defence';
              break;
            }
            case 9: {
              enum2 = 'proposed';
              break;
            }
            case 10: {
              enum2 = 'not-selected';
              break;
            }
            case 11: {
              enum2 = 'removed';
              break;
            }
            case 12: {
              enum2 = 'recognized';
              break;
            }
            case 13: {
              enum2 = 'revocation-pending';
              break;
            }
            case 14: {
              enum2 = 'revoked';
              break;
            }
          }
          variant3= {
            tag: 'application',
            val: enum2
          };
          break;
        }
      }
      result4.push(variant3);
    }
    let variant6;
    if (arg4) {
      var ptr5 = arg5;
      var len5 = arg6;
      var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
      variant6 = result5;
    } else {
      variant6 = undefined;
    }
    let variant7;
    if (arg7) {
      variant7 = arg8 >>> 0;
    } else {
      variant7 = undefined;
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="query"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'query',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => query({
          kind: enum0,
          year: clampGuest(arg1, 0, 65535),
          stages: result4,
          district: variant6,
        }, variant7)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var vec19 = ret;
    var len19 = vec19.length;
    var result19 = realloc0(0, 0, 8, len19 * 64);
    for (let i = 0; i < vec19.length; i++) {
      const e = vec19[i];
      const base = result19 + i * 64;var {id: v8_0, year: v8_1, stage: v8_2, district: v8_3, owner: v8_4, title: v8_5, score: v8_6 } = e;
      
      var encodeRes = _utf8AllocateAndEncode(v8_0, realloc0, memory0);
      var ptr9= encodeRes.ptr;
      var len9 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 4, len9, true);
      dataView(memory0).setUint32(base + 0, ptr9, true);
      dataView(memory0).setInt16(base + 8, toUint16(v8_1), true);
      var variant12 = v8_2;
      switch (variant12.tag) {
        case 'batch': {
          const e = variant12.val;
          dataView(memory0).setInt8(base + 10, 0, true);
          var val10 = e;
          let enum10;
          switch (val10) {
            case 'open': {
              enum10 = 0;
              break;
            }
            case 'review': {
              enum10 = 1;
              break;
            }
            case 'proposed': {
              enum10 = 2;
              break;
            }
            case 'publicity': {
              enum10 = 3;
              break;
            }
            case 'publicity-closed': {
              enum10 = 4;
              break;
            }
            case 'published': {
              enum10 = 5;
              break;
            }
            default: {
              
              throw new TypeError(`"${val10}" is not one of the cases of batch-stage`);
            }
          }
          dataView(memory0).setInt8(base + 11, enum10, true);
          break;
        }
        case 'application': {
          const e = variant12.val;
          dataView(memory0).setInt8(base + 10, 1, true);
          var val11 = e;
          let enum11;
          switch (val11) {
            case 'draft': {
              enum11 = 0;
              break;
            }
            case 'district-review': {
              enum11 = 1;
              break;
            }
            case 'returned': {
              enum11 = 2;
              break;
            }
            case 'declined': {
              enum11 = 3;
              break;
            }
            case 'formal-check': {
              enum11 = 4;
              break;
            }
            case 'accepted': {
              enum11 = 5;
              break;
            }
            case 'expert-review': {
              enum11 = 6;
              break;
            }
            case 'scored': {
              enum11 = 7;
              break;
            }
            case 'defence': {
              enum11 = 8;
              break;
            }
            case 'proposed': {
              enum11 = 9;
              break;
            }
            case 'not-selected': {
              enum11 = 10;
              break;
            }
            case 'removed': {
              enum11 = 11;
              break;
            }
            case 'recognized': {
              enum11 = 12;
              break;
            }
            case 'revocation-pending': {
              enum11 = 13;
              break;
            }
            case 'revoked': {
              enum11 = 14;
              break;
            }
            default: {
              
              throw new TypeError(`"${val11}" is not one of the cases of application-stage`);
            }
          }
          dataView(memory0).setInt8(base + 11, enum11, true);
          break;
        }
        default: {
          throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant12.tag)}\` (received \`${variant12}\`) specified for \`Stage\``);
        }
      }
      var variant14 = v8_3;
      if (variant14 === null || variant14=== undefined) {
        dataView(memory0).setInt8(base + 12, 0, true);
      } else {
        const e = variant14;
        dataView(memory0).setInt8(base + 12, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr13= encodeRes.ptr;
        var len13 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 20, len13, true);
        dataView(memory0).setUint32(base + 16, ptr13, true);
      }
      var variant16 = v8_4;
      if (variant16 === null || variant16=== undefined) {
        dataView(memory0).setInt8(base + 24, 0, true);
      } else {
        const e = variant16;
        dataView(memory0).setInt8(base + 24, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr15= encodeRes.ptr;
        var len15 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 32, len15, true);
        dataView(memory0).setUint32(base + 28, ptr15, true);
      }
      
      var encodeRes = _utf8AllocateAndEncode(v8_5, realloc0, memory0);
      var ptr17= encodeRes.ptr;
      var len17 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 40, len17, true);
      dataView(memory0).setUint32(base + 36, ptr17, true);
      var variant18 = v8_6;
      if (variant18 === null || variant18=== undefined) {
        dataView(memory0).setInt8(base + 48, 0, true);
      } else {
        const e = variant18;
        dataView(memory0).setInt8(base + 48, 1, true);
        dataView(memory0).setFloat64(base + 56, +e, true);
      }
    }
    dataView(memory0).setUint32(arg9 + 4, len19, true);
    dataView(memory0).setUint32(arg9 + 0, result19, true);
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="query"][Instruction::Return]', {
      funcName: 'query',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline19.fnName = 'zhengzhou:quality-benchmark/case-store@0.2.0#query';
  
  const _trampoline20 = function(arg0, arg1, arg2) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="history"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'history',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => history(result0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var vec25 = ret;
    var len25 = vec25.length;
    var result25 = realloc0(0, 0, 8, len25 * 112);
    for (let i = 0; i < vec25.length; i++) {
      const e = vec25[i];
      const base = result25 + i * 112;var {seq: v1_0, entry: v1_1, actor: v1_2, at: v1_3 } = e;
      dataView(memory0).setBigInt64(base + 0, toUint64(v1_0), true);
      var {caseId: v2_0, action: v2_1, label: v2_2, fromStage: v2_3, toStage: v2_4, opinion: v2_5, detail: v2_6, by: v2_7 } = v1_1;
      
      var encodeRes = _utf8AllocateAndEncode(v2_0, realloc0, memory0);
      var ptr3= encodeRes.ptr;
      var len3 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 12, len3, true);
      dataView(memory0).setUint32(base + 8, ptr3, true);
      var val4 = v2_1;
      let enum4;
      switch (val4) {
        case 'open-batch': {
          enum4 = 0;
          break;
        }
        case 'close-applications': {
          enum4 = 1;
          break;
        }
        case 'import-provincial': {
          enum4 = 2;
          break;
        }
        case 'register-materials': {
          enum4 = 3;
          break;
        }
        case 'draw-panel': {
          enum4 = 4;
          break;
        }
        case 'propose-list': {
          enum4 = 5;
          break;
        }
        case 'withdraw-list': {
          enum4 = 6;
          break;
        }
        case 'approve-list': {
          enum4 = 7;
          break;
        }
        case 'return-list': {
          enum4 = 8;
          break;
        }
        case 'close-publicity': {
          enum4 = 9;
          break;
        }
        case 'publish': {
          enum4 = 10;
          break;
        }
        case 'recommend-provincial': {
          enum4 = 11;
          break;
        }
        case 'start-application': {
          enum4 = 12;
          break;
        }
        case 'edit-form': {
          enum4 = 13;
          break;
        }
        case 'edit-materials': {
          enum4 = 14;
          break;
        }
        case 'submit': {
          enum4 = 15;
          break;
        }
        case 'withdraw': {
          enum4 = 16;
          break;
        }
        case 'recommend': {
          enum4 = 17;
          break;
        }
        case 'return-for-revision': {
          enum4 = 18;
          break;
        }
        case 'decline': {
          enum4 = 19;
          break;
        }
        case 'delegate': {
          enum4 = 20;
          break;
        }
        case 'formal-check': {
          enum4 = 21;
          break;
        }
        case 'remind': {
          enum4 = 22;
          break;
        }
        case 'declare-conflict': {
          enum4 = 23;
          break;
        }
        case 'score': {
          enum4 = 24;
          break;
        }
        case 'require-inspection': {
          enum4 = 25;
          break;
        }
        case 'record-defence': {
          enum4 = 26;
          break;
        }
        case 'record-site-visit': {
          enum4 = 27;
          break;
        }
        case 'object': {
          enum4 = 28;
          break;
        }
        case 'decide-objection': {
          enum4 = 29;
          break;
        }
        case 'propose-revocation': {
          enum4 = 30;
          break;
        }
        case 'approve-revocation': {
          enum4 = 31;
          break;
        }
        case 'reject-revocation': {
          enum4 = 32;
          break;
        }
        default: {
          
          throw new TypeError(`"${val4}" is not one of the cases of action`);
        }
      }
      dataView(memory0).setInt8(base + 16, enum4, true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_2, realloc0, memory0);
      var ptr5= encodeRes.ptr;
      var len5 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 24, len5, true);
      dataView(memory0).setUint32(base + 20, ptr5, true);
      var variant9 = v2_3;
      if (variant9 === null || variant9=== undefined) {
        dataView(memory0).setInt8(base + 28, 0, true);
      } else {
        const e = variant9;
        dataView(memory0).setInt8(base + 28, 1, true);
        var variant8 = e;
        switch (variant8.tag) {
          case 'batch': {
            const e = variant8.val;
            dataView(memory0).setInt8(base + 29, 0, true);
            var val6 = e;
            let enum6;
            switch (val6) {
              case 'open': {
                enum6 = 0;
                break;
              }
              case 'review': {
                enum6 = 1;
                break;
              }
              case 'proposed': {
                enum6 = 2;
                break;
              }
              case 'publicity': {
                enum6 = 3;
                break;
              }
              case 'publicity-closed': {
                enum6 = 4;
                break;
              }
              case 'published': {
                enum6 = 5;
                break;
              }
              default: {
                
                throw new TypeError(`"${val6}" is not one of the cases of batch-stage`);
              }
            }
            dataView(memory0).setInt8(base + 30, enum6, true);
            break;
          }
          case 'application': {
            const e = variant8.val;
            dataView(memory0).setInt8(base + 29, 1, true);
            var val7 = e;
            let enum7;
            switch (val7) {
              case 'draft': {
                enum7 = 0;
                break;
              }
              case 'district-review': {
                enum7 = 1;
                break;
              }
              case 'returned': {
                enum7 = 2;
                break;
              }
              case 'declined': {
                enum7 = 3;
                break;
              }
              case 'formal-check': {
                enum7 = 4;
                break;
              }
              case 'accepted': {
                enum7 = 5;
                break;
              }
              case 'expert-review': {
                enum7 = 6;
                break;
              }
              case 'scored': {
                enum7 = 7;
                break;
              }
              case 'defence': {
                enum7 = 8;
                break;
              }
              case 'proposed': {
                enum7 = 9;
                break;
              }
              case 'not-selected': {
                enum7 = 10;
                break;
              }
              case 'removed': {
                enum7 = 11;
                break;
              }
              case 'recognized': {
                enum7 = 12;
                break;
              }
              case 'revocation-pending': {
                enum7 = 13;
                break;
              }
              case 'revoked': {
                enum7 = 14;
                break;
              }
              default: {
                
                throw new TypeError(`"${val7}" is not one of the cases of application-stage`);
              }
            }
            dataView(memory0).setInt8(base + 30, enum7, true);
            break;
          }
          default: {
            throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant8.tag)}\` (received \`${variant8}\`) specified for \`Stage\``);
          }
        }
      }
      var variant12 = v2_4;
      switch (variant12.tag) {
        case 'batch': {
          const e = variant12.val;
          dataView(memory0).setInt8(base + 31, 0, true);
          var val10 = e;
          let enum10;
          switch (val10) {
            case 'open': {
              enum10 = 0;
              break;
            }
            case 'review': {
              enum10 = 1;
              break;
            }
            case 'proposed': {
              enum10 = 2;
              break;
            }
            case 'publicity': {
              enum10 = 3;
              break;
            }
            case 'publicity-closed': {
              enum10 = 4;
              break;
            }
            case 'published': {
              enum10 = 5;
              break;
            }
            default: {
              
              throw new TypeError(`"${val10}" is not one of the cases of batch-stage`);
            }
          }
          dataView(memory0).setInt8(base + 32, enum10, true);
          break;
        }
        case 'application': {
          const e = variant12.val;
          dataView(memory0).setInt8(base + 31, 1, true);
          var val11 = e;
          let enum11;
          switch (val11) {
            case 'draft': {
              enum11 = 0;
              break;
            }
            case 'district-review': {
              enum11 = 1;
              break;
            }
            case 'returned': {
              enum11 = 2;
              break;
            }
            case 'declined': {
              enum11 = 3;
              break;
            }
            case 'formal-check': {
              enum11 = 4;
              break;
            }
            case 'accepted': {
              enum11 = 5;
              break;
            }
            case 'expert-review': {
              enum11 = 6;
              break;
            }
            case 'scored': {
              enum11 = 7;
              break;
            }
            case 'defence': {
              enum11 = 8;
              break;
            }
            case 'proposed': {
              enum11 = 9;
              break;
            }
            case 'not-selected': {
              enum11 = 10;
              break;
            }
            case 'removed': {
              enum11 = 11;
              break;
            }
            case 'recognized': {
              enum11 = 12;
              break;
            }
            case 'revocation-pending': {
              enum11 = 13;
              break;
            }
            case 'revoked': {
              enum11 = 14;
              break;
            }
            default: {
              
              throw new TypeError(`"${val11}" is not one of the cases of application-stage`);
            }
          }
          dataView(memory0).setInt8(base + 32, enum11, true);
          break;
        }
        default: {
          throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant12.tag)}\` (received \`${variant12}\`) specified for \`Stage\``);
        }
      }
      var variant14 = v2_5;
      if (variant14 === null || variant14=== undefined) {
        dataView(memory0).setInt8(base + 36, 0, true);
      } else {
        const e = variant14;
        dataView(memory0).setInt8(base + 36, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr13= encodeRes.ptr;
        var len13 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 44, len13, true);
        dataView(memory0).setUint32(base + 40, ptr13, true);
      }
      var variant16 = v2_6;
      if (variant16 === null || variant16=== undefined) {
        dataView(memory0).setInt8(base + 48, 0, true);
      } else {
        const e = variant16;
        dataView(memory0).setInt8(base + 48, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr15= encodeRes.ptr;
        var len15 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 56, len15, true);
        dataView(memory0).setUint32(base + 52, ptr15, true);
      }
      var val17 = v2_7;
      let enum17;
      switch (val17) {
        case 'caller': {
          enum17 = 0;
          break;
        }
        case 'system': {
          enum17 = 1;
          break;
        }
        default: {
          
          throw new TypeError(`"${val17}" is not one of the cases of recorded-by`);
        }
      }
      dataView(memory0).setInt8(base + 60, enum17, true);
      var {userId: v18_0, name: v18_1, role: v18_2, orgUnit: v18_3, orgName: v18_4 } = v1_2;
      
      var encodeRes = _utf8AllocateAndEncode(v18_0, realloc0, memory0);
      var ptr19= encodeRes.ptr;
      var len19 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 68, len19, true);
      dataView(memory0).setUint32(base + 64, ptr19, true);
      
      var encodeRes = _utf8AllocateAndEncode(v18_1, realloc0, memory0);
      var ptr20= encodeRes.ptr;
      var len20 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 76, len20, true);
      dataView(memory0).setUint32(base + 72, ptr20, true);
      var val21 = v18_2;
      let enum21;
      switch (val21) {
        case 'enterprise': {
          enum21 = 0;
          break;
        }
        case 'district-office': {
          enum21 = 1;
          break;
        }
        case 'city-officer': {
          enum21 = 2;
          break;
        }
        case 'city-leader': {
          enum21 = 3;
          break;
        }
        case 'expert': {
          enum21 = 4;
          break;
        }
        case 'public': {
          enum21 = 5;
          break;
        }
        case 'administrator': {
          enum21 = 6;
          break;
        }
        default: {
          
          throw new TypeError(`"${val21}" is not one of the cases of role`);
        }
      }
      dataView(memory0).setInt8(base + 80, enum21, true);
      
      var encodeRes = _utf8AllocateAndEncode(v18_3, realloc0, memory0);
      var ptr22= encodeRes.ptr;
      var len22 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 88, len22, true);
      dataView(memory0).setUint32(base + 84, ptr22, true);
      
      var encodeRes = _utf8AllocateAndEncode(v18_4, realloc0, memory0);
      var ptr23= encodeRes.ptr;
      var len23 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 96, len23, true);
      dataView(memory0).setUint32(base + 92, ptr23, true);
      
      var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
      var ptr24= encodeRes.ptr;
      var len24 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 104, len24, true);
      dataView(memory0).setUint32(base + 100, ptr24, true);
    }
    dataView(memory0).setUint32(arg2 + 4, len25, true);
    dataView(memory0).setUint32(arg2 + 0, result25, true);
    _debugLog('[iface="zhengzhou:quality-benchmark/case-store@0.2.0", function="history"][Instruction::Return]', {
      funcName: 'history',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline20.fnName = 'zhengzhou:quality-benchmark/case-store@0.2.0#history';
  
  const _trampoline21 = function(arg0, arg1, arg2) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/attachments@0.2.0", function="lookup"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'lookup',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => lookup(result0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant10 = ret;
    if (variant10 === null || variant10=== undefined) {
      dataView(memory0).setInt8(arg2 + 0, 0, true);
    } else {
      const e = variant10;
      dataView(memory0).setInt8(arg2 + 0, 1, true);
      var {file: v1_0, uploadedBy: v1_1, caseId: v1_2, linked: v1_3 } = e;
      var {id: v2_0, name: v2_1, mediaType: v2_2, size: v2_3, sha256: v2_4 } = v1_0;
      
      var encodeRes = _utf8AllocateAndEncode(v2_0, realloc0, memory0);
      var ptr3= encodeRes.ptr;
      var len3 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 12, len3, true);
      dataView(memory0).setUint32(arg2 + 8, ptr3, true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_1, realloc0, memory0);
      var ptr4= encodeRes.ptr;
      var len4 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 20, len4, true);
      dataView(memory0).setUint32(arg2 + 16, ptr4, true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_2, realloc0, memory0);
      var ptr5= encodeRes.ptr;
      var len5 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 28, len5, true);
      dataView(memory0).setUint32(arg2 + 24, ptr5, true);
      dataView(memory0).setBigInt64(arg2 + 32, toUint64(v2_3), true);
      
      var encodeRes = _utf8AllocateAndEncode(v2_4, realloc0, memory0);
      var ptr6= encodeRes.ptr;
      var len6 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 44, len6, true);
      dataView(memory0).setUint32(arg2 + 40, ptr6, true);
      
      var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
      var ptr7= encodeRes.ptr;
      var len7 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 52, len7, true);
      dataView(memory0).setUint32(arg2 + 48, ptr7, true);
      var variant9 = v1_2;
      if (variant9 === null || variant9=== undefined) {
        dataView(memory0).setInt8(arg2 + 56, 0, true);
      } else {
        const e = variant9;
        dataView(memory0).setInt8(arg2 + 56, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr8= encodeRes.ptr;
        var len8 = encodeRes.len;
        
        dataView(memory0).setUint32(arg2 + 64, len8, true);
        dataView(memory0).setUint32(arg2 + 60, ptr8, true);
      }
      dataView(memory0).setInt8(arg2 + 68, v1_3 ? 1 : 0, true);
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/attachments@0.2.0", function="lookup"][Instruction::Return]', {
      funcName: 'lookup',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline21.fnName = 'zhengzhou:quality-benchmark/attachments@0.2.0#lookup';
  
  const _trampoline22 = function(arg0, arg1) {
    var len9 = arg1;
    var base9 = arg0;
    if (base9 % 4 !== 0) throw new TypeError(`list pointer [${base9}] is not aligned to 4`);
    var result9 = [];
    for (let i = 0; i < len9; i++) {
      const base = base9 + i * 48;
      let variant3;
      switch (dataView(memory0).getUint8(base + 0, true)) {
        case 0: {
          var ptr0 = dataView(memory0).getUint32(base + 4, true);
          var len0 = dataView(memory0).getUint32(base + 8, true);
          var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
          variant3= {
            tag: 'user',
            val: result0
          };
          break;
        }
        case 1: {
          let enum1;
          switch (dataView(memory0).getUint8(base + 4, true)) {
            case 0: {
              enum1 = 'enterprise';
              break;
            }
            case 1: {
              enum1 = 'district-office';
              break;
            }
            case 2: {
              enum1 = 'city-officer';
              break;
            }
            case 3: {
              enum1 = 'city-leader';
              break;
            }
            case 4: {
              enum1 = 'expert';
              break;
            }
            case 5: {
              enum1 = 'public';
              break;
            }
            case 6: {
              enum1 = 'administrator';
              break;
            }
          }
          var ptr2 = dataView(memory0).getUint32(base + 8, true);
          var len2 = dataView(memory0).getUint32(base + 12, true);
          var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
          variant3= {
            tag: 'group',
            val: {
              role: enum1,
              orgUnit: result2,
            }
          };
          break;
        }
      }
      let enum4;
      switch (dataView(memory0).getUint8(base + 16, true)) {
        case 0: {
          enum4 = 'to-do';
          break;
        }
        case 1: {
          enum4 = 'info';
          break;
        }
        case 2: {
          enum4 = 'carbon-copy';
          break;
        }
        case 3: {
          enum4 = 'reminder';
          break;
        }
      }
      var ptr5 = dataView(memory0).getUint32(base + 20, true);
      var len5 = dataView(memory0).getUint32(base + 24, true);
      var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
      var ptr6 = dataView(memory0).getUint32(base + 28, true);
      var len6 = dataView(memory0).getUint32(base + 32, true);
      var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
      let variant8;
      if (dataView(memory0).getUint8(base + 36, true)) {
        var ptr7 = dataView(memory0).getUint32(base + 40, true);
        var len7 = dataView(memory0).getUint32(base + 44, true);
        var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
        variant8 = result7;
      } else {
        variant8 = undefined;
      }
      result9.push({
        recipient: variant3,
        kind: enum4,
        subject: result5,
        body: result6,
        caseId: variant8,
      });
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/notifications@0.2.0", function="send"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'send',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => send(result9)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="zhengzhou:quality-benchmark/notifications@0.2.0", function="send"][Instruction::Return]', {
      funcName: 'send',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline22.fnName = 'zhengzhou:quality-benchmark/notifications@0.2.0#send';
  
  const _trampoline23 = function(arg0, arg1, arg2) {
    var ptr0 = arg0;
    var len0 = arg1;
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    _debugLog('[iface="zhengzhou:quality-benchmark/registry@0.2.0", function="lookup-enterprise"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'lookupEnterprise',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => lookupEnterprise(result0)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant7 = ret;
    if (variant7 === null || variant7=== undefined) {
      dataView(memory0).setInt8(arg2 + 0, 0, true);
    } else {
      const e = variant7;
      dataView(memory0).setInt8(arg2 + 0, 1, true);
      var {name: v1_0, district: v1_1, independentLegalEntity: v1_2, badRecords: v1_3 } = e;
      
      var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
      var ptr2= encodeRes.ptr;
      var len2 = encodeRes.len;
      
      dataView(memory0).setUint32(arg2 + 8, len2, true);
      dataView(memory0).setUint32(arg2 + 4, ptr2, true);
      var variant4 = v1_1;
      if (variant4 === null || variant4=== undefined) {
        dataView(memory0).setInt8(arg2 + 12, 0, true);
      } else {
        const e = variant4;
        dataView(memory0).setInt8(arg2 + 12, 1, true);
        
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr3= encodeRes.ptr;
        var len3 = encodeRes.len;
        
        dataView(memory0).setUint32(arg2 + 20, len3, true);
        dataView(memory0).setUint32(arg2 + 16, ptr3, true);
      }
      dataView(memory0).setInt8(arg2 + 24, v1_2 ? 1 : 0, true);
      var vec6 = v1_3;
      var len6 = vec6.length;
      var result6 = realloc0(0, 0, 4, len6 * 8);
      for (let i = 0; i < vec6.length; i++) {
        const e = vec6[i];
        const base = result6 + i * 8;
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr5= encodeRes.ptr;
        var len5 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 4, len5, true);
        dataView(memory0).setUint32(base + 0, ptr5, true);
      }
      dataView(memory0).setUint32(arg2 + 32, len6, true);
      dataView(memory0).setUint32(arg2 + 28, result6, true);
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/registry@0.2.0", function="lookup-enterprise"][Instruction::Return]', {
      funcName: 'lookup-enterprise',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline23.fnName = 'zhengzhou:quality-benchmark/registry@0.2.0#lookupEnterprise';
  
  const _trampoline24 = function(arg0, arg1, arg2, arg3, arg4) {
    let enum0;
    switch (arg0) {
      case 0: {
        enum0 = 'enterprise';
        break;
      }
      case 1: {
        enum0 = 'district-office';
        break;
      }
      case 2: {
        enum0 = 'city-officer';
        break;
      }
      case 3: {
        enum0 = 'city-leader';
        break;
      }
      case 4: {
        enum0 = 'expert';
        break;
      }
      case 5: {
        enum0 = 'public';
        break;
      }
      case 6: {
        enum0 = 'administrator';
        break;
      }
    }
    let variant2;
    if (arg1) {
      var ptr1 = arg2;
      var len1 = arg3;
      var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
      variant2 = result1;
    } else {
      variant2 = undefined;
    }
    _debugLog('[iface="zhengzhou:quality-benchmark/directory@0.2.0", function="members"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'members',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => members(enum0, variant2)),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var vec11 = ret;
    var len11 = vec11.length;
    var result11 = realloc0(0, 0, 4, len11 * 44);
    for (let i = 0; i < vec11.length; i++) {
      const e = vec11[i];
      const base = result11 + i * 44;var {userId: v3_0, name: v3_1, role: v3_2, orgUnit: v3_3, orgName: v3_4, tags: v3_5 } = e;
      
      var encodeRes = _utf8AllocateAndEncode(v3_0, realloc0, memory0);
      var ptr4= encodeRes.ptr;
      var len4 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 4, len4, true);
      dataView(memory0).setUint32(base + 0, ptr4, true);
      
      var encodeRes = _utf8AllocateAndEncode(v3_1, realloc0, memory0);
      var ptr5= encodeRes.ptr;
      var len5 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 12, len5, true);
      dataView(memory0).setUint32(base + 8, ptr5, true);
      var val6 = v3_2;
      let enum6;
      switch (val6) {
        case 'enterprise': {
          enum6 = 0;
          break;
        }
        case 'district-office': {
          enum6 = 1;
          break;
        }
        case 'city-officer': {
          enum6 = 2;
          break;
        }
        case 'city-leader': {
          enum6 = 3;
          break;
        }
        case 'expert': {
          enum6 = 4;
          break;
        }
        case 'public': {
          enum6 = 5;
          break;
        }
        case 'administrator': {
          enum6 = 6;
          break;
        }
        default: {
          
          throw new TypeError(`"${val6}" is not one of the cases of role`);
        }
      }
      dataView(memory0).setInt8(base + 16, enum6, true);
      
      var encodeRes = _utf8AllocateAndEncode(v3_3, realloc0, memory0);
      var ptr7= encodeRes.ptr;
      var len7 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 24, len7, true);
      dataView(memory0).setUint32(base + 20, ptr7, true);
      
      var encodeRes = _utf8AllocateAndEncode(v3_4, realloc0, memory0);
      var ptr8= encodeRes.ptr;
      var len8 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 32, len8, true);
      dataView(memory0).setUint32(base + 28, ptr8, true);
      var vec10 = v3_5;
      var len10 = vec10.length;
      var result10 = realloc0(0, 0, 4, len10 * 8);
      for (let i = 0; i < vec10.length; i++) {
        const e = vec10[i];
        const base = result10 + i * 8;
        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
        var ptr9= encodeRes.ptr;
        var len9 = encodeRes.len;
        
        dataView(memory0).setUint32(base + 4, len9, true);
        dataView(memory0).setUint32(base + 0, ptr9, true);
      }
      dataView(memory0).setUint32(base + 40, len10, true);
      dataView(memory0).setUint32(base + 36, result10, true);
    }
    dataView(memory0).setUint32(arg4 + 4, len11, true);
    dataView(memory0).setUint32(arg4 + 0, result11, true);
    _debugLog('[iface="zhengzhou:quality-benchmark/directory@0.2.0", function="members"][Instruction::Return]', {
      funcName: 'members',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline24.fnName = 'zhengzhou:quality-benchmark/directory@0.2.0#members';
  
  const _trampoline25 = function(arg0) {
    var ptr0 = dataView(memory0).getUint32(arg0 + 0, true);
    var len0 = dataView(memory0).getUint32(arg0 + 4, true);
    var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
    let variant2;
    if (dataView(memory0).getUint8(arg0 + 8, true)) {
      var ptr1 = dataView(memory0).getUint32(arg0 + 12, true);
      var len1 = dataView(memory0).getUint32(arg0 + 16, true);
      var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
      variant2 = result1;
    } else {
      variant2 = undefined;
    }
    let enum3;
    switch (dataView(memory0).getUint8(arg0 + 20, true)) {
      case 0: {
        enum3 = 'open-batch';
        break;
      }
      case 1: {
        enum3 = 'close-applications';
        break;
      }
      case 2: {
        enum3 = 'import-provincial';
        break;
      }
      case 3: {
        enum3 = 'register-materials';
        break;
      }
      case 4: {
        enum3 = 'draw-panel';
        break;
      }
      case 5: {
        enum3 = 'propose-list';
        break;
      }
      case 6: {
        enum3 = 'withdraw-list';
        break;
      }
      case 7: {
        enum3 = 'approve-list';
        break;
      }
      case 8: {
        enum3 = 'return-list';
        break;
      }
      case 9: {
        enum3 = 'close-publicity';
        break;
      }
      case 10: {
        enum3 = 'publish';
        break;
      }
      case 11: {
        enum3 = 'recommend-provincial';
        break;
      }
      case 12: {
        enum3 = 'start-application';
        break;
      }
      case 13: {
        enum3 = 'edit-form';
        break;
      }
      case 14: {
        enum3 = 'edit-materials';
        break;
      }
      case 15: {
        enum3 = 'submit';
        break;
      }
      case 16: {
        enum3 = 'withdraw';
        break;
      }
      case 17: {
        enum3 = 'recommend';
        break;
      }
      case 18: {
        enum3 = 'return-for-revision';
        break;
      }
      case 19: {
        enum3 = 'decline';
        break;
      }
      case 20: {
        enum3 = 'delegate';
        break;
      }
      case 21: {
        enum3 = 'formal-check';
        break;
      }
      case 22: {
        enum3 = 'remind';
        break;
      }
      case 23: {
        enum3 = 'declare-conflict';
        break;
      }
      case 24: {
        enum3 = 'score';
        break;
      }
      case 25: {
        enum3 = 'require-inspection';
        break;
      }
      case 26: {
        enum3 = 'record-defence';
        break;
      }
      case 27: {
        enum3 = 'record-site-visit';
        break;
      }
      case 28: {
        enum3 = 'object';
        break;
      }
      case 29: {
        enum3 = 'decide-objection';
        break;
      }
      case 30: {
        enum3 = 'propose-revocation';
        break;
      }
      case 31: {
        enum3 = 'approve-revocation';
        break;
      }
      case 32: {
        enum3 = 'reject-revocation';
        break;
      }
    }
    var ptr4 = dataView(memory0).getUint32(arg0 + 24, true);
    var len4 = dataView(memory0).getUint32(arg0 + 28, true);
    var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
    let enum5;
    switch (dataView(memory0).getUint8(arg0 + 32, true)) {
      case 0: {
        enum5 = 'org-seal';
        break;
      }
      case 1: {
        enum5 = 'legal-representative';
        break;
      }
      case 2: {
        enum5 = 'personal';
        break;
      }
    }
    var ptr6 = dataView(memory0).getUint32(arg0 + 36, true);
    var len6 = dataView(memory0).getUint32(arg0 + 40, true);
    var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
    var ptr7 = dataView(memory0).getUint32(arg0 + 44, true);
    var len7 = dataView(memory0).getUint32(arg0 + 48, true);
    var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
    var ptr8 = dataView(memory0).getUint32(arg0 + 52, true);
    var len8 = dataView(memory0).getUint32(arg0 + 56, true);
    var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
    var ptr9 = dataView(memory0).getUint32(arg0 + 60, true);
    var len9 = dataView(memory0).getUint32(arg0 + 64, true);
    var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
    _debugLog('[iface="zhengzhou:quality-benchmark/seals@0.2.0", function="verify"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'verify',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => verify({
          id: result0,
          purpose: {
            caseId: variant2,
            action: enum3,
            field: result4,
          },
          capacity: enum5,
          holder: result6,
          signer: result7,
          signedAt: result8,
          digest: result9,
        })),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    _debugLog('[iface="zhengzhou:quality-benchmark/seals@0.2.0", function="verify"][Instruction::Return]', {
      funcName: 'verify',
      paramCount: 1,
      async: false,
      postReturn: false
    });
    task.resolve([ret ? 1 : 0]);
    task.exit();
    return ret ? 1 : 0;
  }
  _trampoline25.fnName = 'zhengzhou:quality-benchmark/seals@0.2.0#verify';
  
  const handleTable1 = [T_FLAG, 0];
  handleTable1._createdReps = new Set();
  handleTable1._componentIdx = 0;
  
  
  const captureTable1= new Map();
  let captureCnt1= 0;
  
  HANDLE_TABLES[1] = handleTable1;
  
  const _trampoline26 = function(arg0, arg1) {
    var handle1 = arg0;
    
    var rep2 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG;
    var rsc0 = captureTable3.get(rep2);
    if (!rsc0) {
      rsc0 = Object.create(OutputStream.prototype);
      Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1});
      Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep2});
    }
    
    curResourceBorrows.push(rsc0);
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.check-write"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'checkWrite',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'result-catch-handler',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    try {
      const hostRet3 = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => rsc0.checkWrite()),
      })
      ;
      ret = hostRet3 !== null && typeof hostRet3 === 'object' && (hostRet3.tag === 'ok' || hostRet3.tag === 'err')
      ? hostRet3
      : { tag: 'ok', val: hostRet3};
    } catch (e) {
      if (getOrCreateAsyncState(0).markTrapped(e)) { throw e; }
      ret = { tag: 'err', val: getErrorPayload(e) };
    }
    
    for (const entry of curResourceBorrows) {
      const rsc = entry.rsc ?? entry;
      if (entry.drop) {
        if (rsc[symbolRscHandle]) {
          entry.drop(rsc[symbolRscHandle]);
        }
      }
      rsc[symbolRscHandle] = undefined;
    }
    curResourceBorrows = [];
    var variant6 = ret;
    switch (variant6.tag) {
      case 'ok': {
        const e = variant6.val;
        dataView(memory0).setInt8(arg1 + 0, 0, true);
        dataView(memory0).setBigInt64(arg1 + 8, toUint64(e), true);
        
        break;
      }
      case 'err': {
        const e = variant6.val;
        dataView(memory0).setInt8(arg1 + 0, 1, true);
        var variant5 = e;
        switch (variant5.tag) {
          case 'last-operation-failed': {
            const e = variant5.val;
            dataView(memory0).setInt8(arg1 + 8, 0, true);
            
            if (!(e instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error\" resource.');
            }
            var handle4 = e[symbolRscHandle];
            if (!handle4) {
              const rep = e[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, e);
              handle4 = rscTableCreateOwn(handleTable1, rep);
            }
            
            dataView(memory0).setInt32(arg1 + 12, handle4, true);
            break;
          }
          case 'closed': {
            dataView(memory0).setInt8(arg1 + 8, 1, true);
            break;
          }
          default: {
            throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant5.tag)}\` (received \`${variant5}\`) specified for \`StreamError\``);
          }
        }
        
        break;
      }
      default: {
        _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6});
        throw new TypeError('invalid variant specified for result');
      }
    }
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.check-write"][Instruction::Return]', {
      funcName: '[method]output-stream.check-write',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline26.fnName = 'wasi:io/streams@0.2.6#checkWrite';
  
  const _trampoline27 = function(arg0, arg1, arg2, arg3) {
    var handle1 = arg0;
    
    var rep2 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG;
    var rsc0 = captureTable3.get(rep2);
    if (!rsc0) {
      rsc0 = Object.create(OutputStream.prototype);
      Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1});
      Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep2});
    }
    
    curResourceBorrows.push(rsc0);
    var ptr3 = arg1;
    var len3 = arg2;
    if (ptr3 % 1 !== 0) throw new TypeError(`list pointer [${ptr3}] is not aligned to 1`);
    var result3 = new Uint8Array(memory0.buffer.slice(ptr3, ptr3 + len3 * 1));
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.write"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'write',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'result-catch-handler',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    try {
      const hostRet4 = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => rsc0.write(result3)),
      })
      ;
      ret = hostRet4 !== null && typeof hostRet4 === 'object' && (hostRet4.tag === 'ok' || hostRet4.tag === 'err')
      ? hostRet4
      : { tag: 'ok', val: hostRet4};
    } catch (e) {
      if (getOrCreateAsyncState(0).markTrapped(e)) { throw e; }
      ret = { tag: 'err', val: getErrorPayload(e) };
    }
    
    for (const entry of curResourceBorrows) {
      const rsc = entry.rsc ?? entry;
      if (entry.drop) {
        if (rsc[symbolRscHandle]) {
          entry.drop(rsc[symbolRscHandle]);
        }
      }
      rsc[symbolRscHandle] = undefined;
    }
    curResourceBorrows = [];
    var variant7 = ret;
    switch (variant7.tag) {
      case 'ok': {
        const e = variant7.val;
        dataView(memory0).setInt8(arg3 + 0, 0, true);
        
        break;
      }
      case 'err': {
        const e = variant7.val;
        dataView(memory0).setInt8(arg3 + 0, 1, true);
        var variant6 = e;
        switch (variant6.tag) {
          case 'last-operation-failed': {
            const e = variant6.val;
            dataView(memory0).setInt8(arg3 + 4, 0, true);
            
            if (!(e instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error\" resource.');
            }
            var handle5 = e[symbolRscHandle];
            if (!handle5) {
              const rep = e[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, e);
              handle5 = rscTableCreateOwn(handleTable1, rep);
            }
            
            dataView(memory0).setInt32(arg3 + 8, handle5, true);
            break;
          }
          case 'closed': {
            dataView(memory0).setInt8(arg3 + 4, 1, true);
            break;
          }
          default: {
            throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`StreamError\``);
          }
        }
        
        break;
      }
      default: {
        _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant7, valueType: typeof variant7});
        throw new TypeError('invalid variant specified for result');
      }
    }
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.write"][Instruction::Return]', {
      funcName: '[method]output-stream.write',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline27.fnName = 'wasi:io/streams@0.2.6#write';
  
  const _trampoline28 = function(arg0, arg1) {
    var handle1 = arg0;
    
    var rep2 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG;
    var rsc0 = captureTable3.get(rep2);
    if (!rsc0) {
      rsc0 = Object.create(OutputStream.prototype);
      Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1});
      Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep2});
    }
    
    curResourceBorrows.push(rsc0);
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.blocking-flush"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'blockingFlush',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'result-catch-handler',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    try {
      const hostRet3 = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => rsc0.blockingFlush()),
      })
      ;
      ret = hostRet3 !== null && typeof hostRet3 === 'object' && (hostRet3.tag === 'ok' || hostRet3.tag === 'err')
      ? hostRet3
      : { tag: 'ok', val: hostRet3};
    } catch (e) {
      if (getOrCreateAsyncState(0).markTrapped(e)) { throw e; }
      ret = { tag: 'err', val: getErrorPayload(e) };
    }
    
    for (const entry of curResourceBorrows) {
      const rsc = entry.rsc ?? entry;
      if (entry.drop) {
        if (rsc[symbolRscHandle]) {
          entry.drop(rsc[symbolRscHandle]);
        }
      }
      rsc[symbolRscHandle] = undefined;
    }
    curResourceBorrows = [];
    var variant6 = ret;
    switch (variant6.tag) {
      case 'ok': {
        const e = variant6.val;
        dataView(memory0).setInt8(arg1 + 0, 0, true);
        
        break;
      }
      case 'err': {
        const e = variant6.val;
        dataView(memory0).setInt8(arg1 + 0, 1, true);
        var variant5 = e;
        switch (variant5.tag) {
          case 'last-operation-failed': {
            const e = variant5.val;
            dataView(memory0).setInt8(arg1 + 4, 0, true);
            
            if (!(e instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error\" resource.');
            }
            var handle4 = e[symbolRscHandle];
            if (!handle4) {
              const rep = e[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, e);
              handle4 = rscTableCreateOwn(handleTable1, rep);
            }
            
            dataView(memory0).setInt32(arg1 + 8, handle4, true);
            break;
          }
          case 'closed': {
            dataView(memory0).setInt8(arg1 + 4, 1, true);
            break;
          }
          default: {
            throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant5.tag)}\` (received \`${variant5}\`) specified for \`StreamError\``);
          }
        }
        
        break;
      }
      default: {
        _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6});
        throw new TypeError('invalid variant specified for result');
      }
    }
    _debugLog('[iface="wasi:io/streams@0.2.6", function="[method]output-stream.blocking-flush"][Instruction::Return]', {
      funcName: '[method]output-stream.blocking-flush',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline28.fnName = 'wasi:io/streams@0.2.6#blockingFlush';
  
  const _trampoline29 = function(arg0) {
    _debugLog('[iface="wasi:cli/environment@0.2.6", function="get-environment"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getEnvironment',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getEnvironment()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var vec3 = ret;
    var len3 = vec3.length;
    var result3 = realloc0(0, 0, 4, len3 * 16);
    for (let i = 0; i < vec3.length; i++) {
      const e = vec3[i];
      const base = result3 + i * 16;var [tuple0_0, tuple0_1] = e;
      
      var encodeRes = _utf8AllocateAndEncode(tuple0_0, realloc0, memory0);
      var ptr1= encodeRes.ptr;
      var len1 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 4, len1, true);
      dataView(memory0).setUint32(base + 0, ptr1, true);
      
      var encodeRes = _utf8AllocateAndEncode(tuple0_1, realloc0, memory0);
      var ptr2= encodeRes.ptr;
      var len2 = encodeRes.len;
      
      dataView(memory0).setUint32(base + 12, len2, true);
      dataView(memory0).setUint32(base + 8, ptr2, true);
    }
    dataView(memory0).setUint32(arg0 + 4, len3, true);
    dataView(memory0).setUint32(arg0 + 0, result3, true);
    _debugLog('[iface="wasi:cli/environment@0.2.6", function="get-environment"][Instruction::Return]', {
      funcName: 'get-environment',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline29.fnName = 'wasi:cli/environment@0.2.6#getEnvironment';
  
  const handleTable4 = [T_FLAG, 0];
  handleTable4._createdReps = new Set();
  handleTable4._componentIdx = 0;
  
  
  const captureTable4= new Map();
  let captureCnt4= 0;
  
  HANDLE_TABLES[4] = handleTable4;
  
  const _trampoline30 = function(arg0) {
    _debugLog('[iface="wasi:cli/terminal-stdin@0.2.6", function="get-terminal-stdin"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getTerminalStdin',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getTerminalStdin()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant1 = ret;
    if (variant1 === null || variant1=== undefined) {
      dataView(memory0).setInt8(arg0 + 0, 0, true);
    } else {
      const e = variant1;
      dataView(memory0).setInt8(arg0 + 0, 1, true);
      
      if (!(e instanceof TerminalInput)) {
        throw new TypeError('Resource error: Not a valid \"TerminalInput\" resource.');
      }
      var handle0 = e[symbolRscHandle];
      if (!handle0) {
        const rep = e[symbolRscRep] || ++captureCnt4;
        captureTable4.set(rep, e);
        handle0 = rscTableCreateOwn(handleTable4, rep);
      }
      
      dataView(memory0).setInt32(arg0 + 4, handle0, true);
    }
    _debugLog('[iface="wasi:cli/terminal-stdin@0.2.6", function="get-terminal-stdin"][Instruction::Return]', {
      funcName: 'get-terminal-stdin',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline30.fnName = 'wasi:cli/terminal-stdin@0.2.6#getTerminalStdin';
  
  const handleTable5 = [T_FLAG, 0];
  handleTable5._createdReps = new Set();
  handleTable5._componentIdx = 0;
  
  
  const captureTable5= new Map();
  let captureCnt5= 0;
  
  HANDLE_TABLES[5] = handleTable5;
  
  const _trampoline31 = function(arg0) {
    _debugLog('[iface="wasi:cli/terminal-stdout@0.2.6", function="get-terminal-stdout"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getTerminalStdout',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getTerminalStdout()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant1 = ret;
    if (variant1 === null || variant1=== undefined) {
      dataView(memory0).setInt8(arg0 + 0, 0, true);
    } else {
      const e = variant1;
      dataView(memory0).setInt8(arg0 + 0, 1, true);
      
      if (!(e instanceof TerminalOutput)) {
        throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
      }
      var handle0 = e[symbolRscHandle];
      if (!handle0) {
        const rep = e[symbolRscRep] || ++captureCnt5;
        captureTable5.set(rep, e);
        handle0 = rscTableCreateOwn(handleTable5, rep);
      }
      
      dataView(memory0).setInt32(arg0 + 4, handle0, true);
    }
    _debugLog('[iface="wasi:cli/terminal-stdout@0.2.6", function="get-terminal-stdout"][Instruction::Return]', {
      funcName: 'get-terminal-stdout',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline31.fnName = 'wasi:cli/terminal-stdout@0.2.6#getTerminalStdout';
  
  const _trampoline32 = function(arg0) {
    _debugLog('[iface="wasi:cli/terminal-stderr@0.2.6", function="get-terminal-stderr"] [Instruction::CallInterface] (sync, @ enter)');
    const hostProvided = true;
    
    let parentTask;
    let task;
    let subtask;
    
    const createTask = () => {
      const results = createNewCurrentTask({
        componentIdx: -1,
        isAsync: false,
        entryFnName: 'getTerminalStderr',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: false,
      });
      task = results[0];
    };
    
    taskCreation: {
      parentTask = getCurrentTask(
      0,
      _getGlobalCurrentTaskMeta(0)?.taskID,
      )?.task;
      
      if (!parentTask) {
        createTask();
        break taskCreation;
      }
      
      createTask();
      
      if (hostProvided) {
        subtask = parentTask.getLatestSubtask();
        if (!subtask) {
          throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
        }
        task.setParentSubtask(subtask);
      }
    }
    
    const started = task.enterSync();
    let ret;
    
    
    try {
      ret = _withGlobalCurrentTaskMeta({
        componentIdx: task.componentIdx(),
        taskID: task.id(),
        fn: () => _trackHostOperation(() => getTerminalStderr()),
      })
      ;
    } catch (err) {
      
      _debugLog('[Instruction::CallInterface] error during sync call', {
        taskID: task.id(),
        subtaskID: task.getParentSubtask()?.id(),
        err,
      });
      getOrCreateAsyncState(0).markTrapped(err);
      task.setErrored(err);
      task.reject(err);
      task.exit();
      throw err;
      
    }
    
    var variant1 = ret;
    if (variant1 === null || variant1=== undefined) {
      dataView(memory0).setInt8(arg0 + 0, 0, true);
    } else {
      const e = variant1;
      dataView(memory0).setInt8(arg0 + 0, 1, true);
      
      if (!(e instanceof TerminalOutput)) {
        throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
      }
      var handle0 = e[symbolRscHandle];
      if (!handle0) {
        const rep = e[symbolRscRep] || ++captureCnt5;
        captureTable5.set(rep, e);
        handle0 = rscTableCreateOwn(handleTable5, rep);
      }
      
      dataView(memory0).setInt32(arg0 + 4, handle0, true);
    }
    _debugLog('[iface="wasi:cli/terminal-stderr@0.2.6", function="get-terminal-stderr"][Instruction::Return]', {
      funcName: 'get-terminal-stderr',
      paramCount: 0,
      async: false,
      postReturn: false
    });
    task.resolve([ret]);
    task.exit();
  }
  _trampoline32.fnName = 'wasi:cli/terminal-stderr@0.2.6#getTerminalStderr';
  let exports2;
  let postReturn0;
  let postReturn0Async;
  let postReturn1;
  let postReturn1Async;
  let postReturn2;
  let postReturn2Async;
  let postReturn3;
  let postReturn3Async;
  let postReturn4;
  let postReturn4Async;
  let postReturn5;
  let postReturn5Async;
  let postReturn6;
  let postReturn6Async;
  let postReturn7;
  let postReturn7Async;
  let postReturn8;
  let postReturn8Async;
  let postReturn9;
  let postReturn9Async;
  let postReturn10;
  let postReturn10Async;
  let forms020ListForms;
  
  function listForms() {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'forms020ListForms',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'none',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="list-forms"][Instruction::CallWasm] enter', {
            funcName: 'list-forms',
            paramCount: 0,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => forms020ListForms(),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          var len2 = dataView(memory0).getUint32(ret + 4, true);
          var base2 = dataView(memory0).getUint32(ret + 0, true);
          if (base2 % 4 !== 0) throw new TypeError(`list pointer [${base2}] is not aligned to 4`);
          var result2 = [];
          for (let i = 0; i < len2; i++) {
            const base = base2 + i * 16;
            var ptr0 = dataView(memory0).getUint32(base + 0, true);
            var len0 = dataView(memory0).getUint32(base + 4, true);
            var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
            var ptr1 = dataView(memory0).getUint32(base + 8, true);
            var len1 = dataView(memory0).getUint32(base + 12, true);
            var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
            result2.push([result0, result1]);
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="list-forms"][Instruction::Return]', {
            funcName: 'list-forms',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          task.resolve([result2]);
          const retCopy = result2;
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn0(ret);
          cstate.mayLeave = true;
          task.exit();
          return retCopy;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let forms020Describe;
  
  function describe(arg0, arg1, arg2) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'forms020Describe',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var {userId: v0_0, name: v0_1, role: v0_2, orgUnit: v0_3, orgName: v0_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
          var ptr1= encodeRes.ptr;
          var len1 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          var val3 = v0_2;
          let enum3;
          switch (val3) {
            case 'enterprise': {
              enum3 = 0;
              break;
            }
            case 'district-office': {
              enum3 = 1;
              break;
            }
            case 'city-officer': {
              enum3 = 2;
              break;
            }
            case 'city-leader': {
              enum3 = 3;
              break;
            }
            case 'expert': {
              enum3 = 4;
              break;
            }
            case 'public': {
              enum3 = 5;
              break;
            }
            case 'administrator': {
              enum3 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val3}" is not one of the cases of role`);
            }
          }
          
          var encodeRes = _utf8AllocateAndEncode(v0_3, realloc0, memory0);
          var ptr4= encodeRes.ptr;
          var len4 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          var variant8 = arg2;
          let variant8_0;
          let variant8_1;
          let variant8_2;
          if (variant8 === null || variant8=== undefined) {
            variant8_0 = 0;
            variant8_1 = 0;
            variant8_2 = 0;
          } else {
            const e = variant8;
            
            var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
            var ptr7= encodeRes.ptr;
            var len7 = encodeRes.len;
            
            variant8_0 = 1;
            variant8_1 = ptr7;
            variant8_2 = len7;
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="describe"][Instruction::CallWasm] enter', {
            funcName: 'describe',
            paramCount: 14,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => forms020Describe(ptr1, len1, ptr2, len2, enum3, ptr4, len4, ptr5, len5, ptr6, len6, variant8_0, variant8_1, variant8_2),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant93;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum86;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum86 = 'forbidden';
                break;
              }
              case 1: {
                enum86 = 'not-found';
                break;
              }
              case 2: {
                enum86 = 'conflict';
                break;
              }
              case 3: {
                enum86 = 'invalid';
                break;
              }
              case 4: {
                enum86 = 'wrong-stage';
                break;
              }
              case 5: {
                enum86 = 'deadline';
                break;
              }
              case 6: {
                enum86 = 'host-fault';
                break;
              }
            }
            var ptr87 = dataView(memory0).getUint32(ret + 8, true);
            var len87 = dataView(memory0).getUint32(ret + 12, true);
            var result87 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr87, len87));
            var ptr88 = dataView(memory0).getUint32(ret + 16, true);
            var len88 = dataView(memory0).getUint32(ret + 20, true);
            var result88 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr88, len88));
            var len92 = dataView(memory0).getUint32(ret + 28, true);
            var base92 = dataView(memory0).getUint32(ret + 24, true);
            if (base92 % 4 !== 0) throw new TypeError(`list pointer [${base92}] is not aligned to 4`);
            var result92 = [];
            for (let i = 0; i < len92; i++) {
              const base = base92 + i * 24;
              var ptr89 = dataView(memory0).getUint32(base + 0, true);
              var len89 = dataView(memory0).getUint32(base + 4, true);
              var result89 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr89, len89));
              var ptr90 = dataView(memory0).getUint32(base + 8, true);
              var len90 = dataView(memory0).getUint32(base + 12, true);
              var result90 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr90, len90));
              var ptr91 = dataView(memory0).getUint32(base + 16, true);
              var len91 = dataView(memory0).getUint32(base + 20, true);
              var result91 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr91, len91));
              result92.push({
                field: result89,
                code: result90,
                message: result91,
              });
            }
            variant93= {
              tag: 'err',
              val: {
                kind: enum86,
                code: result87,
                message: result88,
                fields: result92,
              }
            };
          } else {
            var ptr9 = dataView(memory0).getUint32(ret + 4, true);
            var len9 = dataView(memory0).getUint32(ret + 8, true);
            var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
            var ptr10 = dataView(memory0).getUint32(ret + 16, true);
            var len10 = dataView(memory0).getUint32(ret + 20, true);
            var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
            let variant12;
            if (dataView(memory0).getUint8(ret + 24, true)) {
              var ptr11 = dataView(memory0).getUint32(ret + 28, true);
              var len11 = dataView(memory0).getUint32(ret + 32, true);
              var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
              variant12 = result11;
            } else {
              variant12 = undefined;
            }
            var len55 = dataView(memory0).getUint32(ret + 40, true);
            var base55 = dataView(memory0).getUint32(ret + 36, true);
            if (base55 % 4 !== 0) throw new TypeError(`list pointer [${base55}] is not aligned to 4`);
            var result55 = [];
            for (let i = 0; i < len55; i++) {
              const base = base55 + i * 36;
              var ptr13 = dataView(memory0).getUint32(base + 0, true);
              var len13 = dataView(memory0).getUint32(base + 4, true);
              var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
              var ptr14 = dataView(memory0).getUint32(base + 8, true);
              var len14 = dataView(memory0).getUint32(base + 12, true);
              var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
              let variant16;
              if (dataView(memory0).getUint8(base + 16, true)) {
                var ptr15 = dataView(memory0).getUint32(base + 20, true);
                var len15 = dataView(memory0).getUint32(base + 24, true);
                var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                variant16 = result15;
              } else {
                variant16 = undefined;
              }
              var len54 = dataView(memory0).getUint32(base + 32, true);
              var base54 = dataView(memory0).getUint32(base + 28, true);
              if (base54 % 8 !== 0) throw new TypeError(`list pointer [${base54}] is not aligned to 8`);
              var result54 = [];
              for (let i = 0; i < len54; i++) {
                const base = base54 + i * 176;
                var ptr17 = dataView(memory0).getUint32(base + 0, true);
                var len17 = dataView(memory0).getUint32(base + 4, true);
                var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                var ptr18 = dataView(memory0).getUint32(base + 8, true);
                var len18 = dataView(memory0).getUint32(base + 12, true);
                var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                let variant20;
                if (dataView(memory0).getUint8(base + 16, true)) {
                  var ptr19 = dataView(memory0).getUint32(base + 20, true);
                  var len19 = dataView(memory0).getUint32(base + 24, true);
                  var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                  variant20 = result19;
                } else {
                  variant20 = undefined;
                }
                let enum21;
                switch (dataView(memory0).getUint8(base + 28, true)) {
                  case 0: {
                    enum21 = 'text';
                    break;
                  }
                  case 1: {
                    enum21 = 'multiline';
                    break;
                  }
                  case 2: {
                    enum21 = 'number';
                    break;
                  }
                  case 3: {
                    enum21 = 'date';
                    break;
                  }
                  case 4: {
                    enum21 = 'select';
                    break;
                  }
                  case 5: {
                    enum21 = 'multi-select';
                    break;
                  }
                  case 6: {
                    enum21 = 'checkbox';
                    break;
                  }
                  case 7: {
                    enum21 = 'table';
                    break;
                  }
                  case 8: {
                    enum21 = 'attachments';
                    break;
                  }
                  case 9: {
                    enum21 = 'seal';
                    break;
                  }
                  case 10: {
                    enum21 = 'statement';
                    break;
                  }
                }
                var bool22 = dataView(memory0).getUint8(base + 29, true);
                var bool23 = dataView(memory0).getUint8(base + 30, true);
                let variant25;
                if (dataView(memory0).getUint8(base + 32, true)) {
                  var ptr24 = dataView(memory0).getUint32(base + 36, true);
                  var len24 = dataView(memory0).getUint32(base + 40, true);
                  var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                  variant25 = result24;
                } else {
                  variant25 = undefined;
                }
                let variant26;
                if (dataView(memory0).getUint8(base + 44, true)) {
                  variant26 = dataView(memory0).getInt32(base + 48, true) >>> 0;
                } else {
                  variant26 = undefined;
                }
                let variant27;
                if (dataView(memory0).getUint8(base + 56, true)) {
                  variant27 = dataView(memory0).getFloat64(base + 64, true);
                } else {
                  variant27 = undefined;
                }
                let variant28;
                if (dataView(memory0).getUint8(base + 72, true)) {
                  variant28 = dataView(memory0).getFloat64(base + 80, true);
                } else {
                  variant28 = undefined;
                }
                let variant30;
                if (dataView(memory0).getUint8(base + 88, true)) {
                  let enum29;
                  switch (dataView(memory0).getUint8(base + 89, true)) {
                    case 0: {
                      enum29 = 'credit-code';
                      break;
                    }
                    case 1: {
                      enum29 = 'phone';
                      break;
                    }
                    case 2: {
                      enum29 = 'fax';
                      break;
                    }
                    case 3: {
                      enum29 = 'mobile';
                      break;
                    }
                    case 4: {
                      enum29 = 'phone-or-mobile';
                      break;
                    }
                    case 5: {
                      enum29 = 'email';
                      break;
                    }
                    case 6: {
                      enum29 = 'postcode';
                      break;
                    }
                    case 7: {
                      enum29 = 'id-number';
                      break;
                    }
                    case 8: {
                      enum29 = 'benchmark-title';
                      break;
                    }
                    case 9: {
                      enum29 = 'integer';
                      break;
                    }
                    case 10: {
                      enum29 = 'one-decimal';
                      break;
                    }
                  }
                  variant30 = enum29;
                } else {
                  variant30 = undefined;
                }
                let variant32;
                if (dataView(memory0).getUint8(base + 90, true)) {
                  let enum31;
                  switch (dataView(memory0).getUint8(base + 91, true)) {
                    case 0: {
                      enum31 = 'org-seal';
                      break;
                    }
                    case 1: {
                      enum31 = 'legal-representative';
                      break;
                    }
                    case 2: {
                      enum31 = 'personal';
                      break;
                    }
                  }
                  variant32 = enum31;
                } else {
                  variant32 = undefined;
                }
                let variant35;
                if (dataView(memory0).getUint8(base + 96, true)) {
                  var len34 = dataView(memory0).getUint32(base + 120, true);
                  var base34 = dataView(memory0).getUint32(base + 116, true);
                  if (base34 % 4 !== 0) throw new TypeError(`list pointer [${base34}] is not aligned to 4`);
                  var result34 = [];
                  for (let i = 0; i < len34; i++) {
                    const base = base34 + i * 8;
                    var ptr33 = dataView(memory0).getUint32(base + 0, true);
                    var len33 = dataView(memory0).getUint32(base + 4, true);
                    var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
                    result34.push(result33);
                  }
                  variant35 = {
                    maxBytes: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 104, true))),
                    maxFiles: dataView(memory0).getInt32(base + 112, true) >>> 0,
                    mediaTypes: result34,
                  };
                } else {
                  variant35 = undefined;
                }
                var len38 = dataView(memory0).getUint32(base + 132, true);
                var base38 = dataView(memory0).getUint32(base + 128, true);
                if (base38 % 4 !== 0) throw new TypeError(`list pointer [${base38}] is not aligned to 4`);
                var result38 = [];
                for (let i = 0; i < len38; i++) {
                  const base = base38 + i * 16;
                  var ptr36 = dataView(memory0).getUint32(base + 0, true);
                  var len36 = dataView(memory0).getUint32(base + 4, true);
                  var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
                  var ptr37 = dataView(memory0).getUint32(base + 8, true);
                  var len37 = dataView(memory0).getUint32(base + 12, true);
                  var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                  result38.push({
                    value: result36,
                    label: result37,
                  });
                }
                var len47 = dataView(memory0).getUint32(base + 140, true);
                var base47 = dataView(memory0).getUint32(base + 136, true);
                if (base47 % 8 !== 0) throw new TypeError(`list pointer [${base47}] is not aligned to 8`);
                var result47 = [];
                for (let i = 0; i < len47; i++) {
                  const base = base47 + i * 56;
                  var ptr39 = dataView(memory0).getUint32(base + 0, true);
                  var len39 = dataView(memory0).getUint32(base + 4, true);
                  var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                  var ptr40 = dataView(memory0).getUint32(base + 8, true);
                  var len40 = dataView(memory0).getUint32(base + 12, true);
                  var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
                  let variant42;
                  if (dataView(memory0).getUint8(base + 16, true)) {
                    var ptr41 = dataView(memory0).getUint32(base + 20, true);
                    var len41 = dataView(memory0).getUint32(base + 24, true);
                    var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
                    variant42 = result41;
                  } else {
                    variant42 = undefined;
                  }
                  let enum43;
                  switch (dataView(memory0).getUint8(base + 28, true)) {
                    case 0: {
                      enum43 = 'text';
                      break;
                    }
                    case 1: {
                      enum43 = 'multiline';
                      break;
                    }
                    case 2: {
                      enum43 = 'number';
                      break;
                    }
                    case 3: {
                      enum43 = 'date';
                      break;
                    }
                    case 4: {
                      enum43 = 'select';
                      break;
                    }
                    case 5: {
                      enum43 = 'multi-select';
                      break;
                    }
                    case 6: {
                      enum43 = 'checkbox';
                      break;
                    }
                    case 7: {
                      enum43 = 'table';
                      break;
                    }
                    case 8: {
                      enum43 = 'attachments';
                      break;
                    }
                    case 9: {
                      enum43 = 'seal';
                      break;
                    }
                    case 10: {
                      enum43 = 'statement';
                      break;
                    }
                  }
                  let variant44;
                  if (dataView(memory0).getUint8(base + 32, true)) {
                    variant44 = dataView(memory0).getFloat64(base + 40, true);
                  } else {
                    variant44 = undefined;
                  }
                  let variant46;
                  if (dataView(memory0).getUint8(base + 48, true)) {
                    let enum45;
                    switch (dataView(memory0).getUint8(base + 49, true)) {
                      case 0: {
                        enum45 = 'credit-code';
                        break;
                      }
                      case 1: {
                        enum45 = 'phone';
                        break;
                      }
                      case 2: {
                        enum45 = 'fax';
                        break;
                      }
                      case 3: {
                        enum45 = 'mobile';
                        break;
                      }
                      case 4: {
                        enum45 = 'phone-or-mobile';
                        break;
                      }
                      case 5: {
                        enum45 = 'email';
                        break;
                      }
                      case 6: {
                        enum45 = 'postcode';
                        break;
                      }
                      case 7: {
                        enum45 = 'id-number';
                        break;
                      }
                      case 8: {
                        enum45 = 'benchmark-title';
                        break;
                      }
                      case 9: {
                        enum45 = 'integer';
                        break;
                      }
                      case 10: {
                        enum45 = 'one-decimal';
                        break;
                      }
                    }
                    variant46 = enum45;
                  } else {
                    variant46 = undefined;
                  }
                  result47.push({
                    id: result39,
                    label: result40,
                    unit: variant42,
                    kind: enum43,
                    min: variant44,
                    format: variant46,
                  });
                }
                var len49 = dataView(memory0).getUint32(base + 148, true);
                var base49 = dataView(memory0).getUint32(base + 144, true);
                if (base49 % 4 !== 0) throw new TypeError(`list pointer [${base49}] is not aligned to 4`);
                var result49 = [];
                for (let i = 0; i < len49; i++) {
                  const base = base49 + i * 8;
                  var ptr48 = dataView(memory0).getUint32(base + 0, true);
                  var len48 = dataView(memory0).getUint32(base + 4, true);
                  var result48 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr48, len48));
                  result49.push(result48);
                }
                let variant53;
                if (dataView(memory0).getUint8(base + 152, true)) {
                  var ptr50 = dataView(memory0).getUint32(base + 156, true);
                  var len50 = dataView(memory0).getUint32(base + 160, true);
                  var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
                  var len52 = dataView(memory0).getUint32(base + 168, true);
                  var base52 = dataView(memory0).getUint32(base + 164, true);
                  if (base52 % 4 !== 0) throw new TypeError(`list pointer [${base52}] is not aligned to 4`);
                  var result52 = [];
                  for (let i = 0; i < len52; i++) {
                    const base = base52 + i * 8;
                    var ptr51 = dataView(memory0).getUint32(base + 0, true);
                    var len51 = dataView(memory0).getUint32(base + 4, true);
                    var result51 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr51, len51));
                    result52.push(result51);
                  }
                  variant53 = {
                    field: result50,
                    anyOf: result52,
                  };
                } else {
                  variant53 = undefined;
                }
                result54.push({
                  id: result17,
                  label: result18,
                  help: variant20,
                  kind: enum21,
                  required: !!bool22,
                  readOnly: !!bool23,
                  unit: variant25,
                  maxChars: variant26,
                  min: variant27,
                  max: variant28,
                  format: variant30,
                  seal: variant32,
                  upload: variant35,
                  options: result38,
                  columns: result47,
                  rows: result49,
                  visibleWhen: variant53,
                });
              }
              result55.push({
                id: result13,
                title: result14,
                help: variant16,
                fields: result54,
              });
            }
            var len85 = dataView(memory0).getUint32(ret + 48, true);
            var base85 = dataView(memory0).getUint32(ret + 44, true);
            if (base85 % 8 !== 0) throw new TypeError(`list pointer [${base85}] is not aligned to 8`);
            var result85 = [];
            for (let i = 0; i < len85; i++) {
              const base = base85 + i * 88;
              var ptr56 = dataView(memory0).getUint32(base + 0, true);
              var len56 = dataView(memory0).getUint32(base + 4, true);
              var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
              let variant84;
              switch (dataView(memory0).getUint8(base + 8, true)) {
                case 0: {
                  var ptr57 = dataView(memory0).getUint32(base + 16, true);
                  var len57 = dataView(memory0).getUint32(base + 20, true);
                  var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
                  variant84= {
                    tag: 'text',
                    val: result57
                  };
                  break;
                }
                case 1: {
                  variant84= {
                    tag: 'number',
                    val: dataView(memory0).getFloat64(base + 16, true)
                  };
                  break;
                }
                case 2: {
                  var ptr58 = dataView(memory0).getUint32(base + 16, true);
                  var len58 = dataView(memory0).getUint32(base + 20, true);
                  var result58 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr58, len58));
                  variant84= {
                    tag: 'date',
                    val: result58
                  };
                  break;
                }
                case 3: {
                  var ptr59 = dataView(memory0).getUint32(base + 16, true);
                  var len59 = dataView(memory0).getUint32(base + 20, true);
                  var result59 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr59, len59));
                  variant84= {
                    tag: 'choice',
                    val: result59
                  };
                  break;
                }
                case 4: {
                  var len61 = dataView(memory0).getUint32(base + 20, true);
                  var base61 = dataView(memory0).getUint32(base + 16, true);
                  if (base61 % 4 !== 0) throw new TypeError(`list pointer [${base61}] is not aligned to 4`);
                  var result61 = [];
                  for (let i = 0; i < len61; i++) {
                    const base = base61 + i * 8;
                    var ptr60 = dataView(memory0).getUint32(base + 0, true);
                    var len60 = dataView(memory0).getUint32(base + 4, true);
                    var result60 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr60, len60));
                    result61.push(result60);
                  }
                  variant84= {
                    tag: 'choices',
                    val: result61
                  };
                  break;
                }
                case 5: {
                  var bool62 = dataView(memory0).getUint8(base + 16, true);
                  variant84= {
                    tag: 'flag',
                    val: !!bool62
                  };
                  break;
                }
                case 6: {
                  var len68 = dataView(memory0).getUint32(base + 20, true);
                  var base68 = dataView(memory0).getUint32(base + 16, true);
                  if (base68 % 4 !== 0) throw new TypeError(`list pointer [${base68}] is not aligned to 4`);
                  var result68 = [];
                  for (let i = 0; i < len68; i++) {
                    const base = base68 + i * 16;
                    var ptr63 = dataView(memory0).getUint32(base + 0, true);
                    var len63 = dataView(memory0).getUint32(base + 4, true);
                    var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
                    var len67 = dataView(memory0).getUint32(base + 12, true);
                    var base67 = dataView(memory0).getUint32(base + 8, true);
                    if (base67 % 8 !== 0) throw new TypeError(`list pointer [${base67}] is not aligned to 8`);
                    var result67 = [];
                    for (let i = 0; i < len67; i++) {
                      const base = base67 + i * 24;
                      var ptr64 = dataView(memory0).getUint32(base + 0, true);
                      var len64 = dataView(memory0).getUint32(base + 4, true);
                      var result64 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr64, len64));
                      let variant66;
                      switch (dataView(memory0).getUint8(base + 8, true)) {
                        case 0: {
                          var ptr65 = dataView(memory0).getUint32(base + 16, true);
                          var len65 = dataView(memory0).getUint32(base + 20, true);
                          var result65 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr65, len65));
                          variant66= {
                            tag: 'text',
                            val: result65
                          };
                          break;
                        }
                        case 1: {
                          variant66= {
                            tag: 'number',
                            val: dataView(memory0).getFloat64(base + 16, true)
                          };
                          break;
                        }
                      }
                      result67.push([result64, variant66]);
                    }
                    result68.push({
                      key: result63,
                      cells: result67,
                    });
                  }
                  variant84= {
                    tag: 'table',
                    val: result68
                  };
                  break;
                }
                case 7: {
                  var len73 = dataView(memory0).getUint32(base + 20, true);
                  var base73 = dataView(memory0).getUint32(base + 16, true);
                  if (base73 % 8 !== 0) throw new TypeError(`list pointer [${base73}] is not aligned to 8`);
                  var result73 = [];
                  for (let i = 0; i < len73; i++) {
                    const base = base73 + i * 40;
                    var ptr69 = dataView(memory0).getUint32(base + 0, true);
                    var len69 = dataView(memory0).getUint32(base + 4, true);
                    var result69 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr69, len69));
                    var ptr70 = dataView(memory0).getUint32(base + 8, true);
                    var len70 = dataView(memory0).getUint32(base + 12, true);
                    var result70 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr70, len70));
                    var ptr71 = dataView(memory0).getUint32(base + 16, true);
                    var len71 = dataView(memory0).getUint32(base + 20, true);
                    var result71 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr71, len71));
                    var ptr72 = dataView(memory0).getUint32(base + 32, true);
                    var len72 = dataView(memory0).getUint32(base + 36, true);
                    var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
                    result73.push({
                      id: result69,
                      name: result70,
                      mediaType: result71,
                      size: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 24, true))),
                      sha256: result72,
                    });
                  }
                  variant84= {
                    tag: 'attachments',
                    val: result73
                  };
                  break;
                }
                case 8: {
                  var ptr74 = dataView(memory0).getUint32(base + 16, true);
                  var len74 = dataView(memory0).getUint32(base + 20, true);
                  var result74 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr74, len74));
                  let variant76;
                  if (dataView(memory0).getUint8(base + 24, true)) {
                    var ptr75 = dataView(memory0).getUint32(base + 28, true);
                    var len75 = dataView(memory0).getUint32(base + 32, true);
                    var result75 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr75, len75));
                    variant76 = result75;
                  } else {
                    variant76 = undefined;
                  }
                  let enum77;
                  switch (dataView(memory0).getUint8(base + 36, true)) {
                    case 0: {
                      enum77 = 'open-batch';
                      break;
                    }
                    case 1: {
                      enum77 = 'close-applications';
                      break;
                    }
                    case 2: {
                      enum77 = 'import-provincial';
                      break;
                    }
                    case 3: {
                      enum77 = 'register-materials';
                      break;
                    }
                    case 4: {
                      enum77 = 'draw-panel';
                      break;
                    }
                    case 5: {
                      enum77 = 'propose-list';
                      break;
                    }
                    case 6: {
                      enum77 = 'withdraw-list';
                      break;
                    }
                    case 7: {
                      enum77 = 'approve-list';
                      break;
                    }
                    case 8: {
                      enum77 = 'return-list';
                      break;
                    }
                    case 9: {
                      enum77 = 'close-publicity';
                      break;
                    }
                    case 10: {
                      enum77 = 'publish';
                      break;
                    }
                    case 11: {
                      enum77 = 'recommend-provincial';
                      break;
                    }
                    case 12: {
                      enum77 = 'start-application';
                      break;
                    }
                    case 13: {
                      enum77 = 'edit-form';
                      break;
                    }
                    case 14: {
                      enum77 = 'edit-materials';
                      break;
                    }
                    case 15: {
                      enum77 = 'submit';
                      break;
                    }
                    case 16: {
                      enum77 = 'withdraw';
                      break;
                    }
                    case 17: {
                      enum77 = 'recommend';
                      break;
                    }
                    case 18: {
                      enum77 = 'return-for-revision';
                      break;
                    }
                    case 19: {
                      enum77 = 'decline';
                      break;
                    }
                    case 20: {
                      enum77 = 'delegate';
                      break;
                    }
                    case 21: {
                      enum77 = 'formal-check';
                      break;
                    }
                    case 22: {
                      enum77 = 'remind';
                      break;
                    }
                    case 23: {
                      enum77 = 'declare-conflict';
                      break;
                    }
                    case 24: {
                      enum77 = 'score';
                      break;
                    }
                    case 25: {
                      enum77 = 'require-inspection';
                      break;
                    }
                    case 26: {
                      enum77 = 'record-defence';
                      break;
                    }
                    case 27: {
                      enum77 = 'record-site-visit';
                      break;
                    }
                    case 28: {
                      enum77 = 'object';
                      break;
                    }
                    case 29: {
                      enum77 = 'decide-objection';
                      break;
                    }
                    case 30: {
                      enum77 = 'propose-revocation';
                      break;
                    }
                    case 31: {
                      enum77 = 'approve-revocation';
                      break;
                    }
                    case 32: {
                      enum77 = 'reject-revocation';
                      break;
                    }
                  }
                  var ptr78 = dataView(memory0).getUint32(base + 40, true);
                  var len78 = dataView(memory0).getUint32(base + 44, true);
                  var result78 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr78, len78));
                  let enum79;
                  switch (dataView(memory0).getUint8(base + 48, true)) {
                    case 0: {
                      enum79 = 'org-seal';
                      break;
                    }
                    case 1: {
                      enum79 = 'legal-representative';
                      break;
                    }
                    case 2: {
                      enum79 = 'personal';
                      break;
                    }
                  }
                  var ptr80 = dataView(memory0).getUint32(base + 52, true);
                  var len80 = dataView(memory0).getUint32(base + 56, true);
                  var result80 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr80, len80));
                  var ptr81 = dataView(memory0).getUint32(base + 60, true);
                  var len81 = dataView(memory0).getUint32(base + 64, true);
                  var result81 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr81, len81));
                  var ptr82 = dataView(memory0).getUint32(base + 68, true);
                  var len82 = dataView(memory0).getUint32(base + 72, true);
                  var result82 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr82, len82));
                  var ptr83 = dataView(memory0).getUint32(base + 76, true);
                  var len83 = dataView(memory0).getUint32(base + 80, true);
                  var result83 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr83, len83));
                  variant84= {
                    tag: 'seal',
                    val: {
                      id: result74,
                      purpose: {
                        caseId: variant76,
                        action: enum77,
                        field: result78,
                      },
                      capacity: enum79,
                      holder: result80,
                      signer: result81,
                      signedAt: result82,
                      digest: result83,
                    }
                  };
                  break;
                }
              }
              result85.push({
                id: result56,
                value: variant84,
              });
            }
            variant93= {
              tag: 'ok',
              val: {
                definition: {
                  id: result9,
                  revision: dataView(memory0).getInt32(ret + 12, true) >>> 0,
                  title: result10,
                  help: variant12,
                  sections: result55,
                },
                values: result85,
              }
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="describe"][Instruction::Return]', {
            funcName: 'describe',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant93;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn1(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let forms020Validate;
  
  function validate(arg0, arg1, arg2, arg3) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'forms020Validate',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          
          var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
          var ptr0= encodeRes.ptr;
          var len0 = encodeRes.len;
          
          var vec35 = arg1;
          var len35 = vec35.length;
          var result35 = realloc0(0, 0, 8, len35 * 88);
          for (let i = 0; i < vec35.length; i++) {
            const e = vec35[i];
            const base = result35 + i * 88;var {id: v1_0, value: v1_1 } = e;
            
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(base + 4, len2, true);
            dataView(memory0).setUint32(base + 0, ptr2, true);
            var variant34 = v1_1;
            switch (variant34.tag) {
              case 'text': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 0, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len3, true);
                dataView(memory0).setUint32(base + 16, ptr3, true);
                break;
              }
              case 'number': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 1, true);
                dataView(memory0).setFloat64(base + 16, +e, true);
                break;
              }
              case 'date': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr4= encodeRes.ptr;
                var len4 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len4, true);
                dataView(memory0).setUint32(base + 16, ptr4, true);
                break;
              }
              case 'choice': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 3, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr5= encodeRes.ptr;
                var len5 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len5, true);
                dataView(memory0).setUint32(base + 16, ptr5, true);
                break;
              }
              case 'choices': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 4, true);
                var vec7 = e;
                var len7 = vec7.length;
                var result7 = realloc0(0, 0, 4, len7 * 8);
                for (let i = 0; i < vec7.length; i++) {
                  const e = vec7[i];
                  const base = result7 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr6= encodeRes.ptr;
                  var len6 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len6, true);
                  dataView(memory0).setUint32(base + 0, ptr6, true);
                }
                dataView(memory0).setUint32(base + 20, len7, true);
                dataView(memory0).setUint32(base + 16, result7, true);
                break;
              }
              case 'flag': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 5, true);
                dataView(memory0).setInt8(base + 16, e ? 1 : 0, true);
                break;
              }
              case 'table': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 6, true);
                var vec15 = e;
                var len15 = vec15.length;
                var result15 = realloc0(0, 0, 4, len15 * 16);
                for (let i = 0; i < vec15.length; i++) {
                  const e = vec15[i];
                  const base = result15 + i * 16;var {key: v8_0, cells: v8_1 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v8_0, realloc0, memory0);
                  var ptr9= encodeRes.ptr;
                  var len9 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len9, true);
                  dataView(memory0).setUint32(base + 0, ptr9, true);
                  var vec14 = v8_1;
                  var len14 = vec14.length;
                  var result14 = realloc0(0, 0, 8, len14 * 24);
                  for (let i = 0; i < vec14.length; i++) {
                    const e = vec14[i];
                    const base = result14 + i * 24;var [tuple10_0, tuple10_1] = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(tuple10_0, realloc0, memory0);
                    var ptr11= encodeRes.ptr;
                    var len11 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len11, true);
                    dataView(memory0).setUint32(base + 0, ptr11, true);
                    var variant13 = tuple10_1;
                    switch (variant13.tag) {
                      case 'text': {
                        const e = variant13.val;
                        dataView(memory0).setInt8(base + 8, 0, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                        var ptr12= encodeRes.ptr;
                        var len12 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 20, len12, true);
                        dataView(memory0).setUint32(base + 16, ptr12, true);
                        break;
                      }
                      case 'number': {
                        const e = variant13.val;
                        dataView(memory0).setInt8(base + 8, 1, true);
                        dataView(memory0).setFloat64(base + 16, +e, true);
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant13.tag)}\` (received \`${variant13}\`) specified for \`Scalar\``);
                      }
                    }
                  }
                  dataView(memory0).setUint32(base + 12, len14, true);
                  dataView(memory0).setUint32(base + 8, result14, true);
                }
                dataView(memory0).setUint32(base + 20, len15, true);
                dataView(memory0).setUint32(base + 16, result15, true);
                break;
              }
              case 'attachments': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 7, true);
                var vec21 = e;
                var len21 = vec21.length;
                var result21 = realloc0(0, 0, 8, len21 * 40);
                for (let i = 0; i < vec21.length; i++) {
                  const e = vec21[i];
                  const base = result21 + i * 40;var {id: v16_0, name: v16_1, mediaType: v16_2, size: v16_3, sha256: v16_4 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_0, realloc0, memory0);
                  var ptr17= encodeRes.ptr;
                  var len17 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len17, true);
                  dataView(memory0).setUint32(base + 0, ptr17, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_1, realloc0, memory0);
                  var ptr18= encodeRes.ptr;
                  var len18 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len18, true);
                  dataView(memory0).setUint32(base + 8, ptr18, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_2, realloc0, memory0);
                  var ptr19= encodeRes.ptr;
                  var len19 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 20, len19, true);
                  dataView(memory0).setUint32(base + 16, ptr19, true);
                  dataView(memory0).setBigInt64(base + 24, toUint64(v16_3), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_4, realloc0, memory0);
                  var ptr20= encodeRes.ptr;
                  var len20 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 36, len20, true);
                  dataView(memory0).setUint32(base + 32, ptr20, true);
                }
                dataView(memory0).setUint32(base + 20, len21, true);
                dataView(memory0).setUint32(base + 16, result21, true);
                break;
              }
              case 'seal': {
                const e = variant34.val;
                dataView(memory0).setInt8(base + 8, 8, true);
                var {id: v22_0, purpose: v22_1, capacity: v22_2, holder: v22_3, signer: v22_4, signedAt: v22_5, digest: v22_6 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v22_0, realloc0, memory0);
                var ptr23= encodeRes.ptr;
                var len23 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len23, true);
                dataView(memory0).setUint32(base + 16, ptr23, true);
                var {caseId: v24_0, action: v24_1, field: v24_2 } = v22_1;
                var variant26 = v24_0;
                if (variant26 === null || variant26=== undefined) {
                  dataView(memory0).setInt8(base + 24, 0, true);
                } else {
                  const e = variant26;
                  dataView(memory0).setInt8(base + 24, 1, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr25= encodeRes.ptr;
                  var len25 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 32, len25, true);
                  dataView(memory0).setUint32(base + 28, ptr25, true);
                }
                var val27 = v24_1;
                let enum27;
                switch (val27) {
                  case 'open-batch': {
                    enum27 = 0;
                    break;
                  }
                  case 'close-applications': {
                    enum27 = 1;
                    break;
                  }
                  case 'import-provincial': {
                    enum27 = 2;
                    break;
                  }
                  case 'register-materials': {
                    enum27 = 3;
                    break;
                  }
                  case 'draw-panel': {
                    enum27 = 4;
                    break;
                  }
                  case 'propose-list': {
                    enum27 = 5;
                    break;
                  }
                  case 'withdraw-list': {
                    enum27 = 6;
                    break;
                  }
                  case 'approve-list': {
                    enum27 = 7;
                    break;
                  }
                  case 'return-list': {
                    enum27 = 8;
                    break;
                  }
                  case 'close-publicity': {
                    enum27 = 9;
                    break;
                  }
                  case 'publish': {
                    enum27 = 10;
                    break;
                  }
                  case 'recommend-provincial': {
                    enum27 = 11;
                    break;
                  }
                  case 'start-application': {
                    enum27 = 12;
                    break;
                  }
                  case 'edit-form': {
                    enum27 = 13;
                    break;
                  }
                  case 'edit-materials': {
                    enum27 = 14;
                    break;
                  }
                  case 'submit': {
                    enum27 = 15;
                    break;
                  }
                  case 'withdraw': {
                    enum27 = 16;
                    break;
                  }
                  case 'recommend': {
                    enum27 = 17;
                    break;
                  }
                  case 'return-for-revision': {
                    enum27 = 18;
                    break;
                  }
                  case 'decline': {
                    enum27 = 19;
                    break;
                  }
                  case 'delegate': {
                    enum27 = 20;
                    break;
                  }
                  case 'formal-check': {
                    enum27 = 21;
                    break;
                  }
                  case 'remind': {
                    enum27 = 22;
                    break;
                  }
                  case 'declare-conflict': {
                    enum27 = 23;
                    break;
                  }
                  case 'score': {
                    enum27 = 24;
                    break;
                  }
                  case 'require-inspection': {
                    enum27 = 25;
                    break;
                  }
                  case 'record-defence': {
                    enum27 = 26;
                    break;
                  }
                  case 'record-site-visit': {
                    enum27 = 27;
                    break;
                  }
                  case 'object': {
                    enum27 = 28;
                    break;
                  }
                  case 'decide-objection': {
                    enum27 = 29;
                    break;
                  }
                  case 'propose-revocation': {
                    enum27 = 30;
                    break;
                  }
                  case 'approve-revocation': {
                    enum27 = 31;
                    break;
                  }
                  case 'reject-revocation': {
                    enum27 = 32;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val27}" is not one of the cases of action`);
                  }
                }
                dataView(memory0).setInt8(base + 36, enum27, true);
                
                var encodeRes = _utf8AllocateAndEncode(v24_2, realloc0, memory0);
                var ptr28= encodeRes.ptr;
                var len28 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 44, len28, true);
                dataView(memory0).setUint32(base + 40, ptr28, true);
                var val29 = v22_2;
                let enum29;
                switch (val29) {
                  case 'org-seal': {
                    enum29 = 0;
                    break;
                  }
                  case 'legal-representative': {
                    enum29 = 1;
                    break;
                  }
                  case 'personal': {
                    enum29 = 2;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val29}" is not one of the cases of seal-capacity`);
                  }
                }
                dataView(memory0).setInt8(base + 48, enum29, true);
                
                var encodeRes = _utf8AllocateAndEncode(v22_3, realloc0, memory0);
                var ptr30= encodeRes.ptr;
                var len30 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 56, len30, true);
                dataView(memory0).setUint32(base + 52, ptr30, true);
                
                var encodeRes = _utf8AllocateAndEncode(v22_4, realloc0, memory0);
                var ptr31= encodeRes.ptr;
                var len31 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 64, len31, true);
                dataView(memory0).setUint32(base + 60, ptr31, true);
                
                var encodeRes = _utf8AllocateAndEncode(v22_5, realloc0, memory0);
                var ptr32= encodeRes.ptr;
                var len32 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 72, len32, true);
                dataView(memory0).setUint32(base + 68, ptr32, true);
                
                var encodeRes = _utf8AllocateAndEncode(v22_6, realloc0, memory0);
                var ptr33= encodeRes.ptr;
                var len33 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 80, len33, true);
                dataView(memory0).setUint32(base + 76, ptr33, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant34.tag)}\` (received \`${variant34}\`) specified for \`FieldValue\``);
              }
            }
          }
          var val36 = arg2;
          let enum36;
          switch (val36) {
            case 'draft': {
              enum36 = 0;
              break;
            }
            case 'submit': {
              enum36 = 1;
              break;
            }
            default: {
              
              throw new TypeError(`"${val36}" is not one of the cases of check-mode`);
            }
          }
          var variant38 = arg3;
          let variant38_0;
          let variant38_1;
          let variant38_2;
          switch (variant38.tag) {
            case 'year': {
              const e = variant38.val;
              variant38_0 = 0;
              variant38_1 = toUint16(e);
              variant38_2 = 0;
              break;
            }
            case 'case': {
              const e = variant38.val;
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr37= encodeRes.ptr;
              var len37 = encodeRes.len;
              
              variant38_0 = 1;
              variant38_1 = ptr37;
              variant38_2 = len37;
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant38.tag)}\` (received \`${variant38}\`) specified for \`FormContext\``);
            }
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="validate"][Instruction::CallWasm] enter', {
            funcName: 'validate',
            paramCount: 8,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => forms020Validate(ptr0, len0, result35, len35, enum36, variant38_0, variant38_1, variant38_2),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant50;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum43;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum43 = 'forbidden';
                break;
              }
              case 1: {
                enum43 = 'not-found';
                break;
              }
              case 2: {
                enum43 = 'conflict';
                break;
              }
              case 3: {
                enum43 = 'invalid';
                break;
              }
              case 4: {
                enum43 = 'wrong-stage';
                break;
              }
              case 5: {
                enum43 = 'deadline';
                break;
              }
              case 6: {
                enum43 = 'host-fault';
                break;
              }
            }
            var ptr44 = dataView(memory0).getUint32(ret + 8, true);
            var len44 = dataView(memory0).getUint32(ret + 12, true);
            var result44 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr44, len44));
            var ptr45 = dataView(memory0).getUint32(ret + 16, true);
            var len45 = dataView(memory0).getUint32(ret + 20, true);
            var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
            var len49 = dataView(memory0).getUint32(ret + 28, true);
            var base49 = dataView(memory0).getUint32(ret + 24, true);
            if (base49 % 4 !== 0) throw new TypeError(`list pointer [${base49}] is not aligned to 4`);
            var result49 = [];
            for (let i = 0; i < len49; i++) {
              const base = base49 + i * 24;
              var ptr46 = dataView(memory0).getUint32(base + 0, true);
              var len46 = dataView(memory0).getUint32(base + 4, true);
              var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
              var ptr47 = dataView(memory0).getUint32(base + 8, true);
              var len47 = dataView(memory0).getUint32(base + 12, true);
              var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
              var ptr48 = dataView(memory0).getUint32(base + 16, true);
              var len48 = dataView(memory0).getUint32(base + 20, true);
              var result48 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr48, len48));
              result49.push({
                field: result46,
                code: result47,
                message: result48,
              });
            }
            variant50= {
              tag: 'err',
              val: {
                kind: enum43,
                code: result44,
                message: result45,
                fields: result49,
              }
            };
          } else {
            var len42 = dataView(memory0).getUint32(ret + 8, true);
            var base42 = dataView(memory0).getUint32(ret + 4, true);
            if (base42 % 4 !== 0) throw new TypeError(`list pointer [${base42}] is not aligned to 4`);
            var result42 = [];
            for (let i = 0; i < len42; i++) {
              const base = base42 + i * 24;
              var ptr39 = dataView(memory0).getUint32(base + 0, true);
              var len39 = dataView(memory0).getUint32(base + 4, true);
              var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
              var ptr40 = dataView(memory0).getUint32(base + 8, true);
              var len40 = dataView(memory0).getUint32(base + 12, true);
              var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
              var ptr41 = dataView(memory0).getUint32(base + 16, true);
              var len41 = dataView(memory0).getUint32(base + 20, true);
              var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
              result42.push({
                field: result39,
                code: result40,
                message: result41,
              });
            }
            variant50= {
              tag: 'ok',
              val: result42
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="validate"][Instruction::Return]', {
            funcName: 'validate',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant50;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn2(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let forms020PrepareSeal;
  
  function prepareSeal(arg0, arg1, arg2) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'forms020PrepareSeal',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var ptr0 = realloc0(0, 0, 4, 68);
          var {userId: v1_0, name: v1_1, role: v1_2, orgUnit: v1_3, orgName: v1_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 4, len2, true);
          dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
          var ptr3= encodeRes.ptr;
          var len3 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 12, len3, true);
          dataView(memory0).setUint32(ptr0 + 8, ptr3, true);
          var val4 = v1_2;
          let enum4;
          switch (val4) {
            case 'enterprise': {
              enum4 = 0;
              break;
            }
            case 'district-office': {
              enum4 = 1;
              break;
            }
            case 'city-officer': {
              enum4 = 2;
              break;
            }
            case 'city-leader': {
              enum4 = 3;
              break;
            }
            case 'expert': {
              enum4 = 4;
              break;
            }
            case 'public': {
              enum4 = 5;
              break;
            }
            case 'administrator': {
              enum4 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val4}" is not one of the cases of role`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 16, enum4, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 24, len5, true);
          dataView(memory0).setUint32(ptr0 + 20, ptr5, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_4, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 32, len6, true);
          dataView(memory0).setUint32(ptr0 + 28, ptr6, true);
          var {caseId: v7_0, action: v7_1, field: v7_2 } = arg1;
          var variant9 = v7_0;
          if (variant9 === null || variant9=== undefined) {
            dataView(memory0).setInt8(ptr0 + 36, 0, true);
          } else {
            const e = variant9;
            dataView(memory0).setInt8(ptr0 + 36, 1, true);
            
            var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
            var ptr8= encodeRes.ptr;
            var len8 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 44, len8, true);
            dataView(memory0).setUint32(ptr0 + 40, ptr8, true);
          }
          var val10 = v7_1;
          let enum10;
          switch (val10) {
            case 'open-batch': {
              enum10 = 0;
              break;
            }
            case 'close-applications': {
              enum10 = 1;
              break;
            }
            case 'import-provincial': {
              enum10 = 2;
              break;
            }
            case 'register-materials': {
              enum10 = 3;
              break;
            }
            case 'draw-panel': {
              enum10 = 4;
              break;
            }
            case 'propose-list': {
              enum10 = 5;
              break;
            }
            case 'withdraw-list': {
              enum10 = 6;
              break;
            }
            case 'approve-list': {
              enum10 = 7;
              break;
            }
            case 'return-list': {
              enum10 = 8;
              break;
            }
            case 'close-publicity': {
              enum10 = 9;
              break;
            }
            case 'publish': {
              enum10 = 10;
              break;
            }
            case 'recommend-provincial': {
              enum10 = 11;
              break;
            }
            case 'start-application': {
              enum10 = 12;
              break;
            }
            case 'edit-form': {
              enum10 = 13;
              break;
            }
            case 'edit-materials': {
              enum10 = 14;
              break;
            }
            case 'submit': {
              enum10 = 15;
              break;
            }
            case 'withdraw': {
              enum10 = 16;
              break;
            }
            case 'recommend': {
              enum10 = 17;
              break;
            }
            case 'return-for-revision': {
              enum10 = 18;
              break;
            }
            case 'decline': {
              enum10 = 19;
              break;
            }
            case 'delegate': {
              enum10 = 20;
              break;
            }
            case 'formal-check': {
              enum10 = 21;
              break;
            }
            case 'remind': {
              enum10 = 22;
              break;
            }
            case 'declare-conflict': {
              enum10 = 23;
              break;
            }
            case 'score': {
              enum10 = 24;
              break;
            }
            case 'require-inspection': {
              enum10 = 25;
              break;
            }
            case 'record-defence': {
              enum10 = 26;
              break;
            }
            case 'record-site-visit': {
              enum10 = 27;
              break;
            }
            case 'object': {
              enum10 = 28;
              break;
            }
            case 'decide-objection': {
              enum10 = 29;
              break;
            }
            case 'propose-revocation': {
              enum10 = 30;
              break;
            }
            case 'approve-revocation': {
              enum10 = 31;
              break;
            }
            case 'reject-revocation': {
              enum10 = 32;
              break;
            }
            default: {
              
              throw new TypeError(`"${val10}" is not one of the cases of action`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 48, enum10, true);
          
          var encodeRes = _utf8AllocateAndEncode(v7_2, realloc0, memory0);
          var ptr11= encodeRes.ptr;
          var len11 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 56, len11, true);
          dataView(memory0).setUint32(ptr0 + 52, ptr11, true);
          var vec46 = arg2;
          var len46 = vec46.length;
          var result46 = realloc0(0, 0, 8, len46 * 88);
          for (let i = 0; i < vec46.length; i++) {
            const e = vec46[i];
            const base = result46 + i * 88;var {id: v12_0, value: v12_1 } = e;
            
            var encodeRes = _utf8AllocateAndEncode(v12_0, realloc0, memory0);
            var ptr13= encodeRes.ptr;
            var len13 = encodeRes.len;
            
            dataView(memory0).setUint32(base + 4, len13, true);
            dataView(memory0).setUint32(base + 0, ptr13, true);
            var variant45 = v12_1;
            switch (variant45.tag) {
              case 'text': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 0, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr14= encodeRes.ptr;
                var len14 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len14, true);
                dataView(memory0).setUint32(base + 16, ptr14, true);
                break;
              }
              case 'number': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 1, true);
                dataView(memory0).setFloat64(base + 16, +e, true);
                break;
              }
              case 'date': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr15= encodeRes.ptr;
                var len15 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len15, true);
                dataView(memory0).setUint32(base + 16, ptr15, true);
                break;
              }
              case 'choice': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 3, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr16= encodeRes.ptr;
                var len16 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len16, true);
                dataView(memory0).setUint32(base + 16, ptr16, true);
                break;
              }
              case 'choices': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 4, true);
                var vec18 = e;
                var len18 = vec18.length;
                var result18 = realloc0(0, 0, 4, len18 * 8);
                for (let i = 0; i < vec18.length; i++) {
                  const e = vec18[i];
                  const base = result18 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr17= encodeRes.ptr;
                  var len17 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len17, true);
                  dataView(memory0).setUint32(base + 0, ptr17, true);
                }
                dataView(memory0).setUint32(base + 20, len18, true);
                dataView(memory0).setUint32(base + 16, result18, true);
                break;
              }
              case 'flag': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 5, true);
                dataView(memory0).setInt8(base + 16, e ? 1 : 0, true);
                break;
              }
              case 'table': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 6, true);
                var vec26 = e;
                var len26 = vec26.length;
                var result26 = realloc0(0, 0, 4, len26 * 16);
                for (let i = 0; i < vec26.length; i++) {
                  const e = vec26[i];
                  const base = result26 + i * 16;var {key: v19_0, cells: v19_1 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v19_0, realloc0, memory0);
                  var ptr20= encodeRes.ptr;
                  var len20 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len20, true);
                  dataView(memory0).setUint32(base + 0, ptr20, true);
                  var vec25 = v19_1;
                  var len25 = vec25.length;
                  var result25 = realloc0(0, 0, 8, len25 * 24);
                  for (let i = 0; i < vec25.length; i++) {
                    const e = vec25[i];
                    const base = result25 + i * 24;var [tuple21_0, tuple21_1] = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(tuple21_0, realloc0, memory0);
                    var ptr22= encodeRes.ptr;
                    var len22 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len22, true);
                    dataView(memory0).setUint32(base + 0, ptr22, true);
                    var variant24 = tuple21_1;
                    switch (variant24.tag) {
                      case 'text': {
                        const e = variant24.val;
                        dataView(memory0).setInt8(base + 8, 0, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                        var ptr23= encodeRes.ptr;
                        var len23 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 20, len23, true);
                        dataView(memory0).setUint32(base + 16, ptr23, true);
                        break;
                      }
                      case 'number': {
                        const e = variant24.val;
                        dataView(memory0).setInt8(base + 8, 1, true);
                        dataView(memory0).setFloat64(base + 16, +e, true);
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant24.tag)}\` (received \`${variant24}\`) specified for \`Scalar\``);
                      }
                    }
                  }
                  dataView(memory0).setUint32(base + 12, len25, true);
                  dataView(memory0).setUint32(base + 8, result25, true);
                }
                dataView(memory0).setUint32(base + 20, len26, true);
                dataView(memory0).setUint32(base + 16, result26, true);
                break;
              }
              case 'attachments': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 7, true);
                var vec32 = e;
                var len32 = vec32.length;
                var result32 = realloc0(0, 0, 8, len32 * 40);
                for (let i = 0; i < vec32.length; i++) {
                  const e = vec32[i];
                  const base = result32 + i * 40;var {id: v27_0, name: v27_1, mediaType: v27_2, size: v27_3, sha256: v27_4 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v27_0, realloc0, memory0);
                  var ptr28= encodeRes.ptr;
                  var len28 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len28, true);
                  dataView(memory0).setUint32(base + 0, ptr28, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v27_1, realloc0, memory0);
                  var ptr29= encodeRes.ptr;
                  var len29 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len29, true);
                  dataView(memory0).setUint32(base + 8, ptr29, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v27_2, realloc0, memory0);
                  var ptr30= encodeRes.ptr;
                  var len30 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 20, len30, true);
                  dataView(memory0).setUint32(base + 16, ptr30, true);
                  dataView(memory0).setBigInt64(base + 24, toUint64(v27_3), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v27_4, realloc0, memory0);
                  var ptr31= encodeRes.ptr;
                  var len31 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 36, len31, true);
                  dataView(memory0).setUint32(base + 32, ptr31, true);
                }
                dataView(memory0).setUint32(base + 20, len32, true);
                dataView(memory0).setUint32(base + 16, result32, true);
                break;
              }
              case 'seal': {
                const e = variant45.val;
                dataView(memory0).setInt8(base + 8, 8, true);
                var {id: v33_0, purpose: v33_1, capacity: v33_2, holder: v33_3, signer: v33_4, signedAt: v33_5, digest: v33_6 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v33_0, realloc0, memory0);
                var ptr34= encodeRes.ptr;
                var len34 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len34, true);
                dataView(memory0).setUint32(base + 16, ptr34, true);
                var {caseId: v35_0, action: v35_1, field: v35_2 } = v33_1;
                var variant37 = v35_0;
                if (variant37 === null || variant37=== undefined) {
                  dataView(memory0).setInt8(base + 24, 0, true);
                } else {
                  const e = variant37;
                  dataView(memory0).setInt8(base + 24, 1, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr36= encodeRes.ptr;
                  var len36 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 32, len36, true);
                  dataView(memory0).setUint32(base + 28, ptr36, true);
                }
                var val38 = v35_1;
                let enum38;
                switch (val38) {
                  case 'open-batch': {
                    enum38 = 0;
                    break;
                  }
                  case 'close-applications': {
                    enum38 = 1;
                    break;
                  }
                  case 'import-provincial': {
                    enum38 = 2;
                    break;
                  }
                  case 'register-materials': {
                    enum38 = 3;
                    break;
                  }
                  case 'draw-panel': {
                    enum38 = 4;
                    break;
                  }
                  case 'propose-list': {
                    enum38 = 5;
                    break;
                  }
                  case 'withdraw-list': {
                    enum38 = 6;
                    break;
                  }
                  case 'approve-list': {
                    enum38 = 7;
                    break;
                  }
                  case 'return-list': {
                    enum38 = 8;
                    break;
                  }
                  case 'close-publicity': {
                    enum38 = 9;
                    break;
                  }
                  case 'publish': {
                    enum38 = 10;
                    break;
                  }
                  case 'recommend-provincial': {
                    enum38 = 11;
                    break;
                  }
                  case 'start-application': {
                    enum38 = 12;
                    break;
                  }
                  case 'edit-form': {
                    enum38 = 13;
                    break;
                  }
                  case 'edit-materials': {
                    enum38 = 14;
                    break;
                  }
                  case 'submit': {
                    enum38 = 15;
                    break;
                  }
                  case 'withdraw': {
                    enum38 = 16;
                    break;
                  }
                  case 'recommend': {
                    enum38 = 17;
                    break;
                  }
                  case 'return-for-revision': {
                    enum38 = 18;
                    break;
                  }
                  case 'decline': {
                    enum38 = 19;
                    break;
                  }
                  case 'delegate': {
                    enum38 = 20;
                    break;
                  }
                  case 'formal-check': {
                    enum38 = 21;
                    break;
                  }
                  case 'remind': {
                    enum38 = 22;
                    break;
                  }
                  case 'declare-conflict': {
                    enum38 = 23;
                    break;
                  }
                  case 'score': {
                    enum38 = 24;
                    break;
                  }
                  case 'require-inspection': {
                    enum38 = 25;
                    break;
                  }
                  case 'record-defence': {
                    enum38 = 26;
                    break;
                  }
                  case 'record-site-visit': {
                    enum38 = 27;
                    break;
                  }
                  case 'object': {
                    enum38 = 28;
                    break;
                  }
                  case 'decide-objection': {
                    enum38 = 29;
                    break;
                  }
                  case 'propose-revocation': {
                    enum38 = 30;
                    break;
                  }
                  case 'approve-revocation': {
                    enum38 = 31;
                    break;
                  }
                  case 'reject-revocation': {
                    enum38 = 32;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val38}" is not one of the cases of action`);
                  }
                }
                dataView(memory0).setInt8(base + 36, enum38, true);
                
                var encodeRes = _utf8AllocateAndEncode(v35_2, realloc0, memory0);
                var ptr39= encodeRes.ptr;
                var len39 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 44, len39, true);
                dataView(memory0).setUint32(base + 40, ptr39, true);
                var val40 = v33_2;
                let enum40;
                switch (val40) {
                  case 'org-seal': {
                    enum40 = 0;
                    break;
                  }
                  case 'legal-representative': {
                    enum40 = 1;
                    break;
                  }
                  case 'personal': {
                    enum40 = 2;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val40}" is not one of the cases of seal-capacity`);
                  }
                }
                dataView(memory0).setInt8(base + 48, enum40, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_3, realloc0, memory0);
                var ptr41= encodeRes.ptr;
                var len41 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 56, len41, true);
                dataView(memory0).setUint32(base + 52, ptr41, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_4, realloc0, memory0);
                var ptr42= encodeRes.ptr;
                var len42 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 64, len42, true);
                dataView(memory0).setUint32(base + 60, ptr42, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_5, realloc0, memory0);
                var ptr43= encodeRes.ptr;
                var len43 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 72, len43, true);
                dataView(memory0).setUint32(base + 68, ptr43, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_6, realloc0, memory0);
                var ptr44= encodeRes.ptr;
                var len44 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 80, len44, true);
                dataView(memory0).setUint32(base + 76, ptr44, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant45.tag)}\` (received \`${variant45}\`) specified for \`FieldValue\``);
              }
            }
          }
          dataView(memory0).setUint32(ptr0 + 64, len46, true);
          dataView(memory0).setUint32(ptr0 + 60, result46, true);
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="prepare-seal"][Instruction::CallWasm] enter', {
            funcName: 'prepare-seal',
            paramCount: 1,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => forms020PrepareSeal(ptr0),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant62;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum55;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum55 = 'forbidden';
                break;
              }
              case 1: {
                enum55 = 'not-found';
                break;
              }
              case 2: {
                enum55 = 'conflict';
                break;
              }
              case 3: {
                enum55 = 'invalid';
                break;
              }
              case 4: {
                enum55 = 'wrong-stage';
                break;
              }
              case 5: {
                enum55 = 'deadline';
                break;
              }
              case 6: {
                enum55 = 'host-fault';
                break;
              }
            }
            var ptr56 = dataView(memory0).getUint32(ret + 8, true);
            var len56 = dataView(memory0).getUint32(ret + 12, true);
            var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
            var ptr57 = dataView(memory0).getUint32(ret + 16, true);
            var len57 = dataView(memory0).getUint32(ret + 20, true);
            var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
            var len61 = dataView(memory0).getUint32(ret + 28, true);
            var base61 = dataView(memory0).getUint32(ret + 24, true);
            if (base61 % 4 !== 0) throw new TypeError(`list pointer [${base61}] is not aligned to 4`);
            var result61 = [];
            for (let i = 0; i < len61; i++) {
              const base = base61 + i * 24;
              var ptr58 = dataView(memory0).getUint32(base + 0, true);
              var len58 = dataView(memory0).getUint32(base + 4, true);
              var result58 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr58, len58));
              var ptr59 = dataView(memory0).getUint32(base + 8, true);
              var len59 = dataView(memory0).getUint32(base + 12, true);
              var result59 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr59, len59));
              var ptr60 = dataView(memory0).getUint32(base + 16, true);
              var len60 = dataView(memory0).getUint32(base + 20, true);
              var result60 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr60, len60));
              result61.push({
                field: result58,
                code: result59,
                message: result60,
              });
            }
            variant62= {
              tag: 'err',
              val: {
                kind: enum55,
                code: result56,
                message: result57,
                fields: result61,
              }
            };
          } else {
            let variant48;
            if (dataView(memory0).getUint8(ret + 4, true)) {
              var ptr47 = dataView(memory0).getUint32(ret + 8, true);
              var len47 = dataView(memory0).getUint32(ret + 12, true);
              var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
              variant48 = result47;
            } else {
              variant48 = undefined;
            }
            let enum49;
            switch (dataView(memory0).getUint8(ret + 16, true)) {
              case 0: {
                enum49 = 'open-batch';
                break;
              }
              case 1: {
                enum49 = 'close-applications';
                break;
              }
              case 2: {
                enum49 = 'import-provincial';
                break;
              }
              case 3: {
                enum49 = 'register-materials';
                break;
              }
              case 4: {
                enum49 = 'draw-panel';
                break;
              }
              case 5: {
                enum49 = 'propose-list';
                break;
              }
              case 6: {
                enum49 = 'withdraw-list';
                break;
              }
              case 7: {
                enum49 = 'approve-list';
                break;
              }
              case 8: {
                enum49 = 'return-list';
                break;
              }
              case 9: {
                enum49 = 'close-publicity';
                break;
              }
              case 10: {
                enum49 = 'publish';
                break;
              }
              case 11: {
                enum49 = 'recommend-provincial';
                break;
              }
              case 12: {
                enum49 = 'start-application';
                break;
              }
              case 13: {
                enum49 = 'edit-form';
                break;
              }
              case 14: {
                enum49 = 'edit-materials';
                break;
              }
              case 15: {
                enum49 = 'submit';
                break;
              }
              case 16: {
                enum49 = 'withdraw';
                break;
              }
              case 17: {
                enum49 = 'recommend';
                break;
              }
              case 18: {
                enum49 = 'return-for-revision';
                break;
              }
              case 19: {
                enum49 = 'decline';
                break;
              }
              case 20: {
                enum49 = 'delegate';
                break;
              }
              case 21: {
                enum49 = 'formal-check';
                break;
              }
              case 22: {
                enum49 = 'remind';
                break;
              }
              case 23: {
                enum49 = 'declare-conflict';
                break;
              }
              case 24: {
                enum49 = 'score';
                break;
              }
              case 25: {
                enum49 = 'require-inspection';
                break;
              }
              case 26: {
                enum49 = 'record-defence';
                break;
              }
              case 27: {
                enum49 = 'record-site-visit';
                break;
              }
              case 28: {
                enum49 = 'object';
                break;
              }
              case 29: {
                enum49 = 'decide-objection';
                break;
              }
              case 30: {
                enum49 = 'propose-revocation';
                break;
              }
              case 31: {
                enum49 = 'approve-revocation';
                break;
              }
              case 32: {
                enum49 = 'reject-revocation';
                break;
              }
            }
            var ptr50 = dataView(memory0).getUint32(ret + 20, true);
            var len50 = dataView(memory0).getUint32(ret + 24, true);
            var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
            let enum51;
            switch (dataView(memory0).getUint8(ret + 28, true)) {
              case 0: {
                enum51 = 'org-seal';
                break;
              }
              case 1: {
                enum51 = 'legal-representative';
                break;
              }
              case 2: {
                enum51 = 'personal';
                break;
              }
            }
            var ptr52 = dataView(memory0).getUint32(ret + 32, true);
            var len52 = dataView(memory0).getUint32(ret + 36, true);
            var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
            var ptr53 = dataView(memory0).getUint32(ret + 40, true);
            var len53 = dataView(memory0).getUint32(ret + 44, true);
            var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
            var ptr54 = dataView(memory0).getUint32(ret + 48, true);
            var len54 = dataView(memory0).getUint32(ret + 52, true);
            var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
            variant62= {
              tag: 'ok',
              val: {
                purpose: {
                  caseId: variant48,
                  action: enum49,
                  field: result50,
                },
                capacity: enum51,
                holder: result52,
                digest: result53,
                summary: result54,
              }
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="prepare-seal"][Instruction::Return]', {
            funcName: 'prepare-seal',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant62;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn3(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let forms020PermitUpload;
  
  function permitUpload(arg0, arg1) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'forms020PermitUpload',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var ptr0 = realloc0(0, 0, 8, 88);
          var {userId: v1_0, name: v1_1, role: v1_2, orgUnit: v1_3, orgName: v1_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 4, len2, true);
          dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
          var ptr3= encodeRes.ptr;
          var len3 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 12, len3, true);
          dataView(memory0).setUint32(ptr0 + 8, ptr3, true);
          var val4 = v1_2;
          let enum4;
          switch (val4) {
            case 'enterprise': {
              enum4 = 0;
              break;
            }
            case 'district-office': {
              enum4 = 1;
              break;
            }
            case 'city-officer': {
              enum4 = 2;
              break;
            }
            case 'city-leader': {
              enum4 = 3;
              break;
            }
            case 'expert': {
              enum4 = 4;
              break;
            }
            case 'public': {
              enum4 = 5;
              break;
            }
            case 'administrator': {
              enum4 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val4}" is not one of the cases of role`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 16, enum4, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 24, len5, true);
          dataView(memory0).setUint32(ptr0 + 20, ptr5, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_4, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 32, len6, true);
          dataView(memory0).setUint32(ptr0 + 28, ptr6, true);
          var {caseId: v7_0, action: v7_1, field: v7_2, name: v7_3, mediaType: v7_4, size: v7_5 } = arg1;
          var variant9 = v7_0;
          if (variant9 === null || variant9=== undefined) {
            dataView(memory0).setInt8(ptr0 + 40, 0, true);
          } else {
            const e = variant9;
            dataView(memory0).setInt8(ptr0 + 40, 1, true);
            
            var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
            var ptr8= encodeRes.ptr;
            var len8 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 48, len8, true);
            dataView(memory0).setUint32(ptr0 + 44, ptr8, true);
          }
          var val10 = v7_1;
          let enum10;
          switch (val10) {
            case 'open-batch': {
              enum10 = 0;
              break;
            }
            case 'close-applications': {
              enum10 = 1;
              break;
            }
            case 'import-provincial': {
              enum10 = 2;
              break;
            }
            case 'register-materials': {
              enum10 = 3;
              break;
            }
            case 'draw-panel': {
              enum10 = 4;
              break;
            }
            case 'propose-list': {
              enum10 = 5;
              break;
            }
            case 'withdraw-list': {
              enum10 = 6;
              break;
            }
            case 'approve-list': {
              enum10 = 7;
              break;
            }
            case 'return-list': {
              enum10 = 8;
              break;
            }
            case 'close-publicity': {
              enum10 = 9;
              break;
            }
            case 'publish': {
              enum10 = 10;
              break;
            }
            case 'recommend-provincial': {
              enum10 = 11;
              break;
            }
            case 'start-application': {
              enum10 = 12;
              break;
            }
            case 'edit-form': {
              enum10 = 13;
              break;
            }
            case 'edit-materials': {
              enum10 = 14;
              break;
            }
            case 'submit': {
              enum10 = 15;
              break;
            }
            case 'withdraw': {
              enum10 = 16;
              break;
            }
            case 'recommend': {
              enum10 = 17;
              break;
            }
            case 'return-for-revision': {
              enum10 = 18;
              break;
            }
            case 'decline': {
              enum10 = 19;
              break;
            }
            case 'delegate': {
              enum10 = 20;
              break;
            }
            case 'formal-check': {
              enum10 = 21;
              break;
            }
            case 'remind': {
              enum10 = 22;
              break;
            }
            case 'declare-conflict': {
              enum10 = 23;
              break;
            }
            case 'score': {
              enum10 = 24;
              break;
            }
            case 'require-inspection': {
              enum10 = 25;
              break;
            }
            case 'record-defence': {
              enum10 = 26;
              break;
            }
            case 'record-site-visit': {
              enum10 = 27;
              break;
            }
            case 'object': {
              enum10 = 28;
              break;
            }
            case 'decide-objection': {
              enum10 = 29;
              break;
            }
            case 'propose-revocation': {
              enum10 = 30;
              break;
            }
            case 'approve-revocation': {
              enum10 = 31;
              break;
            }
            case 'reject-revocation': {
              enum10 = 32;
              break;
            }
            default: {
              
              throw new TypeError(`"${val10}" is not one of the cases of action`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 52, enum10, true);
          
          var encodeRes = _utf8AllocateAndEncode(v7_2, realloc0, memory0);
          var ptr11= encodeRes.ptr;
          var len11 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 60, len11, true);
          dataView(memory0).setUint32(ptr0 + 56, ptr11, true);
          
          var encodeRes = _utf8AllocateAndEncode(v7_3, realloc0, memory0);
          var ptr12= encodeRes.ptr;
          var len12 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 68, len12, true);
          dataView(memory0).setUint32(ptr0 + 64, ptr12, true);
          
          var encodeRes = _utf8AllocateAndEncode(v7_4, realloc0, memory0);
          var ptr13= encodeRes.ptr;
          var len13 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 76, len13, true);
          dataView(memory0).setUint32(ptr0 + 72, ptr13, true);
          dataView(memory0).setBigInt64(ptr0 + 80, toUint64(v7_5), true);
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="permit-upload"][Instruction::CallWasm] enter', {
            funcName: 'permit-upload',
            paramCount: 1,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => forms020PermitUpload(ptr0),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant21;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum14;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum14 = 'forbidden';
                break;
              }
              case 1: {
                enum14 = 'not-found';
                break;
              }
              case 2: {
                enum14 = 'conflict';
                break;
              }
              case 3: {
                enum14 = 'invalid';
                break;
              }
              case 4: {
                enum14 = 'wrong-stage';
                break;
              }
              case 5: {
                enum14 = 'deadline';
                break;
              }
              case 6: {
                enum14 = 'host-fault';
                break;
              }
            }
            var ptr15 = dataView(memory0).getUint32(ret + 8, true);
            var len15 = dataView(memory0).getUint32(ret + 12, true);
            var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
            var ptr16 = dataView(memory0).getUint32(ret + 16, true);
            var len16 = dataView(memory0).getUint32(ret + 20, true);
            var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
            var len20 = dataView(memory0).getUint32(ret + 28, true);
            var base20 = dataView(memory0).getUint32(ret + 24, true);
            if (base20 % 4 !== 0) throw new TypeError(`list pointer [${base20}] is not aligned to 4`);
            var result20 = [];
            for (let i = 0; i < len20; i++) {
              const base = base20 + i * 24;
              var ptr17 = dataView(memory0).getUint32(base + 0, true);
              var len17 = dataView(memory0).getUint32(base + 4, true);
              var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
              var ptr18 = dataView(memory0).getUint32(base + 8, true);
              var len18 = dataView(memory0).getUint32(base + 12, true);
              var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
              var ptr19 = dataView(memory0).getUint32(base + 16, true);
              var len19 = dataView(memory0).getUint32(base + 20, true);
              var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
              result20.push({
                field: result17,
                code: result18,
                message: result19,
              });
            }
            variant21= {
              tag: 'err',
              val: {
                kind: enum14,
                code: result15,
                message: result16,
                fields: result20,
              }
            };
          } else {
            variant21= {
              tag: 'ok',
              val: undefined
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/forms@0.2.0", function="permit-upload"][Instruction::Return]', {
            funcName: 'permit-upload',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant21;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn4(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020Catalog;
  
  function catalog() {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020Catalog',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'none',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="catalog"][Instruction::CallWasm] enter', {
            funcName: 'catalog',
            paramCount: 0,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020Catalog(),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          var ptr0 = dataView(memory0).getUint32(ret + 0, true);
          var len0 = dataView(memory0).getUint32(ret + 4, true);
          var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
          var len8 = dataView(memory0).getUint32(ret + 12, true);
          var base8 = dataView(memory0).getUint32(ret + 8, true);
          if (base8 % 4 !== 0) throw new TypeError(`list pointer [${base8}] is not aligned to 4`);
          var result8 = [];
          for (let i = 0; i < len8; i++) {
            const base = base8 + i * 32;
            let variant3;
            switch (dataView(memory0).getUint8(base + 0, true)) {
              case 0: {
                let enum1;
                switch (dataView(memory0).getUint8(base + 1, true)) {
                  case 0: {
                    enum1 = 'open';
                    break;
                  }
                  case 1: {
                    enum1 = 'review';
                    break;
                  }
                  case 2: {
                    enum1 = 'proposed';
                    break;
                  }
                  case 3: {
                    enum1 = 'publicity';
                    break;
                  }
                  case 4: {
                    enum1 = 'publicity-closed';
                    break;
                  }
                  case 5: {
                    enum1 = 'published';
                    break;
                  }
                }
                variant3= {
                  tag: 'batch',
                  val: enum1
                };
                break;
              }
              case 1: {
                let enum2;
                switch (dataView(memory0).getUint8(base + 1, true)) {
                  case 0: {
                    enum2 = 'draft';
                    break;
                  }
                  case 1: {
                    enum2 = 'district-review';
                    break;
                  }
                  case 2: {
                    enum2 = 'returned';
                    break;
                  }
                  case 3: {
                    enum2 = 'declined';
                    break;
                  }
                  case 4: {
                    enum2 = 'formal-check';
                    break;
                  }
                  case 5: {
                    enum2 = 'accepted';
                    break;
                  }
                  case 6: {
                    enum2 = 'expert-review';
                    break;
                  }
                  case 7: {
                    enum2 = 'scored';
                    break;
                  }
                  case 8: {
                    enum2 = 'defence';
                    break;
                  }
                  case 9: {
                    enum2 = 'proposed';
                    break;
                  }
                  case 10: {
                    enum2 = 'not-selected';
                    break;
                  }
                  case 11: {
                    enum2 = 'removed';
                    break;
                  }
                  case 12: {
                    enum2 = 'recognized';
                    break;
                  }
                  case 13: {
                    enum2 = 'revocation-pending';
                    break;
                  }
                  case 14: {
                    enum2 = 'revoked';
                    break;
                  }
                }
                variant3= {
                  tag: 'application',
                  val: enum2
                };
                break;
              }
            }
            var ptr4 = dataView(memory0).getUint32(base + 4, true);
            var len4 = dataView(memory0).getUint32(base + 8, true);
            var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
            var ptr5 = dataView(memory0).getUint32(base + 12, true);
            var len5 = dataView(memory0).getUint32(base + 16, true);
            var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
            var ptr6 = dataView(memory0).getUint32(base + 20, true);
            var len6 = dataView(memory0).getUint32(base + 24, true);
            var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
            var bool7 = dataView(memory0).getUint8(base + 28, true);
            result8.push({
              stage: variant3,
              code: result4,
              label: result5,
              article: result6,
              terminal: !!bool7,
            });
          }
          var len27 = dataView(memory0).getUint32(ret + 20, true);
          var base27 = dataView(memory0).getUint32(ret + 16, true);
          if (base27 % 4 !== 0) throw new TypeError(`list pointer [${base27}] is not aligned to 4`);
          var result27 = [];
          for (let i = 0; i < len27; i++) {
            const base = base27 + i * 76;
            let enum9;
            switch (dataView(memory0).getUint8(base + 0, true)) {
              case 0: {
                enum9 = 'open-batch';
                break;
              }
              case 1: {
                enum9 = 'close-applications';
                break;
              }
              case 2: {
                enum9 = 'import-provincial';
                break;
              }
              case 3: {
                enum9 = 'register-materials';
                break;
              }
              case 4: {
                enum9 = 'draw-panel';
                break;
              }
              case 5: {
                enum9 = 'propose-list';
                break;
              }
              case 6: {
                enum9 = 'withdraw-list';
                break;
              }
              case 7: {
                enum9 = 'approve-list';
                break;
              }
              case 8: {
                enum9 = 'return-list';
                break;
              }
              case 9: {
                enum9 = 'close-publicity';
                break;
              }
              case 10: {
                enum9 = 'publish';
                break;
              }
              case 11: {
                enum9 = 'recommend-provincial';
                break;
              }
              case 12: {
                enum9 = 'start-application';
                break;
              }
              case 13: {
                enum9 = 'edit-form';
                break;
              }
              case 14: {
                enum9 = 'edit-materials';
                break;
              }
              case 15: {
                enum9 = 'submit';
                break;
              }
              case 16: {
                enum9 = 'withdraw';
                break;
              }
              case 17: {
                enum9 = 'recommend';
                break;
              }
              case 18: {
                enum9 = 'return-for-revision';
                break;
              }
              case 19: {
                enum9 = 'decline';
                break;
              }
              case 20: {
                enum9 = 'delegate';
                break;
              }
              case 21: {
                enum9 = 'formal-check';
                break;
              }
              case 22: {
                enum9 = 'remind';
                break;
              }
              case 23: {
                enum9 = 'declare-conflict';
                break;
              }
              case 24: {
                enum9 = 'score';
                break;
              }
              case 25: {
                enum9 = 'require-inspection';
                break;
              }
              case 26: {
                enum9 = 'record-defence';
                break;
              }
              case 27: {
                enum9 = 'record-site-visit';
                break;
              }
              case 28: {
                enum9 = 'object';
                break;
              }
              case 29: {
                enum9 = 'decide-objection';
                break;
              }
              case 30: {
                enum9 = 'propose-revocation';
                break;
              }
              case 31: {
                enum9 = 'approve-revocation';
                break;
              }
              case 32: {
                enum9 = 'reject-revocation';
                break;
              }
            }
            var ptr10 = dataView(memory0).getUint32(base + 4, true);
            var len10 = dataView(memory0).getUint32(base + 8, true);
            var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
            var ptr11 = dataView(memory0).getUint32(base + 12, true);
            var len11 = dataView(memory0).getUint32(base + 16, true);
            var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
            var ptr12 = dataView(memory0).getUint32(base + 20, true);
            var len12 = dataView(memory0).getUint32(base + 24, true);
            var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
            var ptr13 = dataView(memory0).getUint32(base + 28, true);
            var len13 = dataView(memory0).getUint32(base + 32, true);
            var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
            var len15 = dataView(memory0).getUint32(base + 40, true);
            var base15 = dataView(memory0).getUint32(base + 36, true);
            if (base15 % 1 !== 0) throw new TypeError(`list pointer [${base15}] is not aligned to 1`);
            var result15 = [];
            for (let i = 0; i < len15; i++) {
              const base = base15 + i * 1;
              let enum14;
              switch (dataView(memory0).getUint8(base + 0, true)) {
                case 0: {
                  enum14 = 'enterprise';
                  break;
                }
                case 1: {
                  enum14 = 'district-office';
                  break;
                }
                case 2: {
                  enum14 = 'city-officer';
                  break;
                }
                case 3: {
                  enum14 = 'city-leader';
                  break;
                }
                case 4: {
                  enum14 = 'expert';
                  break;
                }
                case 5: {
                  enum14 = 'public';
                  break;
                }
                case 6: {
                  enum14 = 'administrator';
                  break;
                }
              }
              result15.push(enum14);
            }
            let enum16;
            switch (dataView(memory0).getUint8(base + 44, true)) {
              case 0: {
                enum16 = 'role';
                break;
              }
              case 1: {
                enum16 = 'own-application';
                break;
              }
              case 2: {
                enum16 = 'own-district';
                break;
              }
              case 3: {
                enum16 = 'assigned-expert';
                break;
              }
            }
            var len20 = dataView(memory0).getUint32(base + 52, true);
            var base20 = dataView(memory0).getUint32(base + 48, true);
            if (base20 % 1 !== 0) throw new TypeError(`list pointer [${base20}] is not aligned to 1`);
            var result20 = [];
            for (let i = 0; i < len20; i++) {
              const base = base20 + i * 2;
              let variant19;
              switch (dataView(memory0).getUint8(base + 0, true)) {
                case 0: {
                  let enum17;
                  switch (dataView(memory0).getUint8(base + 1, true)) {
                    case 0: {
                      enum17 = 'open';
                      break;
                    }
                    case 1: {
                      enum17 = 'review';
                      break;
                    }
                    case 2: {
                      enum17 = 'proposed';
                      break;
                    }
                    case 3: {
                      enum17 = 'publicity';
                      break;
                    }
                    case 4: {
                      enum17 = 'publicity-closed';
                      break;
                    }
                    case 5: {
                      enum17 = 'published';
                      break;
                    }
                  }
                  variant19= {
                    tag: 'batch',
                    val: enum17
                  };
                  break;
                }
                case 1: {
                  let enum18;
                  switch (dataView(memory0).getUint8(base + 1, true)) {
                    case 0: {
                      enum18 = 'draft';
                      break;
                    }
                    case 1: {
                      enum18 = 'district-review';
                      break;
                    }
                    case 2: {
                      enum18 = 'returned';
                      break;
                    }
                    case 3: {
                      enum18 = 'declined';
                      break;
                    }
                    case 4: {
                      enum18 = 'formal-check';
                      break;
                    }
                    case 5: {
                      enum18 = 'accepted';
                      break;
                    }
                    case 6: {
                      enum18 = 'expert-review';
                      break;
                    }
                    case 7: {
                      enum18 = 'scored';
                      break;
                    }
                    case 8: {
                      enum18 = 'defence';
                      break;
                    }
                    case 9: {
                      enum18 = 'proposed';
                      break;
                    }
                    case 10: {
                      enum18 = 'not-selected';
                      break;
                    }
                    case 11: {
                      enum18 = 'removed';
                      break;
                    }
                    case 12: {
                      enum18 = 'recognized';
                      break;
                    }
                    case 13: {
                      enum18 = 'revocation-pending';
                      break;
                    }
                    case 14: {
                      enum18 = 'revoked';
                      break;
                    }
                  }
                  variant19= {
                    tag: 'application',
                    val: enum18
                  };
                  break;
                }
              }
              result20.push(variant19);
            }
            let variant22;
            if (dataView(memory0).getUint8(base + 56, true)) {
              let enum21;
              switch (dataView(memory0).getUint8(base + 57, true)) {
                case 0: {
                  enum21 = 'batch';
                  break;
                }
                case 1: {
                  enum21 = 'application';
                  break;
                }
              }
              variant22 = enum21;
            } else {
              variant22 = undefined;
            }
            let variant24;
            if (dataView(memory0).getUint8(base + 60, true)) {
              var ptr23 = dataView(memory0).getUint32(base + 64, true);
              var len23 = dataView(memory0).getUint32(base + 68, true);
              var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
              variant24 = result23;
            } else {
              variant24 = undefined;
            }
            let enum25;
            switch (dataView(memory0).getUint8(base + 72, true)) {
              case 0: {
                enum25 = 'no-opinion';
                break;
              }
              case 1: {
                enum25 = 'optional';
                break;
              }
              case 2: {
                enum25 = 'required';
                break;
              }
            }
            let enum26;
            switch (dataView(memory0).getUint8(base + 73, true)) {
              case 0: {
                enum26 = 'primary';
                break;
              }
              case 1: {
                enum26 = 'normal';
                break;
              }
              case 2: {
                enum26 = 'danger';
                break;
              }
            }
            result27.push({
              action: enum9,
              id: result10,
              label: result11,
              article: result12,
              summary: result13,
              roles: result15,
              scope: enum16,
              stages: result20,
              creates: variant22,
              form: variant24,
              opinion: enum25,
              tone: enum26,
            });
          }
          var len31 = dataView(memory0).getUint32(ret + 28, true);
          var base31 = dataView(memory0).getUint32(ret + 24, true);
          if (base31 % 4 !== 0) throw new TypeError(`list pointer [${base31}] is not aligned to 4`);
          var result31 = [];
          for (let i = 0; i < len31; i++) {
            const base = base31 + i * 24;
            var ptr28 = dataView(memory0).getUint32(base + 0, true);
            var len28 = dataView(memory0).getUint32(base + 4, true);
            var result28 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr28, len28));
            var ptr29 = dataView(memory0).getUint32(base + 8, true);
            var len29 = dataView(memory0).getUint32(base + 12, true);
            var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
            var ptr30 = dataView(memory0).getUint32(base + 16, true);
            var len30 = dataView(memory0).getUint32(base + 20, true);
            var result30 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr30, len30));
            result31.push({
              key: result28,
              meaning: result29,
              article: result30,
            });
          }
          var len35 = dataView(memory0).getUint32(ret + 36, true);
          var base35 = dataView(memory0).getUint32(ret + 32, true);
          if (base35 % 4 !== 0) throw new TypeError(`list pointer [${base35}] is not aligned to 4`);
          var result35 = [];
          for (let i = 0; i < len35; i++) {
            const base = base35 + i * 20;
            var ptr32 = dataView(memory0).getUint32(base + 0, true);
            var len32 = dataView(memory0).getUint32(base + 4, true);
            var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
            let enum33;
            switch (dataView(memory0).getUint8(base + 8, true)) {
              case 0: {
                enum33 = 'forbidden';
                break;
              }
              case 1: {
                enum33 = 'not-found';
                break;
              }
              case 2: {
                enum33 = 'conflict';
                break;
              }
              case 3: {
                enum33 = 'invalid';
                break;
              }
              case 4: {
                enum33 = 'wrong-stage';
                break;
              }
              case 5: {
                enum33 = 'deadline';
                break;
              }
              case 6: {
                enum33 = 'host-fault';
                break;
              }
            }
            var ptr34 = dataView(memory0).getUint32(base + 12, true);
            var len34 = dataView(memory0).getUint32(base + 16, true);
            var result34 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr34, len34));
            result35.push({
              code: result32,
              kind: enum33,
              meaning: result34,
            });
          }
          var len38 = dataView(memory0).getUint32(ret + 44, true);
          var base38 = dataView(memory0).getUint32(ret + 40, true);
          if (base38 % 4 !== 0) throw new TypeError(`list pointer [${base38}] is not aligned to 4`);
          var result38 = [];
          for (let i = 0; i < len38; i++) {
            const base = base38 + i * 16;
            var ptr36 = dataView(memory0).getUint32(base + 0, true);
            var len36 = dataView(memory0).getUint32(base + 4, true);
            var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
            var ptr37 = dataView(memory0).getUint32(base + 8, true);
            var len37 = dataView(memory0).getUint32(base + 12, true);
            var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
            result38.push({
              code: result36,
              meaning: result37,
            });
          }
          var len42 = dataView(memory0).getUint32(ret + 52, true);
          var base42 = dataView(memory0).getUint32(ret + 48, true);
          if (base42 % 4 !== 0) throw new TypeError(`list pointer [${base42}] is not aligned to 4`);
          var result42 = [];
          for (let i = 0; i < len42; i++) {
            const base = base42 + i * 20;
            let enum39;
            switch (dataView(memory0).getUint8(base + 0, true)) {
              case 0: {
                enum39 = 'call';
                break;
              }
              case 1: {
                enum39 = 'publicity';
                break;
              }
              case 2: {
                enum39 = 'objection-result';
                break;
              }
              case 3: {
                enum39 = 'recognition';
                break;
              }
              case 4: {
                enum39 = 'catalogue';
                break;
              }
              case 5: {
                enum39 = 'provincial-recommendation';
                break;
              }
              case 6: {
                enum39 = 'revocation';
                break;
              }
            }
            var ptr40 = dataView(memory0).getUint32(base + 4, true);
            var len40 = dataView(memory0).getUint32(base + 8, true);
            var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
            var ptr41 = dataView(memory0).getUint32(base + 12, true);
            var len41 = dataView(memory0).getUint32(base + 16, true);
            var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
            result42.push({
              kind: enum39,
              code: result40,
              label: result41,
            });
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="catalog"][Instruction::Return]', {
            funcName: 'catalog',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          task.resolve([{
            contract: result0,
            stages: result8,
            actions: result27,
            timers: result31,
            refusals: result35,
            fieldErrors: result38,
            recordKinds: result42,
          }]);
          const retCopy = {
            contract: result0,
            stages: result8,
            actions: result27,
            timers: result31,
            refusals: result35,
            fieldErrors: result38,
            recordKinds: result42,
          };
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn5(ret);
          cstate.mayLeave = true;
          task.exit();
          return retCopy;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020StartActions;
  
  function startActions(arg0) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020StartActions',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'none',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var {userId: v0_0, name: v0_1, role: v0_2, orgUnit: v0_3, orgName: v0_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
          var ptr1= encodeRes.ptr;
          var len1 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          var val3 = v0_2;
          let enum3;
          switch (val3) {
            case 'enterprise': {
              enum3 = 0;
              break;
            }
            case 'district-office': {
              enum3 = 1;
              break;
            }
            case 'city-officer': {
              enum3 = 2;
              break;
            }
            case 'city-leader': {
              enum3 = 3;
              break;
            }
            case 'expert': {
              enum3 = 4;
              break;
            }
            case 'public': {
              enum3 = 5;
              break;
            }
            case 'administrator': {
              enum3 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val3}" is not one of the cases of role`);
            }
          }
          
          var encodeRes = _utf8AllocateAndEncode(v0_3, realloc0, memory0);
          var ptr4= encodeRes.ptr;
          var len4 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="start-actions"][Instruction::CallWasm] enter', {
            funcName: 'start-actions',
            paramCount: 9,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020StartActions(ptr1, len1, ptr2, len2, enum3, ptr4, len4, ptr5, len5),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          var len12 = dataView(memory0).getUint32(ret + 4, true);
          var base12 = dataView(memory0).getUint32(ret + 0, true);
          if (base12 % 4 !== 0) throw new TypeError(`list pointer [${base12}] is not aligned to 4`);
          var result12 = [];
          for (let i = 0; i < len12; i++) {
            const base = base12 + i * 28;
            let enum6;
            switch (dataView(memory0).getUint8(base + 0, true)) {
              case 0: {
                enum6 = 'open-batch';
                break;
              }
              case 1: {
                enum6 = 'close-applications';
                break;
              }
              case 2: {
                enum6 = 'import-provincial';
                break;
              }
              case 3: {
                enum6 = 'register-materials';
                break;
              }
              case 4: {
                enum6 = 'draw-panel';
                break;
              }
              case 5: {
                enum6 = 'propose-list';
                break;
              }
              case 6: {
                enum6 = 'withdraw-list';
                break;
              }
              case 7: {
                enum6 = 'approve-list';
                break;
              }
              case 8: {
                enum6 = 'return-list';
                break;
              }
              case 9: {
                enum6 = 'close-publicity';
                break;
              }
              case 10: {
                enum6 = 'publish';
                break;
              }
              case 11: {
                enum6 = 'recommend-provincial';
                break;
              }
              case 12: {
                enum6 = 'start-application';
                break;
              }
              case 13: {
                enum6 = 'edit-form';
                break;
              }
              case 14: {
                enum6 = 'edit-materials';
                break;
              }
              case 15: {
                enum6 = 'submit';
                break;
              }
              case 16: {
                enum6 = 'withdraw';
                break;
              }
              case 17: {
                enum6 = 'recommend';
                break;
              }
              case 18: {
                enum6 = 'return-for-revision';
                break;
              }
              case 19: {
                enum6 = 'decline';
                break;
              }
              case 20: {
                enum6 = 'delegate';
                break;
              }
              case 21: {
                enum6 = 'formal-check';
                break;
              }
              case 22: {
                enum6 = 'remind';
                break;
              }
              case 23: {
                enum6 = 'declare-conflict';
                break;
              }
              case 24: {
                enum6 = 'score';
                break;
              }
              case 25: {
                enum6 = 'require-inspection';
                break;
              }
              case 26: {
                enum6 = 'record-defence';
                break;
              }
              case 27: {
                enum6 = 'record-site-visit';
                break;
              }
              case 28: {
                enum6 = 'object';
                break;
              }
              case 29: {
                enum6 = 'decide-objection';
                break;
              }
              case 30: {
                enum6 = 'propose-revocation';
                break;
              }
              case 31: {
                enum6 = 'approve-revocation';
                break;
              }
              case 32: {
                enum6 = 'reject-revocation';
                break;
              }
            }
            var ptr7 = dataView(memory0).getUint32(base + 4, true);
            var len7 = dataView(memory0).getUint32(base + 8, true);
            var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
            let variant9;
            if (dataView(memory0).getUint8(base + 12, true)) {
              var ptr8 = dataView(memory0).getUint32(base + 16, true);
              var len8 = dataView(memory0).getUint32(base + 20, true);
              var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
              variant9 = result8;
            } else {
              variant9 = undefined;
            }
            let enum10;
            switch (dataView(memory0).getUint8(base + 24, true)) {
              case 0: {
                enum10 = 'no-opinion';
                break;
              }
              case 1: {
                enum10 = 'optional';
                break;
              }
              case 2: {
                enum10 = 'required';
                break;
              }
            }
            let enum11;
            switch (dataView(memory0).getUint8(base + 25, true)) {
              case 0: {
                enum11 = 'primary';
                break;
              }
              case 1: {
                enum11 = 'normal';
                break;
              }
              case 2: {
                enum11 = 'danger';
                break;
              }
            }
            result12.push({
              action: enum6,
              label: result7,
              form: variant9,
              opinion: enum10,
              tone: enum11,
            });
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="start-actions"][Instruction::Return]', {
            funcName: 'start-actions',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          task.resolve([result12]);
          const retCopy = result12;
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn6(ret);
          cstate.mayLeave = true;
          task.exit();
          return retCopy;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020Actions;
  
  function actions(arg0, arg1) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020Actions',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var {userId: v0_0, name: v0_1, role: v0_2, orgUnit: v0_3, orgName: v0_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
          var ptr1= encodeRes.ptr;
          var len1 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          var val3 = v0_2;
          let enum3;
          switch (val3) {
            case 'enterprise': {
              enum3 = 0;
              break;
            }
            case 'district-office': {
              enum3 = 1;
              break;
            }
            case 'city-officer': {
              enum3 = 2;
              break;
            }
            case 'city-leader': {
              enum3 = 3;
              break;
            }
            case 'expert': {
              enum3 = 4;
              break;
            }
            case 'public': {
              enum3 = 5;
              break;
            }
            case 'administrator': {
              enum3 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val3}" is not one of the cases of role`);
            }
          }
          
          var encodeRes = _utf8AllocateAndEncode(v0_3, realloc0, memory0);
          var ptr4= encodeRes.ptr;
          var len4 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="actions"][Instruction::CallWasm] enter', {
            funcName: 'actions',
            paramCount: 11,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020Actions(ptr1, len1, ptr2, len2, enum3, ptr4, len4, ptr5, len5, ptr6, len6),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant21;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum14;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum14 = 'forbidden';
                break;
              }
              case 1: {
                enum14 = 'not-found';
                break;
              }
              case 2: {
                enum14 = 'conflict';
                break;
              }
              case 3: {
                enum14 = 'invalid';
                break;
              }
              case 4: {
                enum14 = 'wrong-stage';
                break;
              }
              case 5: {
                enum14 = 'deadline';
                break;
              }
              case 6: {
                enum14 = 'host-fault';
                break;
              }
            }
            var ptr15 = dataView(memory0).getUint32(ret + 8, true);
            var len15 = dataView(memory0).getUint32(ret + 12, true);
            var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
            var ptr16 = dataView(memory0).getUint32(ret + 16, true);
            var len16 = dataView(memory0).getUint32(ret + 20, true);
            var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
            var len20 = dataView(memory0).getUint32(ret + 28, true);
            var base20 = dataView(memory0).getUint32(ret + 24, true);
            if (base20 % 4 !== 0) throw new TypeError(`list pointer [${base20}] is not aligned to 4`);
            var result20 = [];
            for (let i = 0; i < len20; i++) {
              const base = base20 + i * 24;
              var ptr17 = dataView(memory0).getUint32(base + 0, true);
              var len17 = dataView(memory0).getUint32(base + 4, true);
              var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
              var ptr18 = dataView(memory0).getUint32(base + 8, true);
              var len18 = dataView(memory0).getUint32(base + 12, true);
              var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
              var ptr19 = dataView(memory0).getUint32(base + 16, true);
              var len19 = dataView(memory0).getUint32(base + 20, true);
              var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
              result20.push({
                field: result17,
                code: result18,
                message: result19,
              });
            }
            variant21= {
              tag: 'err',
              val: {
                kind: enum14,
                code: result15,
                message: result16,
                fields: result20,
              }
            };
          } else {
            var len13 = dataView(memory0).getUint32(ret + 8, true);
            var base13 = dataView(memory0).getUint32(ret + 4, true);
            if (base13 % 4 !== 0) throw new TypeError(`list pointer [${base13}] is not aligned to 4`);
            var result13 = [];
            for (let i = 0; i < len13; i++) {
              const base = base13 + i * 28;
              let enum7;
              switch (dataView(memory0).getUint8(base + 0, true)) {
                case 0: {
                  enum7 = 'open-batch';
                  break;
                }
                case 1: {
                  enum7 = 'close-applications';
                  break;
                }
                case 2: {
                  enum7 = 'import-provincial';
                  break;
                }
                case 3: {
                  enum7 = 'register-materials';
                  break;
                }
                case 4: {
                  enum7 = 'draw-panel';
                  break;
                }
                case 5: {
                  enum7 = 'propose-list';
                  break;
                }
                case 6: {
                  enum7 = 'withdraw-list';
                  break;
                }
                case 7: {
                  enum7 = 'approve-list';
                  break;
                }
                case 8: {
                  enum7 = 'return-list';
                  break;
                }
                case 9: {
                  enum7 = 'close-publicity';
                  break;
                }
                case 10: {
                  enum7 = 'publish';
                  break;
                }
                case 11: {
                  enum7 = 'recommend-provincial';
                  break;
                }
                case 12: {
                  enum7 = 'start-application';
                  break;
                }
                case 13: {
                  enum7 = 'edit-form';
                  break;
                }
                case 14: {
                  enum7 = 'edit-materials';
                  break;
                }
                case 15: {
                  enum7 = 'submit';
                  break;
                }
                case 16: {
                  enum7 = 'withdraw';
                  break;
                }
                case 17: {
                  enum7 = 'recommend';
                  break;
                }
                case 18: {
                  enum7 = 'return-for-revision';
                  break;
                }
                case 19: {
                  enum7 = 'decline';
                  break;
                }
                case 20: {
                  enum7 = 'delegate';
                  break;
                }
                case 21: {
                  enum7 = 'formal-check';
                  break;
                }
                case 22: {
                  enum7 = 'remind';
                  break;
                }
                case 23: {
                  enum7 = 'declare-conflict';
                  break;
                }
                case 24: {
                  enum7 = 'score';
                  break;
                }
                case 25: {
                  enum7 = 'require-inspection';
                  break;
                }
                case 26: {
                  enum7 = 'record-defence';
                  break;
                }
                case 27: {
                  enum7 = 'record-site-visit';
                  break;
                }
                case 28: {
                  enum7 = 'object';
                  break;
                }
                case 29: {
                  enum7 = 'decide-objection';
                  break;
                }
                case 30: {
                  enum7 = 'propose-revocation';
                  break;
                }
                case 31: {
                  enum7 = 'approve-revocation';
                  break;
                }
                case 32: {
                  enum7 = 'reject-revocation';
                  break;
                }
              }
              var ptr8 = dataView(memory0).getUint32(base + 4, true);
              var len8 = dataView(memory0).getUint32(base + 8, true);
              var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
              let variant10;
              if (dataView(memory0).getUint8(base + 12, true)) {
                var ptr9 = dataView(memory0).getUint32(base + 16, true);
                var len9 = dataView(memory0).getUint32(base + 20, true);
                var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                variant10 = result9;
              } else {
                variant10 = undefined;
              }
              let enum11;
              switch (dataView(memory0).getUint8(base + 24, true)) {
                case 0: {
                  enum11 = 'no-opinion';
                  break;
                }
                case 1: {
                  enum11 = 'optional';
                  break;
                }
                case 2: {
                  enum11 = 'required';
                  break;
                }
              }
              let enum12;
              switch (dataView(memory0).getUint8(base + 25, true)) {
                case 0: {
                  enum12 = 'primary';
                  break;
                }
                case 1: {
                  enum12 = 'normal';
                  break;
                }
                case 2: {
                  enum12 = 'danger';
                  break;
                }
              }
              result13.push({
                action: enum7,
                label: result8,
                form: variant10,
                opinion: enum11,
                tone: enum12,
              });
            }
            variant21= {
              tag: 'ok',
              val: result13
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="actions"][Instruction::Return]', {
            funcName: 'actions',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant21;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn7(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020Act;
  
  function act(arg0, arg1) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020Act',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var ptr0 = realloc0(0, 0, 8, 96);
          var {userId: v1_0, name: v1_1, role: v1_2, orgUnit: v1_3, orgName: v1_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 4, len2, true);
          dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
          var ptr3= encodeRes.ptr;
          var len3 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 12, len3, true);
          dataView(memory0).setUint32(ptr0 + 8, ptr3, true);
          var val4 = v1_2;
          let enum4;
          switch (val4) {
            case 'enterprise': {
              enum4 = 0;
              break;
            }
            case 'district-office': {
              enum4 = 1;
              break;
            }
            case 'city-officer': {
              enum4 = 2;
              break;
            }
            case 'city-leader': {
              enum4 = 3;
              break;
            }
            case 'expert': {
              enum4 = 4;
              break;
            }
            case 'public': {
              enum4 = 5;
              break;
            }
            case 'administrator': {
              enum4 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val4}" is not one of the cases of role`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 16, enum4, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 24, len5, true);
          dataView(memory0).setUint32(ptr0 + 20, ptr5, true);
          
          var encodeRes = _utf8AllocateAndEncode(v1_4, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          dataView(memory0).setUint32(ptr0 + 32, len6, true);
          dataView(memory0).setUint32(ptr0 + 28, ptr6, true);
          var {caseId: v7_0, action: v7_1, values: v7_2, opinion: v7_3, expectedVersion: v7_4 } = arg1;
          var variant9 = v7_0;
          if (variant9 === null || variant9=== undefined) {
            dataView(memory0).setInt8(ptr0 + 40, 0, true);
          } else {
            const e = variant9;
            dataView(memory0).setInt8(ptr0 + 40, 1, true);
            
            var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
            var ptr8= encodeRes.ptr;
            var len8 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 48, len8, true);
            dataView(memory0).setUint32(ptr0 + 44, ptr8, true);
          }
          var val10 = v7_1;
          let enum10;
          switch (val10) {
            case 'open-batch': {
              enum10 = 0;
              break;
            }
            case 'close-applications': {
              enum10 = 1;
              break;
            }
            case 'import-provincial': {
              enum10 = 2;
              break;
            }
            case 'register-materials': {
              enum10 = 3;
              break;
            }
            case 'draw-panel': {
              enum10 = 4;
              break;
            }
            case 'propose-list': {
              enum10 = 5;
              break;
            }
            case 'withdraw-list': {
              enum10 = 6;
              break;
            }
            case 'approve-list': {
              enum10 = 7;
              break;
            }
            case 'return-list': {
              enum10 = 8;
              break;
            }
            case 'close-publicity': {
              enum10 = 9;
              break;
            }
            case 'publish': {
              enum10 = 10;
              break;
            }
            case 'recommend-provincial': {
              enum10 = 11;
              break;
            }
            case 'start-application': {
              enum10 = 12;
              break;
            }
            case 'edit-form': {
              enum10 = 13;
              break;
            }
            case 'edit-materials': {
              enum10 = 14;
              break;
            }
            case 'submit': {
              enum10 = 15;
              break;
            }
            case 'withdraw': {
              enum10 = 16;
              break;
            }
            case 'recommend': {
              enum10 = 17;
              break;
            }
            case 'return-for-revision': {
              enum10 = 18;
              break;
            }
            case 'decline': {
              enum10 = 19;
              break;
            }
            case 'delegate': {
              enum10 = 20;
              break;
            }
            case 'formal-check': {
              enum10 = 21;
              break;
            }
            case 'remind': {
              enum10 = 22;
              break;
            }
            case 'declare-conflict': {
              enum10 = 23;
              break;
            }
            case 'score': {
              enum10 = 24;
              break;
            }
            case 'require-inspection': {
              enum10 = 25;
              break;
            }
            case 'record-defence': {
              enum10 = 26;
              break;
            }
            case 'record-site-visit': {
              enum10 = 27;
              break;
            }
            case 'object': {
              enum10 = 28;
              break;
            }
            case 'decide-objection': {
              enum10 = 29;
              break;
            }
            case 'propose-revocation': {
              enum10 = 30;
              break;
            }
            case 'approve-revocation': {
              enum10 = 31;
              break;
            }
            case 'reject-revocation': {
              enum10 = 32;
              break;
            }
            default: {
              
              throw new TypeError(`"${val10}" is not one of the cases of action`);
            }
          }
          dataView(memory0).setInt8(ptr0 + 52, enum10, true);
          var vec45 = v7_2;
          var len45 = vec45.length;
          var result45 = realloc0(0, 0, 8, len45 * 88);
          for (let i = 0; i < vec45.length; i++) {
            const e = vec45[i];
            const base = result45 + i * 88;var {id: v11_0, value: v11_1 } = e;
            
            var encodeRes = _utf8AllocateAndEncode(v11_0, realloc0, memory0);
            var ptr12= encodeRes.ptr;
            var len12 = encodeRes.len;
            
            dataView(memory0).setUint32(base + 4, len12, true);
            dataView(memory0).setUint32(base + 0, ptr12, true);
            var variant44 = v11_1;
            switch (variant44.tag) {
              case 'text': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 0, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr13= encodeRes.ptr;
                var len13 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len13, true);
                dataView(memory0).setUint32(base + 16, ptr13, true);
                break;
              }
              case 'number': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 1, true);
                dataView(memory0).setFloat64(base + 16, +e, true);
                break;
              }
              case 'date': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr14= encodeRes.ptr;
                var len14 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len14, true);
                dataView(memory0).setUint32(base + 16, ptr14, true);
                break;
              }
              case 'choice': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 3, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr15= encodeRes.ptr;
                var len15 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len15, true);
                dataView(memory0).setUint32(base + 16, ptr15, true);
                break;
              }
              case 'choices': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 4, true);
                var vec17 = e;
                var len17 = vec17.length;
                var result17 = realloc0(0, 0, 4, len17 * 8);
                for (let i = 0; i < vec17.length; i++) {
                  const e = vec17[i];
                  const base = result17 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr16= encodeRes.ptr;
                  var len16 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len16, true);
                  dataView(memory0).setUint32(base + 0, ptr16, true);
                }
                dataView(memory0).setUint32(base + 20, len17, true);
                dataView(memory0).setUint32(base + 16, result17, true);
                break;
              }
              case 'flag': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 5, true);
                dataView(memory0).setInt8(base + 16, e ? 1 : 0, true);
                break;
              }
              case 'table': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 6, true);
                var vec25 = e;
                var len25 = vec25.length;
                var result25 = realloc0(0, 0, 4, len25 * 16);
                for (let i = 0; i < vec25.length; i++) {
                  const e = vec25[i];
                  const base = result25 + i * 16;var {key: v18_0, cells: v18_1 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v18_0, realloc0, memory0);
                  var ptr19= encodeRes.ptr;
                  var len19 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len19, true);
                  dataView(memory0).setUint32(base + 0, ptr19, true);
                  var vec24 = v18_1;
                  var len24 = vec24.length;
                  var result24 = realloc0(0, 0, 8, len24 * 24);
                  for (let i = 0; i < vec24.length; i++) {
                    const e = vec24[i];
                    const base = result24 + i * 24;var [tuple20_0, tuple20_1] = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(tuple20_0, realloc0, memory0);
                    var ptr21= encodeRes.ptr;
                    var len21 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len21, true);
                    dataView(memory0).setUint32(base + 0, ptr21, true);
                    var variant23 = tuple20_1;
                    switch (variant23.tag) {
                      case 'text': {
                        const e = variant23.val;
                        dataView(memory0).setInt8(base + 8, 0, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                        var ptr22= encodeRes.ptr;
                        var len22 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 20, len22, true);
                        dataView(memory0).setUint32(base + 16, ptr22, true);
                        break;
                      }
                      case 'number': {
                        const e = variant23.val;
                        dataView(memory0).setInt8(base + 8, 1, true);
                        dataView(memory0).setFloat64(base + 16, +e, true);
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant23.tag)}\` (received \`${variant23}\`) specified for \`Scalar\``);
                      }
                    }
                  }
                  dataView(memory0).setUint32(base + 12, len24, true);
                  dataView(memory0).setUint32(base + 8, result24, true);
                }
                dataView(memory0).setUint32(base + 20, len25, true);
                dataView(memory0).setUint32(base + 16, result25, true);
                break;
              }
              case 'attachments': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 7, true);
                var vec31 = e;
                var len31 = vec31.length;
                var result31 = realloc0(0, 0, 8, len31 * 40);
                for (let i = 0; i < vec31.length; i++) {
                  const e = vec31[i];
                  const base = result31 + i * 40;var {id: v26_0, name: v26_1, mediaType: v26_2, size: v26_3, sha256: v26_4 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v26_0, realloc0, memory0);
                  var ptr27= encodeRes.ptr;
                  var len27 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len27, true);
                  dataView(memory0).setUint32(base + 0, ptr27, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v26_1, realloc0, memory0);
                  var ptr28= encodeRes.ptr;
                  var len28 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len28, true);
                  dataView(memory0).setUint32(base + 8, ptr28, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v26_2, realloc0, memory0);
                  var ptr29= encodeRes.ptr;
                  var len29 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 20, len29, true);
                  dataView(memory0).setUint32(base + 16, ptr29, true);
                  dataView(memory0).setBigInt64(base + 24, toUint64(v26_3), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v26_4, realloc0, memory0);
                  var ptr30= encodeRes.ptr;
                  var len30 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 36, len30, true);
                  dataView(memory0).setUint32(base + 32, ptr30, true);
                }
                dataView(memory0).setUint32(base + 20, len31, true);
                dataView(memory0).setUint32(base + 16, result31, true);
                break;
              }
              case 'seal': {
                const e = variant44.val;
                dataView(memory0).setInt8(base + 8, 8, true);
                var {id: v32_0, purpose: v32_1, capacity: v32_2, holder: v32_3, signer: v32_4, signedAt: v32_5, digest: v32_6 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v32_0, realloc0, memory0);
                var ptr33= encodeRes.ptr;
                var len33 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len33, true);
                dataView(memory0).setUint32(base + 16, ptr33, true);
                var {caseId: v34_0, action: v34_1, field: v34_2 } = v32_1;
                var variant36 = v34_0;
                if (variant36 === null || variant36=== undefined) {
                  dataView(memory0).setInt8(base + 24, 0, true);
                } else {
                  const e = variant36;
                  dataView(memory0).setInt8(base + 24, 1, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr35= encodeRes.ptr;
                  var len35 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 32, len35, true);
                  dataView(memory0).setUint32(base + 28, ptr35, true);
                }
                var val37 = v34_1;
                let enum37;
                switch (val37) {
                  case 'open-batch': {
                    enum37 = 0;
                    break;
                  }
                  case 'close-applications': {
                    enum37 = 1;
                    break;
                  }
                  case 'import-provincial': {
                    enum37 = 2;
                    break;
                  }
                  case 'register-materials': {
                    enum37 = 3;
                    break;
                  }
                  case 'draw-panel': {
                    enum37 = 4;
                    break;
                  }
                  case 'propose-list': {
                    enum37 = 5;
                    break;
                  }
                  case 'withdraw-list': {
                    enum37 = 6;
                    break;
                  }
                  case 'approve-list': {
                    enum37 = 7;
                    break;
                  }
                  case 'return-list': {
                    enum37 = 8;
                    break;
                  }
                  case 'close-publicity': {
                    enum37 = 9;
                    break;
                  }
                  case 'publish': {
                    enum37 = 10;
                    break;
                  }
                  case 'recommend-provincial': {
                    enum37 = 11;
                    break;
                  }
                  case 'start-application': {
                    enum37 = 12;
                    break;
                  }
                  case 'edit-form': {
                    enum37 = 13;
                    break;
                  }
                  case 'edit-materials': {
                    enum37 = 14;
                    break;
                  }
                  case 'submit': {
                    enum37 = 15;
                    break;
                  }
                  case 'withdraw': {
                    enum37 = 16;
                    break;
                  }
                  case 'recommend': {
                    enum37 = 17;
                    break;
                  }
                  case 'return-for-revision': {
                    enum37 = 18;
                    break;
                  }
                  case 'decline': {
                    enum37 = 19;
                    break;
                  }
                  case 'delegate': {
                    enum37 = 20;
                    break;
                  }
                  case 'formal-check': {
                    enum37 = 21;
                    break;
                  }
                  case 'remind': {
                    enum37 = 22;
                    break;
                  }
                  case 'declare-conflict': {
                    enum37 = 23;
                    break;
                  }
                  case 'score': {
                    enum37 = 24;
                    break;
                  }
                  case 'require-inspection': {
                    enum37 = 25;
                    break;
                  }
                  case 'record-defence': {
                    enum37 = 26;
                    break;
                  }
                  case 'record-site-visit': {
                    enum37 = 27;
                    break;
                  }
                  case 'object': {
                    enum37 = 28;
                    break;
                  }
                  case 'decide-objection': {
                    enum37 = 29;
                    break;
                  }
                  case 'propose-revocation': {
                    enum37 = 30;
                    break;
                  }
                  case 'approve-revocation': {
                    enum37 = 31;
                    break;
                  }
                  case 'reject-revocation': {
                    enum37 = 32;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val37}" is not one of the cases of action`);
                  }
                }
                dataView(memory0).setInt8(base + 36, enum37, true);
                
                var encodeRes = _utf8AllocateAndEncode(v34_2, realloc0, memory0);
                var ptr38= encodeRes.ptr;
                var len38 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 44, len38, true);
                dataView(memory0).setUint32(base + 40, ptr38, true);
                var val39 = v32_2;
                let enum39;
                switch (val39) {
                  case 'org-seal': {
                    enum39 = 0;
                    break;
                  }
                  case 'legal-representative': {
                    enum39 = 1;
                    break;
                  }
                  case 'personal': {
                    enum39 = 2;
                    break;
                  }
                  default: {
                    
                    throw new TypeError(`"${val39}" is not one of the cases of seal-capacity`);
                  }
                }
                dataView(memory0).setInt8(base + 48, enum39, true);
                
                var encodeRes = _utf8AllocateAndEncode(v32_3, realloc0, memory0);
                var ptr40= encodeRes.ptr;
                var len40 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 56, len40, true);
                dataView(memory0).setUint32(base + 52, ptr40, true);
                
                var encodeRes = _utf8AllocateAndEncode(v32_4, realloc0, memory0);
                var ptr41= encodeRes.ptr;
                var len41 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 64, len41, true);
                dataView(memory0).setUint32(base + 60, ptr41, true);
                
                var encodeRes = _utf8AllocateAndEncode(v32_5, realloc0, memory0);
                var ptr42= encodeRes.ptr;
                var len42 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 72, len42, true);
                dataView(memory0).setUint32(base + 68, ptr42, true);
                
                var encodeRes = _utf8AllocateAndEncode(v32_6, realloc0, memory0);
                var ptr43= encodeRes.ptr;
                var len43 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 80, len43, true);
                dataView(memory0).setUint32(base + 76, ptr43, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant44.tag)}\` (received \`${variant44}\`) specified for \`FieldValue\``);
              }
            }
          }
          dataView(memory0).setUint32(ptr0 + 60, len45, true);
          dataView(memory0).setUint32(ptr0 + 56, result45, true);
          var variant47 = v7_3;
          if (variant47 === null || variant47=== undefined) {
            dataView(memory0).setInt8(ptr0 + 64, 0, true);
          } else {
            const e = variant47;
            dataView(memory0).setInt8(ptr0 + 64, 1, true);
            
            var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
            var ptr46= encodeRes.ptr;
            var len46 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 72, len46, true);
            dataView(memory0).setUint32(ptr0 + 68, ptr46, true);
          }
          var variant48 = v7_4;
          if (variant48 === null || variant48=== undefined) {
            dataView(memory0).setInt8(ptr0 + 80, 0, true);
          } else {
            const e = variant48;
            dataView(memory0).setInt8(ptr0 + 80, 1, true);
            dataView(memory0).setBigInt64(ptr0 + 88, toUint64(e), true);
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="act"][Instruction::CallWasm] enter', {
            funcName: 'act',
            paramCount: 1,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020Act(ptr0),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant113;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum106;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum106 = 'forbidden';
                break;
              }
              case 1: {
                enum106 = 'not-found';
                break;
              }
              case 2: {
                enum106 = 'conflict';
                break;
              }
              case 3: {
                enum106 = 'invalid';
                break;
              }
              case 4: {
                enum106 = 'wrong-stage';
                break;
              }
              case 5: {
                enum106 = 'deadline';
                break;
              }
              case 6: {
                enum106 = 'host-fault';
                break;
              }
            }
            var ptr107 = dataView(memory0).getUint32(ret + 8, true);
            var len107 = dataView(memory0).getUint32(ret + 12, true);
            var result107 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr107, len107));
            var ptr108 = dataView(memory0).getUint32(ret + 16, true);
            var len108 = dataView(memory0).getUint32(ret + 20, true);
            var result108 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr108, len108));
            var len112 = dataView(memory0).getUint32(ret + 28, true);
            var base112 = dataView(memory0).getUint32(ret + 24, true);
            if (base112 % 4 !== 0) throw new TypeError(`list pointer [${base112}] is not aligned to 4`);
            var result112 = [];
            for (let i = 0; i < len112; i++) {
              const base = base112 + i * 24;
              var ptr109 = dataView(memory0).getUint32(base + 0, true);
              var len109 = dataView(memory0).getUint32(base + 4, true);
              var result109 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr109, len109));
              var ptr110 = dataView(memory0).getUint32(base + 8, true);
              var len110 = dataView(memory0).getUint32(base + 12, true);
              var result110 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr110, len110));
              var ptr111 = dataView(memory0).getUint32(base + 16, true);
              var len111 = dataView(memory0).getUint32(base + 20, true);
              var result111 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr111, len111));
              result112.push({
                field: result109,
                code: result110,
                message: result111,
              });
            }
            variant113= {
              tag: 'err',
              val: {
                kind: enum106,
                code: result107,
                message: result108,
                fields: result112,
              }
            };
          } else {
            var len60 = dataView(memory0).getUint32(ret + 8, true);
            var base60 = dataView(memory0).getUint32(ret + 4, true);
            if (base60 % 8 !== 0) throw new TypeError(`list pointer [${base60}] is not aligned to 8`);
            var result60 = [];
            for (let i = 0; i < len60; i++) {
              const base = base60 + i * 80;
              var ptr49 = dataView(memory0).getUint32(base + 0, true);
              var len49 = dataView(memory0).getUint32(base + 4, true);
              var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
              let variant52;
              switch (dataView(memory0).getUint8(base + 10, true)) {
                case 0: {
                  let enum50;
                  switch (dataView(memory0).getUint8(base + 11, true)) {
                    case 0: {
                      enum50 = 'open';
                      break;
                    }
                    case 1: {
                      enum50 = 'review';
                      break;
                    }
                    case 2: {
                      enum50 = 'proposed';
                      break;
                    }
                    case 3: {
                      enum50 = 'publicity';
                      break;
                    }
                    case 4: {
                      enum50 = 'publicity-closed';
                      break;
                    }
                    case 5: {
                      enum50 = 'published';
                      break;
                    }
                  }
                  variant52= {
                    tag: 'batch',
                    val: enum50
                  };
                  break;
                }
                case 1: {
                  let enum51;
                  switch (dataView(memory0).getUint8(base + 11, true)) {
                    case 0: {
                      enum51 = 'draft';
                      break;
                    }
                    case 1: {
                      enum51 = 'district-review';
                      break;
                    }
                    case 2: {
                      enum51 = 'returned';
                      break;
                    }
                    case 3: {
                      enum51 = 'declined';
                      break;
                    }
                    case 4: {
                      enum51 = 'formal-check';
                      break;
                    }
                    case 5: {
                      enum51 = 'accepted';
                      break;
                    }
                    case 6: {
                      enum51 = 'expert-review';
                      break;
                    }
                    case 7: {
                      enum51 = 'scored';
                      break;
                    }
                    case 8: {
                      enum51 = 'defence';
                      break;
                    }
                    case 9: {
                      enum51 = 'proposed';
                      break;
                    }
                    case 10: {
                      enum51 = 'not-selected';
                      break;
                    }
                    case 11: {
                      enum51 = 'removed';
                      break;
                    }
                    case 12: {
                      enum51 = 'recognized';
                      break;
                    }
                    case 13: {
                      enum51 = 'revocation-pending';
                      break;
                    }
                    case 14: {
                      enum51 = 'revoked';
                      break;
                    }
                  }
                  variant52= {
                    tag: 'application',
                    val: enum51
                  };
                  break;
                }
              }
              let variant54;
              if (dataView(memory0).getUint8(base + 12, true)) {
                var ptr53 = dataView(memory0).getUint32(base + 16, true);
                var len53 = dataView(memory0).getUint32(base + 20, true);
                var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
                variant54 = result53;
              } else {
                variant54 = undefined;
              }
              let variant56;
              if (dataView(memory0).getUint8(base + 24, true)) {
                var ptr55 = dataView(memory0).getUint32(base + 28, true);
                var len55 = dataView(memory0).getUint32(base + 32, true);
                var result55 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr55, len55));
                variant56 = result55;
              } else {
                variant56 = undefined;
              }
              var ptr57 = dataView(memory0).getUint32(base + 36, true);
              var len57 = dataView(memory0).getUint32(base + 40, true);
              var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
              let variant58;
              if (dataView(memory0).getUint8(base + 48, true)) {
                variant58 = dataView(memory0).getFloat64(base + 56, true);
              } else {
                variant58 = undefined;
              }
              var ptr59 = dataView(memory0).getUint32(base + 64, true);
              var len59 = dataView(memory0).getUint32(base + 68, true);
              if (ptr59 % 1 !== 0) throw new TypeError(`list pointer [${ptr59}] is not aligned to 1`);
              var result59 = new Uint8Array(memory0.buffer.slice(ptr59, ptr59 + len59 * 1));
              result60.push({
                summary: {
                  id: result49,
                  year: clampGuest(dataView(memory0).getUint16(base + 8, true), 0, 65535),
                  stage: variant52,
                  district: variant54,
                  owner: variant56,
                  title: result57,
                  score: variant58,
                },
                state: result59,
                expectedVersion: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 72, true))),
              });
            }
            var len70 = dataView(memory0).getUint32(ret + 16, true);
            var base70 = dataView(memory0).getUint32(ret + 12, true);
            if (base70 % 4 !== 0) throw new TypeError(`list pointer [${base70}] is not aligned to 4`);
            var result70 = [];
            for (let i = 0; i < len70; i++) {
              const base = base70 + i * 52;
              var ptr61 = dataView(memory0).getUint32(base + 0, true);
              var len61 = dataView(memory0).getUint32(base + 4, true);
              var result61 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr61, len61));
              var ptr62 = dataView(memory0).getUint32(base + 8, true);
              var len62 = dataView(memory0).getUint32(base + 12, true);
              var result62 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr62, len62));
              var ptr63 = dataView(memory0).getUint32(base + 16, true);
              var len63 = dataView(memory0).getUint32(base + 20, true);
              var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
              let variant67;
              switch (dataView(memory0).getUint8(base + 24, true)) {
                case 0: {
                  var ptr64 = dataView(memory0).getUint32(base + 28, true);
                  var len64 = dataView(memory0).getUint32(base + 32, true);
                  var result64 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr64, len64));
                  variant67= {
                    tag: 'user',
                    val: result64
                  };
                  break;
                }
                case 1: {
                  let enum65;
                  switch (dataView(memory0).getUint8(base + 28, true)) {
                    case 0: {
                      enum65 = 'enterprise';
                      break;
                    }
                    case 1: {
                      enum65 = 'district-office';
                      break;
                    }
                    case 2: {
                      enum65 = 'city-officer';
                      break;
                    }
                    case 3: {
                      enum65 = 'city-leader';
                      break;
                    }
                    case 4: {
                      enum65 = 'expert';
                      break;
                    }
                    case 5: {
                      enum65 = 'public';
                      break;
                    }
                    case 6: {
                      enum65 = 'administrator';
                      break;
                    }
                  }
                  var ptr66 = dataView(memory0).getUint32(base + 32, true);
                  var len66 = dataView(memory0).getUint32(base + 36, true);
                  var result66 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr66, len66));
                  variant67= {
                    tag: 'group',
                    val: {
                      role: enum65,
                      orgUnit: result66,
                    }
                  };
                  break;
                }
              }
              let variant69;
              if (dataView(memory0).getUint8(base + 40, true)) {
                var ptr68 = dataView(memory0).getUint32(base + 44, true);
                var len68 = dataView(memory0).getUint32(base + 48, true);
                var result68 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr68, len68));
                variant69 = result68;
              } else {
                variant69 = undefined;
              }
              result70.push({
                caseId: result61,
                key: result62,
                title: result63,
                assignee: variant67,
                due: variant69,
              });
            }
            var len73 = dataView(memory0).getUint32(ret + 24, true);
            var base73 = dataView(memory0).getUint32(ret + 20, true);
            if (base73 % 4 !== 0) throw new TypeError(`list pointer [${base73}] is not aligned to 4`);
            var result73 = [];
            for (let i = 0; i < len73; i++) {
              const base = base73 + i * 16;
              var ptr71 = dataView(memory0).getUint32(base + 0, true);
              var len71 = dataView(memory0).getUint32(base + 4, true);
              var result71 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr71, len71));
              var ptr72 = dataView(memory0).getUint32(base + 8, true);
              var len72 = dataView(memory0).getUint32(base + 12, true);
              var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
              result73.push({
                caseId: result71,
                key: result72,
              });
            }
            var len89 = dataView(memory0).getUint32(ret + 32, true);
            var base89 = dataView(memory0).getUint32(ret + 28, true);
            if (base89 % 4 !== 0) throw new TypeError(`list pointer [${base89}] is not aligned to 4`);
            var result89 = [];
            for (let i = 0; i < len89; i++) {
              const base = base89 + i * 56;
              var ptr74 = dataView(memory0).getUint32(base + 0, true);
              var len74 = dataView(memory0).getUint32(base + 4, true);
              var result74 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr74, len74));
              let enum75;
              switch (dataView(memory0).getUint8(base + 8, true)) {
                case 0: {
                  enum75 = 'open-batch';
                  break;
                }
                case 1: {
                  enum75 = 'close-applications';
                  break;
                }
                case 2: {
                  enum75 = 'import-provincial';
                  break;
                }
                case 3: {
                  enum75 = 'register-materials';
                  break;
                }
                case 4: {
                  enum75 = 'draw-panel';
                  break;
                }
                case 5: {
                  enum75 = 'propose-list';
                  break;
                }
                case 6: {
                  enum75 = 'withdraw-list';
                  break;
                }
                case 7: {
                  enum75 = 'approve-list';
                  break;
                }
                case 8: {
                  enum75 = 'return-list';
                  break;
                }
                case 9: {
                  enum75 = 'close-publicity';
                  break;
                }
                case 10: {
                  enum75 = 'publish';
                  break;
                }
                case 11: {
                  enum75 = 'recommend-provincial';
                  break;
                }
                case 12: {
                  enum75 = 'start-application';
                  break;
                }
                case 13: {
                  enum75 = 'edit-form';
                  break;
                }
                case 14: {
                  enum75 = 'edit-materials';
                  break;
                }
                case 15: {
                  enum75 = 'submit';
                  break;
                }
                case 16: {
                  enum75 = 'withdraw';
                  break;
                }
                case 17: {
                  enum75 = 'recommend';
                  break;
                }
                case 18: {
                  enum75 = 'return-for-revision';
                  break;
                }
                case 19: {
                  enum75 = 'decline';
                  break;
                }
                case 20: {
                  enum75 = 'delegate';
                  break;
                }
                case 21: {
                  enum75 = 'formal-check';
                  break;
                }
                case 22: {
                  enum75 = 'remind';
                  break;
                }
                case 23: {
                  enum75 = 'declare-conflict';
                  break;
                }
                case 24: {
                  enum75 = 'score';
                  break;
                }
                case 25: {
                  enum75 = 'require-inspection';
                  break;
                }
                case 26: {
                  enum75 = 'record-defence';
                  break;
                }
                case 27: {
                  enum75 = 'record-site-visit';
                  break;
                }
                case 28: {
                  enum75 = 'object';
                  break;
                }
                case 29: {
                  enum75 = 'decide-objection';
                  break;
                }
                case 30: {
                  enum75 = 'propose-revocation';
                  break;
                }
                case 31: {
                  enum75 = 'approve-revocation';
                  break;
                }
                case 32: {
                  enum75 = 'reject-revocation';
                  break;
                }
              }
              var ptr76 = dataView(memory0).getUint32(base + 12, true);
              var len76 = dataView(memory0).getUint32(base + 16, true);
              var result76 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr76, len76));
              let variant80;
              if (dataView(memory0).getUint8(base + 20, true)) {
                let variant79;
                switch (dataView(memory0).getUint8(base + 21, true)) {
                  case 0: {
                    let enum77;
                    switch (dataView(memory0).getUint8(base + 22, true)) {
                      case 0: {
                        enum77 = 'open';
                        break;
                      }
                      case 1: {
                        enum77 = 'review';
                        break;
                      }
                      case 2: {
                        enum77 = 'proposed';
                        break;
                      }
                      case 3: {
                        enum77 = 'publicity';
                        break;
                      }
                      case 4: {
                        enum77 = 'publicity-closed';
                        break;
                      }
                      case 5: {
                        enum77 = 'published';
                        break;
                      }
                    }
                    variant79= {
                      tag: 'batch',
                      val: enum77
                    };
                    break;
                  }
                  case 1: {
                    let enum78;
                    switch (dataView(memory0).getUint8(base + 22, true)) {
                      case 0: {
                        enum78 = 'draft';
                        break;
                      }
                      case 1: {
                        enum78 = 'district-review';
                        break;
                      }
                      case 2: {
                        enum78 = 'returned';
                        break;
                      }
                      case 3: {
                        enum78 = 'declined';
                        break;
                      }
                      case 4: {
                        enum78 = 'formal-check';
                        break;
                      }
                      case 5: {
                        enum78 = 'accepted';
                        break;
                      }
                      case 6: {
                        enum78 = 'expert-review';
                        break;
                      }
                      case 7: {
                        enum78 = 'scored';
                        break;
                      }
                      case 8: {
                        enum78 = 'defence';
                        break;
                      }
                      case 9: {
                        enum78 = 'proposed';
                        break;
                      }
                      case 10: {
                        enum78 = 'not-selected';
                        break;
                      }
                      case 11: {
                        enum78 = 'removed';
                        break;
                      }
                      case 12: {
                        enum78 = 'recognized';
                        break;
                      }
                      case 13: {
                        enum78 = 'revocation-pending';
                        break;
                      }
                      case 14: {
                        enum78 = 'revoked';
                        break;
                      }
                    }
                    variant79= {
                      tag: 'application',
                      val: enum78
                    };
                    break;
                  }
                }
                variant80 = variant79;
              } else {
                variant80 = undefined;
              }
              let variant83;
              switch (dataView(memory0).getUint8(base + 23, true)) {
                case 0: {
                  let enum81;
                  switch (dataView(memory0).getUint8(base + 24, true)) {
                    case 0: {
                      enum81 = 'open';
                      break;
                    }
                    case 1: {
                      enum81 = 'review';
                      break;
                    }
                    case 2: {
                      enum81 = 'proposed';
                      break;
                    }
                    case 3: {
                      enum81 = 'publicity';
                      break;
                    }
                    case 4: {
                      enum81 = 'publicity-closed';
                      break;
                    }
                    case 5: {
                      enum81 = 'published';
                      break;
                    }
                  }
                  variant83= {
                    tag: 'batch',
                    val: enum81
                  };
                  break;
                }
                case 1: {
                  let enum82;
                  switch (dataView(memory0).getUint8(base + 24, true)) {
                    case 0: {
                      enum82 = 'draft';
                      break;
                    }
                    case 1: {
                      enum82 = 'district-review';
                      break;
                    }
                    case 2: {
                      enum82 = 'returned';
                      break;
                    }
                    case 3: {
                      enum82 = 'declined';
                      break;
                    }
                    case 4: {
                      enum82 = 'formal-check';
                      break;
                    }
                    case 5: {
                      enum82 = 'accepted';
                      break;
                    }
                    case 6: {
                      enum82 = 'expert-review';
                      break;
                    }
                    case 7: {
                      enum82 = 'scored';
                      break;
                    }
                    case 8: {
                      enum82 = 'defence';
                      break;
                    }
                    case 9: {
                      enum82 = 'proposed';
                      break;
                    }
                    case 10: {
                      enum82 = 'not-selected';
                      break;
                    }
                    case 11: {
                      enum82 = 'removed';
                      break;
                    }
                    case 12: {
                      enum82 = 'recognized';
                      break;
                    }
                    case 13: {
                      enum82 = 'revocation-pending';
                      break;
                    }
                    case 14: {
                      enum82 = 'revoked';
                      break;
                    }
                  }
                  variant83= {
                    tag: 'application',
                    val: enum82
                  };
                  break;
                }
              }
              let variant85;
              if (dataView(memory0).getUint8(base + 28, true)) {
                var ptr84 = dataView(memory0).getUint32(base + 32, true);
                var len84 = dataView(memory0).getUint32(base + 36, true);
                var result84 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr84, len84));
                variant85 = result84;
              } else {
                variant85 = undefined;
              }
              let variant87;
              if (dataView(memory0).getUint8(base + 40, true)) {
                var ptr86 = dataView(memory0).getUint32(base + 44, true);
                var len86 = dataView(memory0).getUint32(base + 48, true);
                var result86 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr86, len86));
                variant87 = result86;
              } else {
                variant87 = undefined;
              }
              let enum88;
              switch (dataView(memory0).getUint8(base + 52, true)) {
                case 0: {
                  enum88 = 'caller';
                  break;
                }
                case 1: {
                  enum88 = 'system';
                  break;
                }
              }
              result89.push({
                caseId: result74,
                action: enum75,
                label: result76,
                fromStage: variant80,
                toStage: variant83,
                opinion: variant85,
                detail: variant87,
                by: enum88,
              });
            }
            var len96 = dataView(memory0).getUint32(ret + 40, true);
            var base96 = dataView(memory0).getUint32(ret + 36, true);
            if (base96 % 4 !== 0) throw new TypeError(`list pointer [${base96}] is not aligned to 4`);
            var result96 = [];
            for (let i = 0; i < len96; i++) {
              const base = base96 + i * 40;
              var ptr90 = dataView(memory0).getUint32(base + 0, true);
              var len90 = dataView(memory0).getUint32(base + 4, true);
              var result90 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr90, len90));
              let enum91;
              switch (dataView(memory0).getUint8(base + 8, true)) {
                case 0: {
                  enum91 = 'call';
                  break;
                }
                case 1: {
                  enum91 = 'publicity';
                  break;
                }
                case 2: {
                  enum91 = 'objection-result';
                  break;
                }
                case 3: {
                  enum91 = 'recognition';
                  break;
                }
                case 4: {
                  enum91 = 'catalogue';
                  break;
                }
                case 5: {
                  enum91 = 'provincial-recommendation';
                  break;
                }
                case 6: {
                  enum91 = 'revocation';
                  break;
                }
              }
              var ptr92 = dataView(memory0).getUint32(base + 12, true);
              var len92 = dataView(memory0).getUint32(base + 16, true);
              var result92 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr92, len92));
              var ptr93 = dataView(memory0).getUint32(base + 20, true);
              var len93 = dataView(memory0).getUint32(base + 24, true);
              var result93 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr93, len93));
              let variant95;
              if (dataView(memory0).getUint8(base + 28, true)) {
                var ptr94 = dataView(memory0).getUint32(base + 32, true);
                var len94 = dataView(memory0).getUint32(base + 36, true);
                var result94 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr94, len94));
                variant95 = result94;
              } else {
                variant95 = undefined;
              }
              result96.push({
                id: result90,
                kind: enum91,
                year: clampGuest(dataView(memory0).getUint16(base + 10, true), 0, 65535),
                title: result92,
                body: result93,
                caseId: variant95,
              });
            }
            var len98 = dataView(memory0).getUint32(ret + 48, true);
            var base98 = dataView(memory0).getUint32(ret + 44, true);
            if (base98 % 4 !== 0) throw new TypeError(`list pointer [${base98}] is not aligned to 4`);
            var result98 = [];
            for (let i = 0; i < len98; i++) {
              const base = base98 + i * 8;
              var ptr97 = dataView(memory0).getUint32(base + 0, true);
              var len97 = dataView(memory0).getUint32(base + 4, true);
              var result97 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr97, len97));
              result98.push(result97);
            }
            var len102 = dataView(memory0).getUint32(ret + 56, true);
            var base102 = dataView(memory0).getUint32(ret + 52, true);
            if (base102 % 4 !== 0) throw new TypeError(`list pointer [${base102}] is not aligned to 4`);
            var result102 = [];
            for (let i = 0; i < len102; i++) {
              const base = base102 + i * 24;
              var ptr99 = dataView(memory0).getUint32(base + 0, true);
              var len99 = dataView(memory0).getUint32(base + 4, true);
              var result99 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr99, len99));
              var ptr100 = dataView(memory0).getUint32(base + 8, true);
              var len100 = dataView(memory0).getUint32(base + 12, true);
              var result100 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr100, len100));
              var ptr101 = dataView(memory0).getUint32(base + 16, true);
              var len101 = dataView(memory0).getUint32(base + 20, true);
              var result101 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr101, len101));
              result102.push({
                caseId: result99,
                key: result100,
                at: result101,
              });
            }
            var len105 = dataView(memory0).getUint32(ret + 64, true);
            var base105 = dataView(memory0).getUint32(ret + 60, true);
            if (base105 % 4 !== 0) throw new TypeError(`list pointer [${base105}] is not aligned to 4`);
            var result105 = [];
            for (let i = 0; i < len105; i++) {
              const base = base105 + i * 16;
              var ptr103 = dataView(memory0).getUint32(base + 0, true);
              var len103 = dataView(memory0).getUint32(base + 4, true);
              var result103 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr103, len103));
              var ptr104 = dataView(memory0).getUint32(base + 8, true);
              var len104 = dataView(memory0).getUint32(base + 12, true);
              var result104 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr104, len104));
              result105.push({
                attachmentId: result103,
                caseId: result104,
              });
            }
            variant113= {
              tag: 'ok',
              val: {
                writes: result60,
                openTasks: result70,
                closeTasks: result73,
                history: result89,
                publicRecords: result96,
                withdrawRecords: result98,
                timers: result102,
                attachments: result105,
              }
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="act"][Instruction::Return]', {
            funcName: 'act',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant113;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn8(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020View;
  
  function view(arg0, arg1) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020View',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          var {userId: v0_0, name: v0_1, role: v0_2, orgUnit: v0_3, orgName: v0_4 } = arg0;
          
          var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
          var ptr1= encodeRes.ptr;
          var len1 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
          var ptr2= encodeRes.ptr;
          var len2 = encodeRes.len;
          
          var val3 = v0_2;
          let enum3;
          switch (val3) {
            case 'enterprise': {
              enum3 = 0;
              break;
            }
            case 'district-office': {
              enum3 = 1;
              break;
            }
            case 'city-officer': {
              enum3 = 2;
              break;
            }
            case 'city-leader': {
              enum3 = 3;
              break;
            }
            case 'expert': {
              enum3 = 4;
              break;
            }
            case 'public': {
              enum3 = 5;
              break;
            }
            case 'administrator': {
              enum3 = 6;
              break;
            }
            default: {
              
              throw new TypeError(`"${val3}" is not one of the cases of role`);
            }
          }
          
          var encodeRes = _utf8AllocateAndEncode(v0_3, realloc0, memory0);
          var ptr4= encodeRes.ptr;
          var len4 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
          var ptr5= encodeRes.ptr;
          var len5 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
          var ptr6= encodeRes.ptr;
          var len6 = encodeRes.len;
          
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="view"][Instruction::CallWasm] enter', {
            funcName: 'view',
            paramCount: 11,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020View(ptr1, len1, ptr2, len2, enum3, ptr4, len4, ptr5, len5, ptr6, len6),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant125;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum118;
            switch (dataView(memory0).getUint8(ret + 8, true)) {
              case 0: {
                enum118 = 'forbidden';
                break;
              }
              case 1: {
                enum118 = 'not-found';
                break;
              }
              case 2: {
                enum118 = 'conflict';
                break;
              }
              case 3: {
                enum118 = 'invalid';
                break;
              }
              case 4: {
                enum118 = 'wrong-stage';
                break;
              }
              case 5: {
                enum118 = 'deadline';
                break;
              }
              case 6: {
                enum118 = 'host-fault';
                break;
              }
            }
            var ptr119 = dataView(memory0).getUint32(ret + 12, true);
            var len119 = dataView(memory0).getUint32(ret + 16, true);
            var result119 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr119, len119));
            var ptr120 = dataView(memory0).getUint32(ret + 20, true);
            var len120 = dataView(memory0).getUint32(ret + 24, true);
            var result120 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr120, len120));
            var len124 = dataView(memory0).getUint32(ret + 32, true);
            var base124 = dataView(memory0).getUint32(ret + 28, true);
            if (base124 % 4 !== 0) throw new TypeError(`list pointer [${base124}] is not aligned to 4`);
            var result124 = [];
            for (let i = 0; i < len124; i++) {
              const base = base124 + i * 24;
              var ptr121 = dataView(memory0).getUint32(base + 0, true);
              var len121 = dataView(memory0).getUint32(base + 4, true);
              var result121 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr121, len121));
              var ptr122 = dataView(memory0).getUint32(base + 8, true);
              var len122 = dataView(memory0).getUint32(base + 12, true);
              var result122 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr122, len122));
              var ptr123 = dataView(memory0).getUint32(base + 16, true);
              var len123 = dataView(memory0).getUint32(base + 20, true);
              var result123 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr123, len123));
              result124.push({
                field: result121,
                code: result122,
                message: result123,
              });
            }
            variant125= {
              tag: 'err',
              val: {
                kind: enum118,
                code: result119,
                message: result120,
                fields: result124,
              }
            };
          } else {
            var ptr7 = dataView(memory0).getUint32(ret + 8, true);
            var len7 = dataView(memory0).getUint32(ret + 12, true);
            var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
            let variant10;
            switch (dataView(memory0).getUint8(ret + 18, true)) {
              case 0: {
                let enum8;
                switch (dataView(memory0).getUint8(ret + 19, true)) {
                  case 0: {
                    enum8 = 'open';
                    break;
                  }
                  case 1: {
                    enum8 = 'review';
                    break;
                  }
                  case 2: {
                    enum8 = 'proposed';
                    break;
                  }
                  case 3: {
                    enum8 = 'publicity';
                    break;
                  }
                  case 4: {
                    enum8 = 'publicity-closed';
                    break;
                  }
                  case 5: {
                    enum8 = 'published';
                    break;
                  }
                }
                variant10= {
                  tag: 'batch',
                  val: enum8
                };
                break;
              }
              case 1: {
                let enum9;
                switch (dataView(memory0).getUint8(ret + 19, true)) {
                  case 0: {
                    enum9 = 'draft';
                    break;
                  }
                  case 1: {
                    enum9 = 'district-review';
                    break;
                  }
                  case 2: {
                    enum9 = 'returned';
                    break;
                  }
                  case 3: {
                    enum9 = 'declined';
                    break;
                  }
                  case 4: {
                    enum9 = 'formal-check';
                    break;
                  }
                  case 5: {
                    enum9 = 'accepted';
                    break;
                  }
                  case 6: {
                    enum9 = 'expert-review';
                    break;
                  }
                  case 7: {
                    enum9 = 'scored';
                    break;
                  }
                  case 8: {
                    enum9 = 'defence';
                    break;
                  }
                  case 9: {
                    enum9 = 'proposed';
                    break;
                  }
                  case 10: {
                    enum9 = 'not-selected';
                    break;
                  }
                  case 11: {
                    enum9 = 'removed';
                    break;
                  }
                  case 12: {
                    enum9 = 'recognized';
                    break;
                  }
                  case 13: {
                    enum9 = 'revocation-pending';
                    break;
                  }
                  case 14: {
                    enum9 = 'revoked';
                    break;
                  }
                }
                variant10= {
                  tag: 'application',
                  val: enum9
                };
                break;
              }
            }
            let variant12;
            if (dataView(memory0).getUint8(ret + 20, true)) {
              var ptr11 = dataView(memory0).getUint32(ret + 24, true);
              var len11 = dataView(memory0).getUint32(ret + 28, true);
              var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
              variant12 = result11;
            } else {
              variant12 = undefined;
            }
            let variant14;
            if (dataView(memory0).getUint8(ret + 32, true)) {
              var ptr13 = dataView(memory0).getUint32(ret + 36, true);
              var len13 = dataView(memory0).getUint32(ret + 40, true);
              var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
              variant14 = result13;
            } else {
              variant14 = undefined;
            }
            var ptr15 = dataView(memory0).getUint32(ret + 44, true);
            var len15 = dataView(memory0).getUint32(ret + 48, true);
            var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
            let variant16;
            if (dataView(memory0).getUint8(ret + 56, true)) {
              variant16 = dataView(memory0).getFloat64(ret + 64, true);
            } else {
              variant16 = undefined;
            }
            var len21 = dataView(memory0).getUint32(ret + 84, true);
            var base21 = dataView(memory0).getUint32(ret + 80, true);
            if (base21 % 4 !== 0) throw new TypeError(`list pointer [${base21}] is not aligned to 4`);
            var result21 = [];
            for (let i = 0; i < len21; i++) {
              const base = base21 + i * 16;
              var ptr17 = dataView(memory0).getUint32(base + 0, true);
              var len17 = dataView(memory0).getUint32(base + 4, true);
              var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
              var len20 = dataView(memory0).getUint32(base + 12, true);
              var base20 = dataView(memory0).getUint32(base + 8, true);
              if (base20 % 4 !== 0) throw new TypeError(`list pointer [${base20}] is not aligned to 4`);
              var result20 = [];
              for (let i = 0; i < len20; i++) {
                const base = base20 + i * 16;
                var ptr18 = dataView(memory0).getUint32(base + 0, true);
                var len18 = dataView(memory0).getUint32(base + 4, true);
                var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                var ptr19 = dataView(memory0).getUint32(base + 8, true);
                var len19 = dataView(memory0).getUint32(base + 12, true);
                var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                result20.push({
                  label: result18,
                  value: result19,
                });
              }
              result21.push({
                title: result17,
                items: result20,
              });
            }
            var len99 = dataView(memory0).getUint32(ret + 92, true);
            var base99 = dataView(memory0).getUint32(ret + 88, true);
            if (base99 % 4 !== 0) throw new TypeError(`list pointer [${base99}] is not aligned to 4`);
            var result99 = [];
            for (let i = 0; i < len99; i++) {
              const base = base99 + i * 48;
              var ptr22 = dataView(memory0).getUint32(base + 0, true);
              var len22 = dataView(memory0).getUint32(base + 4, true);
              var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
              var ptr23 = dataView(memory0).getUint32(base + 12, true);
              var len23 = dataView(memory0).getUint32(base + 16, true);
              var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
              let variant25;
              if (dataView(memory0).getUint8(base + 20, true)) {
                var ptr24 = dataView(memory0).getUint32(base + 24, true);
                var len24 = dataView(memory0).getUint32(base + 28, true);
                var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                variant25 = result24;
              } else {
                variant25 = undefined;
              }
              var len68 = dataView(memory0).getUint32(base + 36, true);
              var base68 = dataView(memory0).getUint32(base + 32, true);
              if (base68 % 4 !== 0) throw new TypeError(`list pointer [${base68}] is not aligned to 4`);
              var result68 = [];
              for (let i = 0; i < len68; i++) {
                const base = base68 + i * 36;
                var ptr26 = dataView(memory0).getUint32(base + 0, true);
                var len26 = dataView(memory0).getUint32(base + 4, true);
                var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                var ptr27 = dataView(memory0).getUint32(base + 8, true);
                var len27 = dataView(memory0).getUint32(base + 12, true);
                var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
                let variant29;
                if (dataView(memory0).getUint8(base + 16, true)) {
                  var ptr28 = dataView(memory0).getUint32(base + 20, true);
                  var len28 = dataView(memory0).getUint32(base + 24, true);
                  var result28 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr28, len28));
                  variant29 = result28;
                } else {
                  variant29 = undefined;
                }
                var len67 = dataView(memory0).getUint32(base + 32, true);
                var base67 = dataView(memory0).getUint32(base + 28, true);
                if (base67 % 8 !== 0) throw new TypeError(`list pointer [${base67}] is not aligned to 8`);
                var result67 = [];
                for (let i = 0; i < len67; i++) {
                  const base = base67 + i * 176;
                  var ptr30 = dataView(memory0).getUint32(base + 0, true);
                  var len30 = dataView(memory0).getUint32(base + 4, true);
                  var result30 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr30, len30));
                  var ptr31 = dataView(memory0).getUint32(base + 8, true);
                  var len31 = dataView(memory0).getUint32(base + 12, true);
                  var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
                  let variant33;
                  if (dataView(memory0).getUint8(base + 16, true)) {
                    var ptr32 = dataView(memory0).getUint32(base + 20, true);
                    var len32 = dataView(memory0).getUint32(base + 24, true);
                    var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
                    variant33 = result32;
                  } else {
                    variant33 = undefined;
                  }
                  let enum34;
                  switch (dataView(memory0).getUint8(base + 28, true)) {
                    case 0: {
                      enum34 = 'text';
                      break;
                    }
                    case 1: {
                      enum34 = 'multiline';
                      break;
                    }
                    case 2: {
                      enum34 = 'number';
                      break;
                    }
                    case 3: {
                      enum34 = 'date';
                      break;
                    }
                    case 4: {
                      enum34 = 'select';
                      break;
                    }
                    case 5: {
                      enum34 = 'multi-select';
                      break;
                    }
                    case 6: {
                      enum34 = 'checkbox';
                      break;
                    }
                    case 7: {
                      enum34 = 'table';
                      break;
                    }
                    case 8: {
                      enum34 = 'attachments';
                      break;
                    }
                    case 9: {
                      enum34 = 'seal';
                      break;
                    }
                    case 10: {
                      enum34 = 'statement';
                      break;
                    }
                  }
                  var bool35 = dataView(memory0).getUint8(base + 29, true);
                  var bool36 = dataView(memory0).getUint8(base + 30, true);
                  let variant38;
                  if (dataView(memory0).getUint8(base + 32, true)) {
                    var ptr37 = dataView(memory0).getUint32(base + 36, true);
                    var len37 = dataView(memory0).getUint32(base + 40, true);
                    var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                    variant38 = result37;
                  } else {
                    variant38 = undefined;
                  }
                  let variant39;
                  if (dataView(memory0).getUint8(base + 44, true)) {
                    variant39 = dataView(memory0).getInt32(base + 48, true) >>> 0;
                  } else {
                    variant39 = undefined;
                  }
                  let variant40;
                  if (dataView(memory0).getUint8(base + 56, true)) {
                    variant40 = dataView(memory0).getFloat64(base + 64, true);
                  } else {
                    variant40 = undefined;
                  }
                  let variant41;
                  if (dataView(memory0).getUint8(base + 72, true)) {
                    variant41 = dataView(memory0).getFloat64(base + 80, true);
                  } else {
                    variant41 = undefined;
                  }
                  let variant43;
                  if (dataView(memory0).getUint8(base + 88, true)) {
                    let enum42;
                    switch (dataView(memory0).getUint8(base + 89, true)) {
                      case 0: {
                        enum42 = 'credit-code';
                        break;
                      }
                      case 1: {
                        enum42 = 'phone';
                        break;
                      }
                      case 2: {
                        enum42 = 'fax';
                        break;
                      }
                      case 3: {
                        enum42 = 'mobile';
                        break;
                      }
                      case 4: {
                        enum42 = 'phone-or-mobile';
                        break;
                      }
                      case 5: {
                        enum42 = 'email';
                        break;
                      }
                      case 6: {
                        enum42 = 'postcode';
                        break;
                      }
                      case 7: {
                        enum42 = 'id-number';
                        break;
                      }
                      case 8: {
                        enum42 = 'benchmark-title';
                        break;
                      }
                      case 9: {
                        enum42 = 'integer';
                        break;
                      }
                      case 10: {
                        enum42 = 'one-decimal';
                        break;
                      }
                    }
                    variant43 = enum42;
                  } else {
                    variant43 = undefined;
                  }
                  let variant45;
                  if (dataView(memory0).getUint8(base + 90, true)) {
                    let enum44;
                    switch (dataView(memory0).getUint8(base + 91, true)) {
                      case 0: {
                        enum44 = 'org-seal';
                        break;
                      }
                      case 1: {
                        enum44 = 'legal-representative';
                        break;
                      }
                      case 2: {
                        enum44 = 'personal';
                        break;
                      }
                    }
                    variant45 = enum44;
                  } else {
                    variant45 = undefined;
                  }
                  let variant48;
                  if (dataView(memory0).getUint8(base + 96, true)) {
                    var len47 = dataView(memory0).getUint32(base + 120, true);
                    var base47 = dataView(memory0).getUint32(base + 116, true);
                    if (base47 % 4 !== 0) throw new TypeError(`list pointer [${base47}] is not aligned to 4`);
                    var result47 = [];
                    for (let i = 0; i < len47; i++) {
                      const base = base47 + i * 8;
                      var ptr46 = dataView(memory0).getUint32(base + 0, true);
                      var len46 = dataView(memory0).getUint32(base + 4, true);
                      var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
                      result47.push(result46);
                    }
                    variant48 = {
                      maxBytes: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 104, true))),
                      maxFiles: dataView(memory0).getInt32(base + 112, true) >>> 0,
                      mediaTypes: result47,
                    };
                  } else {
                    variant48 = undefined;
                  }
                  var len51 = dataView(memory0).getUint32(base + 132, true);
                  var base51 = dataView(memory0).getUint32(base + 128, true);
                  if (base51 % 4 !== 0) throw new TypeError(`list pointer [${base51}] is not aligned to 4`);
                  var result51 = [];
                  for (let i = 0; i < len51; i++) {
                    const base = base51 + i * 16;
                    var ptr49 = dataView(memory0).getUint32(base + 0, true);
                    var len49 = dataView(memory0).getUint32(base + 4, true);
                    var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
                    var ptr50 = dataView(memory0).getUint32(base + 8, true);
                    var len50 = dataView(memory0).getUint32(base + 12, true);
                    var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
                    result51.push({
                      value: result49,
                      label: result50,
                    });
                  }
                  var len60 = dataView(memory0).getUint32(base + 140, true);
                  var base60 = dataView(memory0).getUint32(base + 136, true);
                  if (base60 % 8 !== 0) throw new TypeError(`list pointer [${base60}] is not aligned to 8`);
                  var result60 = [];
                  for (let i = 0; i < len60; i++) {
                    const base = base60 + i * 56;
                    var ptr52 = dataView(memory0).getUint32(base + 0, true);
                    var len52 = dataView(memory0).getUint32(base + 4, true);
                    var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
                    var ptr53 = dataView(memory0).getUint32(base + 8, true);
                    var len53 = dataView(memory0).getUint32(base + 12, true);
                    var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
                    let variant55;
                    if (dataView(memory0).getUint8(base + 16, true)) {
                      var ptr54 = dataView(memory0).getUint32(base + 20, true);
                      var len54 = dataView(memory0).getUint32(base + 24, true);
                      var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
                      variant55 = result54;
                    } else {
                      variant55 = undefined;
                    }
                    let enum56;
                    switch (dataView(memory0).getUint8(base + 28, true)) {
                      case 0: {
                        enum56 = 'text';
                        break;
                      }
                      case 1: {
                        enum56 = 'multiline';
                        break;
                      }
                      case 2: {
                        enum56 = 'number';
                        break;
                      }
                      case 3: {
                        enum56 = 'date';
                        break;
                      }
                      case 4: {
                        enum56 = 'select';
                        break;
                      }
                      case 5: {
                        enum56 = 'multi-select';
                        break;
                      }
                      case 6: {
                        enum56 = 'checkbox';
                        break;
                      }
                      case 7: {
                        enum56 = 'table';
                        break;
                      }
                      case 8: {
                        enum56 = 'attachments';
                        break;
                      }
                      case 9: {
                        enum56 = 'seal';
                        break;
                      }
                      case 10: {
                        enum56 = 'statement';
                        break;
                      }
                    }
                    let variant57;
                    if (dataView(memory0).getUint8(base + 32, true)) {
                      variant57 = dataView(memory0).getFloat64(base + 40, true);
                    } else {
                      variant57 = undefined;
                    }
                    let variant59;
                    if (dataView(memory0).getUint8(base + 48, true)) {
                      let enum58;
                      switch (dataView(memory0).getUint8(base + 49, true)) {
                        case 0: {
                          enum58 = 'credit-code';
                          break;
                        }
                        case 1: {
                          enum58 = 'phone';
                          break;
                        }
                        case 2: {
                          enum58 = 'fax';
                          break;
                        }
                        case 3: {
                          enum58 = 'mobile';
                          break;
                        }
                        case 4: {
                          enum58 = 'phone-or-mobile';
                          break;
                        }
                        case 5: {
                          enum58 = 'email';
                          break;
                        }
                        case 6: {
                          enum58 = 'postcode';
                          break;
                        }
                        case 7: {
                          enum58 = 'id-number';
                          break;
                        }
                        case 8: {
                          enum58 = 'benchmark-title';
                          break;
                        }
                        case 9: {
                          enum58 = 'integer';
                          break;
                        }
                        case 10: {
                          enum58 = 'one-decimal';
                          break;
                        }
                      }
                      variant59 = enum58;
                    } else {
                      variant59 = undefined;
                    }
                    result60.push({
                      id: result52,
                      label: result53,
                      unit: variant55,
                      kind: enum56,
                      min: variant57,
                      format: variant59,
                    });
                  }
                  var len62 = dataView(memory0).getUint32(base + 148, true);
                  var base62 = dataView(memory0).getUint32(base + 144, true);
                  if (base62 % 4 !== 0) throw new TypeError(`list pointer [${base62}] is not aligned to 4`);
                  var result62 = [];
                  for (let i = 0; i < len62; i++) {
                    const base = base62 + i * 8;
                    var ptr61 = dataView(memory0).getUint32(base + 0, true);
                    var len61 = dataView(memory0).getUint32(base + 4, true);
                    var result61 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr61, len61));
                    result62.push(result61);
                  }
                  let variant66;
                  if (dataView(memory0).getUint8(base + 152, true)) {
                    var ptr63 = dataView(memory0).getUint32(base + 156, true);
                    var len63 = dataView(memory0).getUint32(base + 160, true);
                    var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
                    var len65 = dataView(memory0).getUint32(base + 168, true);
                    var base65 = dataView(memory0).getUint32(base + 164, true);
                    if (base65 % 4 !== 0) throw new TypeError(`list pointer [${base65}] is not aligned to 4`);
                    var result65 = [];
                    for (let i = 0; i < len65; i++) {
                      const base = base65 + i * 8;
                      var ptr64 = dataView(memory0).getUint32(base + 0, true);
                      var len64 = dataView(memory0).getUint32(base + 4, true);
                      var result64 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr64, len64));
                      result65.push(result64);
                    }
                    variant66 = {
                      field: result63,
                      anyOf: result65,
                    };
                  } else {
                    variant66 = undefined;
                  }
                  result67.push({
                    id: result30,
                    label: result31,
                    help: variant33,
                    kind: enum34,
                    required: !!bool35,
                    readOnly: !!bool36,
                    unit: variant38,
                    maxChars: variant39,
                    min: variant40,
                    max: variant41,
                    format: variant43,
                    seal: variant45,
                    upload: variant48,
                    options: result51,
                    columns: result60,
                    rows: result62,
                    visibleWhen: variant66,
                  });
                }
                result68.push({
                  id: result26,
                  title: result27,
                  help: variant29,
                  fields: result67,
                });
              }
              var len98 = dataView(memory0).getUint32(base + 44, true);
              var base98 = dataView(memory0).getUint32(base + 40, true);
              if (base98 % 8 !== 0) throw new TypeError(`list pointer [${base98}] is not aligned to 8`);
              var result98 = [];
              for (let i = 0; i < len98; i++) {
                const base = base98 + i * 88;
                var ptr69 = dataView(memory0).getUint32(base + 0, true);
                var len69 = dataView(memory0).getUint32(base + 4, true);
                var result69 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr69, len69));
                let variant97;
                switch (dataView(memory0).getUint8(base + 8, true)) {
                  case 0: {
                    var ptr70 = dataView(memory0).getUint32(base + 16, true);
                    var len70 = dataView(memory0).getUint32(base + 20, true);
                    var result70 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr70, len70));
                    variant97= {
                      tag: 'text',
                      val: result70
                    };
                    break;
                  }
                  case 1: {
                    variant97= {
                      tag: 'number',
                      val: dataView(memory0).getFloat64(base + 16, true)
                    };
                    break;
                  }
                  case 2: {
                    var ptr71 = dataView(memory0).getUint32(base + 16, true);
                    var len71 = dataView(memory0).getUint32(base + 20, true);
                    var result71 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr71, len71));
                    variant97= {
                      tag: 'date',
                      val: result71
                    };
                    break;
                  }
                  case 3: {
                    var ptr72 = dataView(memory0).getUint32(base + 16, true);
                    var len72 = dataView(memory0).getUint32(base + 20, true);
                    var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
                    variant97= {
                      tag: 'choice',
                      val: result72
                    };
                    break;
                  }
                  case 4: {
                    var len74 = dataView(memory0).getUint32(base + 20, true);
                    var base74 = dataView(memory0).getUint32(base + 16, true);
                    if (base74 % 4 !== 0) throw new TypeError(`list pointer [${base74}] is not aligned to 4`);
                    var result74 = [];
                    for (let i = 0; i < len74; i++) {
                      const base = base74 + i * 8;
                      var ptr73 = dataView(memory0).getUint32(base + 0, true);
                      var len73 = dataView(memory0).getUint32(base + 4, true);
                      var result73 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr73, len73));
                      result74.push(result73);
                    }
                    variant97= {
                      tag: 'choices',
                      val: result74
                    };
                    break;
                  }
                  case 5: {
                    var bool75 = dataView(memory0).getUint8(base + 16, true);
                    variant97= {
                      tag: 'flag',
                      val: !!bool75
                    };
                    break;
                  }
                  case 6: {
                    var len81 = dataView(memory0).getUint32(base + 20, true);
                    var base81 = dataView(memory0).getUint32(base + 16, true);
                    if (base81 % 4 !== 0) throw new TypeError(`list pointer [${base81}] is not aligned to 4`);
                    var result81 = [];
                    for (let i = 0; i < len81; i++) {
                      const base = base81 + i * 16;
                      var ptr76 = dataView(memory0).getUint32(base + 0, true);
                      var len76 = dataView(memory0).getUint32(base + 4, true);
                      var result76 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr76, len76));
                      var len80 = dataView(memory0).getUint32(base + 12, true);
                      var base80 = dataView(memory0).getUint32(base + 8, true);
                      if (base80 % 8 !== 0) throw new TypeError(`list pointer [${base80}] is not aligned to 8`);
                      var result80 = [];
                      for (let i = 0; i < len80; i++) {
                        const base = base80 + i * 24;
                        var ptr77 = dataView(memory0).getUint32(base + 0, true);
                        var len77 = dataView(memory0).getUint32(base + 4, true);
                        var result77 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr77, len77));
                        let variant79;
                        switch (dataView(memory0).getUint8(base + 8, true)) {
                          case 0: {
                            var ptr78 = dataView(memory0).getUint32(base + 16, true);
                            var len78 = dataView(memory0).getUint32(base + 20, true);
                            var result78 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr78, len78));
                            variant79= {
                              tag: 'text',
                              val: result78
                            };
                            break;
                          }
                          case 1: {
                            variant79= {
                              tag: 'number',
                              val: dataView(memory0).getFloat64(base + 16, true)
                            };
                            break;
                          }
                        }
                        result80.push([result77, variant79]);
                      }
                      result81.push({
                        key: result76,
                        cells: result80,
                      });
                    }
                    variant97= {
                      tag: 'table',
                      val: result81
                    };
                    break;
                  }
                  case 7: {
                    var len86 = dataView(memory0).getUint32(base + 20, true);
                    var base86 = dataView(memory0).getUint32(base + 16, true);
                    if (base86 % 8 !== 0) throw new TypeError(`list pointer [${base86}] is not aligned to 8`);
                    var result86 = [];
                    for (let i = 0; i < len86; i++) {
                      const base = base86 + i * 40;
                      var ptr82 = dataView(memory0).getUint32(base + 0, true);
                      var len82 = dataView(memory0).getUint32(base + 4, true);
                      var result82 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr82, len82));
                      var ptr83 = dataView(memory0).getUint32(base + 8, true);
                      var len83 = dataView(memory0).getUint32(base + 12, true);
                      var result83 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr83, len83));
                      var ptr84 = dataView(memory0).getUint32(base + 16, true);
                      var len84 = dataView(memory0).getUint32(base + 20, true);
                      var result84 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr84, len84));
                      var ptr85 = dataView(memory0).getUint32(base + 32, true);
                      var len85 = dataView(memory0).getUint32(base + 36, true);
                      var result85 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr85, len85));
                      result86.push({
                        id: result82,
                        name: result83,
                        mediaType: result84,
                        size: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 24, true))),
                        sha256: result85,
                      });
                    }
                    variant97= {
                      tag: 'attachments',
                      val: result86
                    };
                    break;
                  }
                  case 8: {
                    var ptr87 = dataView(memory0).getUint32(base + 16, true);
                    var len87 = dataView(memory0).getUint32(base + 20, true);
                    var result87 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr87, len87));
                    let variant89;
                    if (dataView(memory0).getUint8(base + 24, true)) {
                      var ptr88 = dataView(memory0).getUint32(base + 28, true);
                      var len88 = dataView(memory0).getUint32(base + 32, true);
                      var result88 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr88, len88));
                      variant89 = result88;
                    } else {
                      variant89 = undefined;
                    }
                    let enum90;
                    switch (dataView(memory0).getUint8(base + 36, true)) {
                      case 0: {
                        enum90 = 'open-batch';
                        break;
                      }
                      case 1: {
                        enum90 = 'close-applications';
                        break;
                      }
                      case 2: {
                        enum90 = 'import-provincial';
                        break;
                      }
                      case 3: {
                        enum90 = 'register-materials';
                        break;
                      }
                      case 4: {
                        enum90 = 'draw-panel';
                        break;
                      }
                      case 5: {
                        enum90 = 'propose-list';
                        break;
                      }
                      case 6: {
                        enum90 = 'withdraw-list';
                        break;
                      }
                      case 7: {
                        enum90 = 'approve-list';
                        break;
                      }
                      case 8: {
                        enum90 = 'return-list';
                        break;
                      }
                      case 9: {
                        enum90 = 'close-publicity';
                        break;
                      }
                      case 10: {
                        enum90 = 'publish';
                        break;
                      }
                      case 11: {
                        enum90 = 'recommend-provincial';
                        break;
                      }
                      case 12: {
                        enum90 = 'start-application';
                        break;
                      }
                      case 13: {
                        enum90 = 'edit-form';
                        break;
                      }
                      case 14: {
                        enum90 = 'edit-materials';
                        break;
                      }
                      case 15: {
                        enum90 = 'submit';
                        break;
                      }
                      case 16: {
                        enum90 = 'withdraw';
                        break;
                      }
                      case 17: {
                        enum90 = 'recommend';
                        break;
                      }
                      case 18: {
                        enum90 = 'return-for-revision';
                        break;
                      }
                      case 19: {
                        enum90 = 'decline';
                        break;
                      }
                      case 20: {
                        enum90 = 'delegate';
                        break;
                      }
                      case 21: {
                        enum90 = 'formal-check';
                        break;
                      }
                      case 22: {
                        enum90 = 'remind';
                        break;
                      }
                      case 23: {
                        enum90 = 'declare-conflict';
                        break;
                      }
                      case 24: {
                        enum90 = 'score';
                        break;
                      }
                      case 25: {
                        enum90 = 'require-inspection';
                        break;
                      }
                      case 26: {
                        enum90 = 'record-defence';
                        break;
                      }
                      case 27: {
                        enum90 = 'record-site-visit';
                        break;
                      }
                      case 28: {
                        enum90 = 'object';
                        break;
                      }
                      case 29: {
                        enum90 = 'decide-objection';
                        break;
                      }
                      case 30: {
                        enum90 = 'propose-revocation';
                        break;
                      }
                      case 31: {
                        enum90 = 'approve-revocation';
                        break;
                      }
                      case 32: {
                        enum90 = 'reject-revocation';
                        break;
                      }
                    }
                    var ptr91 = dataView(memory0).getUint32(base + 40, true);
                    var len91 = dataView(memory0).getUint32(base + 44, true);
                    var result91 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr91, len91));
                    let enum92;
                    switch (dataView(memory0).getUint8(base + 48, true)) {
                      case 0: {
                        enum92 = 'org-seal';
                        break;
                      }
                      case 1: {
                        enum92 = 'legal-representative';
                        break;
                      }
                      case 2: {
                        enum92 = 'personal';
                        break;
                      }
                    }
                    var ptr93 = dataView(memory0).getUint32(base + 52, true);
                    var len93 = dataView(memory0).getUint32(base + 56, true);
                    var result93 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr93, len93));
                    var ptr94 = dataView(memory0).getUint32(base + 60, true);
                    var len94 = dataView(memory0).getUint32(base + 64, true);
                    var result94 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr94, len94));
                    var ptr95 = dataView(memory0).getUint32(base + 68, true);
                    var len95 = dataView(memory0).getUint32(base + 72, true);
                    var result95 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr95, len95));
                    var ptr96 = dataView(memory0).getUint32(base + 76, true);
                    var len96 = dataView(memory0).getUint32(base + 80, true);
                    var result96 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr96, len96));
                    variant97= {
                      tag: 'seal',
                      val: {
                        id: result87,
                        purpose: {
                          caseId: variant89,
                          action: enum90,
                          field: result91,
                        },
                        capacity: enum92,
                        holder: result93,
                        signer: result94,
                        signedAt: result95,
                        digest: result96,
                      }
                    };
                    break;
                  }
                }
                result98.push({
                  id: result69,
                  value: variant97,
                });
              }
              result99.push({
                definition: {
                  id: result22,
                  revision: dataView(memory0).getInt32(base + 8, true) >>> 0,
                  title: result23,
                  help: variant25,
                  sections: result68,
                },
                values: result98,
              });
            }
            var len104 = dataView(memory0).getUint32(ret + 100, true);
            var base104 = dataView(memory0).getUint32(ret + 96, true);
            if (base104 % 8 !== 0) throw new TypeError(`list pointer [${base104}] is not aligned to 8`);
            var result104 = [];
            for (let i = 0; i < len104; i++) {
              const base = base104 + i * 40;
              var ptr100 = dataView(memory0).getUint32(base + 0, true);
              var len100 = dataView(memory0).getUint32(base + 4, true);
              var result100 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr100, len100));
              var ptr101 = dataView(memory0).getUint32(base + 8, true);
              var len101 = dataView(memory0).getUint32(base + 12, true);
              var result101 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr101, len101));
              var ptr102 = dataView(memory0).getUint32(base + 16, true);
              var len102 = dataView(memory0).getUint32(base + 20, true);
              var result102 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr102, len102));
              var ptr103 = dataView(memory0).getUint32(base + 32, true);
              var len103 = dataView(memory0).getUint32(base + 36, true);
              var result103 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr103, len103));
              result104.push({
                id: result100,
                name: result101,
                mediaType: result102,
                size: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 24, true))),
                sha256: result103,
              });
            }
            var len112 = dataView(memory0).getUint32(ret + 108, true);
            var base112 = dataView(memory0).getUint32(ret + 104, true);
            if (base112 % 4 !== 0) throw new TypeError(`list pointer [${base112}] is not aligned to 4`);
            var result112 = [];
            for (let i = 0; i < len112; i++) {
              const base = base112 + i * 48;
              var ptr105 = dataView(memory0).getUint32(base + 0, true);
              var len105 = dataView(memory0).getUint32(base + 4, true);
              var result105 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr105, len105));
              var ptr106 = dataView(memory0).getUint32(base + 8, true);
              var len106 = dataView(memory0).getUint32(base + 12, true);
              var result106 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr106, len106));
              var ptr107 = dataView(memory0).getUint32(base + 16, true);
              var len107 = dataView(memory0).getUint32(base + 20, true);
              var result107 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr107, len107));
              let variant109;
              if (dataView(memory0).getUint8(base + 24, true)) {
                var ptr108 = dataView(memory0).getUint32(base + 28, true);
                var len108 = dataView(memory0).getUint32(base + 32, true);
                var result108 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr108, len108));
                variant109 = result108;
              } else {
                variant109 = undefined;
              }
              let variant111;
              if (dataView(memory0).getUint8(base + 36, true)) {
                var ptr110 = dataView(memory0).getUint32(base + 40, true);
                var len110 = dataView(memory0).getUint32(base + 44, true);
                var result110 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr110, len110));
                variant111 = result110;
              } else {
                variant111 = undefined;
              }
              result112.push({
                at: result105,
                who: result106,
                label: result107,
                opinion: variant109,
                detail: variant111,
              });
            }
            var len117 = dataView(memory0).getUint32(ret + 116, true);
            var base117 = dataView(memory0).getUint32(ret + 112, true);
            if (base117 % 4 !== 0) throw new TypeError(`list pointer [${base117}] is not aligned to 4`);
            var result117 = [];
            for (let i = 0; i < len117; i++) {
              const base = base117 + i * 28;
              var ptr113 = dataView(memory0).getUint32(base + 0, true);
              var len113 = dataView(memory0).getUint32(base + 4, true);
              var result113 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr113, len113));
              var ptr114 = dataView(memory0).getUint32(base + 8, true);
              var len114 = dataView(memory0).getUint32(base + 12, true);
              var result114 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr114, len114));
              let variant116;
              if (dataView(memory0).getUint8(base + 16, true)) {
                var ptr115 = dataView(memory0).getUint32(base + 20, true);
                var len115 = dataView(memory0).getUint32(base + 24, true);
                var result115 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr115, len115));
                variant116 = result115;
              } else {
                variant116 = undefined;
              }
              result117.push({
                title: result113,
                who: result114,
                due: variant116,
              });
            }
            variant125= {
              tag: 'ok',
              val: {
                summary: {
                  id: result7,
                  year: clampGuest(dataView(memory0).getUint16(ret + 16, true), 0, 65535),
                  stage: variant10,
                  district: variant12,
                  owner: variant14,
                  title: result15,
                  score: variant16,
                },
                version: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true))),
                sections: result21,
                forms: result99,
                attachments: result104,
                history: result112,
                tasks: result117,
              }
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="view"][Instruction::Return]', {
            funcName: 'view',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant125;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn9(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let approval020OnTimer;
  
  function onTimer(arg0, arg1) {
    
    const hostProvided = false;
    getOrCreateAsyncState(0).throwIfTrapped();
    
    const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
      componentIdx: 0,
      isAsync: false,
      isManualAsync: false,
      preserveFutureResult: false,
      entryFnName: 'approval020OnTimer',
      getCallbackFn: () => null,
      callbackFnName: null,
      errHandling: 'throw-result-err',
      callingWasmExport: true,
    });
    task.setCalleeIsAsync(false);
    
    const started = task.enterSync();
    CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
    
    if (0!== null) {
      task.setReturnMemoryIdx(0);
      task.setReturnMemory((() => memory0)());
    }
    
    
    return _withGlobalCurrentTaskMeta({
      taskID: task.id(),
      componentIdx: task.componentIdx(),
      fn: () => {
        try {
          
          
          var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
          var ptr0= encodeRes.ptr;
          var len0 = encodeRes.len;
          
          
          var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
          var ptr1= encodeRes.ptr;
          var len1 = encodeRes.len;
          
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="on-timer"][Instruction::CallWasm] enter', {
            funcName: 'on-timer',
            paramCount: 4,
            async: false,
            postReturn: true,
          });
          
          let ret;
          
          try {
            ret =  _withGlobalCurrentTaskMeta({
              taskID: task.id(),
              componentIdx: task.componentIdx(),
              fn: () => approval020OnTimer(ptr0, len0, ptr1, len1),
            });
          } catch (err) {
            
            _debugLog('[Instruction::CallWasm] error during sync call', {
              taskID: task.id(),
              err,
            });
            getOrCreateAsyncState(0).markTrapped(err);
            task.setErrored(err);
            task.reject(err);
            task.exit();
            throw err;
            
          }
          
          let variant66;
          if (dataView(memory0).getUint8(ret + 0, true)) {
            let enum59;
            switch (dataView(memory0).getUint8(ret + 4, true)) {
              case 0: {
                enum59 = 'forbidden';
                break;
              }
              case 1: {
                enum59 = 'not-found';
                break;
              }
              case 2: {
                enum59 = 'conflict';
                break;
              }
              case 3: {
                enum59 = 'invalid';
                break;
              }
              case 4: {
                enum59 = 'wrong-stage';
                break;
              }
              case 5: {
                enum59 = 'deadline';
                break;
              }
              case 6: {
                enum59 = 'host-fault';
                break;
              }
            }
            var ptr60 = dataView(memory0).getUint32(ret + 8, true);
            var len60 = dataView(memory0).getUint32(ret + 12, true);
            var result60 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr60, len60));
            var ptr61 = dataView(memory0).getUint32(ret + 16, true);
            var len61 = dataView(memory0).getUint32(ret + 20, true);
            var result61 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr61, len61));
            var len65 = dataView(memory0).getUint32(ret + 28, true);
            var base65 = dataView(memory0).getUint32(ret + 24, true);
            if (base65 % 4 !== 0) throw new TypeError(`list pointer [${base65}] is not aligned to 4`);
            var result65 = [];
            for (let i = 0; i < len65; i++) {
              const base = base65 + i * 24;
              var ptr62 = dataView(memory0).getUint32(base + 0, true);
              var len62 = dataView(memory0).getUint32(base + 4, true);
              var result62 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr62, len62));
              var ptr63 = dataView(memory0).getUint32(base + 8, true);
              var len63 = dataView(memory0).getUint32(base + 12, true);
              var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
              var ptr64 = dataView(memory0).getUint32(base + 16, true);
              var len64 = dataView(memory0).getUint32(base + 20, true);
              var result64 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr64, len64));
              result65.push({
                field: result62,
                code: result63,
                message: result64,
              });
            }
            variant66= {
              tag: 'err',
              val: {
                kind: enum59,
                code: result60,
                message: result61,
                fields: result65,
              }
            };
          } else {
            var len13 = dataView(memory0).getUint32(ret + 8, true);
            var base13 = dataView(memory0).getUint32(ret + 4, true);
            if (base13 % 8 !== 0) throw new TypeError(`list pointer [${base13}] is not aligned to 8`);
            var result13 = [];
            for (let i = 0; i < len13; i++) {
              const base = base13 + i * 80;
              var ptr2 = dataView(memory0).getUint32(base + 0, true);
              var len2 = dataView(memory0).getUint32(base + 4, true);
              var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
              let variant5;
              switch (dataView(memory0).getUint8(base + 10, true)) {
                case 0: {
                  let enum3;
                  switch (dataView(memory0).getUint8(base + 11, true)) {
                    case 0: {
                      enum3 = 'open';
                      break;
                    }
                    case 1: {
                      enum3 = 'review';
                      break;
                    }
                    case 2: {
                      enum3 = 'proposed';
                      break;
                    }
                    case 3: {
                      enum3 = 'publicity';
                      break;
                    }
                    case 4: {
                      enum3 = 'publicity-closed';
                      break;
                    }
                    case 5: {
                      enum3 = 'published';
                      break;
                    }
                  }
                  variant5= {
                    tag: 'batch',
                    val: enum3
                  };
                  break;
                }
                case 1: {
                  let enum4;
                  switch (dataView(memory0).getUint8(base + 11, true)) {
                    case 0: {
                      enum4 = 'draft';
                      break;
                    }
                    case 1: {
                      enum4 = 'district-review';
                      break;
                    }
                    case 2: {
                      enum4 = 'returned';
                      break;
                    }
                    case 3: {
                      enum4 = 'declined';
                      break;
                    }
                    case 4: {
                      enum4 = 'formal-check';
                      break;
                    }
                    case 5: {
                      enum4 = 'accepted';
                      break;
                    }
                    case 6: {
                      enum4 = 'expert-review';
                      break;
                    }
                    case 7: {
                      enum4 = 'scored';
                      break;
                    }
                    case 8: {
                      enum4 = 'defence';
                      break;
                    }
                    case 9: {
                      enum4 = 'proposed';
                      break;
                    }
                    case 10: {
                      enum4 = 'not-selected';
                      break;
                    }
                    case 11: {
                      enum4 = 'removed';
                      break;
                    }
                    case 12: {
                      enum4 = 'recognized';
                      break;
                    }
                    case 13: {
                      enum4 = 'revocation-pending';
                      break;
                    }
                    case 14: {
                      enum4 = 'revoked';
                      break;
                    }
                  }
                  variant5= {
                    tag: 'application',
                    val: enum4
                  };
                  break;
                }
              }
              let variant7;
              if (dataView(memory0).getUint8(base + 12, true)) {
                var ptr6 = dataView(memory0).getUint32(base + 16, true);
                var len6 = dataView(memory0).getUint32(base + 20, true);
                var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                variant7 = result6;
              } else {
                variant7 = undefined;
              }
              let variant9;
              if (dataView(memory0).getUint8(base + 24, true)) {
                var ptr8 = dataView(memory0).getUint32(base + 28, true);
                var len8 = dataView(memory0).getUint32(base + 32, true);
                var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                variant9 = result8;
              } else {
                variant9 = undefined;
              }
              var ptr10 = dataView(memory0).getUint32(base + 36, true);
              var len10 = dataView(memory0).getUint32(base + 40, true);
              var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
              let variant11;
              if (dataView(memory0).getUint8(base + 48, true)) {
                variant11 = dataView(memory0).getFloat64(base + 56, true);
              } else {
                variant11 = undefined;
              }
              var ptr12 = dataView(memory0).getUint32(base + 64, true);
              var len12 = dataView(memory0).getUint32(base + 68, true);
              if (ptr12 % 1 !== 0) throw new TypeError(`list pointer [${ptr12}] is not aligned to 1`);
              var result12 = new Uint8Array(memory0.buffer.slice(ptr12, ptr12 + len12 * 1));
              result13.push({
                summary: {
                  id: result2,
                  year: clampGuest(dataView(memory0).getUint16(base + 8, true), 0, 65535),
                  stage: variant5,
                  district: variant7,
                  owner: variant9,
                  title: result10,
                  score: variant11,
                },
                state: result12,
                expectedVersion: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 72, true))),
              });
            }
            var len23 = dataView(memory0).getUint32(ret + 16, true);
            var base23 = dataView(memory0).getUint32(ret + 12, true);
            if (base23 % 4 !== 0) throw new TypeError(`list pointer [${base23}] is not aligned to 4`);
            var result23 = [];
            for (let i = 0; i < len23; i++) {
              const base = base23 + i * 52;
              var ptr14 = dataView(memory0).getUint32(base + 0, true);
              var len14 = dataView(memory0).getUint32(base + 4, true);
              var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
              var ptr15 = dataView(memory0).getUint32(base + 8, true);
              var len15 = dataView(memory0).getUint32(base + 12, true);
              var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
              var ptr16 = dataView(memory0).getUint32(base + 16, true);
              var len16 = dataView(memory0).getUint32(base + 20, true);
              var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
              let variant20;
              switch (dataView(memory0).getUint8(base + 24, true)) {
                case 0: {
                  var ptr17 = dataView(memory0).getUint32(base + 28, true);
                  var len17 = dataView(memory0).getUint32(base + 32, true);
                  var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                  variant20= {
                    tag: 'user',
                    val: result17
                  };
                  break;
                }
                case 1: {
                  let enum18;
                  switch (dataView(memory0).getUint8(base + 28, true)) {
                    case 0: {
                      enum18 = 'enterprise';
                      break;
                    }
                    case 1: {
                      enum18 = 'district-office';
                      break;
                    }
                    case 2: {
                      enum18 = 'city-officer';
                      break;
                    }
                    case 3: {
                      enum18 = 'city-leader';
                      break;
                    }
                    case 4: {
                      enum18 = 'expert';
                      break;
                    }
                    case 5: {
                      enum18 = 'public';
                      break;
                    }
                    case 6: {
                      enum18 = 'administrator';
                      break;
                    }
                  }
                  var ptr19 = dataView(memory0).getUint32(base + 32, true);
                  var len19 = dataView(memory0).getUint32(base + 36, true);
                  var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                  variant20= {
                    tag: 'group',
                    val: {
                      role: enum18,
                      orgUnit: result19,
                    }
                  };
                  break;
                }
              }
              let variant22;
              if (dataView(memory0).getUint8(base + 40, true)) {
                var ptr21 = dataView(memory0).getUint32(base + 44, true);
                var len21 = dataView(memory0).getUint32(base + 48, true);
                var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                variant22 = result21;
              } else {
                variant22 = undefined;
              }
              result23.push({
                caseId: result14,
                key: result15,
                title: result16,
                assignee: variant20,
                due: variant22,
              });
            }
            var len26 = dataView(memory0).getUint32(ret + 24, true);
            var base26 = dataView(memory0).getUint32(ret + 20, true);
            if (base26 % 4 !== 0) throw new TypeError(`list pointer [${base26}] is not aligned to 4`);
            var result26 = [];
            for (let i = 0; i < len26; i++) {
              const base = base26 + i * 16;
              var ptr24 = dataView(memory0).getUint32(base + 0, true);
              var len24 = dataView(memory0).getUint32(base + 4, true);
              var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
              var ptr25 = dataView(memory0).getUint32(base + 8, true);
              var len25 = dataView(memory0).getUint32(base + 12, true);
              var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
              result26.push({
                caseId: result24,
                key: result25,
              });
            }
            var len42 = dataView(memory0).getUint32(ret + 32, true);
            var base42 = dataView(memory0).getUint32(ret + 28, true);
            if (base42 % 4 !== 0) throw new TypeError(`list pointer [${base42}] is not aligned to 4`);
            var result42 = [];
            for (let i = 0; i < len42; i++) {
              const base = base42 + i * 56;
              var ptr27 = dataView(memory0).getUint32(base + 0, true);
              var len27 = dataView(memory0).getUint32(base + 4, true);
              var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
              let enum28;
              switch (dataView(memory0).getUint8(base + 8, true)) {
                case 0: {
                  enum28 = 'open-batch';
                  break;
                }
                case 1: {
                  enum28 = 'close-applications';
                  break;
                }
                case 2: {
                  enum28 = 'import-provincial';
                  break;
                }
                case 3: {
                  enum28 = 'register-materials';
                  break;
                }
                case 4: {
                  enum28 = 'draw-panel';
                  break;
                }
                case 5: {
                  enum28 = 'propose-list';
                  break;
                }
                case 6: {
                  enum28 = 'withdraw-list';
                  break;
                }
                case 7: {
                  enum28 = 'approve-list';
                  break;
                }
                case 8: {
                  enum28 = 'return-list';
                  break;
                }
                case 9: {
                  enum28 = 'close-publicity';
                  break;
                }
                case 10: {
                  enum28 = 'publish';
                  break;
                }
                case 11: {
                  enum28 = 'recommend-provincial';
                  break;
                }
                case 12: {
                  enum28 = 'start-application';
                  break;
                }
                case 13: {
                  enum28 = 'edit-form';
                  break;
                }
                case 14: {
                  enum28 = 'edit-materials';
                  break;
                }
                case 15: {
                  enum28 = 'submit';
                  break;
                }
                case 16: {
                  enum28 = 'withdraw';
                  break;
                }
                case 17: {
                  enum28 = 'recommend';
                  break;
                }
                case 18: {
                  enum28 = 'return-for-revision';
                  break;
                }
                case 19: {
                  enum28 = 'decline';
                  break;
                }
                case 20: {
                  enum28 = 'delegate';
                  break;
                }
                case 21: {
                  enum28 = 'formal-check';
                  break;
                }
                case 22: {
                  enum28 = 'remind';
                  break;
                }
                case 23: {
                  enum28 = 'declare-conflict';
                  break;
                }
                case 24: {
                  enum28 = 'score';
                  break;
                }
                case 25: {
                  enum28 = 'require-inspection';
                  break;
                }
                case 26: {
                  enum28 = 'record-defence';
                  break;
                }
                case 27: {
                  enum28 = 'record-site-visit';
                  break;
                }
                case 28: {
                  enum28 = 'object';
                  break;
                }
                case 29: {
                  enum28 = 'decide-objection';
                  break;
                }
                case 30: {
                  enum28 = 'propose-revocation';
                  break;
                }
                case 31: {
                  enum28 = 'approve-revocation';
                  break;
                }
                case 32: {
                  enum28 = 'reject-revocation';
                  break;
                }
              }
              var ptr29 = dataView(memory0).getUint32(base + 12, true);
              var len29 = dataView(memory0).getUint32(base + 16, true);
              var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
              let variant33;
              if (dataView(memory0).getUint8(base + 20, true)) {
                let variant32;
                switch (dataView(memory0).getUint8(base + 21, true)) {
                  case 0: {
                    let enum30;
                    switch (dataView(memory0).getUint8(base + 22, true)) {
                      case 0: {
                        enum30 = 'open';
                        break;
                      }
                      case 1: {
                        enum30 = 'review';
                        break;
                      }
                      case 2: {
                        enum30 = 'proposed';
                        break;
                      }
                      case 3: {
                        enum30 = 'publicity';
                        break;
                      }
                      case 4: {
                        enum30 = 'publicity-closed';
                        break;
                      }
                      case 5: {
                        enum30 = 'published';
                        break;
                      }
                    }
                    variant32= {
                      tag: 'batch',
                      val: enum30
                    };
                    break;
                  }
                  case 1: {
                    let enum31;
                    switch (dataView(memory0).getUint8(base + 22, true)) {
                      case 0: {
                        enum31 = 'draft';
                        break;
                      }
                      case 1: {
                        enum31 = 'district-review';
                        break;
                      }
                      case 2: {
                        enum31 = 'returned';
                        break;
                      }
                      case 3: {
                        enum31 = 'declined';
                        break;
                      }
                      case 4: {
                        enum31 = 'formal-check';
                        break;
                      }
                      case 5: {
                        enum31 = 'accepted';
                        break;
                      }
                      case 6: {
                        enum31 = 'expert-review';
                        break;
                      }
                      case 7: {
                        enum31 = 'scored';
                        break;
                      }
                      case 8: {
                        enum31 = 'defence';
                        break;
                      }
                      case 9: {
                        enum31 = 'proposed';
                        break;
                      }
                      case 10: {
                        enum31 = 'not-selected';
                        break;
                      }
                      case 11: {
                        enum31 = 'removed';
                        break;
                      }
                      case 12: {
                        enum31 = 'recognized';
                        break;
                      }
                      case 13: {
                        enum31 = 'revocation-pending';
                        break;
                      }
                      case 14: {
                        enum31 = 'revoked';
                        break;
                      }
                    }
                    variant32= {
                      tag: 'application',
                      val: enum31
                    };
                    break;
                  }
                }
                variant33 = variant32;
              } else {
                variant33 = undefined;
              }
              let variant36;
              switch (dataView(memory0).getUint8(base + 23, true)) {
                case 0: {
                  let enum34;
                  switch (dataView(memory0).getUint8(base + 24, true)) {
                    case 0: {
                      enum34 = 'open';
                      break;
                    }
                    case 1: {
                      enum34 = 'review';
                      break;
                    }
                    case 2: {
                      enum34 = 'proposed';
                      break;
                    }
                    case 3: {
                      enum34 = 'publicity';
                      break;
                    }
                    case 4: {
                      enum34 = 'publicity-closed';
                      break;
                    }
                    case 5: {
                      enum34 = 'published';
                      break;
                    }
                  }
                  variant36= {
                    tag: 'batch',
                    val: enum34
                  };
                  break;
                }
                case 1: {
                  let enum35;
                  switch (dataView(memory0).getUint8(base + 24, true)) {
                    case 0: {
                      enum35 = 'draft';
                      break;
                    }
                    case 1: {
                      enum35 = 'district-review';
                      break;
                    }
                    case 2: {
                      enum35 = 'returned';
                      break;
                    }
                    case 3: {
                      enum35 = 'declined';
                      break;
                    }
                    case 4: {
                      enum35 = 'formal-check';
                      break;
                    }
                    case 5: {
                      enum35 = 'accepted';
                      break;
                    }
                    case 6: {
                      enum35 = 'expert-review';
                      break;
                    }
                    case 7: {
                      enum35 = 'scored';
                      break;
                    }
                    case 8: {
                      enum35 = 'defence';
                      break;
                    }
                    case 9: {
                      enum35 = 'proposed';
                      break;
                    }
                    case 10: {
                      enum35 = 'not-selected';
                      break;
                    }
                    case 11: {
                      enum35 = 'removed';
                      break;
                    }
                    case 12: {
                      enum35 = 'recognized';
                      break;
                    }
                    case 13: {
                      enum35 = 'revocation-pending';
                      break;
                    }
                    case 14: {
                      enum35 = 'revoked';
                      break;
                    }
                  }
                  variant36= {
                    tag: 'application',
                    val: enum35
                  };
                  break;
                }
              }
              let variant38;
              if (dataView(memory0).getUint8(base + 28, true)) {
                var ptr37 = dataView(memory0).getUint32(base + 32, true);
                var len37 = dataView(memory0).getUint32(base + 36, true);
                var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                variant38 = result37;
              } else {
                variant38 = undefined;
              }
              let variant40;
              if (dataView(memory0).getUint8(base + 40, true)) {
                var ptr39 = dataView(memory0).getUint32(base + 44, true);
                var len39 = dataView(memory0).getUint32(base + 48, true);
                var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                variant40 = result39;
              } else {
                variant40 = undefined;
              }
              let enum41;
              switch (dataView(memory0).getUint8(base + 52, true)) {
                case 0: {
                  enum41 = 'caller';
                  break;
                }
                case 1: {
                  enum41 = 'system';
                  break;
                }
              }
              result42.push({
                caseId: result27,
                action: enum28,
                label: result29,
                fromStage: variant33,
                toStage: variant36,
                opinion: variant38,
                detail: variant40,
                by: enum41,
              });
            }
            var len49 = dataView(memory0).getUint32(ret + 40, true);
            var base49 = dataView(memory0).getUint32(ret + 36, true);
            if (base49 % 4 !== 0) throw new TypeError(`list pointer [${base49}] is not aligned to 4`);
            var result49 = [];
            for (let i = 0; i < len49; i++) {
              const base = base49 + i * 40;
              var ptr43 = dataView(memory0).getUint32(base + 0, true);
              var len43 = dataView(memory0).getUint32(base + 4, true);
              var result43 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr43, len43));
              let enum44;
              switch (dataView(memory0).getUint8(base + 8, true)) {
                case 0: {
                  enum44 = 'call';
                  break;
                }
                case 1: {
                  enum44 = 'publicity';
                  break;
                }
                case 2: {
                  enum44 = 'objection-result';
                  break;
                }
                case 3: {
                  enum44 = 'recognition';
                  break;
                }
                case 4: {
                  enum44 = 'catalogue';
                  break;
                }
                case 5: {
                  enum44 = 'provincial-recommendation';
                  break;
                }
                case 6: {
                  enum44 = 'revocation';
                  break;
                }
              }
              var ptr45 = dataView(memory0).getUint32(base + 12, true);
              var len45 = dataView(memory0).getUint32(base + 16, true);
              var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
              var ptr46 = dataView(memory0).getUint32(base + 20, true);
              var len46 = dataView(memory0).getUint32(base + 24, true);
              var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
              let variant48;
              if (dataView(memory0).getUint8(base + 28, true)) {
                var ptr47 = dataView(memory0).getUint32(base + 32, true);
                var len47 = dataView(memory0).getUint32(base + 36, true);
                var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
                variant48 = result47;
              } else {
                variant48 = undefined;
              }
              result49.push({
                id: result43,
                kind: enum44,
                year: clampGuest(dataView(memory0).getUint16(base + 10, true), 0, 65535),
                title: result45,
                body: result46,
                caseId: variant48,
              });
            }
            var len51 = dataView(memory0).getUint32(ret + 48, true);
            var base51 = dataView(memory0).getUint32(ret + 44, true);
            if (base51 % 4 !== 0) throw new TypeError(`list pointer [${base51}] is not aligned to 4`);
            var result51 = [];
            for (let i = 0; i < len51; i++) {
              const base = base51 + i * 8;
              var ptr50 = dataView(memory0).getUint32(base + 0, true);
              var len50 = dataView(memory0).getUint32(base + 4, true);
              var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
              result51.push(result50);
            }
            var len55 = dataView(memory0).getUint32(ret + 56, true);
            var base55 = dataView(memory0).getUint32(ret + 52, true);
            if (base55 % 4 !== 0) throw new TypeError(`list pointer [${base55}] is not aligned to 4`);
            var result55 = [];
            for (let i = 0; i < len55; i++) {
              const base = base55 + i * 24;
              var ptr52 = dataView(memory0).getUint32(base + 0, true);
              var len52 = dataView(memory0).getUint32(base + 4, true);
              var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
              var ptr53 = dataView(memory0).getUint32(base + 8, true);
              var len53 = dataView(memory0).getUint32(base + 12, true);
              var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
              var ptr54 = dataView(memory0).getUint32(base + 16, true);
              var len54 = dataView(memory0).getUint32(base + 20, true);
              var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
              result55.push({
                caseId: result52,
                key: result53,
                at: result54,
              });
            }
            var len58 = dataView(memory0).getUint32(ret + 64, true);
            var base58 = dataView(memory0).getUint32(ret + 60, true);
            if (base58 % 4 !== 0) throw new TypeError(`list pointer [${base58}] is not aligned to 4`);
            var result58 = [];
            for (let i = 0; i < len58; i++) {
              const base = base58 + i * 16;
              var ptr56 = dataView(memory0).getUint32(base + 0, true);
              var len56 = dataView(memory0).getUint32(base + 4, true);
              var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
              var ptr57 = dataView(memory0).getUint32(base + 8, true);
              var len57 = dataView(memory0).getUint32(base + 12, true);
              var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
              result58.push({
                attachmentId: result56,
                caseId: result57,
              });
            }
            variant66= {
              tag: 'ok',
              val: {
                writes: result13,
                openTasks: result23,
                closeTasks: result26,
                history: result42,
                publicRecords: result49,
                withdrawRecords: result51,
                timers: result55,
                attachments: result58,
              }
            };
          }
          _debugLog('[iface="zhengzhou:quality-benchmark/approval@0.2.0", function="on-timer"][Instruction::Return]', {
            funcName: 'on-timer',
            paramCount: 1,
            async: false,
            postReturn: true
          });
          const retCopy = variant66;
          task.resolve([retCopy.val]);
          
          let cstate = getOrCreateAsyncState(0);
          cstate.mayLeave = false;
          postReturn10(ret);
          cstate.mayLeave = true;
          task.exit();
          
          
          
          if (typeof retCopy === 'object' && retCopy.tag === 'err') {
            throw new ComponentError(retCopy.val);
          }
          return retCopy.val;
          
          
        } catch (err) {
          if (!task.isResolvedState()) {
            task.setErrored(err);
            task.reject(err);
          }
          if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
          throw err;
        }
      },
    });
    
  }
  let trampoline0 = _trampoline0.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 0,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline0.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatU64],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline0,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 0,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline0.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatU64],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline0,
  },
  );
  function trampoline1(handle) {
    const handleEntry = rscTableRemove(handleTable1, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable1.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable1.delete(handleEntry.rep);
      } else if (Error$1[symbolCabiDispose]) {
        Error$1[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  function trampoline2(handle) {
    const handleEntry = rscTableRemove(handleTable0, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable0.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable0.delete(handleEntry.rep);
      } else if (Pollable[symbolCabiDispose]) {
        Pollable[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  function trampoline3(handle) {
    const handleEntry = rscTableRemove(handleTable2, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable2.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable2.delete(handleEntry.rep);
      } else if (InputStream[symbolCabiDispose]) {
        InputStream[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  function trampoline4(handle) {
    const handleEntry = rscTableRemove(handleTable3, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable3.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable3.delete(handleEntry.rep);
      } else if (OutputStream[symbolCabiDispose]) {
        OutputStream[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  function trampoline5(handle) {
    const handleEntry = rscTableRemove(handleTable4, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable4.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable4.delete(handleEntry.rep);
      } else if (TerminalInput[symbolCabiDispose]) {
        TerminalInput[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  function trampoline6(handle) {
    const handleEntry = rscTableRemove(handleTable5, handle);
    if (handleEntry.own) {
      
      const rsc = captureTable5.get(handleEntry.rep);
      if (rsc) {
        if (rsc[symbolDispose]) rsc[symbolDispose]();
        captureTable5.delete(handleEntry.rep);
      } else if (TerminalOutput[symbolCabiDispose]) {
        TerminalOutput[symbolCabiDispose](handleEntry.rep);
      }
    }
  }
  let trampoline7 = _trampoline7.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 7,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline7.manuallyAsync,
    paramLiftFns: [
    _liftFlatResult({
      caseMetas: [['ok', null, 0, 0, 0, []],['err', null, 0, 0, 0, []],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
      variantPayloadFlatTypes: [],
    })
    ],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline7,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 7,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline7.manuallyAsync,
    paramLiftFns: [
    _liftFlatResult({
      caseMetas: [['ok', null, 0, 0, 0, []],['err', null, 0, 0, 0, []],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
      variantPayloadFlatTypes: [],
    })
    ],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline7,
  },
  );
  let trampoline8 = _trampoline8.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 8,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline8.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 0)],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline8,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 8,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline8.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 0)],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline8,
  },
  );
  let trampoline9 = _trampoline9.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 9,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline9.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 0,
      lowerFn: 
      function lowerImportedOwnedHost_Pollable(obj) {
        if (!(obj instanceof Pollable)) {
          throw new TypeError('Resource error: Not a valid \"Pollable\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt0;
          captureTable0.set(rep, obj);
          handle = rscTableCreateOwn(handleTable0, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline9,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 9,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline9.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 0,
      lowerFn: 
      function lowerImportedOwnedHost_Pollable(obj) {
        if (!(obj instanceof Pollable)) {
          throw new TypeError('Resource error: Not a valid \"Pollable\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt0;
          captureTable0.set(rep, obj);
          handle = rscTableCreateOwn(handleTable0, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline9,
  },
  );
  let trampoline10 = _trampoline10.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 10,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline10.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 2,
      lowerFn: 
      function lowerImportedOwnedHost_InputStream(obj) {
        if (!(obj instanceof InputStream)) {
          throw new TypeError('Resource error: Not a valid \"InputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt2;
          captureTable2.set(rep, obj);
          handle = rscTableCreateOwn(handleTable2, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline10,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 10,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline10.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 2,
      lowerFn: 
      function lowerImportedOwnedHost_InputStream(obj) {
        if (!(obj instanceof InputStream)) {
          throw new TypeError('Resource error: Not a valid \"InputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt2;
          captureTable2.set(rep, obj);
          handle = rscTableCreateOwn(handleTable2, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline10,
  },
  );
  let trampoline11 = _trampoline11.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 11,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline11.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 3,
      lowerFn: 
      function lowerImportedOwnedHost_OutputStream(obj) {
        if (!(obj instanceof OutputStream)) {
          throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt3;
          captureTable3.set(rep, obj);
          handle = rscTableCreateOwn(handleTable3, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline11,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 11,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline11.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 3,
      lowerFn: 
      function lowerImportedOwnedHost_OutputStream(obj) {
        if (!(obj instanceof OutputStream)) {
          throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt3;
          captureTable3.set(rep, obj);
          handle = rscTableCreateOwn(handleTable3, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline11,
  },
  );
  let trampoline12 = _trampoline12.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 12,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline12.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 3,
      lowerFn: 
      function lowerImportedOwnedHost_OutputStream(obj) {
        if (!(obj instanceof OutputStream)) {
          throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt3;
          captureTable3.set(rep, obj);
          handle = rscTableCreateOwn(handleTable3, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline12,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 12,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline12.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatOwn({
      componentIdx: 0,
      tableIdx: 3,
      lowerFn: 
      function lowerImportedOwnedHost_OutputStream(obj) {
        if (!(obj instanceof OutputStream)) {
          throw new TypeError('Resource error: Not a valid \"OutputStream\" resource.');
        }
        let handle = obj[symbolRscHandle];
        if (!handle) {
          const rep = obj[symbolRscRep] || ++captureCnt3;
          captureTable3.set(rep, obj);
          handle = rscTableCreateOwn(handleTable3, rep);
        }
        return handle;
      }
      ,
    })],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: null,
    stringEncoding: 'utf8',
    getMemoryFn: () => null,
    getReallocFn: undefined,
    importFn: _trampoline12,
  },
  );
  let trampoline13 = _trampoline13.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 13,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline13.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny,_liftFlatU32],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', _lowerFlatStringAny, 12, 4, 4 ],
      [ 'err', _lowerFlatStringAny, 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline13,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 13,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline13.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny,_liftFlatU32],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', _lowerFlatStringAny, 12, 4, 4 ],
      [ 'err', _lowerFlatStringAny, 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline13,
  },
  );
  let trampoline14 = _trampoline14.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 14,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline14.manuallyAsync,
    paramLiftFns: [
    _liftFlatEnum({
      caseMetas: [['debug', null, 1, 1, 1],['info', null, 1, 1, 1],['warn', null, 1, 1, 1],['error', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    ,_liftFlatStringAny],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline14,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 14,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline14.manuallyAsync,
    paramLiftFns: [
    _liftFlatEnum({
      caseMetas: [['debug', null, 1, 1, 1],['info', null, 1, 1, 1],['warn', null, 1, 1, 1],['error', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    ,_liftFlatStringAny],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline14,
  },
  );
  let trampoline15 = _trampoline15.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 15,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline15.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatStringAny],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline15,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 15,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline15.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatStringAny],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline15,
  },
  );
  let trampoline16 = _trampoline16.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 16,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline16.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['task', _lowerFlatRecord({ fieldMetas: [['caseId', _lowerFlatStringAny, 8, 4 ],['key', _lowerFlatStringAny, 8, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['assignee', _lowerFlatVariant({
        caseMetas: [[ 'user', _lowerFlatStringAny, 8, 4, 2 ],[ 'group', _lowerFlatRecord({ fieldMetas: [['role', 
        _lowerFlatEnum({
          caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],], size32: 12, align32: 4 }), 12, 4, 3 ],],
        variantSize32: 16,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 4,
      } ), 16, 4 ],['due', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],], size32: 52, align32: 4 }), 52, 4 ],['assigneeName', _lowerFlatStringAny, 8, 4 ],['openedAt', _lowerFlatStringAny, 8, 4 ],], size32: 68, align32: 4 }),
      elemSize32: 68,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline16,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 16,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline16.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['task', _lowerFlatRecord({ fieldMetas: [['caseId', _lowerFlatStringAny, 8, 4 ],['key', _lowerFlatStringAny, 8, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['assignee', _lowerFlatVariant({
        caseMetas: [[ 'user', _lowerFlatStringAny, 8, 4, 2 ],[ 'group', _lowerFlatRecord({ fieldMetas: [['role', 
        _lowerFlatEnum({
          caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],], size32: 12, align32: 4 }), 12, 4, 3 ],],
        variantSize32: 16,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 4,
      } ), 16, 4 ],['due', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],], size32: 52, align32: 4 }), 52, 4 ],['assigneeName', _lowerFlatStringAny, 8, 4 ],['openedAt', _lowerFlatStringAny, 8, 4 ],], size32: 68, align32: 4 }),
      elemSize32: 68,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline16,
  },
  );
  let trampoline17 = _trampoline17.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 17,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline17.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['summary', _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['year', _lowerFlatU16, 2, 2 ],['stage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['owner', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['score', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatFloat64, 8, 8, 1],
        ],
        variantSize32: 16,
        variantAlign32: 8,
        variantPayloadOffset32: 8,
        variantFlatCount: 2,
        payloadMaybeNull: false,
      })
      , 16, 8 ],], size32: 64, align32: 8 }), 64, 8 ],['version', _lowerFlatU64, 8, 8 ],['state', _lowerFlatList({
        elemLowerFn: _lowerFlatU8,
        elemSize32: 1,
        elemAlign32: 1,
      }), 8, 4 ],], size32: 80, align32: 8 }), 80, 8, null],
      ],
      variantSize32: 88,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: null,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline17,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 17,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline17.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['summary', _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['year', _lowerFlatU16, 2, 2 ],['stage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['owner', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['score', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatFloat64, 8, 8, 1],
        ],
        variantSize32: 16,
        variantAlign32: 8,
        variantPayloadOffset32: 8,
        variantFlatCount: 2,
        payloadMaybeNull: false,
      })
      , 16, 8 ],], size32: 64, align32: 8 }), 64, 8 ],['version', _lowerFlatU64, 8, 8 ],['state', _lowerFlatList({
        elemLowerFn: _lowerFlatU8,
        elemSize32: 1,
        elemAlign32: 1,
      }), 8, 4 ],], size32: 80, align32: 8 }), 80, 8, null],
      ],
      variantSize32: 88,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: null,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline17,
  },
  );
  let trampoline18 = _trampoline18.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 18,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline18.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['kind', 
    _liftFlatEnum({
      caseMetas: [['batch', null, 1, 1, 1],['application', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['year', _liftFlatU16, 2, 2],['stages', _liftFlatList({
      elemLiftFn: _liftFlatVariant({
        caseMetas: [['batch', 
        _liftFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],['application', 
        _liftFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
        variantPayloadFlatTypes: ['i32'],
      } ),
      elemAlign32: 1,
      elemSize32: 2,
      typedArray: undefined,
    }), 8, 4],['district', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],], size32: 24, align32: 4 })],
    resultLowerFns: [_lowerFlatU32],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline18,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 18,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline18.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['kind', 
    _liftFlatEnum({
      caseMetas: [['batch', null, 1, 1, 1],['application', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['year', _liftFlatU16, 2, 2],['stages', _liftFlatList({
      elemLiftFn: _liftFlatVariant({
        caseMetas: [['batch', 
        _liftFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],['application', 
        _liftFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
        variantPayloadFlatTypes: ['i32'],
      } ),
      elemAlign32: 1,
      elemSize32: 2,
      typedArray: undefined,
    }), 8, 4],['district', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],], size32: 24, align32: 4 })],
    resultLowerFns: [_lowerFlatU32],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline18,
  },
  );
  let trampoline19 = _trampoline19.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 19,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline19.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['kind', 
    _liftFlatEnum({
      caseMetas: [['batch', null, 1, 1, 1],['application', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['year', _liftFlatU16, 2, 2],['stages', _liftFlatList({
      elemLiftFn: _liftFlatVariant({
        caseMetas: [['batch', 
        _liftFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],['application', 
        _liftFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
        variantPayloadFlatTypes: ['i32'],
      } ),
      elemAlign32: 1,
      elemSize32: 2,
      typedArray: undefined,
    }), 8, 4],['district', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],], size32: 24, align32: 4 }),
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatU32, 4, 4, 1, ['i32'] ],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      variantPayloadFlatTypes: ['i32'],
      payloadMaybeNull: false,
    })
    ],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['year', _lowerFlatU16, 2, 2 ],['stage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['owner', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['score', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatFloat64, 8, 8, 1],
        ],
        variantSize32: 16,
        variantAlign32: 8,
        variantPayloadOffset32: 8,
        variantFlatCount: 2,
        payloadMaybeNull: false,
      })
      , 16, 8 ],], size32: 64, align32: 8 }),
      elemSize32: 64,
      elemAlign32: 8,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline19,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 19,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline19.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['kind', 
    _liftFlatEnum({
      caseMetas: [['batch', null, 1, 1, 1],['application', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['year', _liftFlatU16, 2, 2],['stages', _liftFlatList({
      elemLiftFn: _liftFlatVariant({
        caseMetas: [['batch', 
        _liftFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],['application', 
        _liftFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1, ['i32']],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
        variantPayloadFlatTypes: ['i32'],
      } ),
      elemAlign32: 1,
      elemSize32: 2,
      typedArray: undefined,
    }), 8, 4],['district', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],], size32: 24, align32: 4 }),
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatU32, 4, 4, 1, ['i32'] ],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      variantPayloadFlatTypes: ['i32'],
      payloadMaybeNull: false,
    })
    ],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['year', _lowerFlatU16, 2, 2 ],['stage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['owner', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['title', _lowerFlatStringAny, 8, 4 ],['score', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatFloat64, 8, 8, 1],
        ],
        variantSize32: 16,
        variantAlign32: 8,
        variantPayloadOffset32: 8,
        variantFlatCount: 2,
        payloadMaybeNull: false,
      })
      , 16, 8 ],], size32: 64, align32: 8 }),
      elemSize32: 64,
      elemAlign32: 8,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline19,
  },
  );
  let trampoline20 = _trampoline20.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 20,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline20.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['seq', _lowerFlatU64, 8, 8 ],['entry', _lowerFlatRecord({ fieldMetas: [['caseId', _lowerFlatStringAny, 8, 4 ],['action', 
      _lowerFlatEnum({
        caseMetas: [['open-batch', null, 1, 1, 1],['close-applications', null, 1, 1, 1],['import-provincial', null, 1, 1, 1],['register-materials', null, 1, 1, 1],['draw-panel', null, 1, 1, 1],['propose-list', null, 1, 1, 1],['withdraw-list', null, 1, 1, 1],['approve-list', null, 1, 1, 1],['return-list', null, 1, 1, 1],['close-publicity', null, 1, 1, 1],['publish', null, 1, 1, 1],['recommend-provincial', null, 1, 1, 1],['start-application', null, 1, 1, 1],['edit-form', null, 1, 1, 1],['edit-materials', null, 1, 1, 1],['submit', null, 1, 1, 1],['withdraw', null, 1, 1, 1],['recommend', null, 1, 1, 1],['return-for-revision', null, 1, 1, 1],['decline', null, 1, 1, 1],['delegate', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['remind', null, 1, 1, 1],['declare-conflict', null, 1, 1, 1],['score', null, 1, 1, 1],['require-inspection', null, 1, 1, 1],['record-defence', null, 1, 1, 1],['record-site-visit', null, 1, 1, 1],['object', null, 1, 1, 1],['decide-objection', null, 1, 1, 1],['propose-revocation', null, 1, 1, 1],['approve-revocation', null, 1, 1, 1],['reject-revocation', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['label', _lowerFlatStringAny, 8, 4 ],['fromStage', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatVariant({
          caseMetas: [[ 'batch', 
          _lowerFlatEnum({
            caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
          })
          , 1, 1, 1 ],[ 'application', 
          _lowerFlatEnum({
            caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
          })
          , 1, 1, 1 ],],
          variantSize32: 2,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 2,
        } ), 2, 1, 2],
        ],
        variantSize32: 3,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 3, 1 ],['toStage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['opinion', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['detail', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['by', 
      _lowerFlatEnum({
        caseMetas: [['caller', null, 1, 1, 1],['system', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],], size32: 56, align32: 4 }), 56, 4 ],['actor', _lowerFlatRecord({ fieldMetas: [['userId', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['role', 
      _lowerFlatEnum({
        caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],['orgName', _lowerFlatStringAny, 8, 4 ],], size32: 36, align32: 4 }), 36, 4 ],['at', _lowerFlatStringAny, 8, 4 ],], size32: 112, align32: 8 }),
      elemSize32: 112,
      elemAlign32: 8,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline20,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 20,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline20.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['seq', _lowerFlatU64, 8, 8 ],['entry', _lowerFlatRecord({ fieldMetas: [['caseId', _lowerFlatStringAny, 8, 4 ],['action', 
      _lowerFlatEnum({
        caseMetas: [['open-batch', null, 1, 1, 1],['close-applications', null, 1, 1, 1],['import-provincial', null, 1, 1, 1],['register-materials', null, 1, 1, 1],['draw-panel', null, 1, 1, 1],['propose-list', null, 1, 1, 1],['withdraw-list', null, 1, 1, 1],['approve-list', null, 1, 1, 1],['return-list', null, 1, 1, 1],['close-publicity', null, 1, 1, 1],['publish', null, 1, 1, 1],['recommend-provincial', null, 1, 1, 1],['start-application', null, 1, 1, 1],['edit-form', null, 1, 1, 1],['edit-materials', null, 1, 1, 1],['submit', null, 1, 1, 1],['withdraw', null, 1, 1, 1],['recommend', null, 1, 1, 1],['return-for-revision', null, 1, 1, 1],['decline', null, 1, 1, 1],['delegate', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['remind', null, 1, 1, 1],['declare-conflict', null, 1, 1, 1],['score', null, 1, 1, 1],['require-inspection', null, 1, 1, 1],['record-defence', null, 1, 1, 1],['record-site-visit', null, 1, 1, 1],['object', null, 1, 1, 1],['decide-objection', null, 1, 1, 1],['propose-revocation', null, 1, 1, 1],['approve-revocation', null, 1, 1, 1],['reject-revocation', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['label', _lowerFlatStringAny, 8, 4 ],['fromStage', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatVariant({
          caseMetas: [[ 'batch', 
          _lowerFlatEnum({
            caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
          })
          , 1, 1, 1 ],[ 'application', 
          _lowerFlatEnum({
            caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
          })
          , 1, 1, 1 ],],
          variantSize32: 2,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 2,
        } ), 2, 1, 2],
        ],
        variantSize32: 3,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 3, 1 ],['toStage', _lowerFlatVariant({
        caseMetas: [[ 'batch', 
        _lowerFlatEnum({
          caseMetas: [['open', null, 1, 1, 1],['review', null, 1, 1, 1],['proposed', null, 1, 1, 1],['publicity', null, 1, 1, 1],['publicity-closed', null, 1, 1, 1],['published', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],[ 'application', 
        _lowerFlatEnum({
          caseMetas: [['draft', null, 1, 1, 1],['district-review', null, 1, 1, 1],['returned', null, 1, 1, 1],['declined', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['accepted', null, 1, 1, 1],['expert-review', null, 1, 1, 1],['scored', null, 1, 1, 1],['defence', null, 1, 1, 1],['proposed', null, 1, 1, 1],['not-selected', null, 1, 1, 1],['removed', null, 1, 1, 1],['recognized', null, 1, 1, 1],['revocation-pending', null, 1, 1, 1],['revoked', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1, 1 ],],
        variantSize32: 2,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 2,
      } ), 2, 1 ],['opinion', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['detail', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['by', 
      _lowerFlatEnum({
        caseMetas: [['caller', null, 1, 1, 1],['system', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],], size32: 56, align32: 4 }), 56, 4 ],['actor', _lowerFlatRecord({ fieldMetas: [['userId', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['role', 
      _lowerFlatEnum({
        caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],['orgName', _lowerFlatStringAny, 8, 4 ],], size32: 36, align32: 4 }), 36, 4 ],['at', _lowerFlatStringAny, 8, 4 ],], size32: 112, align32: 8 }),
      elemSize32: 112,
      elemAlign32: 8,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline20,
  },
  );
  let trampoline21 = _trampoline21.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 21,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline21.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['file', _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['mediaType', _lowerFlatStringAny, 8, 4 ],['size', _lowerFlatU64, 8, 8 ],['sha256', _lowerFlatStringAny, 8, 4 ],], size32: 40, align32: 8 }), 40, 8 ],['uploadedBy', _lowerFlatStringAny, 8, 4 ],['caseId', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['linked', _lowerFlatBool, 1, 1 ],], size32: 64, align32: 8 }), 64, 8, 15],
      ],
      variantSize32: 72,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: 16,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline21,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 21,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline21.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['file', _lowerFlatRecord({ fieldMetas: [['id', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['mediaType', _lowerFlatStringAny, 8, 4 ],['size', _lowerFlatU64, 8, 8 ],['sha256', _lowerFlatStringAny, 8, 4 ],], size32: 40, align32: 8 }), 40, 8 ],['uploadedBy', _lowerFlatStringAny, 8, 4 ],['caseId', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['linked', _lowerFlatBool, 1, 1 ],], size32: 64, align32: 8 }), 64, 8, 15],
      ],
      variantSize32: 72,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: 16,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline21,
  },
  );
  let trampoline22 = _trampoline22.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 22,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline22.manuallyAsync,
    paramLiftFns: [_liftFlatList({
      elemLiftFn: _liftFlatRecord({ fieldMetas: [['recipient', _liftFlatVariant({
        caseMetas: [['user', _liftFlatStringAny, 8, 4, 2, ['i32','i32']],['group', _liftFlatRecord({ fieldMetas: [['role', 
        _liftFlatEnum({
          caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1],['orgUnit', _liftFlatStringAny, 8, 4],], size32: 12, align32: 4 }), 12, 4, 3, ['i32','i32','i32']],],
        variantSize32: 16,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 4,
        variantPayloadFlatTypes: ['i32','i32','i32'],
      } ), 16, 4],['kind', 
      _liftFlatEnum({
        caseMetas: [['to-do', null, 1, 1, 1],['info', null, 1, 1, 1],['carbon-copy', null, 1, 1, 1],['reminder', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1],['subject', _liftFlatStringAny, 8, 4],['body', _liftFlatStringAny, 8, 4],['caseId', 
      _liftFlatOption({
        caseMetas: [
        ['none', null, 0, 0, 0, [] ],
        ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        variantPayloadFlatTypes: ['i32','i32'],
        payloadMaybeNull: false,
      })
      , 12, 4],], size32: 48, align32: 4 }),
      elemAlign32: 4,
      elemSize32: 48,
      typedArray: undefined,
    })],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline22,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 22,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline22.manuallyAsync,
    paramLiftFns: [_liftFlatList({
      elemLiftFn: _liftFlatRecord({ fieldMetas: [['recipient', _liftFlatVariant({
        caseMetas: [['user', _liftFlatStringAny, 8, 4, 2, ['i32','i32']],['group', _liftFlatRecord({ fieldMetas: [['role', 
        _liftFlatEnum({
          caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
          variantSize32: 1,
          variantAlign32: 1,
          variantPayloadOffset32: 1,
          variantFlatCount: 1,
        })
        , 1, 1],['orgUnit', _liftFlatStringAny, 8, 4],], size32: 12, align32: 4 }), 12, 4, 3, ['i32','i32','i32']],],
        variantSize32: 16,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 4,
        variantPayloadFlatTypes: ['i32','i32','i32'],
      } ), 16, 4],['kind', 
      _liftFlatEnum({
        caseMetas: [['to-do', null, 1, 1, 1],['info', null, 1, 1, 1],['carbon-copy', null, 1, 1, 1],['reminder', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1],['subject', _liftFlatStringAny, 8, 4],['body', _liftFlatStringAny, 8, 4],['caseId', 
      _liftFlatOption({
        caseMetas: [
        ['none', null, 0, 0, 0, [] ],
        ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        variantPayloadFlatTypes: ['i32','i32'],
        payloadMaybeNull: false,
      })
      , 12, 4],], size32: 48, align32: 4 }),
      elemAlign32: 4,
      elemSize32: 48,
      typedArray: undefined,
    })],
    resultLowerFns: [],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline22,
  },
  );
  let trampoline23 = _trampoline23.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 23,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline23.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['name', _lowerFlatStringAny, 8, 4 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['independentLegalEntity', _lowerFlatBool, 1, 1 ],['badRecords', _lowerFlatList({
        elemLowerFn: _lowerFlatStringAny,
        elemSize32: 8,
        elemAlign32: 4,
      }), 8, 4 ],], size32: 32, align32: 4 }), 32, 4, 8],
      ],
      variantSize32: 36,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 9,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline23,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 23,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline23.manuallyAsync,
    paramLiftFns: [_liftFlatStringAny],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatRecord({ fieldMetas: [['name', _lowerFlatStringAny, 8, 4 ],['district', 
      _lowerFlatOption({
        caseMetas: [
        [ 'none', null, 0, 0, 0 ],
        [ 'some', _lowerFlatStringAny, 8, 4, 2],
        ],
        variantSize32: 12,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 3,
        payloadMaybeNull: false,
      })
      , 12, 4 ],['independentLegalEntity', _lowerFlatBool, 1, 1 ],['badRecords', _lowerFlatList({
        elemLowerFn: _lowerFlatStringAny,
        elemSize32: 8,
        elemAlign32: 4,
      }), 8, 4 ],], size32: 32, align32: 4 }), 32, 4, 8],
      ],
      variantSize32: 36,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 9,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline23,
  },
  );
  let trampoline24 = _trampoline24.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 24,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline24.manuallyAsync,
    paramLiftFns: [
    _liftFlatEnum({
      caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    ,
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    ],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['userId', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['role', 
      _lowerFlatEnum({
        caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],['orgName', _lowerFlatStringAny, 8, 4 ],['tags', _lowerFlatList({
        elemLowerFn: _lowerFlatStringAny,
        elemSize32: 8,
        elemAlign32: 4,
      }), 8, 4 ],], size32: 44, align32: 4 }),
      elemSize32: 44,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline24,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 24,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline24.manuallyAsync,
    paramLiftFns: [
    _liftFlatEnum({
      caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    ,
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    ],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatRecord({ fieldMetas: [['userId', _lowerFlatStringAny, 8, 4 ],['name', _lowerFlatStringAny, 8, 4 ],['role', 
      _lowerFlatEnum({
        caseMetas: [['enterprise', null, 1, 1, 1],['district-office', null, 1, 1, 1],['city-officer', null, 1, 1, 1],['city-leader', null, 1, 1, 1],['expert', null, 1, 1, 1],['public', null, 1, 1, 1],['administrator', null, 1, 1, 1],],
        variantSize32: 1,
        variantAlign32: 1,
        variantPayloadOffset32: 1,
        variantFlatCount: 1,
      })
      , 1, 1 ],['orgUnit', _lowerFlatStringAny, 8, 4 ],['orgName', _lowerFlatStringAny, 8, 4 ],['tags', _lowerFlatList({
        elemLowerFn: _lowerFlatStringAny,
        elemSize32: 8,
        elemAlign32: 4,
      }), 8, 4 ],], size32: 44, align32: 4 }),
      elemSize32: 44,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline24,
  },
  );
  let trampoline25 = _trampoline25.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 25,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline25.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['id', _liftFlatStringAny, 8, 4],['purpose', _liftFlatRecord({ fieldMetas: [['caseId', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],['action', 
    _liftFlatEnum({
      caseMetas: [['open-batch', null, 1, 1, 1],['close-applications', null, 1, 1, 1],['import-provincial', null, 1, 1, 1],['register-materials', null, 1, 1, 1],['draw-panel', null, 1, 1, 1],['propose-list', null, 1, 1, 1],['withdraw-list', null, 1, 1, 1],['approve-list', null, 1, 1, 1],['return-list', null, 1, 1, 1],['close-publicity', null, 1, 1, 1],['publish', null, 1, 1, 1],['recommend-provincial', null, 1, 1, 1],['start-application', null, 1, 1, 1],['edit-form', null, 1, 1, 1],['edit-materials', null, 1, 1, 1],['submit', null, 1, 1, 1],['withdraw', null, 1, 1, 1],['recommend', null, 1, 1, 1],['return-for-revision', null, 1, 1, 1],['decline', null, 1, 1, 1],['delegate', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['remind', null, 1, 1, 1],['declare-conflict', null, 1, 1, 1],['score', null, 1, 1, 1],['require-inspection', null, 1, 1, 1],['record-defence', null, 1, 1, 1],['record-site-visit', null, 1, 1, 1],['object', null, 1, 1, 1],['decide-objection', null, 1, 1, 1],['propose-revocation', null, 1, 1, 1],['approve-revocation', null, 1, 1, 1],['reject-revocation', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['field', _liftFlatStringAny, 8, 4],], size32: 24, align32: 4 }), 24, 4],['capacity', 
    _liftFlatEnum({
      caseMetas: [['org-seal', null, 1, 1, 1],['legal-representative', null, 1, 1, 1],['personal', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['holder', _liftFlatStringAny, 8, 4],['signer', _liftFlatStringAny, 8, 4],['signedAt', _liftFlatStringAny, 8, 4],['digest', _liftFlatStringAny, 8, 4],], size32: 68, align32: 4 })],
    resultLowerFns: [_lowerFlatBool],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline25,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 25,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline25.manuallyAsync,
    paramLiftFns: [_liftFlatRecord({ fieldMetas: [['id', _liftFlatStringAny, 8, 4],['purpose', _liftFlatRecord({ fieldMetas: [['caseId', 
    _liftFlatOption({
      caseMetas: [
      ['none', null, 0, 0, 0, [] ],
      ['some', _liftFlatStringAny, 8, 4, 2, ['i32','i32'] ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
      variantPayloadFlatTypes: ['i32','i32'],
      payloadMaybeNull: false,
    })
    , 12, 4],['action', 
    _liftFlatEnum({
      caseMetas: [['open-batch', null, 1, 1, 1],['close-applications', null, 1, 1, 1],['import-provincial', null, 1, 1, 1],['register-materials', null, 1, 1, 1],['draw-panel', null, 1, 1, 1],['propose-list', null, 1, 1, 1],['withdraw-list', null, 1, 1, 1],['approve-list', null, 1, 1, 1],['return-list', null, 1, 1, 1],['close-publicity', null, 1, 1, 1],['publish', null, 1, 1, 1],['recommend-provincial', null, 1, 1, 1],['start-application', null, 1, 1, 1],['edit-form', null, 1, 1, 1],['edit-materials', null, 1, 1, 1],['submit', null, 1, 1, 1],['withdraw', null, 1, 1, 1],['recommend', null, 1, 1, 1],['return-for-revision', null, 1, 1, 1],['decline', null, 1, 1, 1],['delegate', null, 1, 1, 1],['formal-check', null, 1, 1, 1],['remind', null, 1, 1, 1],['declare-conflict', null, 1, 1, 1],['score', null, 1, 1, 1],['require-inspection', null, 1, 1, 1],['record-defence', null, 1, 1, 1],['record-site-visit', null, 1, 1, 1],['object', null, 1, 1, 1],['decide-objection', null, 1, 1, 1],['propose-revocation', null, 1, 1, 1],['approve-revocation', null, 1, 1, 1],['reject-revocation', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['field', _liftFlatStringAny, 8, 4],], size32: 24, align32: 4 }), 24, 4],['capacity', 
    _liftFlatEnum({
      caseMetas: [['org-seal', null, 1, 1, 1],['legal-representative', null, 1, 1, 1],['personal', null, 1, 1, 1],],
      variantSize32: 1,
      variantAlign32: 1,
      variantPayloadOffset32: 1,
      variantFlatCount: 1,
    })
    , 1, 1],['holder', _liftFlatStringAny, 8, 4],['signer', _liftFlatStringAny, 8, 4],['signedAt', _liftFlatStringAny, 8, 4],['digest', _liftFlatStringAny, 8, 4],], size32: 68, align32: 4 })],
    resultLowerFns: [_lowerFlatBool],
    hasResultPointer: false,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline25,
  },
  );
  let trampoline26 = _trampoline26.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 26,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline26.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', _lowerFlatU64, 16, 8, 8 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 16, 8, 8 ],
      ],
      variantSize32: 16,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline26,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 26,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline26.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', _lowerFlatU64, 16, 8, 8 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 16, 8, 8 ],
      ],
      variantSize32: 16,
      variantAlign32: 8,
      variantPayloadOffset32: 8,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline26,
  },
  );
  let trampoline27 = _trampoline27.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 27,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline27.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3),_liftFlatList({
      elemLiftFn: _liftFlatU8,
      elemAlign32: 1,
      elemSize32: 1,
      typedArray: Uint8Array,
    })],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', null, 12, 4, 4 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline27,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 27,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline27.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3),_liftFlatList({
      elemLiftFn: _liftFlatU8,
      elemAlign32: 1,
      elemSize32: 1,
      typedArray: Uint8Array,
    })],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', null, 12, 4, 4 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline27,
  },
  );
  let trampoline28 = _trampoline28.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 28,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline28.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', null, 12, 4, 4 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline28,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 28,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline28.manuallyAsync,
    paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
    resultLowerFns: [
    _lowerFlatResult({
      caseMetas: [
      [ 'ok', null, 12, 4, 4 ],
      [ 'err', _lowerFlatVariant({
        caseMetas: [[ 'last-operation-failed', _lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 1,
          lowerFn: 
          function lowerImportedOwnedHost_Error$1(obj) {
            if (!(obj instanceof Error$1)) {
              throw new TypeError('Resource error: Not a valid \"Error$1\" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep = obj[symbolRscRep] || ++captureCnt1;
              captureTable1.set(rep, obj);
              handle = rscTableCreateOwn(handleTable1, rep);
            }
            return handle;
          }
          ,
        }), 4, 4, 1 ],[ 'closed', null, 0, 0, 0 ],],
        variantSize32: 8,
        variantAlign32: 4,
        variantPayloadOffset32: 4,
        variantFlatCount: 2,
      } ), 12, 4, 4 ],
      ],
      variantSize32: 12,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 3,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline28,
  },
  );
  let trampoline29 = _trampoline29.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 29,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline29.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatTuple({ elemLowerMetas: [[_lowerFlatStringAny, 8, 4],[_lowerFlatStringAny, 8, 4],], size32: 16, align32: 4 }),
      elemSize32: 16,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline29,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 29,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline29.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [_lowerFlatList({
      elemLowerFn: _lowerFlatTuple({ elemLowerMetas: [[_lowerFlatStringAny, 8, 4],[_lowerFlatStringAny, 8, 4],], size32: 16, align32: 4 }),
      elemSize32: 16,
      elemAlign32: 4,
    })],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: () => realloc0,
    importFn: _trampoline29,
  },
  );
  let trampoline30 = _trampoline30.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 30,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline30.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 4,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalInput(obj) {
          if (!(obj instanceof TerminalInput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalInput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt4;
            captureTable4.set(rep, obj);
            handle = rscTableCreateOwn(handleTable4, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline30,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 30,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline30.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 4,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalInput(obj) {
          if (!(obj instanceof TerminalInput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalInput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt4;
            captureTable4.set(rep, obj);
            handle = rscTableCreateOwn(handleTable4, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline30,
  },
  );
  let trampoline31 = _trampoline31.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 31,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline31.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 5,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalOutput(obj) {
          if (!(obj instanceof TerminalOutput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt5;
            captureTable5.set(rep, obj);
            handle = rscTableCreateOwn(handleTable5, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline31,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 31,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline31.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 5,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalOutput(obj) {
          if (!(obj instanceof TerminalOutput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt5;
            captureTable5.set(rep, obj);
            handle = rscTableCreateOwn(handleTable5, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline31,
  },
  );
  let trampoline32 = _trampoline32.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 32,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline32.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 5,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalOutput(obj) {
          if (!(obj instanceof TerminalOutput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt5;
            captureTable5.set(rep, obj);
            handle = rscTableCreateOwn(handleTable5, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline32,
  },
  ))) : _lowerImportBackwardsCompat.bind(
  null,
  {
    trampolineIdx: 32,
    componentIdx: 0,
    isAsync: false,
    isManualAsync: _trampoline32.manuallyAsync,
    paramLiftFns: [],
    resultLowerFns: [
    _lowerFlatOption({
      caseMetas: [
      [ 'none', null, 0, 0, 0 ],
      [ 'some', _lowerFlatOwn({
        componentIdx: 0,
        tableIdx: 5,
        lowerFn: 
        function lowerImportedOwnedHost_TerminalOutput(obj) {
          if (!(obj instanceof TerminalOutput)) {
            throw new TypeError('Resource error: Not a valid \"TerminalOutput\" resource.');
          }
          let handle = obj[symbolRscHandle];
          if (!handle) {
            const rep = obj[symbolRscRep] || ++captureCnt5;
            captureTable5.set(rep, obj);
            handle = rscTableCreateOwn(handleTable5, rep);
          }
          return handle;
        }
        ,
      }), 4, 4, 1],
      ],
      variantSize32: 8,
      variantAlign32: 4,
      variantPayloadOffset32: 4,
      variantFlatCount: 2,
      payloadMaybeNull: false,
    })
    ],
    hasResultPointer: true,
    funcTypeIsAsync: false,
    getCallbackFn: () => null,
    getPostReturnFn: () => null,
    isCancellable: false,
    memoryIdx: 0,
    stringEncoding: 'utf8',
    getMemoryFn: () => memory0,
    getReallocFn: undefined,
    importFn: _trampoline32,
  },
  );
  ({ exports: exports0 } = instantiateCore(module1));
  ({ exports: exports1 } = instantiateCore(module0, {
    'wasi:cli/environment@0.2.0': {
      'get-environment': Object.assign(exports0['16'], { _jcoMaySuspend: false }),
    },
    'wasi:cli/exit@0.2.0': {
      exit: Object.assign(trampoline7, { _jcoMaySuspend: false }),
    },
    'wasi:cli/stderr@0.2.0': {
      'get-stderr': Object.assign(trampoline12, { _jcoMaySuspend: false }),
    },
    'wasi:cli/stdin@0.2.0': {
      'get-stdin': Object.assign(trampoline10, { _jcoMaySuspend: false }),
    },
    'wasi:cli/stdout@0.2.0': {
      'get-stdout': Object.assign(trampoline11, { _jcoMaySuspend: false }),
    },
    'wasi:cli/terminal-input@0.2.0': {
      '[resource-drop]terminal-input': Object.assign(_guardMayLeave(0, trampoline5), { _jcoMaySuspend: false }),
    },
    'wasi:cli/terminal-output@0.2.0': {
      '[resource-drop]terminal-output': Object.assign(_guardMayLeave(0, trampoline6), { _jcoMaySuspend: false }),
    },
    'wasi:cli/terminal-stderr@0.2.0': {
      'get-terminal-stderr': Object.assign(exports0['19'], { _jcoMaySuspend: false }),
    },
    'wasi:cli/terminal-stdin@0.2.0': {
      'get-terminal-stdin': Object.assign(exports0['17'], { _jcoMaySuspend: false }),
    },
    'wasi:cli/terminal-stdout@0.2.0': {
      'get-terminal-stdout': Object.assign(exports0['18'], { _jcoMaySuspend: false }),
    },
    'wasi:io/error@0.2.0': {
      '[resource-drop]error': Object.assign(_guardMayLeave(0, trampoline1), { _jcoMaySuspend: false }),
    },
    'wasi:io/poll@0.2.0': {
      '[method]pollable.block': Object.assign(trampoline8, { _jcoMaySuspend: false }),
      '[resource-drop]pollable': Object.assign(_guardMayLeave(0, trampoline2), { _jcoMaySuspend: false }),
    },
    'wasi:io/streams@0.2.0': {
      '[method]output-stream.blocking-flush': Object.assign(exports0['15'], { _jcoMaySuspend: false }),
      '[method]output-stream.check-write': Object.assign(exports0['13'], { _jcoMaySuspend: false }),
      '[method]output-stream.subscribe': Object.assign(trampoline9, { _jcoMaySuspend: false }),
      '[method]output-stream.write': Object.assign(exports0['14'], { _jcoMaySuspend: false }),
      '[resource-drop]input-stream': Object.assign(_guardMayLeave(0, trampoline3), { _jcoMaySuspend: false }),
      '[resource-drop]output-stream': Object.assign(_guardMayLeave(0, trampoline4), { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/attachments@0.2.0': {
      lookup: Object.assign(exports0['8'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/calendar@0.2.0': {
      'add-working-days': Object.assign(exports0['0'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/case-store@0.2.0': {
      count: Object.assign(exports0['5'], { _jcoMaySuspend: false }),
      get: Object.assign(exports0['4'], { _jcoMaySuspend: false }),
      history: Object.assign(exports0['7'], { _jcoMaySuspend: false }),
      'open-tasks': Object.assign(exports0['3'], { _jcoMaySuspend: false }),
      query: Object.assign(exports0['6'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/clock@0.2.0': {
      now: Object.assign(exports0['2'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/directory@0.2.0': {
      members: Object.assign(exports0['11'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/log@0.2.0': {
      write: Object.assign(exports0['1'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/notifications@0.2.0': {
      send: Object.assign(exports0['9'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/random@0.2.0': {
      seed: Object.assign(trampoline0, { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/registry@0.2.0': {
      'lookup-enterprise': Object.assign(exports0['10'], { _jcoMaySuspend: false }),
    },
    'zhengzhou:quality-benchmark/seals@0.2.0': {
      verify: Object.assign(exports0['12'], { _jcoMaySuspend: false }),
    },
  }));
  memory0 = exports1.memory;
  realloc0 = exports1.cabi_realloc;
  
  try {
    realloc0Async = WebAssembly.promising(exports1.cabi_realloc);
  } catch(err) {
    realloc0Async = exports1.cabi_realloc;
  }
  
  ({ exports: exports2 } = instantiateCore(module2, {
    '': {
      $imports: exports0.$imports,
      '0': Object.assign(trampoline13, { _jcoMaySuspend: false }),
      '1': Object.assign(trampoline14, { _jcoMaySuspend: false }),
      '10': Object.assign(trampoline23, { _jcoMaySuspend: false }),
      '11': Object.assign(trampoline24, { _jcoMaySuspend: false }),
      '12': Object.assign(trampoline25, { _jcoMaySuspend: false }),
      '13': Object.assign(trampoline26, { _jcoMaySuspend: false }),
      '14': Object.assign(trampoline27, { _jcoMaySuspend: false }),
      '15': Object.assign(trampoline28, { _jcoMaySuspend: false }),
      '16': Object.assign(trampoline29, { _jcoMaySuspend: false }),
      '17': Object.assign(trampoline30, { _jcoMaySuspend: false }),
      '18': Object.assign(trampoline31, { _jcoMaySuspend: false }),
      '19': Object.assign(trampoline32, { _jcoMaySuspend: false }),
      '2': Object.assign(trampoline15, { _jcoMaySuspend: false }),
      '3': Object.assign(trampoline16, { _jcoMaySuspend: false }),
      '4': Object.assign(trampoline17, { _jcoMaySuspend: false }),
      '5': Object.assign(trampoline18, { _jcoMaySuspend: false }),
      '6': Object.assign(trampoline19, { _jcoMaySuspend: false }),
      '7': Object.assign(trampoline20, { _jcoMaySuspend: false }),
      '8': Object.assign(trampoline21, { _jcoMaySuspend: false }),
      '9': Object.assign(trampoline22, { _jcoMaySuspend: false }),
    },
  }));
  postReturn0 = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#list-forms'];
  
  try {
    postReturn0Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#list-forms']);
  } catch(err) {
    postReturn0Async = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#list-forms'];
  }
  
  postReturn1 = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#describe'];
  
  try {
    postReturn1Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#describe']);
  } catch(err) {
    postReturn1Async = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#describe'];
  }
  
  postReturn2 = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#validate'];
  
  try {
    postReturn2Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#validate']);
  } catch(err) {
    postReturn2Async = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#validate'];
  }
  
  postReturn3 = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#prepare-seal'];
  
  try {
    postReturn3Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#prepare-seal']);
  } catch(err) {
    postReturn3Async = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#prepare-seal'];
  }
  
  postReturn4 = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#permit-upload'];
  
  try {
    postReturn4Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#permit-upload']);
  } catch(err) {
    postReturn4Async = exports1['cabi_post_zhengzhou:quality-benchmark/forms@0.2.0#permit-upload'];
  }
  
  postReturn5 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#catalog'];
  
  try {
    postReturn5Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#catalog']);
  } catch(err) {
    postReturn5Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#catalog'];
  }
  
  postReturn6 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#start-actions'];
  
  try {
    postReturn6Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#start-actions']);
  } catch(err) {
    postReturn6Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#start-actions'];
  }
  
  postReturn7 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#actions'];
  
  try {
    postReturn7Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#actions']);
  } catch(err) {
    postReturn7Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#actions'];
  }
  
  postReturn8 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#act'];
  
  try {
    postReturn8Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#act']);
  } catch(err) {
    postReturn8Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#act'];
  }
  
  postReturn9 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#view'];
  
  try {
    postReturn9Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#view']);
  } catch(err) {
    postReturn9Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#view'];
  }
  
  postReturn10 = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#on-timer'];
  
  try {
    postReturn10Async = WebAssembly.promising(exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#on-timer']);
  } catch(err) {
    postReturn10Async = exports1['cabi_post_zhengzhou:quality-benchmark/approval@0.2.0#on-timer'];
  }
  
  forms020ListForms = exports1['zhengzhou:quality-benchmark/forms@0.2.0#list-forms'];
  forms020Describe = exports1['zhengzhou:quality-benchmark/forms@0.2.0#describe'];
  forms020Validate = exports1['zhengzhou:quality-benchmark/forms@0.2.0#validate'];
  forms020PrepareSeal = exports1['zhengzhou:quality-benchmark/forms@0.2.0#prepare-seal'];
  forms020PermitUpload = exports1['zhengzhou:quality-benchmark/forms@0.2.0#permit-upload'];
  approval020Catalog = exports1['zhengzhou:quality-benchmark/approval@0.2.0#catalog'];
  approval020StartActions = exports1['zhengzhou:quality-benchmark/approval@0.2.0#start-actions'];
  approval020Actions = exports1['zhengzhou:quality-benchmark/approval@0.2.0#actions'];
  approval020Act = exports1['zhengzhou:quality-benchmark/approval@0.2.0#act'];
  approval020View = exports1['zhengzhou:quality-benchmark/approval@0.2.0#view'];
  approval020OnTimer = exports1['zhengzhou:quality-benchmark/approval@0.2.0#on-timer'];
  const approval020 = {
    act: act,
    actions: actions,
    catalog: catalog,
    onTimer: onTimer,
    startActions: startActions,
    view: view,
    
  };
  const forms020 = {
    describe: describe,
    listForms: listForms,
    permitUpload: permitUpload,
    prepareSeal: prepareSeal,
    validate: validate,
    
  };
  
  return { approval: approval020, forms: forms020, 'zhengzhou:quality-benchmark/approval@0.2.0': approval020, 'zhengzhou:quality-benchmark/forms@0.2.0': forms020,  };
})();
let promise, resolve, reject;
function normalizeInstantiationError(e) {
  // Native JSPI rejects a suspending import called from a
  // core start function before entering its JS wrapper.
  // At component instantiation time that always means the
  // implicit synchronous task attempted to block.
  if (typeof WebAssembly.SuspendError === 'function' && e instanceof WebAssembly.SuspendError) {
    return new WebAssembly.RuntimeError('cannot block a synchronous task before returning');
  }
  return e;
}
function runNext(value) {
  try {
    let done;
    do {
      ({ value, done } = gen.next(value));
    } while (!(value instanceof Promise) && !done);
    if (done) {
      if (resolve) return resolve(value);
      else return value;
    }
    if (!promise) promise = new Promise((_resolve, _reject) => (resolve = _resolve, reject= _reject));
    value.then(nextVal => done ? resolve() : runNext(nextVal), e => reject(normalizeInstantiationError(e)));
  }
  catch (e) {
    e = normalizeInstantiationError(e);
    if (reject) reject(e);
    else throw e;
  }
}
const maybeSyncReturn = runNext(null);
return promise || maybeSyncReturn;
};

export const _util = {
  
}

