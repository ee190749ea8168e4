/**
 * Ctrl-C (SIGINT) and SIGTERM: remove every temporary output file (and any
 * folder created for outputs), say so on one line and exit 130. Outputs are
 * renamed into place synchronously, all at once, so a signal is handled
 * either before any output is replaced or after all of them are.
 */
import { rmdirSync } from "node:fs";
import { removeTempFilesSync } from "../io/AtomicFileWriter.ts";
import { uncommittedFolders } from "../io/OutputBatch.ts";

export const INTERRUPTED_EXIT_CODE = 130;

let message = "interrupted, nothing written";

/** What the interrupt line says; a command that streams to stdout says where the partial output went. */
export function setInterruptMessage(text: string): void {
  message = text;
}

/** Installs the handlers for one command run; returns the function that removes them. */
export function handleInterrupts(command: string): () => void {
  const onSignal = () => {
    removeTempFilesSync();
    for (const folder of uncommittedFolders()) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty or already gone: leave it.
      }
    }
    const clear = process.stderr.isTTY ? "\r\x1b[K" : "";
    process.stderr.write(`${clear}diplograph ${command}: ${message}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

let lastBreath = Date.now();
/** Synchronous work between two turns of the event loop, at most: signals are only handled on a turn. */
const BREATH_MS = 50;

/** Lets the event loop turn (and a signal be handled) once every BREATH_MS of work; call it in long loops. */
export async function letSignalsIn(): Promise<void> {
  if (Date.now() - lastBreath < BREATH_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  lastBreath = Date.now();
}
