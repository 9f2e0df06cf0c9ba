// The WASI imports Rust's std links into the component, answered so that they grant
// nothing (obligation H11): no environment, no arguments, no terminal, stdin always at
// its end, stdout and stderr going only to the operator log. The plugin imports no
// files, sockets, clocks or randomness of WASI; the host checks that before loading.

/** Errors of wasi:io (never produced: our streams cannot fail). */
class IoError {
  toDebugString() {
    return 'io error';
  }
}

/** A pollable that is always ready: nothing here ever waits. */
class Pollable {
  ready() {
    return true;
  }
  block() {}
}

/** stdin: always at its end. */
class InputStream {
  read() {
    throw { tag: 'closed' };
  }
  blockingRead() {
    throw { tag: 'closed' };
  }
  subscribe() {
    return new Pollable();
  }
}

/** stdout / stderr: lines go to the operator log (`log`), never to a person. */
class OutputStream {
  constructor(log) {
    this.log = log;
  }
  checkWrite() {
    return 65536n;
  }
  write(bytes) {
    this.log(Buffer.from(bytes).toString('utf8'));
  }
  blockingWriteAndFlush(bytes) {
    this.write(bytes);
  }
  flush() {}
  blockingFlush() {}
  subscribe() {
    return new Pollable();
  }
}

class TerminalInput {}
class TerminalOutput {}

/**
 * The import object entries for WASI, keyed as jco's `--instantiation` output expects
 * them: without versions (`wasi:cli/environment`, not `wasi:cli/environment@0.2.6`).
 */
export function wasiImports(operatorLog) {
  const stdout = new OutputStream((text) => operatorLog('stdout', text));
  const stderr = new OutputStream((text) => operatorLog('stderr', text));
  return {
    'wasi:cli/environment': {
      getEnvironment: () => [],
      getArguments: () => [],
      initialCwd: () => undefined,
    },
    'wasi:cli/exit': {
      exit: (status) => {
        throw new Error(`plugin called exit(${JSON.stringify(status)})`);
      },
    },
    'wasi:cli/stdin': { getStdin: () => new InputStream() },
    'wasi:cli/stdout': { getStdout: () => stdout },
    'wasi:cli/stderr': { getStderr: () => stderr },
    'wasi:cli/terminal-input': { TerminalInput },
    'wasi:cli/terminal-output': { TerminalOutput },
    'wasi:cli/terminal-stdin': { getTerminalStdin: () => undefined },
    'wasi:cli/terminal-stdout': { getTerminalStdout: () => undefined },
    'wasi:cli/terminal-stderr': { getTerminalStderr: () => undefined },
    'wasi:io/error': { Error: IoError },
    'wasi:io/poll': { Pollable, poll: (list) => new Uint32Array(list.map((_, i) => i)) },
    'wasi:io/streams': { InputStream, OutputStream },
  };
}
