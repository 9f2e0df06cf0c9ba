// world root:component/root
import type * as WasiCliEnvironment from './interfaces/wasi-cli-environment.js'; // wasi:cli/environment@0.2.6
import type * as WasiCliExit from './interfaces/wasi-cli-exit.js'; // wasi:cli/exit@0.2.6
import type * as WasiCliStderr from './interfaces/wasi-cli-stderr.js'; // wasi:cli/stderr@0.2.6
import type * as WasiCliStdin from './interfaces/wasi-cli-stdin.js'; // wasi:cli/stdin@0.2.6
import type * as WasiCliStdout from './interfaces/wasi-cli-stdout.js'; // wasi:cli/stdout@0.2.6
import type * as WasiCliTerminalInput from './interfaces/wasi-cli-terminal-input.js'; // wasi:cli/terminal-input@0.2.6
import type * as WasiCliTerminalOutput from './interfaces/wasi-cli-terminal-output.js'; // wasi:cli/terminal-output@0.2.6
import type * as WasiCliTerminalStderr from './interfaces/wasi-cli-terminal-stderr.js'; // wasi:cli/terminal-stderr@0.2.6
import type * as WasiCliTerminalStdin from './interfaces/wasi-cli-terminal-stdin.js'; // wasi:cli/terminal-stdin@0.2.6
import type * as WasiCliTerminalStdout from './interfaces/wasi-cli-terminal-stdout.js'; // wasi:cli/terminal-stdout@0.2.6
import type * as WasiIoError from './interfaces/wasi-io-error.js'; // wasi:io/error@0.2.6
import type * as WasiIoPoll from './interfaces/wasi-io-poll.js'; // wasi:io/poll@0.2.6
import type * as WasiIoStreams from './interfaces/wasi-io-streams.js'; // wasi:io/streams@0.2.6
import type * as ZhengzhouQualityBenchmarkAttachments from './interfaces/zhengzhou-quality-benchmark-attachments.js'; // zhengzhou:quality-benchmark/attachments@0.2.0
import type * as ZhengzhouQualityBenchmarkCalendar from './interfaces/zhengzhou-quality-benchmark-calendar.js'; // zhengzhou:quality-benchmark/calendar@0.2.0
import type * as ZhengzhouQualityBenchmarkCaseStore from './interfaces/zhengzhou-quality-benchmark-case-store.js'; // zhengzhou:quality-benchmark/case-store@0.2.0
import type * as ZhengzhouQualityBenchmarkClock from './interfaces/zhengzhou-quality-benchmark-clock.js'; // zhengzhou:quality-benchmark/clock@0.2.0
import type * as ZhengzhouQualityBenchmarkDirectory from './interfaces/zhengzhou-quality-benchmark-directory.js'; // zhengzhou:quality-benchmark/directory@0.2.0
import type * as ZhengzhouQualityBenchmarkLog from './interfaces/zhengzhou-quality-benchmark-log.js'; // zhengzhou:quality-benchmark/log@0.2.0
import type * as ZhengzhouQualityBenchmarkNotifications from './interfaces/zhengzhou-quality-benchmark-notifications.js'; // zhengzhou:quality-benchmark/notifications@0.2.0
import type * as ZhengzhouQualityBenchmarkRandom from './interfaces/zhengzhou-quality-benchmark-random.js'; // zhengzhou:quality-benchmark/random@0.2.0
import type * as ZhengzhouQualityBenchmarkRegistry from './interfaces/zhengzhou-quality-benchmark-registry.js'; // zhengzhou:quality-benchmark/registry@0.2.0
import type * as ZhengzhouQualityBenchmarkSeals from './interfaces/zhengzhou-quality-benchmark-seals.js'; // zhengzhou:quality-benchmark/seals@0.2.0
import type * as ZhengzhouQualityBenchmarkTypes from './interfaces/zhengzhou-quality-benchmark-types.js'; // zhengzhou:quality-benchmark/types@0.2.0
import type * as ZhengzhouQualityBenchmarkForms from './interfaces/zhengzhou-quality-benchmark-forms.js'; // zhengzhou:quality-benchmark/forms@0.2.0
import type * as ZhengzhouQualityBenchmarkApproval from './interfaces/zhengzhou-quality-benchmark-approval.js'; // zhengzhou:quality-benchmark/approval@0.2.0
export interface ImportObject {
  'wasi:cli/environment@0.2.6': typeof WasiCliEnvironment,
  'wasi:cli/exit@0.2.6': typeof WasiCliExit,
  'wasi:cli/stderr@0.2.6': typeof WasiCliStderr,
  'wasi:cli/stdin@0.2.6': typeof WasiCliStdin,
  'wasi:cli/stdout@0.2.6': typeof WasiCliStdout,
  'wasi:cli/terminal-input@0.2.6': typeof WasiCliTerminalInput,
  'wasi:cli/terminal-output@0.2.6': typeof WasiCliTerminalOutput,
  'wasi:cli/terminal-stderr@0.2.6': typeof WasiCliTerminalStderr,
  'wasi:cli/terminal-stdin@0.2.6': typeof WasiCliTerminalStdin,
  'wasi:cli/terminal-stdout@0.2.6': typeof WasiCliTerminalStdout,
  'wasi:io/error@0.2.6': typeof WasiIoError,
  'wasi:io/poll@0.2.6': typeof WasiIoPoll,
  'wasi:io/streams@0.2.6': typeof WasiIoStreams,
  'zhengzhou:quality-benchmark/attachments@0.2.0': typeof ZhengzhouQualityBenchmarkAttachments,
  'zhengzhou:quality-benchmark/calendar@0.2.0': typeof ZhengzhouQualityBenchmarkCalendar,
  'zhengzhou:quality-benchmark/case-store@0.2.0': typeof ZhengzhouQualityBenchmarkCaseStore,
  'zhengzhou:quality-benchmark/clock@0.2.0': typeof ZhengzhouQualityBenchmarkClock,
  'zhengzhou:quality-benchmark/directory@0.2.0': typeof ZhengzhouQualityBenchmarkDirectory,
  'zhengzhou:quality-benchmark/log@0.2.0': typeof ZhengzhouQualityBenchmarkLog,
  'zhengzhou:quality-benchmark/notifications@0.2.0': typeof ZhengzhouQualityBenchmarkNotifications,
  'zhengzhou:quality-benchmark/random@0.2.0': typeof ZhengzhouQualityBenchmarkRandom,
  'zhengzhou:quality-benchmark/registry@0.2.0': typeof ZhengzhouQualityBenchmarkRegistry,
  'zhengzhou:quality-benchmark/seals@0.2.0': typeof ZhengzhouQualityBenchmarkSeals,
  'zhengzhou:quality-benchmark/types@0.2.0': typeof ZhengzhouQualityBenchmarkTypes,
}
export interface Root {
  'zhengzhou:quality-benchmark/forms@0.2.0': typeof ZhengzhouQualityBenchmarkForms,
  forms: typeof ZhengzhouQualityBenchmarkForms,
  'zhengzhou:quality-benchmark/approval@0.2.0': typeof ZhengzhouQualityBenchmarkApproval,
  approval: typeof ZhengzhouQualityBenchmarkApproval,
}

/**
* Instantiates this component with the provided imports and
* returns a map of all the exports of the component.
*
* This function is intended to be similar to the
* `WebAssembly.Instantiate` constructor. The second `imports`
* argument is the "import object" for wasm, except here it
* uses component-model-layer types instead of core wasm
* integers/numbers/etc.
*
* The first argument to this function, `getCoreModule`, is
* used to compile core wasm modules within the component.
* Components are composed of core wasm modules and this callback
* will be invoked per core wasm module. The caller of this
* function is responsible for reading the core wasm module
* identified by `path` and returning its compiled
* `WebAssembly.Module` object. This would use the
* `WebAssembly.Module` constructor on the web, for example.
*/
export function instantiate(
getCoreModule: (path: string) => WebAssembly.Module,
imports: ImportObject,
instantiateCore?: (module: WebAssembly.Module, imports: Record<string, any>) => WebAssembly.Instance
): Root;

